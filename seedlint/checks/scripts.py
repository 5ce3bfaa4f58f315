"""Python rules of the `scripts` family (filled in by the family's own work)."""

from __future__ import annotations

from seedlint.rule import Rule

RULES: tuple[Rule, ...] = ()
