"""The rich terminal report: grouped by file, source line with the span underlined.

Excerpts are sized to the console and measured in terminal cells once per line
(:mod:`seedlint.report.terminal_excerpt`), so the carets sit under wide CJK characters and no line wraps.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from seedlint.finding import Finding
from seedlint.report import ReportInput, display_path, visible
from seedlint.report.terminal_excerpt import clip, window
from seedlint.report.text import summary_line

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MAX_SOURCE = 160  # cells of context shown around a span when the width is unknown
GUTTER = 6  # "    │ " before each excerpt line


def underline(line: str, column: int, end_column: int | None, width: int = MAX_SOURCE) -> tuple[str, str]:
    """Return (visible source excerpt of at most ``width`` cells, caret line) for a 1-based code-point span."""
    line = visible(line)
    start = column - 1
    end = len(line) if end_column is None else max(end_column - 1, start + 1)
    shown, pad, carets = window(line, start, end, width)
    return shown, " " * pad + "^" * carets


def rich_report(data: ReportInput, out: TextIO) -> None:
    console = Console(file=out, no_color=not data.color, force_terminal=data.color, soft_wrap=True, highlight=False)
    for d in data.diagnostics:
        console.print(
            Text.assemble(
                (display_path(d.path), "bold"),
                ": ",
                (str(d.severity), STYLE[str(d.severity)]),
                f": {visible(d.message)}",
            )
        )
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in data.findings:
        by_file[f.path].append(f)
    for path, findings in by_file.items():
        console.print()
        console.rule(Text(display_path(path), style="bold"), align="left")
        for f in findings:
            sev = str(f.severity)
            console.print(
                Text.assemble(
                    (f"{f.line}:{f.column}", "dim"),
                    "  ",
                    (f.rule, "bold magenta"),
                    " ",
                    (sev, STYLE[sev]),
                    "  ",
                    visible(f.message),
                )
            )
            if f.excerpt or f.end_offset > f.offset:
                shift = f.excerpt_column - 1  # the excerpt starts this many columns into the line
                end = f.end_column - shift if f.end_line == f.line else None
                shown, carets = underline(f.excerpt, f.column - shift, end, console.width - GUTTER)
                console.print(Text("    │ ", style="dim") + Text(shown))
                console.print(Text("    │ ", style="dim") + Text(carets, style=STYLE[sev]))
            if f.fix is not None:
                label = "fix" if f.fix_safe else "unsafe fix"
                shown_fix = f.fix if f.fix else "(delete)"
                shown_fix = clip(visible(shown_fix), console.width - len(label) - 6)
                console.print(Text(f"    {label}: ", style="green") + Text(shown_fix))
    console.print()
    if data.findings:
        table = Table(title="Findings by family and severity", title_justify="left")
        table.add_column("family")
        for sev in ("error", "warning", "info"):
            table.add_column(sev, justify="right", style=STYLE[sev])
        table.add_column("total", justify="right")
        counts = Counter((f.family, str(f.severity)) for f in data.findings)
        for family in sorted({f.family for f in data.findings}):
            row = [counts.get((family, s), 0) for s in ("error", "warning", "info")]
            table.add_row(family, *map(str, row), str(sum(row)))
        console.print(table)
    if data.statistics:
        stats = Table(title="Findings by rule", title_justify="left")
        for col in ("count", "code", "name"):
            stats.add_column(col)
        for code, n in sorted(Counter(f.rule for f in data.findings).items(), key=lambda kv: (-kv[1], kv[0])):
            meta = data.rules.get(code)
            stats.add_row(str(n), code, meta.name if meta else "")
        console.print(stats)
    total = len(data.findings)
    console.print(summary_line(total, data.files_checked))
    for note in data.notes:
        console.print(Text(visible(note)))
