"""``seedlint check seeds`` in a real pseudo-terminal: fast, no wrapped excerpt, every caret under its span."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time

import pytest
from rich.cells import get_character_cell_size

from seedlint.report.terminal import visible
from tests.conftest import ROOT

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
HEADER = re.compile(r"^(\d+):(\d+)  (\S+) (error|warning|info)  ")
SEEDLINT = [sys.executable, "-m", "seedlint", "check", "seeds", "--no-cache", "--jobs", "1"]


def _in_pty(args: list[str], columns: int) -> tuple[str, float]:
    """Run ``args`` with stdout on a pty ``columns`` wide; return (output without colours, seconds)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "50", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(slave)
    chunks = drain(master)
    proc.wait(timeout=300)
    elapsed = time.perf_counter() - started
    os.close(master)
    text = chunks.decode("utf-8").replace("\r\n", "\n")
    return ANSI.sub("", text), elapsed


def drain(master: int) -> bytes:
    """Everything the child writes to the terminal until it closes it."""
    chunks = []
    while True:
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def _cells(text: str) -> int:
    return sum(get_character_cell_size(ch) for ch in text)


def _under(shown: str, pad: int, width: int) -> str:
    """The characters of ``shown`` that start in cells ``[pad, pad + width)``."""
    out, cell = [], 0
    for ch in shown:
        if pad <= cell < pad + width:
            out.append(ch)
        cell += get_character_cell_size(ch)
    return "".join(out)


@pytest.fixture(scope="module")
def spans() -> dict[tuple[str, int, int, str], str]:
    """(path, line, column, rule) -> the first line of the matched text, from the JSON report."""
    done = subprocess.run(
        [*SEEDLINT, "--format", "json"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
    )
    out: dict[tuple[str, int, int, str], str] = {}
    for f in json.loads(done.stdout):  # the JSON contract carries no snippet: read it from the file
        lines = (ROOT / f["path"]).read_text(encoding="utf-8").split("\n")
        line = lines[f["line"] - 1]
        end = f["end_column"] - 1 if f["end_line"] == f["line"] else len(line)
        out[(f["path"], f["line"], f["column"], f["rule"])] = line[f["column"] - 1 : end]
    assert len(out) > 50  # the seeds have plenty of findings
    return out


@pytest.mark.slow
@pytest.mark.parametrize("columns", [80, 120])
def test_rich_report_in_a_terminal(columns: int, spans: dict[tuple[str, int, int, str], str]) -> None:
    concise, concise_seconds = _in_pty([*SEEDLINT, "--format", "concise"], columns)
    report, rich_seconds = _in_pty(SEEDLINT, columns)
    assert "Found " in concise and "Found " in report
    assert rich_seconds <= 2 * concise_seconds + 0.5, (rich_seconds, concise_seconds)
    lines = report.split("\n")
    path, key, checked = "", None, 0
    for i, line in enumerate(lines):
        if line.startswith("seeds/") and "─" in line:
            path = line.split(" ", 1)[0]
        header = HEADER.match(line)
        if header:
            key = (path, int(header[1]), int(header[2]), header[3])
        if not line.startswith("    │ ") or i + 1 >= len(lines):
            continue
        carets = lines[i + 1][len("    │ ") :]
        if not lines[i + 1].startswith("    │ ") or set(carets.strip()) != {"^"}:
            continue
        shown = line[len("    │ ") :]
        assert _cells(line) <= columns, line  # the excerpt does not wrap
        assert _cells(lines[i + 1]) <= columns
        pad = len(carets) - len(carets.lstrip(" "))
        under = _under(shown, pad, len(carets.strip()))
        assert key is not None and key in spans, line
        expected = visible(spans[key])
        if expected:  # an empty span (a missing character) has one caret after the text
            assert under and expected.startswith(under.rstrip("…")), (key, under, expected)
        checked += 1
    assert checked > 50
