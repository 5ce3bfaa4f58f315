"""``seedlint eval``: key parsing, span matching, scores and the CLI gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedlint.cli import main
from seedlint.evaluation import load_key, score
from seedlint.evaluation.key import KeyError_, locate
from seedlint.evaluation.score import all_clean
from seedlint.finding import Finding, Severity

DATA = Path(__file__).parent / "data" / "eval"
KEY = DATA / "key.yaml"
A = str(DATA / "docs" / "a_en.txt")
B = str(DATA / "docs" / "b_en.txt")
DEV = Path(__file__).parents[1].parent / "shared" / "corpus" / "dev"


def finding(path: str, line: int, col: int, end_col: int, rule: str = "X001", end_line: int | None = None) -> Finding:
    return Finding(
        path=path,
        line=line,
        column=col,
        rule=rule,
        end_line=end_line or line,
        end_column=end_col,
        family="chrome",
        severity=Severity.WARNING,
        message="m",
        offset=0,
        end_offset=end_col - col,
    )


def run_score(findings: list[Finding]):  # type: ignore[no-untyped-def]
    key = load_key(KEY)
    return score(key, findings, [A, B], {A: 100, B: 50_000}, {A: "en", B: "en"})


def test_key_entries_and_clean_markers() -> None:
    key = load_key(KEY)
    assert [(e.line, e.col, e.cls, e.needs) for e in key.entries] == [
        (1, 16, "date", None),
        (2, 1, "chrome", None),
        (3, 12, "truncation", "knowledge"),
    ]
    assert key.entries[0].end_col == 16 + len("Febuary 30, 2023") - 1
    assert len(key.clean) == 1 and next(iter(key.clean)).endswith("b_en.txt")


def test_overlap_at_either_edge_counts_and_a_neighbour_does_not() -> None:
    # the date entry covers columns 16..31 of line 1
    assert run_score([finding(A, 1, 31, 33)]).by_class["date"].found == 1  # touches its last column
    assert run_score([finding(A, 1, 10, 17)]).by_class["date"].found == 1  # touches its first column
    assert run_score([finding(A, 1, 32, 40)]).by_class["date"].found == 0  # starts one past it
    assert run_score([finding(A, 1, 1, 16)]).by_class["date"].found == 0  # ends (exclusive) at its start
    assert run_score([finding(A, 2, 16, 20)]).by_class["date"].found == 0  # other line


def test_multi_line_finding_covers_the_lines_between() -> None:
    scores = run_score([finding(A, 1, 40, 5, end_line=3)])
    assert scores.by_class["chrome"].found == 1
    assert scores.by_class["date"].found == 0  # line 1 from column 40 is past the date


def test_strict_recall_limits_the_finding_length() -> None:
    entry_len = len("Share | Print | Email")
    ok = finding(A, 2, 1, 1 + 2 * entry_len + 20)
    too_long = finding(A, 2, 1, 2 + 2 * entry_len + 20)
    assert run_score([ok]).by_class["chrome"].strict == 1
    long = run_score([too_long]).by_class["chrome"]
    assert (long.found, long.strict) == (1, 0)


def test_needs_entries_are_scored_apart() -> None:
    scores = run_score([finding(A, 3, 12, 15)])
    assert scores.needs["truncation"].found == 1
    assert "truncation" not in scores.by_class
    assert scores.overall.total == 2


def test_precision_and_false_positives_per_50kb() -> None:
    scores = run_score(
        [finding(A, 2, 1, 5, "R1"), finding(A, 1, 1, 3, "R1"), finding(B, 1, 1, 3, "R2"), finding(B, 2, 1, 3, "R2")]
    )
    r1, r2 = scores.by_rule["R1"], scores.by_rule["R2"]
    assert (r1.findings, r1.matched, r1.unmatched, r1.false_positives) == (2, 1, 1, 0)  # A is not clean
    assert (r2.findings, r2.matched, r2.false_positives) == (2, 0, 2)
    assert scores.clean_bytes == 50_000
    assert scores.fp_per_50kb == pytest.approx(2.0)
    assert [e.cls for e in scores.missed] == ["date"]


def test_a_key_finds_its_documents_by_path_suffix(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "docs"
    copy.mkdir(parents=True)
    (copy / "a_en.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "unrelated.txt").write_text("x\n", encoding="utf-8")
    key = load_key(KEY)
    located = locate(key, [str(copy / "a_en.txt"), str(tmp_path / "unrelated.txt")])
    assert list(located) == [str(copy / "a_en.txt")]
    assert located[str(copy / "a_en.txt")].endswith("a_en.txt")


def test_clean_corpus_key_makes_every_document_a_control() -> None:
    scores = score(all_clean([A]), [finding(A, 1, 1, 3)], [A], {A: 25_000}, {A: "en"})
    assert scores.false_positives == 1 and scores.fp_per_50kb == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- file: a.txt\n  line: 1\n  col: 1\n  text: x\n", "no 'class'"),
        ("- file: a.txt\n  line: one\n  col: 1\n  text: x\n  class: date\n", "expected a whole number"),
        ("- file: a.txt\n  line: 1\n  col: 1\n  text: x\n  class: date\n  colour: red\n", "unknown key 'colour'"),
        ("file: a.txt\n", "a key is a list of entries"),
        ("- [1, 2]\n", "each entry is a mapping"),
        ("- file: a.txt\n  line: 0\n  col: 1\n  text: x\n  class: date\n", "must be 1 or more"),
        ("- file: a.txt\n  line: 1\n  col: 1\n  text: [x]\n  class: date\n", "expected a str"),
    ],
)
def test_bad_keys_name_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "key.yaml"
    bad.write_text("# a key\n" + text, encoding="utf-8")
    with pytest.raises(KeyError_) as err:
        load_key(bad)
    assert str(err.value).startswith(f"{bad}:2")
    assert message in str(err.value)


def test_cli_text_report_and_gates(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["eval", str(KEY), "--select", "CHROME021,TRUNC002", "--no-cache", "--jobs", "1"]
    assert main([*args, "--show-missed"]) == 0
    out = capsys.readouterr().out
    assert "chrome           1 / 1     100.0 %" in out
    assert "docs/a_en.txt:1:16: date 'Febuary 30, 2023'" in out
    assert main([*args, "--min-recall", "chrome=1", "--max-fp-per-50kb", "0"]) == 0
    assert main([*args, "--min-recall", "date=50%"]) == 1
    assert "recall of date is 0.0%, below 50.0%" in capsys.readouterr().err


def test_cli_json_and_clean_mode(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(KEY), "--select", "CHROME021", "--no-cache", "--format", "json", "-j", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["classes"]["chrome"] == {
        "entries": 1,
        "found": 1,
        "recall": 1.0,
        "strict_found": 1,
        "strict_recall": 1.0,
    }
    assert data["rules"]["CHROME021"]["matched"] == 1
    assert main(["eval", "--clean", str(DATA / "docs"), "--select", "CHROME021", "--no-cache", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert "Documents: 2 (2 clean" in out and "False positives on clean text: 1" in out


def test_cli_bad_key_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "key.yaml"
    bad.write_text("- file: [\n", encoding="utf-8")
    assert main(["eval", str(bad)]) == 2
    assert f"{bad}:" in capsys.readouterr().err
    assert main(["eval"]) == 2


@pytest.mark.skipif(not (DEV / "key.yaml").exists(), reason="../shared/corpus/dev is not beside the checkout")
def test_dev_key_parses_in_full() -> None:
    key = load_key(DEV / "key.yaml")
    assert len(key.entries) == 972 and len(key.clean) == 43
