"""ENC001-ENC010: encoding damage, with clean en/es/zh controls and real legacy-encoded files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.checks.encoding import ENCODING_RULES
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.files import load
from tests.conftest import SEEDS, run_text


def found(text: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(f.rule, f.line, f.column, f.snippet, f.fix) for f in run_text(ENCODING_RULES, text)]


# -- clean controls: zero findings ----------------------------------------------------------
CLEAN = {
    "en": (
        "The company’s revenue rose 12% to €4.5bn (£3.9bn) in 2023 — its best year since 2010. “We’re thrilled,” "
        "said CEO Anne-Marie O’Neill… Café owners in Zürich and São Paulo agreed; the naïve résumé was déjà vu.\n"
        "Emoji: 👨\u200d👩\u200d👧\u200d👦 👩🏽\u200d💻 🏳️\u200d🌈 ❤️ 🏴\U000e0067\U000e0062\U000e0073\U000e0063"
        "\U000e0074\U000e007f; 5 °C, ½ cup, ±3 dB, ×2, © 2024 ACME™, R&D, Q&A, AT&T, 10 µm.\n"
    ),
    "es": (
        "¿Qué pasó? ¡Increíble! El niño comió pingüino… «No», dijo él—y se fue. El 1.º de mayo la Sra. Muñoz "
        "pagó 20 € y 15 £ por la búsqueda. Camión, acción, güero, Ñandú, Mª José y Dª Inés; 3ª edición.\n"
    ),
    "zh": (
        "华为公司发布了新款Mate 60 Pro手机，售价为6999元，搭载Kirin 9000S芯片，屏幕为6.82英寸。苹果公司CEO蒂姆·库克"
        "（Tim Cook）表示：“We are excited about China.”气温最高35℃，降雨量120mm，约合US$1,000。\n"
        "《人民日报》报道，iPhone 15在中国市场销量增长5.5%。涓涓细流，浣熊，迷惘，鏖战，斤两。\n"
    ),
    "mixed-scripts": "Hebrew \u200fשלום\u200f, Persian می\u200cخواهم, Hindi क्\u200dष, Thai ภาษา\u200bไทย.\n",
}


@pytest.mark.parametrize("text", CLEAN.values(), ids=CLEAN.keys())
def test_clean_text_has_no_encoding_findings(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_have_no_encoding_damage(path: Path) -> None:
    doc = load(str(path)).document
    assert doc is not None
    assert Engine(ENCODING_RULES).check(doc).findings == ()


# -- ENC001 mojibake --------------------------------------------------------------------------
def test_mojibake_spans_and_fixes_in_spanish() -> None:
    damaged = "La situación económica ‘mejoró’ — ¿qué? 20 €.".encode().decode("cp1252")
    assert found(damaged) == [
        ("ENC001", 1, 11, "Ã³", "ó"),
        ("ENC001", 1, 19, "Ã³", "ó"),
        ("ENC001", 1, 26, "â€˜mejorÃ³â€™", "‘mejoró’"),
        ("ENC001", 1, 40, "â€”", "—"),
        ("ENC001", 1, 44, "Â¿quÃ©", "¿qué"),
        ("ENC001", 1, 55, "â‚¬", "€"),
    ]


def test_mojibake_fix_never_touches_chinese_punctuation() -> None:
    text = "北京，上海：“你好”。Precio del cafÃ© en Madrid, 2 Â£."
    assert found(text) == [("ENC001", 1, 26, "Ã©", "é"), ("ENC001", 1, 42, "Â£", "£")]


def test_mojibake_with_lost_bytes_has_an_unsafe_fix() -> None:
    damaged = "Dijo “sí” ayer.".encode().decode("cp1252", "replace")
    (f, *_) = [f for f in run_text(ENCODING_RULES, damaged) if f.rule == "ENC001"]
    assert not f.fix_safe


# -- ENC002 UTF-8 read as GBK -------------------------------------------------------------
def test_utf8_read_as_gbk_is_located_and_fixed() -> None:
    line = "标题正常：" + "发布新闻".encode().decode("gbk") + " end"
    assert found(line) == [("ENC002", 1, 6, "鍙戝竷鏂伴椈", "发布新闻")]


# -- ENC003 / ENC004 ---------------------------------------------------------------------------
def test_replacement_characters() -> None:
    assert found("Bartosz Fe\ufffd\ufffdski, 文件锟斤拷") == [
        ("ENC003", 1, 11, "\ufffd\ufffd", None),
        ("ENC003", 1, 20, "锟斤拷", None),
    ]


def test_control_characters_but_not_tab_or_crlf() -> None:
    assert found("a\tb\r\nc\x00d\x0ce \x1b[1;31mred\x1b[0m don\x92t") == [
        ("ENC004", 2, 2, "\x00", ""),
        ("ENC004", 2, 4, "\x0c", ""),
        ("ENC004", 2, 7, "\x1b[1;31m", ""),
        ("ENC004", 2, 17, "\x1b[0m", ""),
        ("ENC004", 2, 25, "\x92", "’"),
    ]


def test_c1_inside_utf8_mojibake_is_left_to_enc001() -> None:
    damaged = "“hola”".encode().decode("latin-1")
    assert {r for r, *_ in found(damaged)} == {"ENC001"}


# -- ENC005 invisible characters ----------------------------------------------------------
def test_invisible_characters_outside_their_contexts() -> None:
    text = "inter\u200bnational \ufeffword so\u00adft a\u200db x\U000e0041y \u202eevil"
    got = found(text)
    assert [(c, s) for _, _, c, s, _ in got] == [
        (6, "\u200b"),
        (16, "\ufeff"),
        (24, "\u00ad"),
        (29, "\u200d"),
        (33, "\U000e0041"),
        (36, "\u202e"),
    ]
    safe = {f.snippet: f.fix_safe for f in run_text(ENCODING_RULES, text)}
    assert safe["\u200b"] and not safe["\u00ad"] and not safe["\u202e"]


# -- ENC006 / ENC007 ---------------------------------------------------------------------------
def test_private_use_and_surrogates() -> None:
    assert found("图标\ue600下载") == [("ENC006", 1, 3, "\ue600", None)]
    assert found("a \ud83d\ude00 b \udc80") == [
        ("ENC007", 1, 3, "\ud83d\ude00", "😀"),
        ("ENC007", 1, 8, "\udc80", None),
    ]


# -- ENC008 escaped Unicode --------------------------------------------------------------------
def test_escaped_unicode_in_prose() -> None:
    assert found("Un caf\\u00e9 y Sch\\xf6n \\ud83d\\ude00 ok") == [
        ("ENC008", 1, 7, "\\u00e9", "é"),
        ("ENC008", 1, 19, "\\xf6", "ö"),
        ("ENC008", 1, 25, "\\ud83d\\ude00", "😀"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'print("caf\\u00e9")',
        "The escape \\u00e9 is é in JSON.",
        "such as 'rocket \\U0001f680'.",
        "Install to C:\\x64\\bin today.",
    ],
)
def test_escapes_in_code_or_about_escapes_are_skipped(text: str) -> None:
    assert found(text) == []


# -- ENC009 legacy encodings, via real files -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "encoding", "name"),
    [
        ("这是一个用国标编码保存的中文文件。内容包括新闻报道和评论文章，数量不少。\n第二行。\n", "gb18030", "gb18030"),
        ("Café déjà vu — “quoted” naïve façade, 5 € and 3 £.\nSecond line.\n", "cp1252", "cp1252"),
    ],
)
def test_legacy_encoded_file_gets_an_info_note_at_1_1(tmp_path: Path, text: str, encoding: str, name: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    doc = load(str(path)).document
    assert doc is not None and doc.detected and doc.text == text
    findings = Engine(ENCODING_RULES).check(doc).findings
    assert [(f.rule, f.line, f.column, str(f.severity)) for f in findings] == [("ENC009", 1, 1, "info")]
    assert f"decoded as {name}" in findings[0].message and "not UTF-8" in findings[0].message


def test_utf8_file_gets_no_note_and_stale_charset_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="gb2312">\n<p>正文</p>\n'.encode())
    doc = load(str(path)).document
    assert doc is not None and not doc.detected
    findings = Engine(ENCODING_RULES).check(doc).findings
    assert [(f.rule, f.snippet) for f in findings] == [("ENC009", "gb2312")]
    assert Engine(ENCODING_RULES).check(Document("x.txt", "plain\n")).findings == ()


# -- ENC010 HTML entities ----------------------------------------------------------------------
def test_html_entities() -> None:
    assert found("AT&amp;T, l&#8217;homme, 5&nbsp;km, &bogus; and &amp") == [
        ("ENC010", 1, 3, "&amp;", "&"),
        ("ENC010", 1, 12, "&#8217;", "’"),
        ("ENC010", 1, 27, "&nbsp;", "\u00a0"),
    ]
    assert found("In <b>HTML</b> you write &amp; for &.") == []


# -- robustness ----------------------------------------------------------------------------------
@settings(max_examples=150)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200))
def test_any_text_gives_spans_inside_the_text(text: str) -> None:
    for f in run_text(ENCODING_RULES, text):
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert text[f.offset : f.end_offset] == f.snippet


def test_a_reference_that_lost_its_ampersand_is_reported_only_for_typographic_characters() -> None:
    from seedlint.checks.encoding.stripped_html_entity import StrippedHtmlEntity

    rules = [StrippedHtmlEntity()]
    found = run_text(rules, "Good #8212; and l#x2019;homme, it rsquo;s caf#233;? No: caf eacute; and 5 nbsp;km.")
    assert [(f.snippet, f.fix, f.fix_safe) for f in found] == [
        ("#8212;", "—", False),
        ("#x2019;", "’", False),
        ("rsquo;", "’", False),
        ("#233;", "é", False),
        ("eacute;", "é", False),
        ("nbsp;", "\u00a0", False),
    ]
    fine = "Bug #123; see #4567; then &#8212; and &rsquo; (ENC010's), a copy; the amp; 1#8212;"
    assert run_text(rules, fine) == []
    assert run_text(rules, "<p>Good #8212; and</p>") == []  # markup on the line: not extracted text
