"""Helpers shared by the foundation tests: a small rule pack of our own, checksums, CLI runs.

The tests never depend on which rule families exist: they write :data:`PACK` into a
temporary folder and select its codes (``ZZ...``); only a few tests use the built-in
``DATE001`` or ``CHROME001``.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from seedlint.cli import main

DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
SARIF_SCHEMA = DATA / "sarif-2.1.0-rtm.5.json"

with warnings.catch_warnings():  # "slow" is not registered in pyproject.toml (filterwarnings = error)
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    slow = pytest.mark.slow

#: Codes of :data:`PACK`, by what they do.
MARKER = "ZZA001"  # pattern 'XX+', error, family truncation, no fix
COLOUR = "ZZB001"  # table colour -> color, warning, family chrome, safe fix
NOTE = "ZZC001"  # lexicon 妖怪, info, family script
META = "ZZD001"  # pattern, delete_line fix (unsafe), warning, family chrome
OURS = (MARKER, COLOUR, NOTE, META)

PACK = """\
pack: test.kit
description: Rules for the foundation tests; nothing here ships.
source: tests/data/kit.py
rules:
  - code: ZZA001
    name: zz-marker
    family: truncation
    severity: error
    kind: pattern
    summary: The marker XX (a run of two or more capital X).
    docs: >
      A test rule: it flags every run of two or more capital X, so that tests can put
      findings at places they know in advance.
    pattern: 'XX+'
    message: "marker {match}"
    examples:
      bad: [{text: "aXXb", expect: [{match: "XX", line: 1, column: 2}]}]
      good: ["aXb"]
  - code: ZZB001
    name: zz-colour
    family: chrome
    severity: warning
    kind: table
    summary: British 'colour' where the house style wants 'color'.
    docs: >
      A test rule with a safe fix: it replaces the word colour by color, so that tests
      can check how fixes are reported in every output format.
    replace: {colour: color}
    message: "'{match}' should be '{fix}'"
    examples:
      bad: [{text: "a colour", expect: [{match: "colour", fix: "color"}]}]
      good: ["a color"]
  - code: ZZC001
    name: zz-note
    family: script
    severity: info
    kind: lexicon
    summary: The word 妖怪, as a note.
    docs: >
      A test rule of severity info: it notes the word 妖怪 so that tests can check that
      notes do not fail a run unless fail-on is info.
    words: [妖怪]
    message: "note {match}"
    examples:
      bad: [{text: "有妖怪", expect: [{match: "妖怪"}]}]
      good: ["没有"]
  - code: ZZD001
    name: zz-meta-line
    family: chrome
    severity: warning
    kind: pattern
    summary: A metadata line 'META:' that should be deleted.
    docs: >
      A test rule whose fix deletes the whole line (an unsafe fix), so that tests can check
      how a fix wider than its finding is reported.
    pattern: '^META:.*$'
    delete_line: true
    message: "metadata line"
    examples:
      bad: [{text: "META: x", expect: [{match: "META: x"}]}]
      good: ["no meta"]
"""


def write_pack(folder: Path, text: str = PACK, name: str = "zz.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (or ``root`` itself) -> a checksum of its bytes (or link target)."""
    entries = [root] if not root.is_dir() or root.is_symlink() else sorted(root.rglob("*"))
    out: dict[str, str] = {}
    for p in entries:
        key = p.relative_to(root).as_posix() if p != root else p.name
        if p.is_symlink():
            out[key] = "link:" + os.readlink(p)
        elif p.is_dir():
            out[key] = "dir"
        else:
            mode = p.stat().st_mode
            try:
                out[key] = hashlib.sha256(p.read_bytes()).hexdigest() + f":{mode:o}"
            except PermissionError:  # an unreadable test file: its mode and size are what we can check
                out[key] = f"unreadable:{p.stat().st_size}:{mode:o}"
    return out


def snapshots(paths: Iterable[Path]) -> dict[str, dict[str, str]]:
    return {str(p): snapshot(p) for p in paths}


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def ours(self) -> list[dict[str, Any]]:
        """JSON findings of the test pack's rules only."""
        return [f for f in self.json() if f["rule"] in OURS]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    """Run ``seedlint`` in-process and capture what it printed."""
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def check(capsys: pytest.CaptureFixture[str], pack: Path, *args: str, select: str = "ZZ") -> Run:
    """``seedlint check --rule-pack PACK --select ZZ --no-cache --format json ARGS``."""
    return cli(capsys, "check", "--rule-pack", str(pack), "--select", select, "--no-cache", "--format", "json", *args)


def positions(findings: Iterable[dict[str, Any]]) -> list[tuple[str, int, int, int, int]]:
    return [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in findings]
