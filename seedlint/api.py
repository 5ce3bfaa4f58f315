"""The public Python API: the CLI's checks as functions returning findings.

    >>> import seedlint
    >>> config = seedlint.load_config()  # discovered upward from the working directory, as the CLI does
    >>> findings = seedlint.check_text("Ali small micro gold clothing said…", path="a.txt", config=config)
    >>> findings = seedlint.check_paths(["corpus/"], config=config)

The semantics are the CLI's: ``select`` / ``ignore`` / ``extend-select``, severity
overrides, ``languages``, ``rule-settings``, ``per-file-ignores`` (matched against
``path``) and the suppressions (``accepted-terms``, ``extend-ignore-re`` and the
sidecar file). ``config=None`` means the defaults (every rule), never a file found
by accident: call :func:`load_config` to read one. Problems with the run that are
not findings (a rule that failed or ran over its timeout, an undecodable file) are
issued as :class:`SeedlintWarning` warnings; a path that does not exist raises
:class:`FileNotFoundError`; a bad selector or pack raises :class:`ValueError`.
The engine for a configuration is compiled once and reused by later calls.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

from seedlint.config import Config, find_config
from seedlint.config import load_config as _read_config
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Diagnostic, Finding, Severity
from seedlint.options import Options
from seedlint.rule import Rule

__all__ = ["Config", "Finding", "SeedlintWarning", "Severity", "check_paths", "check_text", "load_config"]

_ENGINES: dict[str, tuple[Engine, tuple[Rule, ...]]] = {}
_MAX_ENGINES = 8


class SeedlintWarning(UserWarning):
    """A problem with the run itself (a rule stopped or failed, a file skipped), not with the text."""


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """Read the configuration file ``path``; without one, discover it upward from ``start``
    (default: the working directory) as the CLI does, or return the defaults when none is found."""
    if path is not None:
        return _read_config(Path(path))
    return _read_config(find_config(Path(start).resolve() if start is not None else Path.cwd()))


def _engine(config: Config) -> tuple[Engine, tuple[Rule, ...]]:
    """The compiled engine and every loaded rule for ``config`` (cached by the config's value)."""
    from seedlint.commands.prepare import make_engine
    from seedlint.registry import load_rules

    key = repr(config)
    if key not in _ENGINES:
        all_rules = tuple(load_rules([Path(p) for p in config.rule_packs]))
        if len(_ENGINES) >= _MAX_ENGINES:
            _ENGINES.pop(next(iter(_ENGINES)))
        _ENGINES[key] = (make_engine(config, all_rules), all_rules)
    return _ENGINES[key]


def _warn(diagnostics: Iterable[Diagnostic]) -> None:
    for d in diagnostics:
        warnings.warn(f"{d.path}: {d.message}", SeedlintWarning, stacklevel=3)


def check_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """The findings in ``text``, sorted by position, as if it were the file ``path``.

    ``path`` names the text in findings and is what ``per-file-ignores`` and the
    suppressions file match (default ``"<text>"``). Corpus-level rules see this text
    alone.
    """
    from seedlint.commands.prepare import make_suppressor
    from seedlint.runner import keep

    config = config or Config()
    name = path if path is not None else "<text>"
    engine, all_rules = _engine(config)
    result = engine.check(Document(name, text))
    _warn(result.diagnostics)
    findings = keep(result.findings, config, engine)
    suppressor = make_suppressor(config, all_rules)
    found = suppressor.filter(name, findings, text)
    _warn(suppressor.diagnostics)
    return found


def check_paths(
    paths: Sequence[str | Path] | None = None, *, config: Config | None = None, jobs: int = 1, cache: bool = False
) -> list[Finding]:
    """The findings in every file under ``paths`` (default: the config's ``paths``), sorted by file
    and position; directories are walked as the CLI walks them (text suffixes, ``exclude``).

    Corpus-level rules gather evidence from the config's ``corpus`` (default: its
    ``paths``) and the files given. ``jobs`` worker processes; ``cache``: read and
    write the results cache in the config's ``cache-dir``.
    """
    from seedlint.commands.prepare import prepare

    config = config or Config()
    _, all_rules = _engine(config)
    args = Options(paths=tuple(str(p) for p in paths or ()), no_cache=not cache, jobs=jobs)
    prepared = prepare(args, config, all_rules)
    missing = [d for d in prepared.problems if d.severity == Severity.ERROR]
    if missing:
        raise FileNotFoundError(f"{missing[0].path}: {missing[0].message}")
    _warn(prepared.result.diagnostics)
    if prepared.suppressor is not None:
        _warn(prepared.suppressor.diagnostics)
    return prepared.result.findings
