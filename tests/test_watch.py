"""``seedlint check --watch``: a report now, another after each change, exit 0 on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from queue import Empty, Queue

import pytest

from seedlint.cli import main
from tests.data.kit import write_pack

ROOT = Path(__file__).resolve().parent.parent


def _lines(stream: object, into: Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)


def _next_report(lines: Queue[str]) -> list[str]:
    """The lines up to the next 'watching for changes' notice (a generous bound, not a timed assertion)."""
    got = []
    while True:
        try:
            line = lines.get(timeout=120)
        except Empty:
            raise AssertionError(f"no report: {got}") from None
        got.append(line)
        if "watching for changes" in line:
            return got


def test_watch_reruns_on_change_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "seedlint.toml").write_text(
        f'paths = ["corpus"]\nrule-packs = ["{pack.as_posix()}"]\nselect = ["ZZA001"]\n', encoding="utf-8"
    )
    (tmp_path / "corpus").mkdir()
    doc = tmp_path / "corpus" / "a.txt"
    doc.write_text("XX once.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "seedlint", "check", "--watch", "--format", "concise"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: Queue[str] = Queue()
    threading.Thread(target=_lines, args=(proc.stdout, lines), daemon=True).start()
    try:
        first = _next_report(lines)
        assert any("corpus/a.txt:1:1: ZZA001" in line for line in first), first
        assert "exit 1" in first[-1]
        doc.write_text("XX once.\nXX twice.\n", encoding="utf-8")
        second = _next_report(lines)
        assert any("corpus/a.txt:2:1: ZZA001" in line for line in second), second
        (tmp_path / "corpus" / "b.txt").write_text("Clean.\n", encoding="utf-8")
        doc.write_text("Clean now.\n", encoding="utf-8")
        third = _next_report(lines)
        assert not any("ZZA001" in line for line in third) and "exit 0" in third[-1], third
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def test_watch_refuses_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--watch", "-"]) == 2
    assert capsys.readouterr().err == "seedlint: error: --watch cannot re-read stdin\n"


def test_watch_roots_are_the_checked_folders_and_single_files_outside_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config above the working folder is watched as one file, never as its whole folder."""
    from seedlint.watch import _roots, signature

    (tmp_path / "seedlint.toml").write_text('select = ["DATE"]\n', encoding="utf-8")
    work = tmp_path / "work"
    (work / "corpus").mkdir(parents=True)
    (work / "corpus" / "a.txt").write_text("Clean.\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(work)
    argv = ["check", "corpus", str(elsewhere)]
    roots = _roots(argv, signature(argv))
    assert work in roots and elsewhere in roots and (work / "corpus") not in roots  # inside the cwd: covered
    assert tmp_path / "seedlint.toml" in roots and tmp_path not in roots


def test_an_edit_before_the_watcher_is_up_is_picked_up_at_its_first_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file system sends no event for an edit made between the notice and the watcher's start."""
    import watchfiles

    from seedlint.watch import watch

    (tmp_path / "corpus").mkdir()
    doc = tmp_path / "corpus" / "a.txt"
    doc.write_text("Clean.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rounds: list[list[str]] = []

    def fake_watch(*_paths: object, **options: object) -> Iterator[set[object]]:
        if len(rounds) == 1:
            doc.write_text("Edited before the watcher started.\n", encoding="utf-8")
            if options.get("yield_on_timeout"):
                yield set()  # the first timeout: no event was seen
        raise KeyboardInterrupt  # without a timeout the watcher waits for an event that never comes

    monkeypatch.setattr(watchfiles, "watch", fake_watch)

    def once(argv: list[str]) -> int:
        rounds.append(argv)
        return 0

    assert watch(["check", "corpus", "--watch"], once) == 0
    assert len(rounds) == 2  # the edit made another round
