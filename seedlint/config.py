"""Configuration: ``[tool.seedlint]`` in pyproject.toml or a ``seedlint.toml``.

Discovered upward from the working directory. Unknown keys are errors. Paths in
the file are relative to the file's directory.
"""

from __future__ import annotations

import os
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
    timeout: float = 2.0
    rule_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # CODE -> options
    source: str | None = None  # the file this came from
    accepted_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # selector -> terms (seedlint.suppress)
    extend_ignore_re: tuple[str, ...] = ()
    suppressions: str | None = None  # the reviewed sidecar file


_KEYS = {
    "paths", "exclude", "select", "ignore", "extend-select", "per-file-ignores", "severity",
    "fail-on", "rule-packs", "languages", "baseline", "corpus", "cache-dir", "timeout", "rule-settings",
}  # fmt: skip
_KEYS |= {"accepted-terms", "extend-ignore-re", "suppressions"}  # seedlint.suppress.CONFIG_KEYS


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "seedlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "seedlint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
    return None


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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("seedlint", {})
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
    if "severity" in data:
        table = data["severity"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: 'severity' must be a table of CODE = \"error|warning|info\"")
        try:
            kwargs["severity"] = {k.upper(): Severity.parse(str(v)) for k, v in table.items()}
        except ValueError as exc:
            raise ConfigError(f"{path}: severity: {exc}") from None
    if "fail-on" in data:
        try:
            kwargs["fail_on"] = Severity.parse(str(data["fail-on"]))
        except ValueError as exc:
            raise ConfigError(f"{path}: fail-on: {exc}") from None
    for key in ("baseline", "cache-dir"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"{path}: '{key}' must be a string")
            kwargs[key.replace("-", "_")] = rel(data[key])
    if "rule-settings" in data:
        table = data["rule-settings"]
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise ConfigError(f"{path}: 'rule-settings' must be a table of CODE = {{ option = value }}")
        kwargs["rule_settings"] = {
            code.upper(): {k.replace("-", "_"): v for k, v in opts.items()} for code, opts in table.items()
        }
    if "timeout" in data:
        if isinstance(data["timeout"], bool) or not isinstance(data["timeout"], int | float) or data["timeout"] <= 0:
            raise ConfigError(f"{path}: 'timeout' must be a positive number of seconds")
        kwargs["timeout"] = float(data["timeout"])
    return Config(**kwargs)
