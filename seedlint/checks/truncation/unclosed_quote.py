"""TRUNC005 unclosed-quote: a body paragraph stops mid-sentence inside a quotation it opened."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import BodyRule, at
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_UNCLOSED = (
    "Alipay and the banks\nHe called it “the most important deal of the decade, and the banks\n"
    "The banks agreed to cooperate in the end."
)
META = RuleMeta(
    code="TRUNC005",
    name="unclosed-quote",
    family="truncation",
    severity=Severity.INFO,
    summary="A body paragraph stops mid-sentence inside a quotation or bracket it opened: the quoted text is cut.",
    docs=(
        "A paragraph that opens “ « 「 『 （ ( 〝 《 or an ASCII double quote, never closes it, and stops "
        "without sentence punctuation lost the end of the quoted text (a paragraph too short or too "
        "plain for TRUNC004 still tells its cut this way). Reported at the cut, the paragraph's last "
        "character; the message says where the quotation opened. An unpaired mark in a paragraph that "
        "ends as a sentence is a punctuation defect, reported by SCRIPT013 alone. Not reported: a "
        "quotation that goes on in the next paragraph (English and Spanish fiction reopen each "
        "paragraph with “ or » and close only the last), a quotation or title closed on a later line "
        "(within 20 lines: a list inside a quoted article), the document's last line (TRUNC003), and "
        "hard-wrapped text."
    ),
    bad=(Example(_UNCLOSED, (at(_UNCLOSED, "s\nThe", 1),)),),
    good=(
        Example("Title\n“The first paragraph of a long quotation stops at a full stop.\n“The second closes it.”"),
        Example("Title\nHe called it “the most important deal of the decade.\nThe banks agreed in the end."),
        Example(
            "Title\n将刑法第一百八十二条修改为：“有下列情形之一的，处五年以下有期徒刑\n（一）单独操纵价格的；\n（二）其他情形。”"
        ),
    ),
    source=__name__,
)


class UnclosedQuote(BodyRule):
    """TRUNC005 unclosed-quote: reports the body lines the analysis found cut inside a quotation."""

    meta = META
