"""Targeted suppression through the CLI: accepted terms, ignore patterns, the reviewed sidecar file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.data.kit import COLOUR, MARKER, Run, cli, write_pack


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "pack")


def _setup(tmp_path: Path, config: str, text: str = "The colour is red.\nXX here, XX there.\n") -> None:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    base = 'rule-packs = ["pack/zz.yaml"]\nselect = ["ZZ"]\npaths = ["doc.txt"]\n'
    (tmp_path / "seedlint.toml").write_text(base + config, encoding="utf-8")


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    return cli(capsys, "check", "--no-cache", "--format", "concise", *args)


def _codes(run: Run) -> list[str]:
    return [m[1] for m in re.finditer(r"^doc\.txt:\d+:\d+: (\S+)", run.out, re.M)]


def test_accepted_terms_per_family_and_per_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(tmp_path, "")
    assert _codes(_check(capsys)) == [COLOUR, MARKER, MARKER]
    _setup(tmp_path, '[accepted-terms]\nchrome = ["colour"]\n')
    run = _check(capsys)
    assert _codes(run) == [MARKER, MARKER]
    assert "1 finding(s) suppressed by accepted-terms." in run.out
    _setup(tmp_path, '[accepted-terms]\nZZA001 = ["colour"]\n')  # another rule's vocabulary does not apply
    assert _codes(_check(capsys)) == [COLOUR, MARKER, MARKER]


def test_fix_leaves_an_accepted_term_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(tmp_path, '[accepted-terms]\nzz-colour = ["colour"]\n', "The colour is red.\n")
    assert _check(capsys, "--fix").code == 0
    assert (tmp_path / "doc.txt").read_text(encoding="utf-8") == "The colour is red.\n"


def test_extend_ignore_re_hides_findings_inside_a_match(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(tmp_path, 'extend-ignore-re = ["\\\\{\\\\{[^}]*\\\\}\\\\}"]\n', "{{ XX }} and XX\n")
    run = _check(capsys)
    assert run.out.startswith("doc.txt:1:14: ZZA001")
    assert _codes(run) == [MARKER]
    assert "1 finding(s) suppressed by extend-ignore-re." in run.out


def test_a_runaway_ignore_pattern_is_stopped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(tmp_path, 'timeout = 0.05\nextend-ignore-re = ["(a|aa)+$"]\n', "XX " + "a" * 5000 + "b\n")
    run = _check(capsys)
    assert _codes(run) == [MARKER]  # the pattern was skipped, the finding kept
    assert "extend-ignore-re '(a|aa)+$' skipped" in run.out


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('accepted-term = {chrome = ["x"]}\n', "unknown key 'accepted-term'"),
        ('extend-ignore-re = ["(unclosed"]\n', "bad pattern '(unclosed'"),
        ('[accepted-terms]\nchrome = "colour"\nZZ = [3]\n', "'accepted-terms.ZZ' must be a list"),
        ('[accepted-terms]\nnothing-like-this = ["x"]\n', "matches no rule"),
        ('suppressions = "missing.toml"\n', "suppressions file not found"),
    ],
)
def test_bad_settings_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, message: str) -> None:
    _setup(tmp_path, config)
    run = _check(capsys)
    assert run.code == 2 and message in run.err, run.err


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('path = "doc.txt"\nrule = "ZZA001"\ntext = "XX"\n', "'reason' is required"),
        ('path = "doc.txt"\nrule = "ZZA001"\ntext = "XX"\nreason = "ok"\nline = 3\n', "unknown key 'line'"),
        ('path = "doc.txt"\nrule = "NOPE9"\ntext = "XX"\nreason = "ok"\n', "matches no rule"),
    ],
)
def test_bad_sidecar_entries_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, message: str
) -> None:
    _setup(tmp_path, 'suppressions = "reviewed.toml"\n')
    (tmp_path / "reviewed.toml").write_text("[[suppress]]\n" + entry, encoding="utf-8")
    run = _check(capsys)
    assert run.code == 2 and message in run.err, run.err


def test_sidecar_suppresses_one_occurrence_and_reports_unused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(tmp_path, 'suppressions = "reviewed.toml"\n')
    stale = '[[suppress]]\npath = "doc.txt"\nrule = "ZZA"\ntext = "XXX"\nreason = "fixed long ago"\n'
    (tmp_path / "reviewed.toml").write_text(stale, encoding="utf-8")
    run = _check(capsys)
    assert _codes(run) == [COLOUR, MARKER, MARKER]
    assert "reviewed.toml: warning: unused suppression #1 doc.txt ZZA 'XXX'" in run.out
    assert "(reason: fixed long ago)" in run.out
    added = cli(capsys, "suppress", "doc.txt:2:11", "--reason", "the second marker is meant")
    assert added.code == 0, added.err
    written = (tmp_path / "reviewed.toml").read_text(encoding="utf-8")
    assert written.startswith(stale)  # appended, never rewritten
    assert 'text = "XX"' in written and 'reason = "the second marker is meant"' in written
    run = _check(capsys)
    assert run.out.count("doc.txt:2:1: ZZA001") == 1 and "doc.txt:2:11:" not in run.out  # context tells them apart
    assert "1 finding(s) suppressed by suppressions." in run.out
    assert "unused suppression #1" in run.out and "unused suppression #2" not in run.out
    (tmp_path / "doc.txt").write_text("The colour is red.\nXX here, YY there.\n", encoding="utf-8")
    run = _check(capsys)
    assert "unused suppression #2" in run.out  # the text was fixed: the entry is reported, and kept
    assert (tmp_path / "reviewed.toml").read_text(encoding="utf-8") == written


def test_sidecar_paths_are_relative_to_the_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(tmp_path, 'suppressions = "meta/reviewed.toml"\n')
    (tmp_path / "meta").mkdir()
    entry = '[[suppress]]\npath = "../doc.txt"\nrule = "chrome"\ntext = "colour"\nreason = "quoted spelling"\n'
    (tmp_path / "meta" / "reviewed.toml").write_text(entry, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert _codes(_check(capsys)) == [MARKER, MARKER]
    assert _codes(_check(capsys, str(tmp_path / "doc.txt"))) == []  # absolute path: same file, same entry
    out = _check(capsys, str(tmp_path / "doc.txt")).out
    assert "ZZB001" not in out and out.count("ZZA001") == 2
