"""TRUNC003 open-quote-ending: one of the four verdicts on a document's end (:class:`~.analysis.EndingAnalyzer`)."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import EndingRule, at_end
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_EN_QUOTE = "The forum\nJack Ma told the forum: “If the banks do not change, we will change the banks."

META = RuleMeta(
    code="TRUNC003",
    name="open-quote-ending",
    family="truncation",
    severity=Severity.WARNING,
    summary="The document ends inside a quotation or bracket that was opened and never closed.",
    docs=(
        "When the last body line opens a quotation or bracket (“ « 「 『 （ ( 《 or an ASCII double quote) "
        "within its last 200 characters and never closes it, the document stops in the middle of the "
        "quoted text, even if a full stop precedes the cut. Typical of texts truncated to a length. Not "
        "reported when the quotation opens the paragraph and the paragraph ends as a sentence: fiction "
        "(English “, Spanish « and -«) opens every paragraph of a long quotation and closes only the "
        "last, so an excerpt may end inside one."
    ),
    bad=(Example(_EN_QUOTE, (at_end(_EN_QUOTE, 2),)),),
    good=(
        Example("The forum\nJack Ma told the forum: “If the banks do not change, we will change the banks.”"),
        Example(
            "The forum\n\nHe spoke first.\n\n“If the banks do not change, we will change the banks. They will follow."
        ),
    ),
    source=__name__,
)


class OpenQuoteEnding(EndingRule):
    """TRUNC003 open-quote-ending: reports the shared verdict on the document's end when it is this rule's."""

    meta = META
