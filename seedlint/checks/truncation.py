"""Python rules of the ``truncation`` family: documents and paragraphs that lose their end.

The document's end is judged on its last *body* line: trailing page chrome (found by the chrome
family's detector, :mod:`seedlint.checks.chrome_lines`) and blank lines are skipped first, and the
message names the chrome that follows. One finding per document end, the most specific of
TRUNC006 (teaser ellipsis), TRUNC002 (dangling word), TRUNC003 (open quote) and TRUNC001 (no
terminal punctuation). Inside the body, TRUNC004 finds paragraphs cut mid-sentence and TRUNC005
quotes or brackets that never close. Headings, titles, list items and table rows are never
truncations. None of these findings carries a fix: the missing text cannot be recovered.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.chrome_lines import (
    ALWAYS,
    LONG_LINE,
    NOTICE_HEADING,
    ChromeAnalyzer,
    Tail,
    analyzer_for,
    chrome_pack_files,
    line_text,
    shape,
)
from seedlint.checks.truncation_rules import CUT_META, ENDING_META, UNCLOSED_META
from seedlint.checks.truncation_text import (
    DANGLING_TRIGGERS,
    OPENER_TRIGGER,
    PAIRS,
    ZH_OPEN_END_TRIGGER,
    ascii_quote_open,
    dangling,
    list_or_table,
    strip_ellipsis,
    terminal,
    unclosed,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.registry import PluginContext, builtin_pack_files
from seedlint.rule import Context, Rule, RuleMeta

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


_NEW_START = regex.compile(r"^[\p{Lu}\p{N}“\"«¿¡(（\-–—•*|]")
_HAN_OR_CLAUSE_END = regex.compile(r"[\p{Han}，、]")
_SECTION_START = regex.compile(
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
        self._memo: weakref.WeakKeyDictionary[Document, Ending | None] = weakref.WeakKeyDictionary()

    def ending(self, doc: Document) -> Ending | None:
        if doc in self._memo:
            return self._memo[doc]
        verdict = self._judge(doc)
        self._memo[doc] = verdict
        return verdict

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

    def __init__(self, meta: RuleMeta, analyzer: EndingAnalyzer) -> None:
        self.meta = meta
        self.analyzer = analyzer

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.chrome.timeout = ctx.timeout
        verdict = self.analyzer.ending(doc)
        if verdict is not None and verdict.code == self.meta.code:
            yield Hit(verdict.start, verdict.end, verdict.message, severity=verdict.severity)


def _next_line(doc: Document, index: int) -> int | None:
    for j in range(index + 1, min(index + 50, len(doc.line_starts))):
        if doc.line_span(j).text.strip():
            return j
    return None


def _hard_wrapped(doc: Document) -> bool:
    """Most long lines end mid-sentence: the text is wrapped, so a line end is not a paragraph end."""
    long_lines = [t for t in (span.text.rstrip() for span in doc.lines) if len(t) >= 40]
    if len(long_lines) < 3:
        return False
    return sum(1 for t in long_lines if terminal(t)) * 2 < len(long_lines)


class CutParagraph:
    """TRUNC004: a body paragraph that stops mid-sentence before chrome or a new paragraph."""

    meta = CUT_META

    def __init__(self, chrome: ChromeAnalyzer) -> None:
        self.chrome = chrome
        self.triggers = (*DANGLING_TRIGGERS, ZH_OPEN_END_TRIGGER)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.chrome.timeout = ctx.timeout
        tail: Tail | None = None
        wrapped: bool | None = None
        for i in ctx.lines or ():
            span = doc.line_span(i)
            text = span.text.strip()
            if not text or text[-1] in TERMINAL_OR_COLON or list_or_table(text):
                continue
            begin = span.start + len(span.text) - len(span.text.lstrip())
            if _HAN_OR_CLAUSE_END.match(text[-1]):  # a Chinese line left open
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
            j = _next_line(doc, i)
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
            if not (is_chrome or _SECTION_START.match(nxt) or (not s.cjk and _NEW_START.match(nxt))):
                continue
            if wrapped is None:
                wrapped = _hard_wrapped(doc)
            if wrapped:
                return
            last = begin + len(text) - 1
            follows = (
                f"page chrome follows ('{nxt[:24]}')" if is_chrome else f"the next paragraph starts anew ('{nxt[:24]}')"
            )
            yield Hit(last, last + 1, f"paragraph stops mid-sentence on '{word}'; {follows}")


def _has_clause(text: str) -> bool:
    return any(ch in text for ch in "，。；！？,;")


class UnclosedQuote:
    """TRUNC005: a quote or bracket opened in a paragraph that never closes in it."""

    meta = UNCLOSED_META

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
            j = _next_line(doc, i)
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


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """The family's rules, sharing the chrome detector built from the rule set's chrome packs."""
    files = context.pack_files if context is not None else tuple(builtin_pack_files())
    chrome = analyzer_for(chrome_pack_files(files))
    endings = EndingAnalyzer(chrome)
    return (
        *(EndingRule(meta, endings) for meta in ENDING_META),
        CutParagraph(chrome),
        UnclosedQuote(chrome),
    )
