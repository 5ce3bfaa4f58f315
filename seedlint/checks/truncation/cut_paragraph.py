"""TRUNC004 cut-paragraph: a body paragraph that stops mid-sentence before chrome or a new paragraph."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import BodyRule, at
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_CUT_EN = (
    "Alipay and the banks\nThe banks agreed to cooperate with Alipay because both sides could earn more from the\n"
    "Share\nLater, the central bank asked every payment company to connect to a clearing house."
)
_CUT_SENTENCES = (
    "Alipay and the banks\nThe banks agreed to cooperate with Alipay in 2005. Both sides could earn fees from "
    "every payment, and the central bank\nOriginal story:\nLater, the central bank asked for data."
)
_CUT_ZH = (
    "支付宝与银行\n支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，并且双方约定在三年内共同\n"
    "二、余额宝的诞生\n余额宝于2013年上线。"
)
META = RuleMeta(
    code="TRUNC004",
    name="cut-paragraph",
    family="truncation",
    severity=Severity.WARNING,
    summary="A body paragraph stops mid-sentence and the next line is page chrome or starts something new.",
    docs=(
        "Inside the body, a prose paragraph that does not end as a sentence does (script-aware terminal "
        "punctuation: . ! ? … 。 ！ ？ and the closing quotes and brackets) lost the rest of its sentence "
        "where the page was cut or an element was removed. Prose means: en/es, a dangling word or comma "
        "(the, of, de, que…) after 8 words, or 80 characters with a sentence end before the cut, or, right "
        "before a known chrome line, 50 characters of running text (20 % stop words; a preposition counts as "
        "dangling there); zh, 30 Han characters with a comma or full stop inside (a headline has ！ or ： "
        "instead). Reported on the last word (the cut point), naming what follows. A long item behind a "
        "marker (a dialogue line '-Sea vuestra merced…') is judged like any paragraph. Not judged: the first "
        "line (a title), the document's last body line (TRUNC001-003, 006), headings ('Capítulo XVI. …'), "
        "short list items and tables, known chrome lines, lines ending in a colon or semicolon (lead-ins), "
        "a Chinese line ending on a sentence-final particle (吧 呢 啦…) or a spaced photo credit, a line "
        "ending in a URL, and lines the next one goes on with: a lower-case start, a trailing blank before "
        "the break in a soft-wrapped text (most such breaks go on in lower case), a comma or dash "
        "introducing a quoted paragraph ('…she said,' / '“Well…'), a block of short lines (verse, an "
        "address, even one short line per paragraph) in a text of blank-line-separated paragraphs, the "
        "rest of a Chinese sentence on a short line of its own, and any line break inside a "
        "blank-line-separated paragraph. A hard-wrapped document (Document.hard_wrapped) is skipped entirely."
    ),
    bad=(
        Example(_CUT_EN, (at(_CUT_EN, "the\nShare", 3),)),
        Example(_CUT_SENTENCES, (at(_CUT_SENTENCES, "bank\n", 4),)),
        Example(_CUT_ZH, (at(_CUT_ZH, "同\n", 1),)),
    ),
    good=(
        Example(
            "The banks agreed to cooperate with Alipay because both sides could earn more from the\n"
            "fees that every payment generates, and the central bank approved.\nShare"
        ),
        Example(
            "The letter\n\nMrs. Bennet was eagerly calling out, while her daughter read it to the family in the "
            "parlour. She read,\n\n“If you are not so compassionate as to dine with us, we shall be sad.”"
        ),
        Example(
            "Primera parte\n\nCapítulo XVI. Donde se cuenta lo que le sucedió al ingenioso hidalgo en la venta "
            "que él imaginaba ser castillo\n\nEl ventero, que vio a don Quijote atravesado en el asno, preguntó."
        ),
        Example("支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，\n此后其他银行纷纷跟进。"),
    ),
    source=__name__,
)


class CutParagraph(BodyRule):
    """TRUNC004 cut-paragraph: reports the body lines the analysis judged cut mid-sentence."""

    meta = META
