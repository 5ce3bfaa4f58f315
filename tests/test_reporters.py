"""Reporters: JSON/JSONL contract, concise, GitHub annotations, JUnit XML, GitLab, and the rich report."""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from rich.cells import cell_len

from seedlint.finding import Diagnostic, Finding, Severity
from seedlint.report import ReportInput, get_reporter
from seedlint.report.terminal import MAX_SOURCE, underline
from tests.data.kit import check, cli, write_pack

KEYS = {"rule", "family", "severity", "path", "line", "column", "end_line", "end_column", "message", "fix"}


def finding(
    path: str = "a.txt",
    line: int = 1,
    column: int = 2,
    end_column: int = 4,
    message: str = "marker XX",
    rule: str = "ZZA001",
    severity: Severity = Severity.ERROR,
    fix: str | None = None,
    family: str = "truncation",
) -> Finding:
    return Finding(
        path=path,
        line=line,
        column=column,
        rule=rule,
        end_line=line,
        end_column=end_column,
        family=family,
        severity=severity,
        message=message,
        fix=fix,
        snippet="XX",
    )


def render(fmt: str, findings: list[Finding], diagnostics: list[Diagnostic] | None = None, **kw: object) -> str:
    out = io.StringIO()
    data = ReportInput(findings=findings, diagnostics=diagnostics or [], rules={}, files_checked=1, **kw)  # type: ignore[arg-type]
    get_reporter(fmt)(data, out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)


# -- JSON -------------------------------------------------------------------------------


def test_json_and_jsonl_carry_the_same_objects() -> None:
    items = [finding(), finding(line=2, rule="ZZB001", severity=Severity.WARNING, fix="color", message="colour")]
    array = json.loads(render("json", items))
    lines = [json.loads(line) for line in render("jsonl", items).splitlines()]
    assert array == lines
    assert [set(item) for item in array] == [KEYS, KEYS]
    assert array[1] == {
        "rule": "ZZB001",
        "family": "truncation",
        "severity": "warning",
        "path": "a.txt",
        "line": 2,
        "column": 2,
        "end_line": 2,
        "end_column": 4,
        "message": "colour",
        "fix": "color",
    }


def test_json_keeps_non_ascii_readable() -> None:
    out = render("json", [finding(message="年份 202223 不对", path="数据/文件.txt")])
    assert "年份 202223 不对" in out and "数据/文件.txt" in out


# -- concise ----------------------------------------------------------------------------


def test_concise_lines() -> None:
    out = render(
        "concise",
        [finding(), finding(line=3, column=1, fix="color", message="colour", rule="ZZB001")],
        [Diagnostic("blob.bin", "skipped: binary file (contains NUL bytes)")],
    )
    assert out.splitlines() == [
        "blob.bin: warning: skipped: binary file (contains NUL bytes)",
        "a.txt:1:2: ZZA001 marker XX",
        "a.txt:3:1: ZZB001 colour [fix: 'color']",
        "Found 2 findings in 1 file.",
    ]


# -- GitHub -----------------------------------------------------------------------------


def test_github_annotations_escape_data_and_properties() -> None:
    out = render(
        "github",
        [finding(path="dir,x/a:b%.txt", message="two\nlines, 100%\r", severity=Severity.WARNING)],
        [Diagnostic("c,d.txt", "cannot read file: Permission denied", Severity.ERROR)],
    )
    assert out.splitlines() == [
        "::error file=c%2Cd.txt::cannot read file: Permission denied",
        "::warning file=dir%2Cx/a%3Ab%25.txt,line=1,col=2,endLine=1,endColumn=4,title=ZZA001"
        "::ZZA001 two%0Alines, 100%25%0D",
    ]


def test_github_levels() -> None:
    out = render("github", [finding(severity=s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)])
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == ["::error", "::warning", "::notice"]


# -- JUnit ------------------------------------------------------------------------------


def test_junit_parses_even_with_control_characters() -> None:
    nasty = 'esc \x1b[2J bell \x07 <tag> & "quotes" \x0c'
    out = render("junit", [finding(message=nasty), finding(path="b.txt", line=4), finding(path="b.txt", line=9)])
    root = ET.fromstring(out.encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("2", "2")  # failing files, not findings
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["a.txt", "b.txt"]
    failure = cases[0].find("failure")
    assert failure is not None
    assert failure.get("type") == "ZZA001"
    assert failure.get("message") == '1 finding; first 1:2: esc \ufffd[2J bell \ufffd <tag> & "quotes" \ufffd'
    [both] = cases[1].findall("failure")
    assert both.get("message", "").startswith("2 findings;") and (both.text or "").count("b.txt:") == 2


def test_junit_without_findings_is_one_passing_case() -> None:
    root = ET.fromstring(render("junit", []).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("failures") == "0"
    assert [c.get("name") for c in suite.findall("testcase")] == ["corpus"]
    assert suite.find("testcase/failure") is None


# -- GitLab -----------------------------------------------------------------------------


def test_gitlab_code_quality() -> None:
    [issue] = json.loads(render("gitlab", [finding()]))
    assert issue["check_name"] == "ZZA001"
    assert issue["location"] == {"path": "a.txt", "lines": {"begin": 1, "end": 1}}
    assert issue["severity"] == "major"


# -- rich: underline --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "column", "end", "shown", "carets"),
    [
        ("abcXX", 4, 6, "abcXX", "   ^^"),
        ("中文XX", 3, 5, "中文XX", "    ^^"),  # two wide characters before: four cells
        ("XX中文", 3, 5, "XX中文", "  ^^^^"),  # underlining wide characters: two carets each
        ("e\u0301XX", 3, 5, "e\u0301XX", " ^^"),  # a combining mark takes no cell
        ("😀XX", 2, 4, "😀XX", "  ^^"),  # an emoji is two cells
        ("\tXX", 2, 4, " XX", " ^^"),  # a tab is shown as one space, so the carets stay under
        ("\x1b[2JXX", 5, 7, "␛[2JXX", "    ^^"),  # control characters are shown, not sent
        ("中文XX", 3, None, "中文XX", "    ^^"),  # span runs onto the next line: to the end
        ("abc", 4, 4, "abc", "   ^"),  # empty span at the end of the line
        ("ａｂ中", 1, 3, "ａｂ中", "^^^^"),  # full-width Latin letters are wide too
    ],
)
def test_underline(line: str, column: int, end: int | None, shown: str, carets: str) -> None:
    assert underline(line, column, end) == (shown, carets)


def test_underline_on_a_long_cjk_line_stays_under_the_span() -> None:
    line = "字" * 200 + "XX" + "字" * 200
    shown, carets = underline(line, 201, 203)
    assert shown.startswith("…") and shown.endswith("…")
    assert cell_len(shown) <= MAX_SOURCE + 2
    pad = len(carets) - len(carets.lstrip(" "))
    assert carets.strip() == "^^"
    at = shown.index("XX")
    assert cell_len(shown[:at]) == pad


# -- rich: the whole report -------------------------------------------------------------


def test_rich_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    target = tmp_path / "in" / "a.txt"
    target.parent.mkdir()
    target.write_text("标题：XX 完\nThe colour is 中文 red.\n有妖怪。\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    run = check(capsys, pack, str(target), "--format", "rich", "--output-file", str(report), "--statistics")
    assert (run.code, run.out) == (1, "")
    text = report.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "\x1b[" not in text  # a file is never coloured
    assert any(str(target) in line for line in lines)
    i = lines.index("1:4  ZZA001 error  marker XX")
    assert lines[i + 1 : i + 3] == ["    │ 标题：XX 完", "    │       ^^"]
    j = lines.index("2:5  ZZB001 warning  'colour' should be 'color'")
    assert lines[j + 1 : j + 4] == ["    │ The colour is 中文 red.", "    │     ^^^^^^", "    fix: color"]
    k = lines.index("3:2  ZZC001 info  note 妖怪")
    assert lines[k + 1 : k + 3] == ["    │ 有妖怪。", "    │   ^^^^"]
    assert "Findings by family and severity" in text
    rows = {
        line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:6]] for line in lines if line.count("│") == 6
    }
    assert rows["chrome"] == ["0", "1", "0", "1"]
    assert rows["script"] == ["0", "0", "1", "1"]
    assert rows["truncation"] == ["1", "0", "0", "1"]
    assert "Findings by rule" in text
    assert lines[-2:] == ["Found 3 findings in 1 file.", "[*] 1 fixable with --fix."]


def test_rich_report_shows_diagnostics_and_no_table_when_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary\x00")
    run = check(capsys, pack, "blob.txt", "--format", "rich")
    assert run.code == 0
    assert "blob.txt: warning: skipped: binary file (contains NUL bytes)" in run.out
    assert "Findings by family" not in run.out
    assert run.out.splitlines()[-1] == "Found 0 findings in 1 file."


def test_concise_statistics_and_rich_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    (tmp_path / "a.txt").write_text("XX XX XX colour\n", encoding="utf-8")
    concise = cli(capsys, "check", "a.txt", "--rule-pack", str(pack), "--select", "ZZ", "--no-cache", "--statistics")
    assert "     3\tZZA001\tzz-marker" in concise.out.splitlines()
    rich = check(capsys, pack, "a.txt", "--format", "rich", "--statistics")
    row = next(line for line in rich.out.splitlines() if "ZZA001" in line and "zz-marker" in line)
    assert row.split("│")[1].strip() == "3"
