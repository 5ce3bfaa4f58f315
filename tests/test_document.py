"""The document model: lines, paragraphs, sentences, script runs and per-paragraph language."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document, ScriptRun, Span


def doc(text: str) -> Document:
    return Document("doc.txt", text)


# -- lines ------------------------------------------------------------------------------


def test_lines_drop_their_line_endings_but_keep_offsets() -> None:
    text = "first\r\nsecond\n\r\nlast"
    d = doc(text)
    assert [line.text for line in d.lines] == ["first", "second", "", "last"]
    assert d.line_starts == [0, 7, 14, 16]
    for line in d.lines:
        assert text[line.start : line.end] == line.text
    assert d.line_span(0) == Span(0, 5, "first")  # the \r is not part of the line


def test_trailing_newline_gives_a_final_empty_line() -> None:
    d = doc("a\nb\n")
    assert [line.text for line in d.lines] == ["a", "b", ""]
    assert d.line_col(4) == (3, 1)


def test_lone_cr_is_a_line_break() -> None:
    """LF, CRLF and a lone CR each end a line, as in an editor (issue 16)."""
    d = doc("a\rb\nc\r\nd")
    assert [line.text for line in d.lines] == ["a", "b", "c", "d"]
    assert d.line_col(2) == (2, 1) and d.line_col(7) == (4, 1)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, (1, 1)), (2, (1, 3)), (3, (1, 4)), (4, (1, 5)), (5, (2, 1)), (7, (2, 3)), (9, (2, 5)), (10, (3, 1))],
)
def test_line_col_is_one_based_in_code_points(offset: int, expected: tuple[int, int]) -> None:
    # "中文😀" are three code points; the \r of the CRLF is the 4th column's neighbour, not text
    d = doc("中文😀\r\ne\u0301x\r\n")
    assert d.line_col(offset) == expected


# -- paragraphs -------------------------------------------------------------------------


def test_paragraphs_are_non_blank_lines_stripped() -> None:
    text = "  Primer párrafo.  \r\n\n   \n\u3000第二段。\u3000\nlast"
    d = doc(text)
    assert [p.text for p in d.paragraphs] == ["Primer párrafo.", "第二段。", "last"]
    for p in d.paragraphs:
        assert text[p.start : p.end] == p.text
    first = d.paragraphs[0]
    assert d.paragraph_at(first.start) == first
    assert d.paragraph_at(first.end) == first
    assert d.paragraph_at(first.end + 3) is None  # trailing spaces / blank line
    assert d.paragraph_at(text.index("第")) == d.paragraphs[1]


# -- sentences --------------------------------------------------------------------------

SENTENCES = [
    (
        "Huawei Technologies Co., Ltd. is based in Shenzhen. Revenue rose 1.77% in 2023! Was it enough? Yes.",
        [
            "Huawei Technologies Co., Ltd. is based in Shenzhen.",
            "Revenue rose 1.77% in 2023!",
            "Was it enough?",
            "Yes.",
        ],
    ),
    (
        "Dr. Smith met J. R. R. Tolkien in the U.S. in 1950. They talked until 10 p.m. and left.",
        ["Dr. Smith met J. R. R. Tolkien in the U.S. in 1950.", "They talked until 10 p.m. and left."],
    ),
    ('He said "Stop." Then he left (quietly.) The end.', ['He said "Stop."', "Then he left (quietly.)", "The end."]),
    (
        "The firm is Acme Co., Ltd. Its rival grew 3.5 per cent.",
        ["The firm is Acme Co., Ltd.", "Its rival grew 3.5 per cent."],
    ),
    (
        "El Sr. García llegó a las 10 a.m. del lunes. ¿Por qué? ¡No sé! Dijo que no. Luego se fue.",
        ["El Sr. García llegó a las 10 a.m. del lunes.", "¿Por qué?", "¡No sé!", "Dijo que no.", "Luego se fue."],
    ),
    ("Telefónica, S.A. anunció una subida del 1,5 %. Fin.", ["Telefónica, S.A. anunció una subida del 1,5 %.", "Fin."]),
    (
        "他说：“走吧。”然后离开了！真的吗？是的；好……再见",
        ["他说：“走吧。”", "然后离开了！", "真的吗？", "是的；", "好……", "再见"],
    ),
    ("股价上涨1.77%。公司（集团）成立于2003年。", ["股价上涨1.77%。", "公司（集团）成立于2003年。"]),
    ("他问Why?然后笑了。", ["他问Why?", "然后笑了。"]),  # ASCII ? right before Han text
    ("東京は晴れです。明日は雨でしょう！", ["東京は晴れです。", "明日は雨でしょう！"]),
    ("Well… maybe. OK…", ["Well… maybe.", "OK…"]),
    ("No terminator at all", ["No terminator at all"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[s[0][:20] for s in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    d = doc("intro\n  " + text + "  \n")
    paragraph = d.paragraphs[1]
    sentences = d.sentences(paragraph)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert d.text[s.start : s.end] == s.text
        assert paragraph.start <= s.start < s.end <= paragraph.end


# -- script runs ------------------------------------------------------------------------


def test_script_runs_keep_marks_and_the_kana_length_mark() -> None:
    text = "コーヒー cafe\u0301 中文々 Привет ελληνικά 한국어 مرحبا 123"
    d = doc(text)
    runs = list(d.script_runs(d.lines[0]))
    assert [(text[r.start : r.end], r.script) for r in runs] == [
        ("コーヒー", "Kana"),
        ("cafe\u0301", "Latin"),
        ("中文々", "Han"),
        ("Привет", "Cyrillic"),
        ("ελληνικά", "Greek"),
        ("한국어", "Hangul"),
        ("مرحبا", "Arabic"),
    ]
    assert all(isinstance(r, ScriptRun) for r in runs)


def test_script_runs_are_offset_by_their_span() -> None:
    d = doc("xx\nab中文")
    assert [(r.start, r.end, r.script) for r in d.script_runs(d.lines[1])] == [(3, 5, "Latin"), (5, 7, "Han")]


# -- language ---------------------------------------------------------------------------

EN = "The committee met on Tuesday and approved the budget for the coming year, which includes new schools."
ES = "El comité se reunió el martes y aprobó el presupuesto para el próximo año, que incluye nuevas escuelas."
ZH = "委员会周二开会，批准了明年的预算，其中包括新建学校和医院的计划。"
JA = "委員会は火曜日に会合を開き、来年度の予算を承認しました。"


def test_language_per_paragraph() -> None:
    text = "\n".join([EN, ES, ZH, JA, "ID:1200247", EN, EN])
    d = doc(text)
    langs = [d.language_at(p.start) for p in d.paragraphs]
    assert langs == ["en", "es", "zh", "ja", "en", "en", "en"]  # the short ID line takes the document's language
    assert d.language == "en"


def test_short_paragraph_takes_the_document_language() -> None:
    d = doc(f"{ZH}\n{ZH}\nOK 2023\n")
    assert d.language == "zh"
    assert d.language_at(d.text.index("OK")) == "zh"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La empresa fue fundada en 2003 por dos ingenieros de la universidad.", "es"),
        ("The company was founded in 2003 by two engineers from the university.", "en"),
        ("Apple发布了新的iPhone 15 Pro Max手机，售价为每台七千九百九十九元。", "zh"),
        ("Jack Ma (马云) founded Alibaba in 1999 with seventeen friends in Hangzhou.", "en"),
        ("Canción de otoño: café, niño, corazón y acción.", "es"),
        ("東京は日本の首都です。人口は約1400万人です。", "ja"),
        ("東京都知事選、小池氏が3選", "ja"),  # one hiragana particle among Han is Japanese
        ("ありがとうございます。", "ja"),  # kana without any Han
        ("日本の味道很好吃，我们都喜欢。", "zh"),  # a brand's lone の in Chinese
        ("我喜欢看《ワンピース》动画片和电影。", "zh"),  # a katakana title in Chinese
    ],
)
def test_guess_language_of_one_paragraph(text: str, lang: str) -> None:
    d = doc(text)
    assert d.language_at(0) == lang


def test_empty_document() -> None:
    d = doc("")
    assert [line.text for line in d.lines] == [""]
    assert d.paragraphs == ()
    assert d.language == "und"
    assert d.language_at(0) == "und"
    assert d.line_col(0) == (1, 1)


# -- properties -------------------------------------------------------------------------

TEXTS = st.one_of(
    st.text(),
    st.lists(
        st.sampled_from(
            ["Co., Ltd. ", "1.77%", ". ", "。", "！", "”", "\r\n", "\n", "\r", " ", "中文", "😀", "e\u0301", "Dr. "]
        )
        | st.text(max_size=4)
    ).map("".join),
)


@given(TEXTS)
def test_any_text_segments_inside_itself(text: str) -> None:
    d = doc(text)
    assert len(d.lines) == len(re.findall("\r\n|\r|\n", text)) + 1  # LF, CRLF, lone CR: one line end each
    assert d.source == text and len(d.text) == len(text)
    for i, line in enumerate(d.lines):
        assert text[line.start : line.end] == line.text
        assert "\n" not in line.text and "\r" not in line.text
        assert d.line_col(line.start) == (i + 1, 1)
    for p in d.paragraphs:
        assert text[p.start : p.end] == p.text and p.text == p.text.strip() and p.text
        assert d.paragraph_at(p.start) == p
        for s in d.sentences(p):
            assert p.start <= s.start < s.end <= p.end
            assert text[s.start : s.end] == s.text
        for r in d.script_runs(p):
            assert p.start <= r.start < r.end <= p.end
        assert isinstance(d.language_at(p.start), str)
    assert isinstance(d.language, str)


@given(TEXTS)
def test_segmentation_is_deterministic(text: str) -> None:
    a, b = doc(text), doc(text)
    assert a.lines == b.lines and a.paragraphs == b.paragraphs
    assert [a.sentences(p) for p in a.paragraphs] == [b.sentences(p) for p in b.paragraphs]
    assert [a.language_at(p.start) for p in a.paragraphs] == [b.language_at(p.start) for p in b.paragraphs]


def test_memo_builds_once_per_document_and_key() -> None:
    calls: list[str] = []

    def build(tag: str) -> list[str]:
        calls.append(tag)
        return [tag]

    a, b = Document("a.txt", "x"), Document("b.txt", "x")
    first = a.memo(("owner", "scan"), lambda: build("a1"))
    assert a.memo(("owner", "scan"), lambda: build("again")) is first  # remembered: not built again
    assert a.memo(("other", "scan"), lambda: build("a2")) == ["a2"]  # another key: its own value
    assert b.memo(("owner", "scan"), lambda: build("b1")) == ["b1"]  # another document: its own memo
    assert calls == ["a1", "a2", "b1"]
