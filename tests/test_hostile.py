"""Hostile repositories: each case runs the CLI in a subprocess with a time bound and
checksums every byte of the corpus before and after (issue 16)."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.data.kit import MARKER, write_pack

LIMIT = 60  # seconds: a hang fails the test instead of the suite


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under ``root`` -> checksum and mode (links, FIFOs and devices by kind, never opened)."""
    entries = [root] if not root.is_dir() or root.is_symlink() else sorted(root.rglob("*"))
    out = {}
    for p in entries:
        info = p.lstat()
        key = p.relative_to(root).as_posix() if p != root else p.name
        if stat.S_ISLNK(info.st_mode):
            out[key] = "link:" + os.readlink(p)
        elif stat.S_ISREG(info.st_mode):
            out[key] = hashlib.sha256(p.read_bytes()).hexdigest() + f":{info.st_mode:o}:{info.st_uid}"
        else:
            out[key] = f"kind:{stat.S_IFMT(info.st_mode):o}"
    return out


def seedlint(cwd: Path, *args: str, timeout: float = LIMIT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "seedlint", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env
    )


def _check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    pack = write_pack(cwd / "pack")
    return seedlint(cwd, "check", "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--jobs", "1", *args)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ok.txt").write_text("A line with a marker XX here.\n", encoding="utf-8")
    return folder


def test_fifo_and_device_links_in_the_corpus_are_skipped_with_one_warning(tmp_path: Path, corpus: Path) -> None:
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    before = snapshot(corpus)
    done = _check(tmp_path, "--format", "concise", str(corpus))
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stderr
    assert f"{corpus}/pipe.txt: warning: skipped: not a regular file" in lines
    assert any(line.startswith(f"{corpus}/zero.txt: warning: skipped: a link to") for line in lines), lines
    assert f"{corpus}/ok.txt:1:22: {MARKER} marker XX" in lines
    assert snapshot(corpus) == before


def test_fifo_given_as_file_config_baseline_or_pack(tmp_path: Path, corpus: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    named = _check(tmp_path, "--format", "concise", str(fifo))
    assert named.returncode == 0 and f"{fifo}: warning: skipped: not a regular file" in named.stdout
    for option in ("--config", "--baseline"):
        done = _check(tmp_path, option, str(fifo), str(corpus))
        assert done.returncode == 2, (option, done.stderr)
        assert done.stderr == f"seedlint: error: {fifo}: not a regular file\n"
    packs = tmp_path / "packs"
    packs.mkdir()
    os.mkfifo(packs / "evil.yaml")
    done = seedlint(tmp_path, "check", "--rule-pack", str(packs), "--no-cache", str(corpus))
    assert (
        done.returncode == 2
        and done.stderr == f"seedlint: error: {packs}/evil.yaml:0: rule pack is not a regular file\n"
    )


def test_file_over_the_size_limit_is_skipped_and_the_rest_checked(tmp_path: Path, corpus: Path) -> None:
    big = corpus / "big.txt"
    with open(big, "wb") as fh:  # sparse: 300 MB on paper, nothing on disk
        fh.truncate(300 << 20)
    before = snapshot(corpus)
    done = _check(tmp_path, "--format", "concise", str(corpus))
    assert f"{big}: warning: skipped: 300.0 MB is over the 256.0 MB limit" in done.stdout.splitlines()
    assert f"{corpus}/ok.txt:1:22: {MARKER} marker XX" in done.stdout
    (tmp_path / "seedlint.toml").write_text("max-file-size = 1\n", encoding="utf-8")
    (corpus / "two.txt").write_bytes(b"XX " * 400_000)
    done = _check(tmp_path, "--format", "concise", str(corpus / "two.txt"))
    assert done.stdout.startswith(f"{corpus}/two.txt: warning: skipped: 1.1 MB is over the 1.0 MB limit\n")
    assert snapshot(corpus) == {**before, "two.txt": snapshot(corpus)["two.txt"]}


def test_diff_base_cannot_smuggle_git_options(tmp_path: Path, corpus: Path) -> None:
    target = tmp_path / "clobbered.txt"
    done = _check(tmp_path, f"--diff-base=--output={target}", str(corpus))
    assert done.returncode == 2, done
    assert "cannot start with '-'" in done.stderr and done.stderr.count("\n") == 1
    assert not target.exists()


def test_symlinks_out_of_the_checked_tree_are_not_followed(tmp_path: Path, corpus: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("password XX hunter2\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "ok.txt")
    done = _check(tmp_path, "--format", "sarif", str(corpus))
    assert "hunter2" not in done.stdout
    assert "skipped: a link to outside the checked tree" in done.stdout  # a SARIF notification
    assert done.stdout.count('"ruleId"') == 2  # ok.txt and the link to it inside the tree


def test_terminal_output_carries_no_control_sequences(tmp_path: Path, corpus: Path) -> None:
    hostile = corpus / "evil\x1b]0;owned\x07\nname.txt"
    hostile.write_text("XX \x1b[2J\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202eXX\n", encoding="utf-8")
    before = snapshot(corpus)
    for fmt in ("concise", "rich", "github"):
        done = _check(tmp_path, "--format", fmt, str(corpus))
        assert done.returncode == 1, done.stderr
        out = done.stdout + done.stderr
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, (fmt, out)
        assert not any(line.startswith("name.txt") for line in out.splitlines()), fmt
    github = _check(tmp_path, "--format", "github", str(corpus)).stdout
    assert all(line.startswith("::") for line in github.splitlines()), github
    assert snapshot(corpus) == before


def test_file_names_that_are_not_utf8(tmp_path: Path, corpus: Path) -> None:
    raw = os.fsencode(corpus) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"XX\n")
    for fmt in ("sarif", "gitlab", "json", "concise", "junit"):
        done = _check(tmp_path, "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"), str(corpus))
        assert done.returncode == 1 and "Traceback" not in done.stderr, (fmt, done.stderr)
        assert "caf" in (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")
    done = _check(tmp_path, "--format", "concise", str(corpus))
    assert f"{corpus}/caf\\xe9.txt:1:1: {MARKER} marker XX" in done.stdout


def test_full_disk_on_stdout_is_one_line_and_exit_2(tmp_path: Path, corpus: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "seedlint", "check", "--rule-pack", str(pack), "--select", "ZZ", str(corpus)],
            cwd=tmp_path,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=LIMIT,
        )
    assert done.returncode == 2
    assert done.stderr.startswith("seedlint: error: cannot write the report") and done.stderr.count("\n") == 1


def test_baseline_never_overwrites_other_files(tmp_path: Path, corpus: Path) -> None:
    precious = tmp_path / "notes.json"
    precious.write_text('{"mine": true}\n', encoding="utf-8")
    before = snapshot(tmp_path / "notes.json")
    pack = write_pack(tmp_path / "pack")
    common = ("--rule-pack", str(pack), "--select", "ZZ", "--no-cache", str(corpus))
    done = seedlint(tmp_path, "baseline", "-o", str(precious), *common)
    assert done.returncode == 2 and "refusing to overwrite" in done.stderr and done.stderr.count("\n") == 1
    assert snapshot(precious) == before
    (tmp_path / "seedlint.toml").write_text('baseline = "notes.json"\n', encoding="utf-8")
    done = seedlint(tmp_path, "baseline", *common)
    assert done.returncode == 2 and "refusing to overwrite" in done.stderr
    assert snapshot(precious) == before
    (tmp_path / "seedlint.toml").write_text('baseline = "notes.json/sub.json"\n', encoding="utf-8")
    done = seedlint(tmp_path, "baseline", *common)
    assert done.returncode == 2 and "cannot write baseline" in done.stderr and "Traceback" not in done.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "findings": {"a.txt": [1, 2]}}', encoding="utf-8")
    done = _check(tmp_path.parent, "--baseline", str(bad), str(corpus))
    assert done.returncode == 2 and "must be a list of fingerprint strings" in done.stderr
    assert done.stderr.count("\n") == 1


def test_directories_a_thousand_deep(tmp_path: Path, corpus: Path) -> None:
    made = []
    deep = corpus
    for _ in range(1000):
        deep = deep / "d"
        try:
            deep.mkdir()
        except OSError:  # the path got too long for this system: deep enough
            break
        made.append(deep)
    try:
        done = _check(tmp_path, "--format", "concise", str(corpus))
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-500:]
        assert f"{corpus}/ok.txt:1:22: {MARKER} marker XX" in done.stdout
    finally:  # pytest's own clean-up of tmp_path recurses and would fail at this depth
        for folder in reversed(made):
            folder.rmdir()


def _children_alive(marker: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find orphaned workers")
def test_ctrl_c_with_workers_leaves_no_traceback_and_no_orphan(tmp_path: Path) -> None:
    corpus = tmp_path / "many-files-corpus"
    corpus.mkdir()
    for i in range(1600):  # far more than the 4 s before the interrupt can check, however fast seedlint gets
        (corpus / f"{i:04d}.txt").write_text(
            "支付宝在 2023 年成立。 The year 202223 was long.\n" * 200, encoding="utf-8"
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "seedlint", "check", "--no-cache", "--jobs", "2", "--format", "concise", str(corpus)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(4)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole foreground group
    _, err = process.communicate(timeout=LIMIT)
    assert "Traceback" not in err, err[-2000:]
    assert process.returncode == 130, (process.returncode, err[-500:])
    assert err.strip().splitlines()[-1] == "seedlint: interrupted"
    deadline = time.monotonic() + 10
    while _children_alive(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _children_alive(str(corpus)) == []


@pytest.mark.slow
def test_long_runs_of_brackets_quotes_and_digits_are_linear_and_capped(tmp_path: Path) -> None:
    """200,000 of one mark on a line: every rule on, done within the bound (a scan of the whole
    prefix per mark took 3 minutes for '('), and at most 50 findings per line, not one per mark."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    marks = ["(", ")", "（", "[", "“", '"', "¿", "7", "«"]
    (corpus / "runs.txt").write_text("".join(f"x {m * 200_000} y\n" for m in marks), encoding="utf-8")
    before = snapshot(corpus)
    done = seedlint(tmp_path, "check", "--no-cache", "--jobs", "1", "--format", "json", str(corpus))
    assert done.returncode in (0, 1), done.stderr
    import json

    findings = json.loads(done.stdout)
    findings = findings if isinstance(findings, list) else findings["findings"]
    per_line: dict[tuple[str, int], int] = {}
    for f in findings:
        per_line[f["rule"], f["line"]] = per_line.get((f["rule"], f["line"]), 0) + 1
    assert per_line and max(per_line.values()) <= 50, sorted(per_line.items(), key=lambda kv: -kv[1])[:3]
    brackets = [f for f in findings if f["rule"] == "SCRIPT015" and f["line"] == 1]
    import re

    assert len(brackets) == 50 and re.search(
        r"\(and 199\d\d\d more on this line, not reported\)", brackets[-1]["message"]
    )
    assert snapshot(corpus) == before
