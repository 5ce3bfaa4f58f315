"""The command line through ``seedlint.cli.main``: exit codes, selection, formats, rules, explain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from seedlint import __version__
from seedlint.registry import load_rules
from seedlint.report import FORMATS
from tests.data.kit import COLOUR, MARKER, META, NOTE, OURS, Run, check, cli, positions, write_pack


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


ALL_FOUR = "XX marks it.\nThe colour is red.\n有妖怪。\nMETA: id=7\n"


def _codes(run: Run) -> list[str]:
    return [f["rule"] for f in run.ours()]


# -- exit codes -------------------------------------------------------------------------


def test_exit_0_on_clean_text(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = check(capsys, pack, _file(tmp_path, "clean.txt", "Nothing to see here.\n"))
    assert (run.code, run.json(), run.err) == (0, [], "")


def test_exit_1_at_or_above_fail_on(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warn = _file(tmp_path, "warn.txt", "The colour is red.\n")
    note = _file(tmp_path, "note.txt", "有妖怪。\n")
    assert check(capsys, pack, warn).code == 1  # default fail-on: warning
    assert check(capsys, pack, note).code == 0  # an info note alone does not fail
    assert check(capsys, pack, note, "--fail-on", "info").code == 1
    assert check(capsys, pack, warn, "--fail-on", "error").code == 0
    err = _file(tmp_path, "err.txt", "XX\n")
    assert check(capsys, pack, err, "--fail-on", "error").code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--no-such-option"],
        ["check", "--format", "yaml"],
        ["check", "--fail-on", "fatal"],
        ["check", "--jobs", "0"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    run = cli(capsys, *args)
    assert run.code == 2
    assert "usage:" in run.err and "Traceback" not in run.err


def test_unknown_selector_exits_2(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", "XX\n")
    for option in ("--select", "--ignore", "--extend-select"):
        run = cli(capsys, "check", target, "--rule-pack", str(pack), option, "NOPE999", "--no-cache")
        assert run.code == 2
        assert run.err.strip() == "seedlint: error: selector 'NOPE999' matches no rule (see `seedlint rules`)"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "--version")
    assert (run.code, run.out.strip()) == (0, f"seedlint {__version__}")


# -- selection --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("select", "expected"),
    [
        ("ZZA001", [MARKER]),  # a code
        ("ZZB", [COLOUR]),  # a prefix
        ("zz-note", [NOTE]),  # a name
        ("ZZA001,ZZC001", [MARKER, NOTE]),
        ("ZZ", [MARKER, COLOUR, NOTE, META]),
    ],
)
def test_select(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], select: str, expected: list[str]
) -> None:
    run = check(capsys, pack, _file(tmp_path, "a.txt", ALL_FOUR), select=select)
    assert sorted(_codes(run)) == sorted(expected)
    assert all(f["rule"] in OURS for f in run.json())


def test_select_and_ignore_by_family(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    run = check(capsys, pack, target, select="chrome")
    assert sorted(_codes(run)) == [COLOUR, META]  # both chrome rules of the pack, whatever else chrome holds
    assert {f["family"] for f in run.json()} == {"chrome"}
    run = check(capsys, pack, target, "--ignore", "chrome")
    assert sorted(_codes(run)) == [MARKER, NOTE]


def test_ignore_by_code_and_prefix(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    assert sorted(_codes(check(capsys, pack, target, "--ignore", "ZZA001"))) == [COLOUR, NOTE, META]
    assert sorted(_codes(check(capsys, pack, target, "--ignore", "ZZB,ZZC"))) == [MARKER, META]
    assert _codes(check(capsys, pack, target, "--ignore", "ZZ")) == []


def test_extend_select(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    run = check(capsys, pack, target, "--extend-select", "ZZC001", select="ZZA001")
    assert sorted(_codes(run)) == [MARKER, NOTE]


def test_builtin_rule_by_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", "202223年起，公司在北京设立分公司。\n大小:31.05KB\n")
    run = cli(capsys, "check", target, "--select", "DATE001,CHROME001", "--format", "json", "--no-cache")
    assert run.code == 1
    assert [(f["rule"], f["line"], f["column"]) for f in run.json()] == [("DATE001", 1, 1), ("CHROME001", 2, 1)]


# -- formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    run = cli(capsys, "check", target, "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--format", fmt)
    assert run.code == 1
    assert run.out.strip()
    assert run.err == ""
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(run.out)
    if fmt == "jsonl":
        assert [json.loads(line)["rule"] for line in run.out.splitlines()] == [MARKER, COLOUR, NOTE, META]
    if fmt == "concise":
        assert run.out.splitlines()[0] == f"{target}:1:1: ZZA001 marker XX"
    if fmt == "github":
        assert run.out.splitlines()[0].startswith(f"::error file={target},line=1,col=1,endLine=1,endColumn=3,")
    if fmt == "junit":
        assert run.out.startswith("<?xml")
    if fmt == "rich":
        assert "Found 4 findings in 1 file." in run.out


def test_no_findings_in_every_format(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", "clean\n")
    for fmt in FORMATS:
        run = cli(capsys, "check", target, "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--format", fmt)
        assert run.code == 0, fmt
        if fmt in ("json", "gitlab"):
            assert json.loads(run.out) == []
        if fmt == "jsonl":
            assert run.out == ""


def test_json_array_has_exactly_the_contract_keys(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = check(capsys, pack, _file(tmp_path, "a.txt", ALL_FOUR))
    data = run.json()
    assert isinstance(data, list) and len(data) == 4
    keys = {"rule", "family", "severity", "path", "line", "column", "end_line", "end_column", "message", "fix"}
    for item in data:
        assert set(item) == keys
    by_rule = {f["rule"]: f for f in data}
    assert by_rule[COLOUR] == {
        "rule": COLOUR,
        "family": "chrome",
        "severity": "warning",
        "path": str(tmp_path / "in" / "a.txt"),
        "line": 2,
        "column": 5,
        "end_line": 2,
        "end_column": 11,
        "message": "'colour' should be 'color'",
        "fix": "color",
    }
    assert by_rule[MARKER]["fix"] is None and by_rule[MARKER]["severity"] == "error"
    assert by_rule[NOTE]["severity"] == "info"
    assert by_rule[META]["fix"] == ""


def test_output_file(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    stdout_run = check(capsys, pack, target)
    out = tmp_path / "report.json"
    run = check(capsys, pack, target, "--output-file", str(out))
    assert (run.code, run.out) == (1, "")
    assert out.read_text(encoding="utf-8") == stdout_run.out


def test_statistics(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _file(tmp_path, "a.txt", "XX XX colour\n")
    run = cli(
        capsys, "check", target, "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--format", "concise",
        "--statistics",
    )  # fmt: skip
    lines = run.out.splitlines()
    assert lines == [
        "     2\tZZA001\tzz-marker",
        "     1\tZZB001\tzz-colour",
        "Found 3 findings in 1 file.",
        "[*] 1 fixable with --fix.",
    ]  # the table without the listing


def test_quiet_prints_nothing_but_keeps_the_exit_code(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    for fmt in ("concise", "rich", "json"):
        run = check(capsys, pack, target, "--quiet", "--format", fmt)
        assert (run.code, run.out, run.err) == (1, "", "")


def test_no_color(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _file(tmp_path, "a.txt", ALL_FOUR)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)  # pretend a terminal: colour would be on
    args = ["check", target, "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--format", "rich"]
    coloured = cli(capsys, *args)
    plain = cli(capsys, *args, "--no-color")
    monkeypatch.setenv("NO_COLOR", "1")
    env_plain = cli(capsys, *args)
    assert "\x1b[" in coloured.out
    assert "\x1b[" not in plain.out and "\x1b[" not in env_plain.out
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured.out) == plain.out == env_plain.out


def test_default_paths_come_from_the_config(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _file(tmp_path, "a.txt", "XX\n")
    (tmp_path / "seedlint.toml").write_text('paths = ["in"]\n', encoding="utf-8")
    run = check(capsys, pack)
    assert positions(run.ours()) == [(MARKER, 1, 1, 1, 3)]
    assert run.json()[0]["path"] == "in/a.txt"


# -- rules and explain ------------------------------------------------------------------


def test_rules_lists_every_rule(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "rules", "--rule-pack", str(pack))
    assert run.code == 0
    listed = [line.split()[0] for line in run.out.splitlines()]
    expected = [r.meta.code for r in load_rules([pack])]
    assert listed == expected
    assert {"DATE001", "CHROME001", *OURS} <= set(listed)
    row = next(line for line in run.out.splitlines() if line.startswith("ZZC001"))
    assert row.split()[1:4] == ["script", "info", "all"]


def test_rules_as_json(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "rules", "--rule-pack", str(pack), "--format", "json")
    rows = {row["code"]: row for row in json.loads(run.out)}
    assert rows[COLOUR] == {
        "code": COLOUR,
        "name": "zz-colour",
        "family": "chrome",
        "severity": "warning",
        "languages": [],
        "summary": "British 'colour' where the house style wants 'color'.",
    }
    meta = next(r.meta for r in load_rules() if r.meta.code == "CHROME001")
    assert rows["CHROME001"]["languages"] == list(meta.languages)
    assert rows["CHROME001"]["severity"] == str(meta.severity)
    assert set(rows) == {r.meta.code for r in load_rules([pack])}


def test_explain_builtin(capsys: pytest.CaptureFixture[str]) -> None:
    from seedlint.registry import load_rules as all_rules

    meta = next(r.meta for r in all_rules() if r.meta.code == "DATE001")
    run = cli(capsys, "explain", "DATE001")
    assert run.code == 0
    assert run.out.startswith(f"DATE001 ({meta.name})\n")
    assert meta.docs in run.out and meta.summary in run.out
    assert "Bad:\n" in run.out and "Good:\n" in run.out
    for example in (*meta.bad, *meta.good):
        assert example.text.splitlines()[0] in run.out
    for expected in meta.bad[0].expect:
        assert f"-> flags {expected.match!r}" in run.out


def test_explain_pack_rule_by_name(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "explain", "zz-colour", "--rule-pack", str(pack))
    assert run.code == 0
    assert "Family: chrome    Severity: warning    Languages: all" in run.out
    assert "  -> flags 'colour', fix 'color'" in run.out
    assert f"Defined in: {pack}:" in run.out


def test_explain_unknown_code_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "explain", "NOPE999")
    assert (run.code, run.out) == (2, "")
    assert run.err.strip() == "seedlint: error: no rule 'NOPE999' (see `seedlint rules`)"


# -- known bugs in cli.py / seedlint/commands (not ours to fix: see the reasons) -----------------


def test_unwritable_output_file_is_a_usage_error(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _file(tmp_path, "a.txt", "XX\n")
    run = check(capsys, pack, target, "--output-file", str(tmp_path / "no" / "such" / "dir" / "r.json"))
    assert run.code == 2
    assert run.err.count("\n") == 1 and "r.json" in run.err


@pytest.mark.parametrize("value", ["-1", "0"])
def test_non_positive_timeout_is_a_usage_error(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    target = _file(tmp_path, "a.txt", "XX\n")
    assert check(capsys, pack, target, "--timeout", value).code == 2


@pytest.mark.parametrize("fmt", ["json", "jsonl", "junit", "gitlab"])
def test_machine_formats_keep_the_skipped_file_warning(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    blob = tmp_path / "in" / "blob.txt"
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(b"\x00\x01binary\x00")
    run = check(capsys, pack, str(blob), "--format", fmt)
    assert run.code == 0
    assert [line for line in run.err.splitlines() if "blob.txt" in line] == [
        f"{blob}: warning: skipped: binary file (contains NUL bytes)"
    ]
