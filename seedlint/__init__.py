"""seedlint: a data-quality linter for multilingual text corpora.

The public API (:mod:`seedlint.api`): :func:`check_text`, :func:`check_paths`,
:func:`load_config`, with :class:`Config`, :class:`Finding` and :class:`Severity`.
They are imported on first use, so ``import seedlint`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from seedlint.api import Config, Finding, SeedlintWarning, Severity, check_paths, check_text, load_config

__all__ = [
    "Config",
    "Finding",
    "SeedlintWarning",
    "Severity",
    "__version__",
    "check_paths",
    "check_text",
    "load_config",
]


def __getattr__(name: str) -> Any:
    if name in __all__ and name != "__version__":
        from seedlint import api

        return getattr(api, name)
    raise AttributeError(f"module 'seedlint' has no attribute {name!r}")
