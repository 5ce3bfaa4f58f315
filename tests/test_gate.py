"""The CI gate: a baseline on the real seeds, in a temporary git repository."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from seedlint.cli import main
from tests.conftest import SEEDS

ZH = "002_603185a3ae7cfc7b.txt"
ES = "000_0011f6d1b309db54.txt"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seedlint.toml").write_text('paths = ["seeds"]\nbaseline = ".seedlint-baseline.json"\n', "utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["baseline", "--no-cache"]) == 0
    return tmp_path


def _concise(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "--format", "concise", "--no-cache", *args])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("seeds/")]
    return code, lines


def test_baseline_file_is_sorted_with_counts(repo: Path) -> None:
    data = json.loads((repo / ".seedlint-baseline.json").read_text("utf-8"))
    assert data["version"] == 1
    assert data["counts"]["DATE001"] == 5
    assert data["total"] == sum(data["counts"].values())
    assert list(data["findings"]) == sorted(data["findings"])
    for fps in data["findings"].values():
        assert fps == sorted(fps)


def test_seeds_with_their_baseline_pass(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _concise(capsys)
    assert (code, lines) == (0, [])


def test_new_corrupted_year_fails_with_exactly_that_finding(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "seeds" / ZH
    text = path.read_text("utf-8")
    assert text.count("2023年6月份的钱荒") == 1
    path.write_text(text.replace("2023年6月份的钱荒", "202320年6月份的钱荒"), "utf-8")
    column = text.split("\n")[22].index("2023年6月份的钱荒") + 1
    code, lines = _concise(capsys)
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"seeds/{ZH}:23:{column}: DATE001 ")


def test_new_chrome_line_fails_with_exactly_that_finding(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "seeds" / ZH
    lines_before = path.read_text("utf-8").split("\n")
    lines_before.insert(24, "文件大小:12.5MB")
    path.write_text("\n".join(lines_before), "utf-8")
    code, lines = _concise(capsys, "--select", "CHROME001")
    assert code == 1
    assert [line.split(" ")[0] + " " + line.split(" ")[1] for line in lines] == [f"seeds/{ZH}:25:1: CHROME001"]


def test_moving_paragraphs_does_not_fail(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "seeds" / ES
    paragraphs = path.read_text("utf-8").split("\n\n")
    paragraphs[2], paragraphs[5] = paragraphs[5], paragraphs[2]  # swap two body paragraphs
    paragraphs.insert(1, "")
    path.write_text("\n\n".join(paragraphs), "utf-8")
    path = repo / "seeds" / ZH
    lines = path.read_text("utf-8").split("\n")
    lines.insert(3, "")  # the body with the corrupted years moves down a line
    path.write_text("\n".join(lines), "utf-8")
    code, out = _concise(capsys)
    assert (code, out) == (0, [])


def test_fixing_a_defect_reports_the_stale_entry_and_prune_drops_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "seeds" / ZH
    path.write_text(path.read_text("utf-8").replace("202223年11月11日", "2009年11月11日"), "utf-8")
    capsys.readouterr()
    assert main(["check", "--format", "concise", "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "1 baseline entry is stale" in out
    assert main(["check", "--format", "concise", "--no-cache", "--prune-baseline"]) == 0
    data = json.loads((repo / ".seedlint-baseline.json").read_text("utf-8"))
    assert data["counts"].get("DATE001") == 4
    capsys.readouterr()
    assert main(["check", "--format", "concise", "--no-cache"]) == 0
    assert "0 baseline entries are stale" in capsys.readouterr().out


def test_diff_base_checks_only_changed_files(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "seedlint.toml").write_text('paths = ["seeds"]\n', "utf-8")
    path = repo / "seeds" / ES
    path.write_text(path.read_text("utf-8") + "\nLa empresa se fundó en 201920.\n", "utf-8")
    code, lines = _concise(capsys, "--select", "DATE001", "--diff-base", "HEAD")
    assert code == 1
    assert {line.split(":")[0] for line in lines} == {f"seeds/{ES}"}
    capsys.readouterr()
    assert main(["check", "--format", "concise", "--diff-base", "no-such-rev"]) == 2
    assert "no-such-rev" in capsys.readouterr().err
