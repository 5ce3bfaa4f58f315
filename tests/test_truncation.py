"""The truncation family: seeds, endings after chrome, what is not a truncation, cut paragraphs."""

# ruff: noqa: E501 - one paragraph per line, as scraped corpora keep them

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.truncation.text import dangling, strip_ellipsis, unclosed
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding, Severity
from seedlint.rule import Rule
from tests.conftest import SEEDS, all_rules, rule, run_text


def truncation_rules() -> list[Rule]:
    return [r for r in all_rules() if r.meta.family == "truncation"]


def check(text: str) -> list[Finding]:
    return run_text(truncation_rules(), text)


def where(findings: list[Finding]) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.column, f.rule, f.snippet) for f in findings]


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# -- the seeds -----------------------------------------------------------------------------------
def test_seed_002_ends_on_a_dangling_word_before_chrome() -> None:
    text = seed_text("002")
    line23 = text.split("\n")[22]
    found = [f for f in check(text) if f.rule != "TRUNC005"]
    assert where(found) == [(23, len(line23), "TRUNC002", "到")]
    (f,) = found
    assert f.severity is Severity.ERROR
    assert "'追溯到'" in f.message
    assert "6 lines of page chrome: '此文档下载收益归作者所有', '下载文档', '猜你喜欢' and 3 more" in f.message


def test_seed_002_unclosed_quote_is_scripts_and_the_cut_is_the_ending() -> None:
    """“数字技术是否给普惠金融带来了机遇。 never closes (〞 closes the others): SCRIPT013 reports the
    mark; the paragraph is the document's end, cut on 追溯到 (TRUNC002), so TRUNC005 adds nothing."""
    text = seed_text("002")
    assert [f for f in check(text) if f.rule == "TRUNC005"] == []
    (f,) = [f for f in run_text([rule("SCRIPT013")], text) if f.line == 23]
    assert text.split("\n")[22][f.column - 1 :].startswith("“数字技术是否给普惠金融带来了机遇。")


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_seeds_that_end_properly(prefix: str) -> None:
    """003's body ends before '- Related reading'; its last line is a chrome headline."""
    assert check(seed_text(prefix)) == []


# -- document endings ------------------------------------------------------------------------------
ZH_BODY = "支付宝成立于2004年，最初只是淘宝的担保交易工具，后来逐步发展成为覆盖支付、理财和保险的综合金融平台"


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        (f"支付宝的发展\n{ZH_BODY}\n下载文档\n猜你喜欢", "TRUNC001", 2),
        (f"支付宝的发展\n{ZH_BODY}，包括\n\n此文档下载收益归作者所有", "TRUNC002", 2),
        (
            "The report\nThe banks agreed to cooperate, and the central bank asked them to share data with the",
            "TRUNC002",
            2,
        ),
        ("The report\nThe banks agreed to cooperate with Alipay on three conditions, such as", "TRUNC002", 2),
        (
            "El informe\nLos bancos aceptaron cooperar con Alipay porque ambas partes ganaban comisiones de\nCompartir",
            "TRUNC002",
            2,
        ),
        ("The report\nThe bank listed the conditions it would accept before signing the agreement:", "TRUNC002", 2),
        ("The forum\nJack Ma told the forum: “If the banks do not change, we will change the banks.", "TRUNC003", 2),
        ('The forum\nJack Ma told the forum: "If the banks do not change, we will change the banks.', "TRUNC003", 2),
        ("Alipay\nThe banks agreed to cooperate with Alipay after years of talks…\nRead more", "TRUNC006", 2),
        ("Alipay\nLos bancos aceptaron cooperar con Alipay tras años de negociaciones... Leer más", "TRUNC006", 2),
        ("Utility\nThe debate is likely to continue. The water utility was founded in…", "TRUNC002", 2),
    ],
)
def test_truncated_endings(text: str, code: str, line: int) -> None:
    found = check(text)
    assert [(f.rule, f.line) for f in found] == [(code, line)]


def test_ending_is_reported_at_the_last_body_character_and_names_the_chrome() -> None:
    text = f"支付宝的发展\n{ZH_BODY}\n下载文档\n猜你喜欢"
    (f,) = check(text)
    assert (f.line, f.column, f.snippet) == (2, len(ZH_BODY), "台")
    assert "2 lines of page chrome: '下载文档', '猜你喜欢'" in f.message


def test_lone_ellipsis_is_info_and_teaser_is_warning() -> None:
    (lone,) = check("Alipay\nThe banks agreed to cooperate with Alipay after years of talks…")
    assert (lone.rule, lone.severity) == ("TRUNC006", Severity.INFO)
    (teaser,) = check("Alipay\nThe banks agreed to cooperate with Alipay after years of talks…\nRead more")
    assert (teaser.rule, teaser.severity) == ("TRUNC006", Severity.WARNING)


@pytest.mark.parametrize(
    "text",
    [
        "¿Cómo convenció Alipay a los principales bancos para que cooperaran?",
        "支付宝为什么能说服银行合作？",
        "How Alipay Won Over China's Banks",
        "Alipay and the banks\nThe banks agreed to cooperate because both sides earn fees.\nShare\nRelated reading\n- Alipay Opens In Singapore",
        "Los acuerdos:\nEl banco firmó tres acuerdos con Alipay en 2005, según su informe anual.\n1. Pagos en línea\n2. Tarjetas de crédito",
        "Figures\nThe bank published its figures for the decade in its annual report.\n| Year | Users |\n| 2015 | 800 |",
        "The report\nThe bank published the full text of the agreement on its website.\nhttps://example.com/agreement",
        "The report\nThe bank published the full text of the agreement on its website. 🎉",
        "El informe\nEl banco dijo: «Cooperaremos con Alipay durante los próximos diez años».",
        "报告\n银行表示：“我们将继续与支付宝合作。”",
        "Mobile payment\nPayments grew quickly after 2013, as shown below.\nChapter Three: The Rise Of Mobile Payments In Rural China",
        "The feature\nOther managers followed, and by 2008 most large banks had signed.\nReporting by Jane Doe; Editing by John Smith",
    ],
)
def test_not_truncations(text: str) -> None:
    assert check(text) == []


def test_chinese_single_characters_are_unterminated_not_dangling() -> None:
    """的 ends sentences in 是…的; a line ending on it without 。 is TRUNC001, not TRUNC002."""
    (f,) = check("标题\n这项业务是支付宝在二零零四年和工商银行一起推出的")
    assert (f.rule, f.severity) == ("TRUNC001", Severity.WARNING)


# -- inside the body ---------------------------------------------------------------------------------
def test_cut_paragraph_before_chrome_and_before_a_new_sentence() -> None:
    text = (
        "Alipay and the banks\n"
        "The banks agreed to cooperate with Alipay because both sides could earn more from the\n"
        "Share\n"
        "Later the central bank asked every payment company to connect to a clearing house, and\n"
        "The new rules took effect in 2018 and applied to every licensed payment company.\n"
        "Banks welcomed the change, because it gave them back data on the payments of their clients.\n"
        "Alipay said it would comply, and it connected to the clearing house within the year.\n"
    )
    found = run_text([rule("TRUNC004")], text)
    assert [(f.line, f.snippet) for f in found] == [(2, "the"), (4, "and")]
    assert "page chrome follows ('Share')" in found[0].message
    assert "starts anew" in found[1].message


def test_cut_paragraph_skips_wrapped_text_and_continuations() -> None:
    wrapped = (
        "The banks agreed to cooperate with Alipay because both sides could earn more from the\n"
        "fees that every payment generates, and the central bank approved the arrangement in\n"
        "The end of 2005, after a long review of the risks that the new service could bring to\n"
        "depositors and to the payment system as a whole, which it judged to be acceptable.\n"
    )
    assert run_text([rule("TRUNC004")], wrapped) == []
    zh = "支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，\n此后其他银行纷纷跟进，合作范围不断扩大。"
    assert run_text([rule("TRUNC004")], zh) == []


HARD_WRAPPED = (
    "The banks agreed to cooperate with Alipay because both sides could earn more from\n"
    "every payment that passed through the new service, and the regulators asked the\n"
    "Alipay team to report each month on the volume of payments and on the complaints\n"
    "it received from shoppers, which the bank would then forward to the authorities\n"
    "for review; the arrangement ran for three years before a new licence replaced it\n"
    "and the service became a payment company of its own, with its own capital rules.\n"
)


def test_cut_paragraph_is_not_judged_in_hard_wrapped_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Line 2 ends on 'the' before a capital: a cut paragraph, were each line a paragraph. The one
    hard-wrap predicate (Document.hard_wrapped) is what keeps TRUNC004 quiet here."""
    assert Document("a.txt", HARD_WRAPPED).hard_wrapped
    assert run_text([rule("TRUNC004")], HARD_WRAPPED) == []
    monkeypatch.setattr(Document, "hard_wrapped", property(lambda _self: False))
    assert [(f.line, f.snippet) for f in run_text([rule("TRUNC004")], HARD_WRAPPED)] == [(2, "the")]


def test_cut_chinese_paragraph_before_a_section_heading() -> None:
    text = "支付宝与银行\n支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，并且\n二、余额宝的诞生\n余额宝于2013年上线。"
    found = run_text([rule("TRUNC004")], text)
    assert [(f.line, f.snippet) for f in found] == [(2, "且")]
    assert "'并且'" in found[0].message


def test_unclosed_quote_cases() -> None:
    text = "Title\nHe called it “the most important deal of the decade and the banks\nThe banks agreed in the end."
    (f,) = run_text([rule("TRUNC005")], text)
    assert (f.line, f.column, f.snippet) == (2, 65, "s")
    assert "inside the '“' opened at column 14" in f.message
    multi = "Title\n“The first paragraph of a long quotation and\n“the second paragraph closes it.”\nThe end."
    assert run_text([rule("TRUNC005")], multi) == []
    mojibake = "El informe\nEl informe dice: ½«Ê¼ÆÈ¾ los bancos cooperan con\nFin del informe."
    assert run_text([rule("TRUNC005")], mojibake) == []


# -- helpers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cjk", "word"),
    [
        ("cooperation with the", False, "the"),
        ("cooperación de", False, "de"),
        ("three conditions, such as", False, "such as"),
        ("comisiones,", False, ","),
        ("在传统的普惠金融可以追溯到", True, "追溯到"),
        ("合作范围包括", True, "包括"),
        ("The Vitamin A", False, None),
        ("what they spoke about", False, None),
        ("这项业务是他们推出的", True, None),
    ],
)
def test_dangling(text: str, cjk: bool, word: str | None) -> None:
    d = dangling(text, cjk)
    assert (d.word if d else None) == word


def test_unclosed_and_ellipsis_helpers() -> None:
    assert unclosed("他说“好〞，然后“走了") == 8
    assert unclosed("(1) uno, 2) dos") is None
    assert strip_ellipsis("founded in…") == "founded in"
    assert strip_ellipsis("founded in...") == "founded in"
    assert strip_ellipsis("founded in 2004.") is None


@given(st.text(max_size=300))
def test_truncation_spans_are_inside_the_text_and_deterministic(text: str) -> None:
    engine = Engine(tuple(truncation_rules()))
    first = engine.check(Document("x", text)).findings
    assert first == engine.check(Document("x", text)).findings
    assert len([f for f in first if f.rule in ("TRUNC001", "TRUNC002", "TRUNC003", "TRUNC006")]) <= 1
    for f in first:
        assert 0 <= f.offset < f.end_offset <= len(text) and f.fix is None
