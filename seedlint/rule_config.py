"""The config's per-rule tables checked against the rules in use: a typo is an error, not a no-op.

``severity``, ``rule-settings`` and ``per-file-ignores`` name rules; the config file is read before
the rules are known, so this runs once both are, and turns every unknown code, selector or option
into a :class:`~seedlint.config.ConfigError` naming the config file and the offending key (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from seedlint.config import Config, ConfigError
from seedlint.registry import matches_selector
from seedlint.rule import Rule


def checked_rule_settings(config: Config, rules: Sequence[Rule]) -> dict[str, dict[str, Any]]:
    """The options the config sets, per rule, each parsed to its declared type (a rule falls back on
    its declared default for the rest).

    Raises ConfigError for a code that is no rule, an option the rule does not declare, or a value of
    the wrong type or out of bounds; also checks ``severity`` codes and ``per-file-ignores`` selectors."""
    where = config.source or "config"
    by_code = {r.meta.code: r for r in rules}
    for code in config.severity:
        if code not in by_code:
            raise ConfigError(f"{where}: severity.{code}: no such rule (see `seedlint rules`)")
    for pattern, selectors in config.per_file_ignores.items():
        for selector in selectors:
            if not any(matches_selector(r, selector) for r in rules):
                raise ConfigError(f"{where}: per-file-ignores.{pattern!r}: {selector!r} matches no rule")
    settings: dict[str, dict[str, Any]] = {}
    for code, values in config.rule_settings.items():
        rule = by_code.get(code)
        if rule is None:
            raise ConfigError(f"{where}: rule-settings.{code}: no such rule (see `seedlint rules`)")
        declared = {o.name: o for o in rule.meta.options}
        for name, value in values.items():
            option = declared.get(name)
            key = f"rule-settings.{code}.{name.replace('_', '-')}"
            if option is None:
                takes = ", ".join(o.name.replace("_", "-") for o in rule.meta.options) or "no options"
                raise ConfigError(f"{where}: {key}: unknown option ({code} takes {takes})")
            try:
                settings.setdefault(code, {})[name] = option.parse(value)
            except ValueError as exc:
                raise ConfigError(f"{where}: {key} {exc}") from None
    return settings
