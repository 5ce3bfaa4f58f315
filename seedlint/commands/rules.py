"""``seedlint rules`` and ``seedlint explain``: the rules' own metadata, as text, JSON or the README's table."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from seedlint.rule import Rule


def cmd_rules(rules: Sequence[Rule], fmt: str, out: TextIO) -> int:
    if fmt == "json":
        import json

        rows = [
            {
                "code": r.meta.code,
                "name": r.meta.name,
                "family": r.meta.family,
                "severity": str(r.meta.severity),
                "languages": list(r.meta.languages),
                "summary": r.meta.summary,
            }
            for r in rules
        ]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if fmt == "markdown":
        out.write(rules_table(rules))
        return 0
    for r in rules:
        langs = ",".join(r.meta.languages) or "all"
        out.write(f"{r.meta.code:<10} {r.meta.family:<10} {r.meta.severity!s:<8} {langs:<10} {r.meta.summary}\n")
    return 0


def rules_table(rules: Sequence[Rule]) -> str:
    """The README's rule table, generated from the rules' own metadata."""
    lines = ["| code | name | family | severity | languages | what it finds |", "|---|---|---|---|---|---|"]
    for r in rules:
        m = r.meta
        summary = m.summary.replace("|", "\\|")
        langs = ", ".join(m.languages) or "all"
        lines.append(f"| `{m.code}` | {m.name} | {m.family} | {m.severity} | {langs} | {summary} |")
    return "\n".join(lines) + "\n"


def cmd_explain(rules: Sequence[Rule], code: str, out: TextIO) -> int:
    found = [r for r in rules if code.upper() == r.meta.code or code == r.meta.name]
    if not found:
        print(f"seedlint: error: no rule {code!r} (see `seedlint rules`)", file=sys.stderr)
        return 2
    meta = found[0].meta
    out.write(f"{meta.code} ({meta.name})\n\n")
    langs = ", ".join(meta.languages) or "all"
    out.write(f"Family: {meta.family}    Severity: {meta.severity}    Languages: {langs}\n")
    out.write(f"Defined in: {meta.source}\n\n")
    out.write(f"## What it does\n{meta.summary}\n\n## Why it matters\n{meta.docs}\n\n")
    if meta.options:
        out.write(f"## Options ([rule-settings.{meta.code}])\n")
        for o in meta.options:
            out.write(f"- {o.name.replace('_', '-')} = {o.default!r}: {o.doc}\n")
        out.write("\n")
    out.write("## Examples\n")
    for ex in meta.bad:
        out.write("Bad:\n" + _indent(ex.text) + "\n")
        for e in ex.expect:
            out.write(f"  -> flags {e.match!r}" + (f", fix {e.fix!r}" if e.fix is not None else "") + "\n")
    for ex in meta.good:
        out.write("Good:\n" + _indent(ex.text) + "\n")
    return 0


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
