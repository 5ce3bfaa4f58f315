"""Python rules of the `encoding` family (filled in by the family's own work)."""

from __future__ import annotations

from seedlint.rule import Rule

RULES: tuple[Rule, ...] = ()
