"""``--diff-base``: changes since the merge base, findings on changed lines only, in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from seedlint.changed import parse_diff, unquote
from seedlint.cli import main

BAD = "La empresa se fundó en 201920.\n"  # DATE001
GOOD = "La empresa se fundó en 2019.\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=repo, check=True, capture_output=True
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``main`` moved on after ``feature`` branched; ``feature`` is checked out."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "seedlint.toml").write_text('paths = ["corpus"]\nselect = ["DATE001"]\n', "utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(BAD + GOOD * 3, "utf-8")  # a finding on line 1 from the start
    (corpus / "b.txt").write_text(GOOD * 4, "utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "start")
    _git(tmp_path, "checkout", "-qb", "feature")
    _git(tmp_path, "checkout", "-q", "main")
    (corpus / "b.txt").write_text(GOOD * 2 + BAD + GOOD, "utf-8")  # changed only on the base branch
    _git(tmp_path, "commit", "-qam", "base moves on")
    _git(tmp_path, "checkout", "-q", "feature")
    (corpus / "a.txt").write_text(BAD + GOOD * 2 + BAD, "utf-8")  # line 4 is new
    _git(tmp_path, "commit", "-qam", "feature work")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "--format", "concise", "--no-cache", "--diff-base", "main", *args])
    return code, [line.split(" DATE001")[0] for line in capsys.readouterr().out.splitlines() if "DATE001" in line]


def test_only_findings_on_lines_changed_since_the_merge_base(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, where = _check(capsys)
    assert code == 1
    assert where == ["corpus/a.txt:4:24:"]  # not a.txt line 1 (untouched), not b.txt (changed only on main)


def test_uncommitted_edits_and_untracked_files_count(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "corpus" / "a.txt").write_text(BAD * 2 + GOOD + BAD, "utf-8")  # line 2 edited, not committed
    (repo / "corpus" / "new.txt").write_text(BAD + BAD, "utf-8")
    _, where = _check(capsys)
    assert where == ["corpus/a.txt:2:24:", "corpus/a.txt:4:24:", "corpus/new.txt:1:24:", "corpus/new.txt:2:24:"]


def test_absolute_paths_and_a_subfolder(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, where = _check(capsys, str(repo / "corpus"))
    assert where == [f"{repo}/corpus/a.txt:4:24:"]
    os.chdir(repo / "corpus")
    _, where = _check(capsys, ".")
    assert where == ["a.txt:4:24:"]


def test_nothing_changed_reports_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-qb", "empty")
    assert _check(capsys) == (0, [])


def test_a_file_name_that_is_not_utf8(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsencode(repo / "corpus") + b'/caf\xe9 "x".txt'
    with open(name, "w", encoding="utf-8") as fh:
        fh.write(GOOD + BAD)
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "latin-1 name")
    code, where = _check(capsys)
    assert code == 1
    assert where == ["corpus/a.txt:4:24:", 'corpus/caf\\xe9 "x".txt:2:24:']


def test_a_bad_revision_is_one_line_and_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--diff-base", "no-such-rev"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("seedlint: error: --diff-base no-such-rev:") and err.count("\n") == 1


def test_parse_diff_hunks_and_quoted_names() -> None:
    diff = (
        b"diff --git a/x y b/x y\n--- a/x y\t\n+++ b/x y\t\n"
        b"@@ -3 +3 @@\n-a\n+b\n@@ -7,2 +6,0 @@\n-c\n-d\n@@ -10,0 +9,3 @@\n+e\n+f\n+g\n"
        b'diff --git "a/\\303\\251\\tb" "b/\\303\\251\\tb"\n'
        b'--- /dev/null\n+++ "b/\\303\\251\\tb"\t\n@@ -0,0 +1 @@\n+h\n'
    )
    assert parse_diff(diff) == {b"x y": {3, 6, 7, 9, 10, 11}, "é\tb".encode(): {1}}
    assert unquote(b'"a\\"b\\\\c\\346"') == b'a"b\\c\xe6'
    assert unquote(b"plain name") == b"plain name"
