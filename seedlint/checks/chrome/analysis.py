"""Which lines of a document are page chrome: the one detector the chrome and truncation families share.

Three kinds of evidence, cheapest first:

* **known lines**: a whole-line rule of a ``chrome*.yaml`` pack matches (widgets, metadata,
  contact lines, link-list headings…). The packs are the vocabulary; users extend them.
* **blocks**: a notice heading (温馨提示, Aviso legal, Disclaimer) followed by numbered items about
  downloads and copyright; the headlines under a link-list heading.
* **edge lines**: short, low-stop-word lines without sentence punctuation that sit inside a cluster
  of chrome at the document's head or tail (jusText's length class, stop-word density and context
  revision; for Chinese, per-character tokens and a 43-character stop-list).

A fourth, the line classifier (:func:`chrome_lines`, :mod:`seedlint.checks.chrome.classifier`
and :mod:`seedlint.checks.chrome.residue`), needs no vocabulary: per-line features (length, stop
words, terminal punctuation, shapes of counters, stamps, links, bylines) revised from neighbours,
and chrome spans inside body lines. Other families use it through :func:`chrome_lines`.

:class:`ChromeAnalyzer.tail` walks up from the end and says where the body stops and which chrome
follows it; :meth:`ChromeAnalyzer.scan` labels every chrome line it can find from the lines the
rules' triggers flagged. Both walk at most :data:`MAX_ZONE` non-blank lines from an edge, so the
cost per document is bounded.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from seedlint.checks.chrome.classifier import classify
from seedlint.checks.chrome.residue import residue
from seedlint.checks.chrome.verdicts import LineVerdict, SpanVerdict
from seedlint.checks.chrome.vocab import (
    ALWAYS,
    LONG_LINE,
    NOTICE_HEADING,
    NOTICE_TERMS,
    NOTICE_TRIGGER,
    TERMINAL,
    LinePattern,
    Shape,
    chrome_pack_files,
    is_item,
    line_patterns,
    load_line_patterns,
    shape,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.kinds import line_range
from seedlint.packfile import PackSet
from seedlint.rule import Context, RuleMeta
from seedlint.scanner import Scanner, Trigger

__all__ = [
    "ALWAYS",
    "LONG_LINE",
    "NOTICE_HEADING",
    "TERMINAL",
    "AnalyzedRule",
    "ChromeAnalyzer",
    "ChromeLine",
    "ChromeVerdicts",
    "ClassifiedRule",
    "Tail",
    "analyzer_for",
    "chrome_analyzer",
    "chrome_hit",
    "chrome_lines",
    "chrome_pack_files",
    "line_text",
    "shape",
]

MAX_ZONE = 60  # non-blank lines examined from each edge


# -- results ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChromeLine:
    """A line found to be chrome. ``kind``: pattern, notice, link-list or edge."""

    index: int  # 0-based line
    kind: str
    confidence: float
    label: str  # the matching rule, the heading, or the neighbour that explains it
    anchor: int | None = None  # the heading line of a block


@dataclass(frozen=True, slots=True)
class Tail:
    """The end of a document: its last body line and the chrome lines after it (in order)."""

    body: int | None
    chrome: tuple[ChromeLine, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    index: int
    kind: str  # known, notice, tentative
    label: str
    shape: Shape | None = None
    link_heading: bool = False


@dataclass(slots=True)
class _DocState:
    """What one analyzer knows of one document (kept in :meth:`Document.memo`)."""

    candidates: frozenset[int] | None = None  # lines where a chrome trigger may have matched
    known: dict[int, LinePattern | None] = field(default_factory=dict)  # line -> whole-line rule
    found: dict[int, ChromeLine] | None = None  # the result of :meth:`ChromeAnalyzer.scan`


class ChromeAnalyzer:
    """Finds chrome lines with the vocabulary of the chrome packs; memoises per document."""

    def __init__(self, patterns: Sequence[LinePattern], timeout: float = 1.0) -> None:
        self.patterns = tuple(patterns)
        self.timeout = timeout
        self._scanner: Scanner | None = None

    @property
    def triggers(self) -> tuple[str, ...]:
        """Every trigger of the vocabulary plus the notice headings: where chrome may start.

        A rule that declares these triggers gets in ``ctx.lines`` a superset of the document's
        known chrome lines; :meth:`prime` hands them over so that :meth:`known_line` skips the
        regexes everywhere else.
        """
        return (*dict.fromkeys(t for p in self.patterns for t in p.triggers), NOTICE_TRIGGER)

    def prime(self, doc: Document, lines: Sequence[int] | None) -> None:
        """Record the lines where a chrome trigger may have matched (a superset of chrome lines)."""
        state = self._state(doc)
        if lines is not None and state.candidates is None:
            state.candidates = frozenset(lines)

    def _state(self, doc: Document) -> _DocState:
        return doc.memo((self, "chrome"), _DocState)

    # -- single lines ------------------------------------------------------------------------------
    def known_line(self, doc: Document, index: int) -> LinePattern | None:
        """The whole-line chrome rule matching line ``index``; only trigger lines are tried."""
        state = self._state(doc)
        if state.candidates is not None and index not in state.candidates:
            return None
        memo = state.known
        if index not in memo:
            memo[index] = self.known(doc.line_span(index).text)
        return memo[index]

    def known(self, text: str) -> LinePattern | None:
        """The whole-line chrome rule matching this raw line, if any."""
        if len(text) > LONG_LINE or not text.strip():
            return None
        if self._scanner is None:  # the patterns' own triggers say which ones to try on a line
            triggers = [Trigger(k, t, p.caseless) for k, p in enumerate(self.patterns) for t in p.triggers]
            self._scanner = Scanner(triggers)
        for k in self._scanner.line_owners(text):
            p = self.patterns[k]
            if p.matches(text, self.timeout):
                return p
        return None

    def notice_block(self, doc: Document, heading: int) -> list[int] | None:
        """The heading and items of a download/copyright notice block starting at ``heading``."""
        if not NOTICE_HEADING.match(doc.line_span(heading).text):
            return None
        items: list[int] = []
        i = heading + 1
        n = len(doc.line_starts)
        while i < n and len(items) < 10:
            text = doc.line_span(i).text
            if not text.strip():
                i += 1
                continue
            if len(text) > LONG_LINE or (items and not is_item(text)):
                break
            items.append(i)
            if not is_item(text):
                break  # a single unnumbered notice paragraph
            i += 1
        if not items:
            return None
        texts = [doc.line_span(j).text for j in items]
        with_terms = [t for t in texts if NOTICE_TERMS.search(t)]
        distinct = {m.group().lower() for t in texts for m in NOTICE_TERMS.finditer(t)}
        if len(with_terms) * 2 < len(texts) or len(distinct) < 2:
            return None
        return [heading, *items]

    # -- zones -------------------------------------------------------------------------------------
    def _entry(self, doc: Document, i: int) -> _Entry | None:
        """Classify one non-blank line for a zone walk; None means body (the walk stops)."""
        raw = doc.line_span(i).text
        p = self.known_line(doc, i)
        if p is not None:
            return _Entry(i, "known", f"{p.code} {p.name}", link_heading=p.link_heading)
        text = raw.strip()
        if len(text) > LONG_LINE:
            return None
        s = shape(text)
        if s.thin or s.headline:
            return _Entry(i, "tentative", text, s)
        return None

    def _head(self, doc: Document) -> list[_Entry]:
        entries: list[_Entry] = []
        n = len(doc.line_starts)
        i = 0
        while i < n and len(entries) < MAX_ZONE:
            if not doc.line_span(i).text.strip():
                i += 1
                continue
            block = self.notice_block(doc, i)
            if block:
                entries.extend(self._block_entries(doc, block))
                i = block[-1] + 1
                continue
            entry = self._entry(doc, i)
            if entry is None:
                break
            entries.append(entry)
            i += 1
        return entries

    def _tail(self, doc: Document) -> tuple[list[_Entry], int | None]:
        """Entries from the end upwards, in document order, and the body line that stopped the walk."""
        entries: list[_Entry] = []
        i = len(doc.line_starts) - 1
        body: int | None = None
        while i >= 0 and len(entries) < MAX_ZONE:
            text = doc.line_span(i).text
            if not text.strip():
                i -= 1
                continue
            if is_item(text):
                block = self._notice_above(doc, i)
                if block:
                    entries.extend(reversed(self._block_entries(doc, block)))
                    i = block[0] - 1
                    continue
            entry = self._entry(doc, i)
            if entry is None:
                body = i
                break
            entries.append(entry)
            i -= 1
        entries.reverse()
        return entries, body

    def _notice_above(self, doc: Document, item: int) -> list[int] | None:
        seen = 0
        for j in range(item - 1, -1, -1):
            text = doc.line_span(j).text
            if not text.strip():
                continue
            if NOTICE_HEADING.match(text):
                block = self.notice_block(doc, j)
                return block if block and item in block else None
            seen += 1
            if seen > 10 or not is_item(text):
                return None
        return None

    def _block_entries(self, doc: Document, block: list[int]) -> list[_Entry]:
        heading = doc.line_span(block[0]).text.strip()
        out = []
        for j in block:
            p = self.known_line(doc, j)
            out.append(_Entry(j, "known", f"{p.code} {p.name}") if p else _Entry(j, "notice", heading))
        return out

    def _resolve(self, entries: list[_Entry], edge: str) -> dict[int, ChromeLine]:
        """Turn a zone's entries into chrome lines: anchors, then lists under them, then edge lines."""
        out: dict[int, ChromeLine] = {}
        heading: _Entry | None = None
        anchor_seen = False
        for e in entries:
            if e.kind == "known":
                out[e.index] = ChromeLine(e.index, "pattern", 1.0, e.label)
                anchor_seen = True
                if e.link_heading:
                    heading = e
                continue
            if e.kind == "notice":
                out[e.index] = ChromeLine(e.index, "notice", 0.9, e.label, anchor=None)
                anchor_seen = True
                continue
            s = e.shape
            if s is None or not s.headline:
                continue
            if heading is not None:
                out[e.index] = ChromeLine(e.index, "link-list", 0.9, heading.label, heading.index)
            elif edge == "tail" and anchor_seen:
                out[e.index] = ChromeLine(e.index, "link-list", 0.8 if (s.marker or s.pipe) else 0.7, "", None)
        for _ in range(3):  # context revision: a flagged edge line can vouch for its neighbour
            changed = False
            for pos, e in enumerate(entries):
                if e.index in out or e.shape is None:
                    continue
                up = pos > 0 and entries[pos - 1].index in out
                down = pos + 1 < len(entries) and entries[pos + 1].index in out
                confidence = _edge_confidence(e.shape, up, down)
                if confidence >= 0.7:
                    neighbour = entries[pos - 1] if up else entries[pos + 1]
                    out[e.index] = ChromeLine(e.index, "edge", confidence, edge, neighbour.index)
                    changed = True
            if not changed:
                break
        return out

    # -- public ------------------------------------------------------------------------------------
    def tail(self, doc: Document) -> Tail:
        """Where the body ends and which chrome lines follow it."""
        entries, body = self._tail(doc)
        found = self._resolve(entries, "tail")
        for e in entries:  # a tentative line that is not chrome is body after all
            if e.index not in found:
                body = e.index if body is None or e.index > body else body
        chrome = tuple(found[i] for i in sorted(found) if body is None or i > body)
        return Tail(body, chrome)

    def scan(self, doc: Document, lines: Sequence[int] | None = None) -> dict[int, ChromeLine]:
        """Every chrome line found from the edges and from ``lines`` (trigger hits); memoised."""
        state = self._state(doc)
        if state.found is not None:
            return state.found
        found: dict[int, ChromeLine] = {}
        if lines is not None and not any(
            NOTICE_HEADING.match(doc.line_span(i).text) or self.known_line(doc, i) is not None for i in lines
        ):  # no anchor at all: no block, list or edge line can exist either
            state.found = found
            return found
        found.update(self._resolve(self._head(doc), "head"))
        entries, _body = self._tail(doc)
        found.update(self._resolve(entries, "tail"))
        for i in lines or ():
            if i in found:
                continue
            block = self.notice_block(doc, i)
            if block:
                for e in self._block_entries(doc, block):
                    if e.kind == "notice" and e.index not in found:
                        found[e.index] = ChromeLine(e.index, "notice", 0.9, e.label)
                continue
            p = self.known_line(doc, i)
            if p is not None and p.link_heading:
                found.update({k: v for k, v in self._list_below(doc, i, p).items() if k not in found})
        state.found = found
        return found

    def _list_below(self, doc: Document, heading: int, p: LinePattern) -> dict[int, ChromeLine]:
        """Headlines under a link-list heading in the middle of a document."""
        out: dict[int, ChromeLine] = {}
        label = f"{p.code} {p.name}"
        n = len(doc.line_starts)
        seen = 0
        for i in range(heading + 1, n):
            raw = doc.line_span(i).text
            text = raw.strip()
            if not text:
                continue
            seen += 1
            if seen > MAX_ZONE or len(text) > LONG_LINE:
                break
            if self.known_line(doc, i) is not None:
                continue
            if not shape(text).headline:
                break
            out[i] = ChromeLine(i, "link-list", 0.9, label, heading)
        return out


def _edge_confidence(s: Shape, up: bool, down: bool) -> float:
    """jusText-style confidence that a thin line inside a chrome cluster is chrome itself."""
    if not (up or down) or s.terminal or not s.thin:
        return 0.0
    if s.tag_line:
        return 0.95 if up and down else 0.85
    if up and down:
        return 0.8 if s.stop == 0 else 0.7
    return 0.0


@functools.lru_cache(maxsize=8)
def analyzer_for(pack_files: tuple[Path, ...]) -> ChromeAnalyzer:
    """The shared analyzer for a set of pack files (one per rule set, so the memo is shared)."""
    return ChromeAnalyzer(load_line_patterns(pack_files))


_BY_PACKS: weakref.WeakKeyDictionary[PackSet, ChromeAnalyzer] = weakref.WeakKeyDictionary()


def chrome_analyzer(packs: PackSet) -> ChromeAnalyzer:
    """The analyzer over the chrome rules of ``packs``: one per rule set, so the chrome and
    truncation families share its memo."""
    analyzer = _BY_PACKS.get(packs)
    if analyzer is None:
        analyzer = _BY_PACKS[packs] = ChromeAnalyzer(line_patterns(packs.load("rules")))
    return analyzer


def line_text(doc: Document, line: ChromeLine, width: int = 24) -> str:
    """A short quotation of a chrome line for messages."""
    text = doc.line_span(line.index).text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def chrome_hit(doc: Document, line: ChromeLine, message: str) -> Hit:
    """A finding on a whole chrome line: span = its text, fix = delete the line (unsafe)."""
    span = doc.line_span(line.index)
    lead = len(span.text) - len(span.text.lstrip())
    start, end = span.start + lead, span.start + len(span.text.rstrip())
    severity = Severity.WARNING if line.confidence >= 0.8 else Severity.INFO
    return Hit(start, end, message, fix="", fix_safe=False, severity=severity, fix_range=line_range(doc, start))


class AnalyzedRule:
    """A rule that reports one kind of line from the shared chrome analysis."""

    kind = ""
    meta: RuleMeta

    def __init__(self, analyzer: ChromeAnalyzer) -> None:
        self.analyzer = analyzer
        self.triggers = analyzer.triggers

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.timeout = ctx.timeout
        self.analyzer.prime(doc, ctx.lines)
        found = self.analyzer.scan(doc, ctx.lines)
        for index in sorted(found):
            line = found[index]
            if line.kind == self.kind:
                yield chrome_hit(doc, line, self.message(doc, line))

    def message(self, doc: Document, line: ChromeLine) -> str:
        raise NotImplementedError


# -- the line classifier (CHROME060-067; shared with the truncation family) -----------------------
@dataclass(frozen=True, slots=True)
class ChromeVerdicts:
    """Per-document result of the classifier: chrome lines and chrome spans inside body lines."""

    lines: dict[int, LineVerdict]  # 0-based line -> verdict
    spans: tuple[SpanVerdict, ...]


def chrome_lines(
    doc: Document, analyzer: ChromeAnalyzer | None = None, lines: Sequence[int] | None = None
) -> ChromeVerdicts:
    """Which lines of ``doc`` are page chrome, and which spans inside lines; memoised per document.

    The classifier (:mod:`seedlint.checks.chrome.classifier`) measures every line (length, stop
    words, terminal punctuation, shapes of counters, dates, links, bylines…) and revises each from
    its neighbours. With an ``analyzer``, the lines its pack vocabulary knows (whole-line pack
    rules, notice blocks, link lists, edge clusters) count as chrome anchors and are not repeated
    in the result; ``lines`` are the trigger lines of the packs, as :meth:`ChromeAnalyzer.scan`
    takes them. Without one, the result stands on the classifier alone (for other families).
    """

    def build() -> ChromeVerdicts:
        anchors: frozenset[int] = frozenset()
        if analyzer is not None:
            found = analyzer.scan(doc, lines)
            known = {i for i in lines or () if analyzer.known_line(doc, i) is not None}
            anchors = frozenset(found) | frozenset(known)
        crlf = "\r" in doc.text
        texts = [span.text for span in doc.lines] if crlf else doc.text.split("\n")
        result = classify(texts, anchors)
        verdicts = {i: v for i, v in result.lines.items() if i not in anchors}
        taken = set(result.lines) | anchors
        inline = residue(texts) if crlf else residue(texts, doc.text, doc.line_starts)
        spans = tuple(s for s in (*result.spans, *inline) if s.index not in taken)
        return ChromeVerdicts(verdicts, spans)

    return doc.memo((analyzer, "classifier"), build)


class ClassifiedRule:
    """A rule that reports some kinds of the classifier's verdicts (lines and spans)."""

    kinds: frozenset[str] = frozenset()
    fixable = True  # spans: offer to delete them (unsafe)
    meta: RuleMeta

    def __init__(self, analyzer: ChromeAnalyzer) -> None:
        self.analyzer = analyzer
        self.triggers = (*analyzer.triggers, ALWAYS)  # every document: the classifier needs no trigger

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.timeout = ctx.timeout
        self.analyzer.prime(doc, ctx.lines)
        result = chrome_lines(doc, self.analyzer, ctx.lines)
        for index in sorted(result.lines):
            v = result.lines[index]
            if v.kind in self.kinds:
                yield chrome_hit(doc, ChromeLine(index, v.kind, v.confidence, v.reason), v.reason)
        for s in result.spans:
            if s.kind in self.kinds:
                base = doc.line_starts[s.index]
                severity = Severity.WARNING if s.confidence >= 0.8 else Severity.INFO
                fix = "" if self.fixable else None
                yield Hit(base + s.start, base + s.end, s.reason, fix=fix, fix_safe=False, severity=severity)
