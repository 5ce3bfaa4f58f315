"""Each file is read and decoded once per run, scanned once, and nothing reads the disk after the run."""

from __future__ import annotations

import builtins
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from seedlint import files, runner, scanner
from seedlint.cli import main
from tests.conftest import SEEDS


def test_one_read_one_decode_one_scan_per_file_and_no_read_after_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    names = sorted(p.name for p in corpus.iterdir())
    reads: Counter[str] = Counter()
    decodes: Counter[str] = Counter()
    scans = Counter[str]()
    texts = {p.read_text(encoding="utf-8") for p in corpus.iterdir()}
    late: list[str] = []
    finished = False

    real_read, real_from_bytes, real_scan, real_run = files.read, files.from_bytes, scanner.Scanner.scan, runner.run
    real_open, real_os_open = builtins.open, os.open

    def read(path: str, limit: int | None = None) -> Any:
        reads[Path(path).name] += 1
        return real_read(path, limit)

    def from_bytes(path: str, data: bytes) -> Any:
        decodes[Path(path).name] += 1
        return real_from_bytes(path, data)

    def scan(self: scanner.Scanner, text: str, utf8: bytes | None = None, timeout: float | None = None) -> Any:
        if text in texts:  # a whole document (rules run scanners of their own over parts)
            scans[text] += 1
        return real_scan(self, text, utf8, timeout)

    def run(*args: Any, **kwargs: Any) -> Any:
        nonlocal finished
        result = real_run(*args, **kwargs)
        finished = True
        return result

    def os_spy(path: Any, *args: Any, **kwargs: Any) -> Any:
        if finished and str(corpus) in os.fsdecode(path):
            late.append(os.fsdecode(path))
        return real_os_open(path, *args, **kwargs)

    def open_spy(path: Any, *args: Any, **kwargs: Any) -> Any:
        if finished and isinstance(path, str | bytes | os.PathLike) and str(corpus) in os.fsdecode(path):
            late.append(os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(runner, "read", read)
    monkeypatch.setattr(runner, "from_bytes", from_bytes)
    monkeypatch.setattr(scanner.Scanner, "scan", scan)
    monkeypatch.setattr(runner, "run", run)
    import seedlint.commands.prepare as check_command

    monkeypatch.setattr(check_command, "run", run)
    monkeypatch.setattr(builtins, "open", open_spy)
    monkeypatch.setattr(os, "open", os_spy)
    monkeypatch.chdir(tmp_path)
    code = main(
        ["check", "--no-cache", "--jobs", "1", "--format", "rich", "-o", str(tmp_path / "report.txt"), str(corpus)]
    )
    assert code == 1
    assert finished
    assert reads == Counter({name: 1 for name in names}), reads
    assert decodes == Counter({name: 1 for name in names}), decodes
    assert len(scans) == len(names) and set(scans.values()) == {1}, scans
    assert late == [], "files read again after the run"
    report = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "│ " in report and "^" in report  # the excerpts and carets came from the run, not from the disk


def test_the_second_pass_reads_only_files_a_corpus_rule_may_report_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    first = sorted(corpus.iterdir())[0]
    shutil.copy(first, corpus / "copy.txt")  # its lines are now shared across documents: CHROME053 evidence
    monkeypatch.chdir(tmp_path)

    def report() -> str:
        capsys.readouterr()
        main(["check", "--no-cache", "--jobs", "1", "--format", "json", str(corpus)])
        return capsys.readouterr().out

    reference = report()
    reads: Counter[str] = Counter()
    real_read = files.read

    def read(path: str, limit: int | None = None) -> Any:
        reads[Path(path).name] += 1
        return real_read(path, limit)

    monkeypatch.setattr(runner, "read", read)
    monkeypatch.setattr(runner, "KEEP_CHARS", 0)  # as a parallel run's workers: nothing kept between the passes
    assert report() == reference
    assert reads.pop(first.name) == 2 and reads.pop("copy.txt") == 2
    assert set(reads.values()) == {1} and len(reads) == len(list(SEEDS.iterdir())) - 1
