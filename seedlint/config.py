"""Configuration: ``[tool.seedlint]`` in pyproject.toml or a ``seedlint.toml``.

Discovered upward from the working directory (or from the first path checked, when
that lies outside the working directory's config tree: :func:`seedlint.cli`). Unknown
keys are errors. Paths and patterns in the file are relative to the file's folder.

A repository's config is untrusted: it is read only if it is a regular file, any
TOML or type error ends the run (exit 2) naming the file (and line), and the files
seedlint writes for it (``baseline``, ``cache-dir``) must lie inside the config's
folder.
"""

from __future__ import annotations

import math
import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seedlint.finding import Severity


class ConfigError(ValueError):
    """A bad configuration; the message names the file."""


@dataclass(frozen=True)
class Config:
    paths: tuple[str, ...] = ("seeds",)
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    rule_packs: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    baseline: str | None = None
    corpus: tuple[str, ...] = ()  # where corpus-level rules gather evidence (default: paths)
    cache_dir: str = ".seedlint_cache"
    max_file_size: int = 256  # MB; bigger files are skipped with a warning
    timeout: float = 2.0
    rule_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # CODE -> options
    source: str | None = None  # the file this came from
    accepted_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # selector -> terms (seedlint.suppress)
    extend_ignore_re: tuple[str, ...] = ()
    suppressions: str | None = None  # the reviewed sidecar file
    respect_gitignore: bool = True  # directory walks skip what .gitignore files ignore
    paths_configured: bool = False  # 'paths' was set in the file (pre-commit's --force-exclude keeps to them)

    @property
    def root(self) -> Path:
        """The folder ``exclude`` and ``per-file-ignores`` patterns are relative to: the config's, else the cwd."""
        return Path(os.path.abspath(Path(self.source).parent if self.source else Path.cwd()))


#: what the language guesser (seedlint.langid) can tell apart; ``languages`` must name these
LANGUAGES = ("en", "es", "zh", "ja", "ko", "ru", "el")
MAX_TIMEOUT = 3600.0
MAX_CONFIG_BYTES = 1 << 20

_KEYS = {
    "paths", "exclude", "select", "ignore", "extend-select", "per-file-ignores", "severity",
    "fail-on", "rule-packs", "languages", "baseline", "corpus", "cache-dir", "timeout", "rule-settings",
    "max-file-size",
}  # fmt: skip
_KEYS |= {"accepted-terms", "extend-ignore-re", "suppressions"}  # seedlint.suppress.CONFIG_KEYS
_KEYS |= {"respect-gitignore"}


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path``; every failure is a :class:`ConfigError` naming the file (and the line)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"{path}: not a regular file")
        if info.st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: too big for a config file ({info.st_size} bytes)")
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def _tool_table(path: Path, data: dict[str, Any]) -> Any:
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table")
    return tool.get("seedlint")


def find_config(start: Path) -> Path | None:
    """The nearest ``seedlint.toml``, or ``pyproject.toml`` with a ``[tool.seedlint]`` table, upward from ``start``.

    A ``pyproject.toml`` that is not valid TOML is an error, not a file to skip (it
    might hold this project's settings).
    """
    for folder in (start, *start.parents):
        candidate = folder / "seedlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _tool_table(pyproject, _read_toml(pyproject)) is not None:
            return pyproject
    return None


def _inside(base: Path, value: str) -> bool:
    """``value`` (relative to ``base``) names a path inside ``base``, links resolved."""
    target = (base / value).resolve()
    root = base.resolve()
    return target == root or root in target.parents


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return tuple(value)


def load_config(path: Path | None) -> Config:
    """Read ``path`` (or return the defaults when None)."""
    if path is None:
        return Config()
    data: Any = _read_toml(path)
    if path.name == "pyproject.toml":
        data = _tool_table(path, data)
        data = {} if data is None else data
    elif isinstance(data.get("tool"), dict) and "seedlint" in data["tool"]:
        data = data["tool"]["seedlint"]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.seedlint] must be a table")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key '{unknown[0]}' (allowed: {', '.join(sorted(_KEYS))})")
    base = path.parent

    def rel(p: str) -> str:
        """Relative to the config file; shown relative to the cwd when inside it."""
        q = Path(p)
        if q.is_absolute():
            return str(q)
        shown = os.path.relpath(base / q)
        return shown if not shown.startswith("..") else str((base / q).resolve())

    kwargs: dict[str, Any] = {"source": str(path)}
    from seedlint.suppress import SuppressionError, config_values

    try:
        kwargs.update(config_values(data, base))
    except SuppressionError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    for key in ("paths", "exclude", "select", "ignore", "extend-select", "rule-packs", "languages", "corpus"):
        if key in data:
            values = _strings(path, key, data[key])
            if key in ("paths", "rule-packs", "corpus"):
                values = tuple(rel(v) for v in values)
            kwargs[key.replace("-", "_")] = values
    if "per-file-ignores" in data:
        table = data["per-file-ignores"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: 'per-file-ignores' must be a table of glob = [codes]")
        kwargs["per_file_ignores"] = {k: _strings(path, f"per-file-ignores.{k}", v) for k, v in table.items()}
    if "languages" in kwargs:
        codes = tuple(code.strip().lower() for code in kwargs["languages"])
        bad = [code for code in codes if code not in LANGUAGES]
        if bad:
            raise ConfigError(f"{path}: languages: unknown language {bad[0]!r} (known: {', '.join(LANGUAGES)})")
        kwargs["languages"] = codes
    if "severity" in data:
        table = data["severity"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: 'severity' must be a table of CODE = \"error|warning|info\"")
        wrong = [k for k, v in table.items() if not isinstance(v, str)]
        if wrong:
            raise ConfigError(f'{path}: severity.{wrong[0]} must be "error", "warning" or "info"')
        try:
            kwargs["severity"] = {k.upper(): Severity.parse(v) for k, v in table.items()}
        except ValueError as exc:
            raise ConfigError(f"{path}: severity: {exc}") from None
    if "fail-on" in data:
        if not isinstance(data["fail-on"], str):
            raise ConfigError(f'{path}: \'fail-on\' must be "error", "warning" or "info"')
        try:
            kwargs["fail_on"] = Severity.parse(data["fail-on"])
        except ValueError as exc:
            raise ConfigError(f"{path}: fail-on: {exc}") from None
    for key in ("baseline", "cache-dir"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"{path}: '{key}' must be a string")
            if not _inside(base, data[key]):
                raise ConfigError(f"{path}: '{key}' must name a path inside {base.resolve()} (seedlint writes there)")
            kwargs[key.replace("-", "_")] = rel(data[key])
    if "rule-settings" in data:
        table = data["rule-settings"]
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise ConfigError(f"{path}: 'rule-settings' must be a table of CODE = {{ option = value }}")
        kwargs["rule_settings"] = {
            code.upper(): {k.replace("-", "_"): v for k, v in opts.items()} for code, opts in table.items()
        }
    if "paths" in data:
        kwargs["paths_configured"] = True
    if "respect-gitignore" in data:
        if not isinstance(data["respect-gitignore"], bool):
            raise ConfigError(f"{path}: 'respect-gitignore' must be true or false")
        kwargs["respect_gitignore"] = data["respect-gitignore"]
    if "max-file-size" in data:
        size = data["max-file-size"]
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 1 << 20:
            raise ConfigError(f"{path}: 'max-file-size' must be a whole number of megabytes, 1 or more")
        kwargs["max_file_size"] = size
    if "timeout" in data:
        value = data["timeout"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not valid_timeout(float(value)):
            raise ConfigError(f"{path}: 'timeout' must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
        kwargs["timeout"] = float(value)
    return Config(**kwargs)


def valid_timeout(seconds: float) -> bool:
    """A finite number of seconds above 0 and at most :data:`MAX_TIMEOUT` (``nan`` and ``inf`` are not)."""
    return math.isfinite(seconds) and 0 < seconds <= MAX_TIMEOUT
