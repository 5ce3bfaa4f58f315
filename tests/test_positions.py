"""Finding positions: 1-based line, 1-based column in code points, exclusive end column.

Pinned on CJK, combining marks, astral emoji and CRLF text, through the engine (with a
tmp YAML pack and a Python rule) and through the CLI's JSON output.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding, Hit, Severity
from seedlint.packs import load_pack
from seedlint.rule import Context, Example, Expected, Rule, RuleMeta
from tests.data.kit import MARKER, check, positions, write_pack


@pytest.fixture(scope="module")
def pack_rules(tmp_path_factory: pytest.TempPathFactory) -> tuple[Rule, ...]:
    return tuple(load_pack(write_pack(tmp_path_factory.mktemp("pack"))))


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def located(rules: tuple[Rule, ...], text: str, code: str = MARKER) -> list[tuple[int, int, int, int, str]]:
    result = Engine(rules).check(Document("t.txt", text))
    return [(f.line, f.column, f.end_line, f.end_column, f.snippet) for f in result.findings if f.rule == code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abcXX", [(1, 4, 1, 6, "XX")]),
        ("中文XX", [(1, 3, 1, 5, "XX")]),  # CJK: one column per character, not per cell or byte
        ("日本語テキストXXX と中文XX", [(1, 8, 1, 11, "XXX"), (1, 15, 1, 17, "XX")]),
        ("e\u0301XX", [(1, 3, 1, 5, "XX")]),  # e + combining acute: two code points
        ("😀XX", [(1, 2, 1, 4, "XX")]),  # astral: one code point (two UTF-16 units, four UTF-8 bytes)
        ("👩\u200d💻 XX😀XX", [(1, 5, 1, 7, "XX"), (1, 8, 1, 10, "XX")]),  # ZWJ sequence = 3 code points
        ("ab\r\nXX\r\n", [(2, 1, 2, 3, "XX")]),
        ("l1\r\nl2\r\n\r\n  中XX\r\nXX", [(4, 4, 4, 6, "XX"), (5, 1, 5, 3, "XX")]),
        ("tail XX\r\n", [(1, 6, 1, 8, "XX")]),
    ],
)
def test_pattern_rule_positions(pack_rules: tuple[Rule, ...], text: str, expected: list[tuple[int, ...]]) -> None:
    assert located(pack_rules, text) == expected


def test_line_text_excludes_cr(tmp_path: Path) -> None:
    """A pattern anchored at the end of the line sees the line without its \\r."""
    pack = write_pack(
        tmp_path,
        """\
rules:
  - code: ZZE001
    name: zz-line-end
    family: truncation
    severity: warning
    kind: pattern
    summary: The last word of a line ending in '!'.
    docs: A test rule anchored at the end of a line, to show that a CRLF line is seen without its CR.
    pattern: '\\S+!.*$'
    message: "{match}"
    examples:
      bad: [{text: "Stop!", match: "Stop!"}]
      good: ["Stop."]
""",
    )
    rules = tuple(load_pack(pack))
    assert located(rules, "Alto!\r\n中文 Stop!\r\n", "ZZE001") == [(1, 1, 1, 6, "Alto!"), (2, 4, 2, 9, "Stop!")]


class _Spanning:
    """A Python rule that reports fixed offsets (start, end) given at construction."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.meta = RuleMeta(
            code="ZZP001",
            name="zz-span",
            family="truncation",
            severity=Severity.WARNING,
            summary="Reports the spans it is given.",
            docs="A test rule that reports exactly the offsets it was built with, to pin offset to line/column.",
            bad=(Example("x", (Expected("x"),)),),
            good=(Example(""),),
        )
        self.triggers: tuple[str, ...] = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, end in self.spans:
            yield Hit(start, end, "span")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("ab\r\ncd", (1, 5), (1, 2, 2, 2)),  # across a CRLF
        ("ab\r\ncd", (0, 2), (1, 1, 1, 3)),  # up to the CR: end column one past 'b'
        ("中文😀\r\nx", (0, 3), (1, 1, 1, 4)),
        ("x\n\n中", (0, 4), (1, 1, 3, 2)),
        ("abc", (3, 3), (1, 4, 1, 4)),  # an empty span at the end of the text
    ],
)
def test_python_rule_offsets_map_to_positions(
    text: str, span: tuple[int, int], expected: tuple[int, int, int, int]
) -> None:
    [f] = Engine((_Spanning([span]),)).check(Document("t.txt", text)).findings
    assert (f.line, f.column, f.end_line, f.end_column) == expected
    assert (f.offset, f.end_offset, f.snippet) == (*span, text[span[0] : span[1]])


def test_cli_json_positions_on_a_crlf_cjk_emoji_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    target = tmp_path / "mixed.txt"
    target.write_bytes("标题XX\r\ne\u0301😀XX colour\r\n\r\n  妖怪 XX\r\n".encode())
    run = check(capsys, pack, str(target))
    assert run.code == 1
    assert positions(run.ours()) == [
        ("ZZA001", 1, 3, 1, 5),
        ("ZZA001", 2, 4, 2, 6),
        ("ZZB001", 2, 7, 2, 13),
        ("ZZC001", 4, 3, 4, 5),
        ("ZZA001", 4, 6, 4, 8),
    ]


ANCHORED = """\
rules:
  - code: ZZF001
    name: zz-lone-letter
    family: truncation
    severity: info
    kind: pattern
    summary: A line that is just 'a' or 'b'.
    docs: A test rule whose trigger stays a raw MULTILINE-anchored regex in the Hyperscan database.
    pattern: '^(?:a|b)$'
    message: "lone {match}"
    examples:
      bad: [{text: "a", match: "a"}]
      good: ["ab"]
"""


@pytest.mark.parametrize("prefix", [16, 20, 40])
def test_match_ending_at_the_end_of_the_text(pack_rules: tuple[Rule, ...], tmp_path: Path, prefix: int) -> None:
    rules = (*pack_rules, *load_pack(write_pack(tmp_path, ANCHORED, "anchored.yaml")))
    text = "0" * prefix + "XX"
    assert located(rules, text) == [(1, prefix + 1, 1, prefix + 3, "XX")]
    assert located(rules, text + "\n") == [(1, prefix + 1, 1, prefix + 3, "XX")]  # with a newline it is found


# -- properties -------------------------------------------------------------------------
# The exactness properties run on text that ends with a newline, so that they do not trip over the
# Hyperscan end-of-buffer miss pinned by test_match_ending_at_the_end_of_the_text (drop the "\n" once fixed).

PIECES = st.sampled_from(
    ["XX", "XXX", "colour", "Colour", "妖怪", "META: x", "\r\n", "\n", "\r", " ", "中", "😀", "e\u0301"]
)
TEXTS = st.one_of(st.text(), st.lists(PIECES | st.text(max_size=3), max_size=30).map("".join))


def _expected_position(text: str, offset: int) -> tuple[int, int]:
    """What an editor shows: LF, CRLF and a lone CR each end a line."""
    import re

    ends = [m.end() for m in re.finditer("\r\n|\r|\n", text) if m.end() <= offset]
    line_start = ends[-1] if ends else 0
    return len(ends) + 1, offset - line_start + 1


def _run(rules: tuple[Rule, ...], text: str, use_hyperscan: bool = True) -> list[Finding]:
    return list(Engine(rules, use_hyperscan=use_hyperscan).check(Document("p.txt", text)).findings)


@given(TEXTS)
def test_any_text_gives_findings_inside_the_text(pack_rules: tuple[Rule, ...], text: str) -> None:
    findings = _run(pack_rules, text)
    for f in findings:
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert f.snippet == text[f.offset : f.end_offset]
        assert (f.line, f.column) == _expected_position(text, f.offset)
        assert (f.end_line, f.end_column) == _expected_position(text, f.end_offset)
        assert "\n" not in f.snippet  # pattern rules are line-scoped
        assert not (f.snippet.endswith("\r") and text[f.end_offset : f.end_offset + 1] == "\n")  # CR of CRLF excluded
    assert findings == sorted(findings)
    ended = _run(pack_rules, text + "\n")
    assert [f.snippet for f in ended if f.rule == MARKER] == _xx_runs(text)


def _xx_runs(text: str) -> list[str]:
    import re

    return re.findall("XX+", text)


@given(TEXTS)
def test_findings_are_deterministic_and_scanner_independent(pack_rules: tuple[Rule, ...], text: str) -> None:
    first = _run(pack_rules, text)
    assert _run(pack_rules, text) == first
    ended = text + "\n"
    assert _run(pack_rules, ended, use_hyperscan=False) == _run(pack_rules, ended)


# -- CR-only line ends --------------------------------------------------------------------
# Classic Mac OS files and some exporters end lines with a lone CR: an editor shows a line per CR,
# so positions, the scanner's candidate lines and the rules' own line splits must too.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab\rXX\r", [(2, 1, 2, 3, "XX")]),
        ("l1\rl2\r\r  中XX\rXX", [(4, 4, 4, 6, "XX"), (5, 1, 5, 3, "XX")]),
        ("a\r\nb\rc\nXX", [(4, 1, 4, 3, "XX")]),  # CRLF, CR and LF in one file
    ],
)
def test_positions_count_a_lone_cr_as_a_line_end(
    pack_rules: tuple[Rule, ...], text: str, expected: list[tuple[int, ...]]
) -> None:
    assert located(pack_rules, text) == expected
    for f in _run(pack_rules, text):
        assert (f.line, f.column) == _expected_position(text, f.offset)


def test_anchored_trigger_sees_each_cr_line(pack_rules: tuple[Rule, ...], tmp_path: Path) -> None:
    """A ^…$ trigger in the Hyperscan database flags a line that ends in a lone CR."""
    rules = (*pack_rules, *load_pack(write_pack(tmp_path, ANCHORED, "anchored.yaml")))
    for use_hyperscan in (True, False):
        found = _run(rules, "xx\ra\rb\r", use_hyperscan)
        assert [(f.line, f.snippet) for f in found if f.rule == "ZZF001"] == [(2, "a"), (3, "b")]


def test_document_lines_of_a_cr_file_keep_its_source() -> None:
    doc = Document("m.txt", "one\rtwo\r\nthree\r")
    assert [line.text for line in doc.lines] == ["one", "two", "three", ""]
    assert doc.source == "one\rtwo\r\nthree\r" and len(doc.text) == len(doc.source)
