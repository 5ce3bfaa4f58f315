"""TRUNC005 unclosed-quote: a quote or bracket opened in a body paragraph that never closes in it."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.chrome.analysis import ChromeAnalyzer, Tail
from seedlint.checks.truncation.analysis import (
    NEAR_END,
    at,
    next_line,
)
from seedlint.checks.truncation.text import (
    OPENER_TRIGGER,
    PAIRS,
    unclosed,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, RuleMeta

_UNCLOSED = (
    "Alipay and the banks\nHe called it “the most important deal of the decade and left the room.\n"
    "The banks agreed to cooperate in the end."
)
META = RuleMeta(
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
    bad=(Example(_UNCLOSED, (at(_UNCLOSED, "“"),)),),
    good=(
        Example("“The banks will change,” he said.\n“If they do not, we will change the banks.”"),
        Example("“The first paragraph of a long quotation.\n“The second paragraph closes it.”"),
    ),
    source=__name__,
)


class UnclosedQuote:
    """TRUNC005: a quote or bracket opened in a paragraph that never closes in it."""

    meta = META

    def __init__(self, chrome: ChromeAnalyzer) -> None:
        self.chrome = chrome
        self.triggers = (OPENER_TRIGGER,)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if doc.hard_wrapped:  # quotes and brackets legitimately run over wrapped lines
            return
        self.chrome.timeout = ctx.timeout
        tail: Tail | None = None
        for i in ctx.lines or ():
            span = doc.line_span(i)
            q = unclosed(span.text)
            if q is None or self.chrome.known_line(doc, i) is not None:
                continue
            opener = span.text[q]
            j = next_line(doc, i)
            if j is not None and doc.line_span(j).text.lstrip().startswith(opener):
                continue  # a quotation running over several paragraphs reopens each one
            if tail is None:
                tail = self.chrome.tail(doc)
            if tail.body is not None and i > tail.body:
                continue
            if i == tail.body and q >= len(span.text.rstrip()) - NEAR_END:
                continue  # the ending rules report it (TRUNC003)
            closers = "/".join(PAIRS[opener])
            yield Hit(
                span.start + q,
                span.start + q + 1,
                f"'{opener}' opens here and never closes ({closers}) in this paragraph: the text inside is cut",
            )
