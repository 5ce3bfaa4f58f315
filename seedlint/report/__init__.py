"""Reporters turn findings into text. They compute nothing about the corpus.

Each format is a function ``(ReportInput, TextIO) -> None`` registered in
:data:`FORMATS`; only :mod:`seedlint.report.terminal` imports rich.

Every string a terminal or a CI log reads goes through :func:`visible` (text) or
:func:`display_path` (file names) here, in one place: control characters (C0, DEL,
C1), bidirectional controls and separators are shown as visible characters, one for
one, so corpus text and file names can neither drive the terminal (titles, clear
screen, OSC 8 links), reorder what is shown, nor start a CI workflow command.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from seedlint.finding import Diagnostic, Finding
from seedlint.rule import RuleMeta

_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_VISIBLE: dict[int, int] = (
    {i: 0x2400 + i for i in range(32)}
    | {9: 0x20, 0x7F: 0x2421}
    | {i: 0xFFFD for i in range(0x80, 0xA0)}
    | {i: 0xFFFD for i in (*_BIDI, 0x2028, 0x2029)}
    | {i: 0xFFFD for i in range(0xD800, 0xE000)}  # lone surrogates cannot be written at all
)


def visible(text: str) -> str:
    """``text`` with every control character replaced one for one by a visible one (tab by a space).

    C0 controls become their control pictures (ESC ␛, newline ␊), DEL ␡; C1
    controls, bidirectional controls, line/paragraph separators and lone
    surrogates become U+FFFD. Lengths are kept, so columns and carets still line up.
    """
    return text.translate(_VISIBLE)


def display_path(path: str) -> str:
    """A file name fit for a terminal: undecodable bytes as ``\\xNN``, then :func:`visible`."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        path = os.fsencode(path).decode("utf-8", "backslashreplace")
    return visible(path)


@dataclass(frozen=True)
class ReportInput:
    findings: Sequence[Finding]
    diagnostics: Sequence[Diagnostic]
    rules: Mapping[str, RuleMeta]
    files_checked: int = 0
    statistics: bool = False
    color: bool = False
    notes: Sequence[str] = ()  # summary lines from the run (baseline, cache…)
    files: Sequence[str] = ()  # every checked file, clean ones too (JUnit lists them)
    fingerprints: Mapping[Finding, str] = field(default_factory=dict)  # line-free, as a baseline's (GitLab)


Reporter = Callable[[ReportInput, TextIO], None]


#: every format: name -> (module, function); :data:`FORMATS` and the CLI's choices come from here
REPORTERS: dict[str, tuple[str, str]] = {
    "rich": ("seedlint.report.terminal", "rich_report"),
    "concise": ("seedlint.report.text", "concise"),
    "json": ("seedlint.report.jsonfmt", "json_array"),
    "jsonl": ("seedlint.report.jsonfmt", "json_lines"),
    "sarif": ("seedlint.report.sarif", "sarif"),
    "github": ("seedlint.report.text", "github"),
    "junit": ("seedlint.report.junit", "junit"),
    "gitlab": ("seedlint.report.gitlab", "gitlab"),
}
FORMATS = tuple(REPORTERS)


def get_reporter(name: str) -> Reporter:
    """The reporter of format ``name``, imported only when asked for (rich is heavy)."""
    import importlib

    try:
        module, function = REPORTERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}") from None
    reporter: Reporter = getattr(importlib.import_module(module), function)
    return reporter
