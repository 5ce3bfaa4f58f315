"""Summaries of a run: per-rule statistics (text and JSON), fixable counts, resolved settings."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from seedlint.finding import Finding, Severity
from seedlint.report import ReportInput
from seedlint.rule import RuleMeta


def statistics(findings: Sequence[Finding], rules: Mapping[str, RuleMeta]) -> list[dict[str, Any]]:
    """One row per rule with findings, most frequent first: code, name, count, fixable (safe fixes)."""
    counts = Counter(f.rule for f in findings)
    fixable = Counter(f.rule for f in findings if f.fix is not None and f.fix_safe)
    rows = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        meta = rules.get(code)
        rows.append({"code": code, "name": meta.name if meta else "", "count": n, "fixable": fixable[code]})
    return rows


def json_statistics(data: ReportInput, out: TextIO) -> None:
    """``--statistics --format json``: the per-rule rows, without the findings."""
    json.dump(statistics(data.findings, data.rules), out, ensure_ascii=False, indent=2)
    out.write("\n")


def fixable_notes(findings: Sequence[Finding], rules: Mapping[str, RuleMeta], show: bool) -> list[str]:
    """``N fixable with --fix`` (and with ``--unsafe-fixes``); with ``show``, the fixable ones per rule."""
    safe = [f for f in findings if f.fix is not None and f.fix_safe]
    unsafe = [f for f in findings if f.fix is not None and not f.fix_safe]
    notes = []
    if safe or unsafe:
        more = f" ({len(unsafe)} more with --fix --unsafe-fixes)" if unsafe else ""
        notes.append(f"[*] {len(safe)} fixable with --fix{more}.")
    if show:
        for label, group in (("fixable", safe), ("fixable with --unsafe-fixes", unsafe)):
            for code, n in sorted(Counter(f.rule for f in group).items(), key=lambda kv: (-kv[1], kv[0])):
                meta = rules.get(code)
                notes.append(f"{n:6d}\t{code}\t{meta.name if meta else ''}\t({label})")
    return notes


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Severity):
        return str(value)
    return value


def settings_text(config: object, rules: Sequence[str], files: int) -> str:
    """``--show-settings``: where the settings came from, every resolved value, the selected rules."""
    assert dataclasses.is_dataclass(config)
    values = _plain(dataclasses.asdict(config))  # type: ignore[arg-type]
    source = values.pop("source", None)
    lines = [f"Settings from: {source or '(defaults: no seedlint.toml or [tool.seedlint] found)'}"]
    for key, value in values.items():
        lines.append(f"{key.replace('_', '-')} = {json.dumps(value, ensure_ascii=False, default=str)}")
    lines.append(f"selected rules ({len(rules)}) = {json.dumps(list(rules))}")
    lines.append(f"files = {files}")
    return "\n".join(lines) + "\n"


def step_summary(data: ReportInput, worst: int = 10) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: counts per severity and rule, and the files with most findings
    (GitHub shows only ten annotations of each kind per step)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")

    by_severity = Counter(str(f.severity) for f in data.findings)
    lines = [
        "## seedlint",
        "",
        f"{len(data.findings)} finding(s) in {data.files_checked} file(s): "
        + ", ".join(f"{by_severity[s]} {s}" for s in ("error", "warning", "info")),
        "",
    ]
    rows = statistics(data.findings, data.rules)
    if rows:
        lines += ["| rule | name | findings | fixable |", "|---|---|---:|---:|"]
        lines += [f"| `{r['code']}` | {cell(r['name'])} | {r['count']} | {r['fixable']} |" for r in rows]
        files = Counter(f.path for f in data.findings).most_common(worst)
        lines += ["", f"Files with the most findings (top {len(files)}):", "", "| file | findings |", "|---|---:|"]
        lines += [f"| {cell(path)} | {n} |" for path, n in files]
    return "\n".join(lines) + "\n"
