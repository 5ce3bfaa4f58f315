"""Precision mechanisms of the script rules: what well-edited text does that looks like damage.

Quotations and brackets paired across paragraphs (SCRIPT013-SCRIPT015), half-width punctuation
judged against the document's own house style (SCRIPT011), legitimate blanks before
punctuation (SCRIPT020) and full stops before lower-case words that are not sentence splits
(SCRIPT021). Each test pairs the legitimate text with the damage the rule must still report.
"""

from __future__ import annotations

import pytest

from seedlint.finding import Finding
from seedlint.fixer import fix_text
from tests.conftest import rule, run_text


def spots(found: list[Finding]) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.snippet) for f in found]


def pairs(text: str) -> list[tuple[str, int, int, str]]:
    return spots(run_text([rule("SCRIPT013"), rule("SCRIPT014"), rule("SCRIPT015")], text))


# -- quotations over paragraphs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # each paragraph reopens the quotation, only the last closes it
        "“I have thought it over.\n\n“And I shall go,” she said, “whatever they think of it.”",
        "He wrote: «The harbour was quiet that year.\n\n»The ships came back in May.»",
        '"We waited for hours.\n\n"Then the rain stopped," he said.',
        # a quotation interrupted by verse lines or a blank-separated block, closed later
        "Ella contó: «Vivimos en el valle muchos años,\n\ncantando bajo el sol,\ny bajo la luna,\n\nhasta que "
        "llegó el invierno.» Y calló.",
        'The report argues that "no two winters are alike.\n\nSo no forecast can be exact." The rest follows.',
        # a question over verse lines; a quotation in a law amendment with its list items
        "-¿Dónde estás, amiga mía,\nque no ves mi pena?\n-dijo el pastor.",
        "-¡Pobre de mí -gritó-, que canto con el poeta:\n\nTuve un jardín de rosas...\ny hoy me queda el frío!",
        "第九条修改为：“经营者不得实施以下行为：\n\n（一）虚假宣传；\n\n（二）商业贿赂。\n\n“经营者违反前款规定的，由监督部门责令改正。”",
        # a question that ends with a quotation: !? stacked before the closing quote
        'Y ¿no recuerdas que gritó la gente: "¡Viva el campeón!?" Nadie lo olvidó.',
    ],
)
def test_quotations_paired_across_paragraphs_are_not_reported(text: str) -> None:
    assert pairs(text) == []


def test_a_quotation_left_open_is_still_reported() -> None:
    # reopened mid-text in a later paragraph: the first one was never closed
    assert pairs("She said “we will go and left.\n\nLater he said “no” to everyone.") == [("SCRIPT013", 1, 10, "“")]
    # nothing after it closes it, or its paragraph ends the document
    assert pairs("Ella dijo «mañana vendré a verte.\n\nNadie la esperó.") == [("SCRIPT013", 1, 11, "«")]
    assert pairs("¡Qué frío hace en la calle.") == [("SCRIPT013", 1, 1, "¡")]
    # a stray closing mark in the middle of a paragraph
    assert pairs("Todo iba bien.\n\nEl gerente dijo que no» y se fue.") == [("SCRIPT013", 3, 23, "»")]


def test_a_paragraph_break_inserted_inside_a_quotation() -> None:
    text = "他们的理由总是“时间不够。\n\n”、“预算太少。\n\n”之类的话，事实并非如此。"
    assert pairs(text) == [
        ("SCRIPT013", 1, 8, "“"),
        ("SCRIPT013", 3, 1, "”"),
        ("SCRIPT013", 3, 3, "“"),
        ("SCRIPT013", 5, 1, "”"),
    ]


def test_quotes_typed_the_wrong_way_round() -> None:
    (f,) = run_text([rule("SCRIPT014")], 'The mayor said, "we will rebuild the bridge.“ Then she left the room.')
    assert (f.snippet, f.fix) == ("“", '"')
    (f,) = run_text([rule("SCRIPT014")], "“Yes,” he said. ’Go home now.” She left.")
    assert (f.snippet, f.fix) == ("”", None)
    # ’ as an apostrophe or elision opens nothing; ‘…’ inside “…” pairs on its own
    assert pairs("’Tis true, he said at five o’clock: “the Joneses’ dog is ‘lost’, they say.”") == []
    assert pairs("「他说『不去』，然后走了。」") == []


# -- brackets ----------------------------------------------------------------------------------------


def test_brackets_across_lines_and_block_notes() -> None:
    # a title in 《》 broken over lines; a bracketed enactment block whose opening bracket was on the heading
    assert pairs("常委会《关于修改〈甲条例〉\n\n〈乙条例〉的决定》修正\n\n第一条 为了规范管理，制定本条例。") == []
    assert pairs("某某管理条例\n\n2001年1月1日 国务院令第1号公布\n\n2011年1月8日 国务院决定修订）\n\n第一章 总则") == []
    # the same closing bracket inside a sentence, or after a line that ends a sentence, closes nothing
    assert pairs("规范（2010)和相关说明。") == [("SCRIPT015", 1, 8, ")")]
    assert pairs("第一条 本办法由财政部负责解释。\n\n2011年1月8日 修订）") == [("SCRIPT015", 3, 13, "）")]
    assert pairs("编辑：李四\n17 ]") == [("SCRIPT015", 2, 4, "]")]


def test_list_markers_and_emoticons() -> None:
    assert pairs("一）第一项；二）第二项。\na) una, b) otra; lo siento :( de verdad, ;-) y :)") == []
    assert pairs("Ella (la hermana :( llegó tarde.") == [("SCRIPT015", 1, 6, "(")]


# -- SCRIPT011: the document's own house style -------------------------------------------------------


def test_halfwidth_outliers_in_a_fullwidth_document() -> None:
    text = "我们讨论了这个问题，大家都同意，会议结束后，他说,我们明天再来，然后离开了。"
    (f,) = run_text([rule("SCRIPT011")], text)
    assert (f.column, f.snippet, f.fix) == (text.index("说,") + 2, ",", "，")
    # a mark the document never writes full-width is its own habit, not an outlier
    text = "这台机器的效率受材料的限制，工作范围非常小; 在高温下，部件的寿命较短，维护成本也较高。"
    assert run_text([rule("SCRIPT011")], text) == []


def test_halfwidth_throughout_is_one_finding_with_a_fix_for_the_document() -> None:
    text = "第一段文字,介绍背景;说明目的。\n\n第二段,讨论方法:先做实验,再写报告,最后总结。\n\n大小:31.05KB"
    (f,) = run_text([rule("SCRIPT011")], text)
    assert (f.line, f.column) == (3, 4)
    assert "throughout (6 marks on 2 lines, 0 full-width)" in f.message
    fixed, _ = fix_text(text, lambda t: run_text([rule("SCRIPT011")], t), False)
    assert (
        fixed == "第一段文字，介绍背景；说明目的。\n\n第二段，讨论方法：先做实验，再写报告，最后总结。\n\n大小:31.05KB"
    )


# -- SCRIPT020, SCRIPT021 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le dijo en francés: « Où vas-tu ? » y ella no contestó.",
        "He writes French-style : every mark ; spaced ! like that ?",
        "Ingredientes : harina, agua y sal.",
        "Note : the figures are provisional.",
        "The ratio was 3 : 1 and he paused . . . then left.",
        "The scores were 7 , 8 , 9 ; 10 in the last round.",
    ],
)
def test_legitimate_blanks_before_punctuation(text: str) -> None:
    assert run_text([rule("SCRIPT020")], text) == []


def test_blank_before_a_clitic_apostrophe() -> None:
    text = "Cenamos en el Joe 's Diner, pero ellos do n't care and the BBC ’s host agreed."
    found = run_text([rule("SCRIPT020")], text)
    assert [(f.snippet, f.fix) for f in found] == [(" 's", "'s"), (" n't", "n't"), (" ’s", "’s")]
    assert run_text([rule("SCRIPT020")], "The letter 's' and the town of 's-Hertogenbosch.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our new logo is out. https://example.org/logo has the details.",
        "Write to us. info@example.com answers within a day.",
        "The letter was addressed to John Smith, Esq. and to his two partners.",
        "The recipe needs 16 oz. can of beans and 2 tsp. vanilla extract.",
        "We stopped there.  the rest can wait until Monday.",
    ],
)
def test_full_stops_that_do_not_split_a_sentence(text: str) -> None:
    assert run_text([rule("SCRIPT021")], text) == []


# -- SCRIPT004 -----------------------------------------------------------------------------------------


def test_spaced_han_characters_in_latin_text() -> None:
    text = "En esa época el código (en chino: 唐 律 疏 议, «el código comentado») fue promulgado."
    (f,) = run_text([rule("SCRIPT004")], text)
    assert (f.snippet, f.fix, f.fix_safe) == ("唐 律 疏 议", "唐律疏议", False)
    # Chinese letter-spaced headings, characters cited as written, words written whole
    assert run_text([rule("SCRIPT004")], "第一章 总 则\n\n第一条 为了规范管理，制定本法。") == []
    assert run_text([rule("SCRIPT004")], 'The headings are written `总 则` or "附 则"; the novel is 红楼梦.') == []


# -- SCRIPT016, SCRIPT017 ---------------------------------------------------------------------------


def test_look_alike_marks_in_chinese_names_and_numbers() -> None:
    found = run_text([rule("SCRIPT016"), rule("SCRIPT017")], "约翰•凯恩斯说，约1，200名工人和3，500户家庭。")
    assert [(f.rule, f.snippet, f.fix) for f in found] == [
        ("SCRIPT016", "•", "·"),
        ("SCRIPT017", "，", ","),
        ("SCRIPT017", "，", ","),
    ]
    # a list of values, a year before a count, a Big5 interpunct and a bullet starting a list item
    text = "第2，3，4条适用于10，100，1000元的合同；2010，100人参加。林‧志玲\n• 第一点"
    assert run_text([rule("SCRIPT016"), rule("SCRIPT017")], text) == []
