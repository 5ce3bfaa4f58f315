"""Reporters turn findings into text. They compute nothing about the corpus.

Each format is a function ``(ReportInput, TextIO) -> None`` registered in
:data:`FORMATS`; only :mod:`seedlint.report.terminal` imports rich.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from seedlint.finding import Diagnostic, Finding
from seedlint.rule import RuleMeta


@dataclass(frozen=True)
class ReportInput:
    findings: Sequence[Finding]
    diagnostics: Sequence[Diagnostic]
    rules: Mapping[str, RuleMeta]
    files_checked: int = 0
    statistics: bool = False
    color: bool = False
    line_text: Callable[[str, int], str | None] = field(default=lambda path, line: None)
    notes: Sequence[str] = ()  # summary lines from the run (baseline, cache…)
    files: Sequence[str] = ()  # every checked file, clean ones too (JUnit lists them)
    fingerprints: Mapping[Finding, str] = field(default_factory=dict)  # line-free, as a baseline's (GitLab)


Reporter = Callable[[ReportInput, TextIO], None]


def get_reporter(name: str) -> Reporter:
    if name == "concise":
        from seedlint.report.text import concise

        return concise
    if name in ("json", "jsonl"):
        from seedlint.report.jsonfmt import json_array, json_lines

        return json_array if name == "json" else json_lines
    if name == "github":
        from seedlint.report.text import github

        return github
    if name == "sarif":
        from seedlint.report.sarif import sarif

        return sarif
    if name == "junit":
        from seedlint.report.junit import junit

        return junit
    if name == "gitlab":
        from seedlint.report.gitlab import gitlab

        return gitlab
    if name == "rich":
        from seedlint.report.terminal import rich_report

        return rich_report
    raise ValueError(f"unknown format {name!r}")


FORMATS = ("rich", "concise", "json", "jsonl", "sarif", "github", "junit", "gitlab")
