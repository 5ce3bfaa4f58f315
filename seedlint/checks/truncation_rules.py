"""Metadata (docs and examples) of the truncation rules; the checks live in :mod:`.truncation`."""

from __future__ import annotations

from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


def _at_end(text: str, line: int) -> Expected:
    """The last character of ``line`` (1-based) of ``text``: where ending findings are reported."""
    body = text.split("\n")[line - 1].rstrip()
    return Expected(body[-1], line, len(body))


def _at(text: str, needle: str, width: int | None = None) -> Expected:
    """Where ``needle`` first occurs in ``text``; the expected span is its first ``width`` characters."""
    i = text.index(needle)
    line = text.count("\n", 0, i) + 1
    return Expected(needle[:width], line, i - (text.rfind("\n", 0, i) + 1) + 1)


_EN_CUT = "Alipay and the banks\nThe banks agreed to cooperate because both sides could earn fees from every payment"
_ZH_CUT = (
    "支付宝的发展\n支付宝成立于2004年，最初只是淘宝的担保交易工具，后来逐步发展成为覆盖支付、理财和保险的综合金融平台\n"
    "下载文档\n猜你喜欢"
)
_ZH_DANGLING = (
    "普惠金融的历史\n普惠金融至少包含了几个层面的内容。在传统的普惠金融可以追溯到\n\n此文档下载收益归作者所有\n下载文档"
)
_EN_DANGLING = "The report\nThe banks agreed to cooperate, and the central bank asked them to share data with the"
_ES_DANGLING = (
    "El informe\nLos bancos aceptaron cooperar con Alipay porque ambas partes ganaban comisiones de\n\nCompartir"
)
_EN_ELLIPSIS = "The utility\nThe debate is likely to continue. The water utility was founded in…"
_EN_QUOTE = "The forum\nJack Ma told the forum: “If the banks do not change, we will change the banks."
_TEASER = "Alipay and the banks\nThe banks agreed to cooperate with Alipay after years of talks, and then…\nRead more"
_TEASER_INLINE = "Alipay y los bancos\nLos bancos aceptaron cooperar con Alipay tras años de negociaciones... Leer más"

ENDING_META = (
    RuleMeta(
        code="TRUNC001",
        name="unterminated-ending",
        family="truncation",
        severity=Severity.WARNING,
        summary="The document's last body line does not end as a sentence does (no . ! ? … 。 ！ ？ ” 」 ）).",
        docs=(
            "After skipping trailing page chrome and blank lines, the last body line of a document should end "
            "with the terminal punctuation of its script: . ! ? … 。 ！ ？ or a closing quote or bracket "
            "(datatrove's set plus the closers it lacks). A prose line that stops without it lost its end "
            "when the page was scraped or the text was cut to a length. Titles, headings (Title Case), list "
            "items, table rows, URLs and a lone first line (a question as a title) are not judged. The "
            "message quotes the chrome that follows. TRUNC002, TRUNC003 and TRUNC006 take precedence."
        ),
        bad=(
            Example(_EN_CUT, (_at_end(_EN_CUT, 2),)),
            Example(_ZH_CUT, (_at_end(_ZH_CUT, 2),)),
        ),
        good=(
            Example("Alipay and the banks\nThe banks agreed to cooperate because both sides earn fees.\nShare"),
            Example("¿Cómo convenció Alipay a los principales bancos para que cooperaran?"),
            Example("Los acuerdos:\n1. Pagos en línea\n2. Tarjetas de crédito"),
        ),
        source="seedlint.checks.truncation",
    ),
    RuleMeta(
        code="TRUNC002",
        name="dangling-ending",
        family="truncation",
        severity=Severity.ERROR,
        summary="The document ends on a word or mark no sentence ends on (the/of/and, de/que/y, 追溯到/以及, a comma).",
        docs=(
            "A last body line that ends on a function word (en: the, a, of, to, and, such as; es: de, que, y, "
            "el, la, por; zh: 追溯到, 以及, 因为, 而且) or on a comma or colon cannot be a complete sentence: "
            "the text was cut; so does an ellipsis right after a preposition ('founded in…'). Chinese single "
            "characters that also end words or sentences (的, 了, 到, 在) are left to TRUNC001. The finding "
            "sits on the last character of the body and names the chrome that follows it, if any."
        ),
        bad=(
            Example(_ZH_DANGLING, (_at_end(_ZH_DANGLING, 2),)),
            Example(_EN_DANGLING, (_at_end(_EN_DANGLING, 2),)),
            Example(_ES_DANGLING, (_at_end(_ES_DANGLING, 2),)),
            Example(_EN_ELLIPSIS, (_at_end(_EN_ELLIPSIS, 2),)),
        ),
        good=(
            Example("The report\nThe banks agreed to cooperate with the central bank."),
            Example("El informe\nLos bancos aceptaron cooperar y el banco central también."),
        ),
        source="seedlint.checks.truncation",
    ),
    RuleMeta(
        code="TRUNC003",
        name="open-quote-ending",
        family="truncation",
        severity=Severity.WARNING,
        summary="The document ends inside a quotation or bracket that was opened and never closed.",
        docs=(
            "When the last body line opens a quotation or bracket (“ « 「 『 （ ( 《 or an ASCII double quote) "
            "within its last 200 characters and never closes it, the document stops in the middle of the "
            "quoted text, even if a full stop precedes the cut. Typical of texts truncated to a length."
        ),
        bad=(Example(_EN_QUOTE, (_at_end(_EN_QUOTE, 2),)),),
        good=(Example("The forum\nJack Ma told the forum: “If the banks do not change, we will change the banks.”"),),
        source="seedlint.checks.truncation",
    ),
    RuleMeta(
        code="TRUNC006",
        name="teaser-ending",
        family="truncation",
        severity=Severity.WARNING,
        summary="The body ends in an ellipsis (before a 'Read more' / 阅读全文 link): only a teaser was scraped.",
        docs=(
            "Listing and feed pages show the first lines of an article, an ellipsis and a 'Read more' "
            "(阅读全文, Leer más) link. Scraped, they look like a complete short text. NeMo Curator counts "
            "'read more' among its ellipsis marks for this reason. Reported on the ellipsis: a warning when a "
            "read-more link follows it on the same line or in the chrome right after the body, info when the "
            "ellipsis stands alone (a literary ellipsis is possible). An ellipsis after a dangling word "
            "('founded in…') is TRUNC002."
        ),
        bad=(
            Example(_TEASER, (_at_end(_TEASER, 2),)),
            Example(_TEASER_INLINE, (_at(_TEASER_INLINE, "...", width=1),)),
        ),
        good=(
            Example("Alipay and the banks\nThe banks agreed to cooperate with Alipay after years of talks.\nRead more"),
        ),
        source="seedlint.checks.truncation",
    ),
)
_CUT_EN = (
    "Alipay and the banks\nThe banks agreed to cooperate with Alipay because both sides could earn more from the\n"
    "Share\nLater, the central bank asked every payment company to connect to a clearing house."
)
_CUT_ZH = (
    "支付宝与银行\n支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，并且\n二、余额宝的诞生\n"
    "余额宝于2013年上线。"
)
CUT_META = RuleMeta(
    code="TRUNC004",
    name="cut-paragraph",
    family="truncation",
    severity=Severity.WARNING,
    summary="A body paragraph stops mid-sentence and the next line is page chrome or starts something new.",
    docs=(
        "Inside the body, a prose line that ends on a dangling word or a comma (en/es) or without sentence "
        "punctuation after a clause (zh), followed by a chrome line, a section heading or (en/es) a new "
        "sentence with a capital letter, lost the rest of its sentence where the page was cut or an "
        "element was removed. Lines ending in a colon or semicolon (list lead-ins) are not judged, and a "
        "hard-wrapped document (most long lines end mid-sentence) is skipped entirely."
    ),
    bad=(
        Example(_CUT_EN, (_at_end(_CUT_EN, 2),)),
        Example(_CUT_ZH, (_at_end(_CUT_ZH, 2),)),
    ),
    good=(
        Example(
            "The banks agreed to cooperate with Alipay because both sides could earn more from the\n"
            "fees that every payment generates, and the central bank approved.\nShare"
        ),
        Example("支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，\n此后其他银行纷纷跟进。"),
    ),
    source="seedlint.checks.truncation",
)

_UNCLOSED = (
    "Alipay and the banks\nHe called it “the most important deal of the decade and left the room.\n"
    "The banks agreed to cooperate in the end."
)
UNCLOSED_META = RuleMeta(
    code="TRUNC005",
    name="unclosed-quote",
    family="truncation",
    severity=Severity.INFO,
    summary="A quotation mark or bracket opens in a body paragraph and never closes in it.",
    docs=(
        "A paragraph that opens “ « 「 『 （ ( 〝 or 《 and never closes it has lost the end of the quoted "
        "text, or the closing mark was dropped in conversion. Reported at the opening mark. A quotation "
        "that runs over several paragraphs (each reopened with the same mark, the English convention) is "
        "not reported, nor is the document's last line when TRUNC003 covers it."
    ),
    bad=(Example(_UNCLOSED, (_at(_UNCLOSED, "“"),)),),
    good=(
        Example("“The banks will change,” he said.\n“If they do not, we will change the banks.”"),
        Example("“The first paragraph of a long quotation.\n“The second paragraph closes it.”"),
    ),
    source="seedlint.checks.truncation",
)
