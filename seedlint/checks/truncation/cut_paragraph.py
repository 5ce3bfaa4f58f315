"""TRUNC004 cut-paragraph: a body paragraph that stops mid-sentence before chrome or a new paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.chrome.analysis import LONG_LINE, NOTICE_HEADING, ChromeAnalyzer, Tail, shape
from seedlint.checks.truncation.analysis import (
    HAN_OR_CLAUSE_END,
    NEW_START,
    SECTION_START,
    TERMINAL_OR_COLON,
    at_end,
    next_line,
)
from seedlint.checks.truncation.text import (
    DANGLING_TRIGGERS,
    ZH_OPEN_END_TRIGGER,
    dangling,
    list_or_table,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, RuleMeta

_CUT_EN = (
    "Alipay and the banks\nThe banks agreed to cooperate with Alipay because both sides could earn more from the\n"
    "Share\nLater, the central bank asked every payment company to connect to a clearing house."
)
_CUT_ZH = (
    "支付宝与银行\n支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，并且\n二、余额宝的诞生\n"
    "余额宝于2013年上线。"
)
META = RuleMeta(
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
        Example(_CUT_EN, (at_end(_CUT_EN, 2),)),
        Example(_CUT_ZH, (at_end(_CUT_ZH, 2),)),
    ),
    good=(
        Example(
            "The banks agreed to cooperate with Alipay because both sides could earn more from the\n"
            "fees that every payment generates, and the central bank approved.\nShare"
        ),
        Example("支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作协议，\n此后其他银行纷纷跟进。"),
    ),
    source=__name__,
)


class CutParagraph:
    """TRUNC004: a body paragraph that stops mid-sentence before chrome or a new paragraph."""

    meta = META

    def __init__(self, chrome: ChromeAnalyzer) -> None:
        self.chrome = chrome
        self.triggers = (*DANGLING_TRIGGERS, ZH_OPEN_END_TRIGGER)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.chrome.timeout = ctx.timeout
        tail: Tail | None = None
        for i in ctx.lines or ():
            span = doc.line_span(i)
            text = span.text.strip()
            if not text or text[-1] in TERMINAL_OR_COLON or list_or_table(text):
                continue
            begin = span.start + len(span.text) - len(span.text.lstrip())
            if HAN_OR_CLAUSE_END.match(text[-1]):  # a Chinese line left open
                if len(text) < 20 or not _has_clause(text[:-1]):
                    continue
                s = shape(text[-LONG_LINE:])
                if not s.cjk or s.units < 20:
                    continue
                d = dangling(text, True)
                word = d.word if d else text[-1]
            else:
                d = dangling(text, False)
                if d is None or d.word in ":;：；":
                    continue
                s = shape(text[-LONG_LINE:])
                if s.cjk or s.units < 8 or s.title >= 0.6:
                    continue
                word = d.word
            j = next_line(doc, i)
            if j is None:
                continue
            if self.chrome.known_line(doc, i) is not None:
                continue
            if tail is None:
                tail = self.chrome.tail(doc)
            if tail.body is not None and i >= tail.body:
                continue  # the document's end: the ending rules judge it
            nxt_raw = doc.line_span(j).text
            nxt = nxt_raw.strip()
            is_chrome = (
                self.chrome.known_line(doc, j) is not None
                or bool(NOTICE_HEADING.match(nxt_raw))
                or any(c.index == j for c in tail.chrome)
            )
            if not (is_chrome or SECTION_START.match(nxt) or (not s.cjk and NEW_START.match(nxt))):
                continue
            if doc.hard_wrapped:  # a line end is not a paragraph end there
                return
            last = begin + len(text) - 1
            follows = (
                f"page chrome follows ('{nxt[:24]}')" if is_chrome else f"the next paragraph starts anew ('{nxt[:24]}')"
            )
            yield Hit(last, last + 1, f"paragraph stops mid-sentence on '{word}'; {follows}")


def _has_clause(text: str) -> bool:
    return any(ch in text for ch in "，。；！？,;")
