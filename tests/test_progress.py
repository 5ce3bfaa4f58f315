"""Progress on stderr: shown in any format when stderr is a terminal, never when it is piped;
``rich`` is not imported by a run that shows neither a bar nor the rich report."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_terminal_pty import drain

CHECK = [sys.executable, "-m", "seedlint", "check", "seeds", "--no-cache", "--jobs", "1", "--format", "json"]


def _stderr_on_a_pty(args: list[str], report: Path) -> tuple[str, str]:
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"}
    with open(report, "wb") as out:  # a file, not a pipe: nothing to drain while the pty is read
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=out, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    chunks = drain(master)
    proc.wait(timeout=300)
    os.close(master)
    return report.read_text(encoding="utf-8"), chunks.decode("utf-8", "replace")


def test_a_terminal_on_stderr_shows_progress_whatever_the_format(tmp_path: Path) -> None:
    out, err = _stderr_on_a_pty(CHECK, tmp_path / "report.json")
    assert json.loads(out)  # the report itself is untouched
    assert "check" in err and "\x1b[" in err  # the bar was drawn (and cleared: it is transient)


def test_piped_stderr_shows_no_progress() -> None:
    done = subprocess.run(CHECK, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert json.loads(done.stdout)
    assert done.stderr == ""


@pytest.mark.parametrize("fmt", ["concise", "json"])
def test_rich_is_not_imported_when_not_needed(fmt: str, tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom seedlint.cli import main\n"
        f"code = main(['check', 'seeds', '--no-cache', '--format', {fmt!r}, '-o', {str(tmp_path / 'r')!r}])\n"
        "print(code, sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.stdout.split(" ", 1)[1].strip() == "[]", done.stdout + done.stderr
