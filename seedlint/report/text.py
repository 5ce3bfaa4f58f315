"""Plain-text formats: ``concise`` (path:line:col: CODE message) and GitHub annotations."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from seedlint.report import ReportInput, display_path, visible


def concise(data: ReportInput, out: TextIO) -> None:
    for d in data.diagnostics:
        out.write(f"{display_path(d.path)}: {d.severity}: {visible(d.message)}\n")
    for f in data.findings if not data.statistics else ():  # --statistics: the table, not the listing
        fix = f" [fix: {visible(repr(f.fix))}]" if f.fix is not None and f.fix_safe else ""
        out.write(f"{display_path(f.path)}:{f.line}:{f.column}: {f.rule} {visible(f.message)}{fix}\n")
    if data.statistics:
        write_statistics(data, out)
    total = len(data.findings)
    out.write(summary_line(total, data.files_checked) + "\n")
    for note in data.notes:
        out.write(visible(note) + "\n")


def summary_line(findings: int, files: int) -> str:
    return f"Found {findings} finding{'s' if findings != 1 else ''} in {files} file{'s' if files != 1 else ''}."


def write_statistics(data: ReportInput, out: TextIO) -> None:
    counts = Counter(f.rule for f in data.findings)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        meta = data.rules.get(code)
        name = meta.name if meta else ""
        out.write(f"{n:6d}\t{code}\t{name}\n")


def _escape(value: str, *, prop: bool = False) -> str:
    """A workflow-command value: GitHub's own escapes (a newline cannot end the command), then :func:`visible`."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return visible(value)


def github(data: ReportInput, out: TextIO) -> None:
    """GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding."""
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for d in data.diagnostics:
        out.write(f"::{level[str(d.severity)]} file={_escape(display_path(d.path), prop=True)}::{_escape(d.message)}\n")
    for f in data.findings:
        props = (
            f"file={_escape(display_path(f.path), prop=True)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={_escape(f.rule, prop=True)}"
        )
        out.write(f"::{level[str(f.severity)]} {props}::{_escape(f.rule + ' ' + f.message)}\n")
