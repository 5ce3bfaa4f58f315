"""What the ``truncation`` family's rules share: the verdict on a document's end, and small helpers.

The document's end is judged on its last *body* line: trailing page chrome (found by the chrome
family's detector, :mod:`seedlint.checks.chrome.analysis`) and blank lines are skipped first, and the
message names the chrome that follows. One verdict per document end, the most specific of
TRUNC006 (teaser ellipsis), TRUNC002 (dangling word), TRUNC003 (open quote) and TRUNC001 (no
terminal punctuation); each of those four rules reports it when it carries its code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.chrome.analysis import (
    ALWAYS,
    LONG_LINE,
    ChromeAnalyzer,
    Tail,
    line_text,
    shape,
)
from seedlint.checks.truncation.text import (
    ascii_quote_open,
    dangling,
    list_or_table,
    strip_ellipsis,
    terminal,
    unclosed,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Expected, RuleMeta

TERMINAL_OR_COLON = frozenset("。！？!?…”」』）)\"'’：:；;")
NEAR_END = 200  # an open quote this close to the end leaves the last sentence inside it
READ_MORE = regex.compile(
    r"(?i)read more|continue reading|keep reading|read (?:the )?full (?:article|story)|leer más|seguir leyendo"
    r"|continuar leyendo|sigue leyendo|阅读全文|展开全文|查看全文|全文阅读|继续阅读|阅读更多|点击查看",
    regex.V1,
)
_TEASER = regex.compile(
    r"(…+|\.{3,})[ \t]*[\[(（【]?[ \t]*"
    r"(?:(?i:read more|continue reading|leer más|seguir leyendo)|阅读全文|展开全文|查看全文)[ \t]*[\])）】»>]*$",
    regex.V1,
)
_TRAILING_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\s]+$")
_URL_END = regex.compile(r"(?:https?://|www\.)\S+$|\S+@\S+\.\w+$")


def _url_end(text: str) -> bool:
    """The line ends with a URL or an e-mail address (a source line, not a sentence)."""
    return bool(_URL_END.search(text[-200:].rsplit(None, 1)[-1]))


NEW_START = regex.compile(r"^[\p{Lu}\p{N}“\"«¿¡(（\-–—•*|]")
HAN_OR_CLAUSE_END = regex.compile(r"[\p{Han}，、]")
SECTION_START = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节篇部条]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[、.．](?!\d)|[-–—•*#|])"
)


@dataclass(frozen=True, slots=True)
class Ending:
    """The verdict on a document's end: which rule reports it, where, and why."""

    code: str
    start: int
    end: int
    message: str
    severity: Severity | None = None


class EndingAnalyzer:
    """Judges each document's last body line once; the four ending rules share the verdict."""

    def __init__(self, chrome: ChromeAnalyzer) -> None:
        self.chrome = chrome

    def ending(self, doc: Document) -> Ending | None:
        return doc.memo((self, "ending"), lambda: self._judge(doc))

    def _judge(self, doc: Document) -> Ending | None:
        tail = self.chrome.tail(doc)
        if tail.body is None:
            return None
        span = doc.line_span(tail.body)
        text = span.text.strip()
        begin = span.start + len(span.text) - len(span.text.lstrip())
        core = _TRAILING_SYMBOLS.sub("", text)
        if not core or list_or_table(text) or _url_end(core):
            return None
        s = shape(core[-LONG_LINE:])
        long_line = len(core) > LONG_LINE
        prose = long_line or (s.units >= 15 if s.cjk else s.units >= 8 and s.title < 0.6)
        if tail.body == _first_body_line(doc) and not (long_line or (prose and s.sentences)):
            return None  # a title or a question standing alone
        after = _chrome_note(doc, tail)
        last = begin + len(core) - 1

        teaser = _TEASER.search(core[-60:])
        if teaser:
            at = begin + max(len(core) - 60, 0) + teaser.start(1)
            return Ending("TRUNC006", at, at + 1, f"the body ends in a teaser ellipsis and 'read more'{after}")
        stem = strip_ellipsis(core)
        if stem is not None:
            d = dangling(stem, s.cjk, prepositions=True)
            if d is not None:
                return Ending("TRUNC002", last, last + 1, f"the document ends mid-sentence on '{d.word}…'{after}")
            if _read_more_follows(doc, tail):
                return Ending(
                    "TRUNC006", last, last + 1, f"the body ends in a teaser ellipsis, then 'read more'{after}"
                )
            return Ending(
                "TRUNC006",
                last,
                last + 1,
                f"the body ends in an ellipsis: probably cut to a preview{after}",
                Severity.INFO,
            )
        if not terminal(core):
            d = dangling(core, s.cjk)
            enough = s.units >= 8 if s.cjk else s.units >= 4 and s.title < 0.6
            if d is not None and (enough or long_line):
                what = f"the dangling word '{d.word}'" if d.word[0].isalnum() else f"'{d.word}'"
                return Ending("TRUNC002", last, last + 1, f"the document ends mid-sentence on {what}{after}")
        q = _open_quote(core)
        if q is not None:
            return Ending(
                "TRUNC003", last, last + 1, f"the document ends inside an open '{core[q]}' (column {q + 1}){after}"
            )
        if not terminal(core) and prose:
            tail_words = core[-12:] if s.cjk else " ".join(core.split()[-3:])
            return Ending(
                "TRUNC001", last, last + 1, f"the document ends without sentence punctuation ('…{tail_words}'){after}"
            )
        return None


def _open_quote(text: str) -> int | None:
    q = unclosed(text)
    if q is None:
        q = ascii_quote_open(text)
    return q if q is not None and q >= len(text) - NEAR_END else None


def _first_body_line(doc: Document) -> int | None:
    for i in range(len(doc.line_starts)):
        if doc.line_span(i).text.strip():
            return i
    return None


def _read_more_follows(doc: Document, tail: Tail) -> bool:
    return any(READ_MORE.search(doc.line_span(c.index).text) for c in tail.chrome[:3])


def _chrome_note(doc: Document, tail: Tail) -> str:
    if not tail.chrome:
        return ""
    quoted = ", ".join(f"'{line_text(doc, c, 20)}'" for c in tail.chrome[:3])
    more = f" and {len(tail.chrome) - 3} more" if len(tail.chrome) > 3 else ""
    lines = "line" if len(tail.chrome) == 1 else "lines"
    return f"; then {len(tail.chrome)} {lines} of page chrome: {quoted}{more}"


class EndingRule:
    """One of TRUNC001/002/003/006: reports the shared verdict when it carries this rule's code.

    It runs on every document (its one trigger, ALWAYS, fires at the end of any text). The chrome
    detector tries its patterns only on the few lines of the tail it walks, or only on trigger
    lines when a chrome rule of the same run primed it first.
    """

    triggers = (ALWAYS,)

    meta: RuleMeta

    def __init__(self, analyzer: EndingAnalyzer) -> None:
        self.analyzer = analyzer

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.chrome.timeout = ctx.timeout
        verdict = self.analyzer.ending(doc)
        if verdict is not None and verdict.code == self.meta.code:
            yield Hit(verdict.start, verdict.end, verdict.message, severity=verdict.severity)


def next_line(doc: Document, index: int) -> int | None:
    for j in range(index + 1, min(index + 50, len(doc.line_starts))):
        if doc.line_span(j).text.strip():
            return j
    return None


def at_end(text: str, line: int) -> Expected:
    """The last character of ``line`` (1-based) of ``text``: where ending findings are reported."""
    body = text.split("\n")[line - 1].rstrip()
    return Expected(body[-1], line, len(body))


def at(text: str, needle: str, width: int | None = None) -> Expected:
    """Where ``needle`` first occurs in ``text``; the expected span is its first ``width`` characters."""
    i = text.index(needle)
    line = text.count("\n", 0, i) + 1
    return Expected(needle[:width], line, i - (text.rfind("\n", 0, i) + 1) + 1)
