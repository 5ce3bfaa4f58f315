"""What the ``truncation`` family's rules share: the verdict on a document's end, and small helpers.

The document's end is judged on its last *body* line: trailing page chrome (found by the chrome
family's detector, :mod:`seedlint.checks.chrome.analysis`) and blank lines are skipped first, and the
message names the chrome that follows. One verdict per document end, the most specific of
TRUNC006 (teaser ellipsis), TRUNC002 (dangling word), TRUNC003 (open quote) and TRUNC001 (no
terminal punctuation); each of those four rules reports it when it carries its code. The line
judged is the tail's last body line unless a structural guard would hide the cut there (a short
label line after a prose paragraph, a sentence behind a list marker, a '|' running header glued
into a long line).

Inside the body, :class:`BodyAnalyzer` judges every other line once: teasers cut at one length
(TRUNC010) or with an ellipsis (TRUNC011), paragraphs cut mid-sentence (TRUNC004) and paragraphs
cut inside a quotation (TRUNC005). Only structural cues: position, length and its relation to the
neighbours, script-aware terminal punctuation, the shape of the next line; the chrome family's
line verdicts are read, never changed.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.chrome.analysis import (
    ALWAYS,
    LONG_LINE,
    NOTICE_HEADING,
    TERMINAL,
    ChromeAnalyzer,
    Tail,
    line_text,
    shape,
)
from seedlint.checks.truncation.text import (
    PAIRS,
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
from seedlint.wrapping import display_width

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


@dataclass(frozen=True, slots=True)
class Ending:
    """The verdict on a document's end: which rule reports it, where, and why."""

    code: str
    start: int
    end: int
    message: str
    severity: Severity | None = None


class EndingAnalyzer:
    """Judges each document's last body line once; the four ending rules share the verdict.

    The line judged is the chrome tail's last body line, except where a structural guard would
    hide the cut: a short label line after a prose paragraph ("See Full Page", a button in
    another language) is furniture, so the paragraph before it is judged; a sentence behind a
    list marker is judged as the sentence; a long line carrying a '|' running header is judged
    on its last cell.
    """

    def __init__(self, chrome: ChromeAnalyzer) -> None:
        self.chrome = chrome

    def ending(self, doc: Document) -> Ending | None:
        return doc.memo((self, "ending"), lambda: self._judge(doc))

    def judged_line(self, doc: Document) -> int | None:
        """The index of the line the verdict is about (the body rules leave it alone)."""
        judged = self._judged(doc)
        return judged[0] if judged is not None else None

    def _judged(self, doc: Document) -> tuple[int, str, int, str] | None:
        return doc.memo((self, "judged"), lambda: self._pick(doc))

    def _pick(self, doc: Document) -> tuple[int, str, int, str] | None:
        """(line index, the text judged, its offset, a note on what follows) for the document's end."""
        tail = self.chrome.tail(doc)
        if tail.body is None:
            return None
        index, note = tail.body, ""
        text = doc.line_span(index).text.strip()
        labels: list[str] = []
        prev: int | None = index
        while prev is not None and len(labels) < 3 and _label_line(doc.line_span(prev).text.strip()):
            labels.append(doc.line_span(prev).text.strip())
            prev = _previous_line(doc, prev)  # up to three buttons or labels ("Share", "See Full Page")
        if labels and prev is not None and _prose_paragraph(doc.line_span(prev).text.strip()):
            quoted = ", ".join(f"'{t[:24]}'" for t in reversed(labels))
            note = f"; then {quoted} (short label lines, no sentence)"
            index = prev
        span = doc.line_span(index)
        text = span.text.strip()
        begin = span.start + len(span.text) - len(span.text.lstrip())
        if list_or_table(text):
            inner = _sentence_item(text) or _last_cell(text)
            if inner is None:
                return None
            begin += text.rindex(inner)
            text = inner
        return index, text, begin, note

    def _judge(self, doc: Document) -> Ending | None:
        judged = self._judged(doc)
        if judged is None:
            return None
        index, text, begin, note = judged
        tail = self.chrome.tail(doc)
        core = _TRAILING_SYMBOLS.sub("", text)
        if not core or _url_end(core):
            return None
        s = shape(core[-LONG_LINE:])
        long_line = len(core) > LONG_LINE
        prose = long_line or (s.units >= 15 if s.cjk else s.units >= 8 and s.title < 0.6)
        if index == _first_body_line(doc) and not (long_line or (prose and s.sentences)):
            return None  # a title or a question standing alone
        after = _chrome_note(doc, tail) + note
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
        if q is not None and not (terminal(core) and not core[:q].strip("-–— ")):  # a quotation going on
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


_ITEM_MARKER = regex.compile(r"^\s*(?:[-–—*•·▪◦>»]|\d{1,3}[.)、．](?!\d)|[a-z]\))\s*")
_SENTENCE_INSIDE = regex.compile(r"[.!?…。！？][\"'”’»)\]]*\s*\S")


def _sentence_item(text: str) -> str | None:
    """The text of a list item that is a sentence (prose behind a marker), else None."""
    m = _ITEM_MARKER.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    s = shape(rest[-LONG_LINE:])
    if s.cjk:
        return rest if s.units >= 20 else None
    words = rest.split()
    lower = sum(1 for w in words if w[:1].islower())
    return rest if len(words) >= 6 and lower * 2 >= len(words) else None


def _last_cell(text: str) -> str | None:
    """A long prose line carrying '|' (a PDF running header glued in): its last cell, when prose."""
    if "|" not in text or "\t" in text or len(text) <= LONG_LINE:
        return None
    cell = text.rsplit("|", 1)[1].strip()
    return cell if len(cell) >= 80 else None


def _label_line(text: str) -> bool:
    """A short closing line that is no sentence: a button, a label ("See Full Page", "Compartir")."""
    s = shape(text[:LONG_LINE])
    return not s.terminal and len(text) <= 40 and s.units <= (6 if s.cjk else 5)


def _prose_paragraph(text: str) -> bool:
    """Long running text with a sentence or clause inside: a paragraph, not a title."""
    s = shape(text[-LONG_LINE:])
    if s.cjk:
        return len(text) >= 40 and bool(_SENTENCE_INSIDE.search(text[:-1]) or "，" in text)
    return len(text) >= 100 and bool(_SENTENCE_INSIDE.search(text)) and s.title < 0.6


def _previous_line(doc: Document, index: int) -> int | None:
    for j in range(index - 1, max(index - 4, -1), -1):
        if doc.line_span(j).text.strip():
            return j
    return None


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


def at_end(text: str, line: int) -> Expected:
    """The last character of ``line`` (1-based) of ``text``: where ending findings are reported."""
    body = text.split("\n")[line - 1].rstrip()
    return Expected(body[-1], line, len(body))


def at(text: str, needle: str, width: int | None = None) -> Expected:
    """Where ``needle`` first occurs in ``text``; the expected span is its first ``width`` characters."""
    i = text.index(needle)
    line = text.count("\n", 0, i) + 1
    return Expected(needle[:width], line, i - (text.rfind("\n", 0, i) + 1) + 1)


# -- inside the body: paragraphs that stop mid-sentence ----------------------------------------------
LEAD_IN = frozenset(":：;；")
# a sentence end inside the line: terminal punctuation, closing quotes, a space, more text
_INNER_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s+\S")
_ZH_CLAUSE = regex.compile(r"[，。；,;]")  # a headline has ！ or ： inside it; a sentence has commas
# "Capítulo XVI. Donde se cuenta…", "Chapter 3: …", "Part II. …": a heading label before its title
_HEADING_LABEL = regex.compile(r"^\p{Lu}\p{L}{2,15}\.?\s+(?:[IVXLCDM]{1,7}|\d{1,3})\b\s*[.:—–-]")
_OPENS_SPEECH = frozenset("“\"«‘'—–-¿¡")
_ELLIPSIS_END = regex.compile(r"(?:…+|\.{3,})[ \t]*[\])）】]?$")
_WORD_END = regex.compile(r"[\p{L}\p{N}\p{M}]$")
_LAST_WORD = regex.compile(r"[\p{L}\p{N}\p{M}'’-]+$")
# sentence-final particles: an informal Chinese sentence may end on them without 。
ZH_FINAL_PARTICLES = frozenset("啦吧呢吗啊呀哦嘛哈哟呗")
MIN_RUN = 3  # lines cut at one length that make a listing
RUN_TOLERANCE = 0.1  # how far from the run's median width a member may be
MIN_TEASER_WIDTH = 60  # display columns (a Han character counts two, as fixed-length cutters count)
MIN_ELLIPSIS_SHARE = 6  # teaser ellipses: at least one line in this many of the document's lines
SHORT_LINE = 60  # a line of verse, an address line, a short list item


@dataclass(frozen=True, slots=True)
class Cut:
    """One body line that stops mid-sentence: the rule that reports it, where, and why."""

    code: str
    start: int
    end: int
    message: str


@dataclass(slots=True)
class BodyLine:
    """A non-blank line, stripped, with where the next non-blank line is."""

    index: int
    text: str
    begin: int  # offset of ``text`` in the document
    raw_end: str  # the raw line's last character (a trailing blank before a break is a wrap)
    next: int | None = None
    gap: bool = False  # a blank line separates it from the next


class BodyAnalyzer:
    """Judges every body line of a document once; TRUNC004/005/010/011 report the verdicts.

    A line is a candidate when it does not end as a sentence does (script-aware, closing quotes
    counted) and the next line does not go on with it (lower-case start, a quotation or verse it
    introduces, the rest of a broken Chinese sentence, a wrap). Then, in order: a run of such
    lines cut at one display width is a listing's teasers (TRUNC010); a prose paragraph (clauses,
    or sentences before the cut, or a dangling word) is a cut paragraph (TRUNC004); a paragraph
    that stops inside a quotation it opened is TRUNC005. Lines ending in an ellipsis after a
    word, two or more in a document, are TRUNC011. The title (first line), the line the ending
    rules judge, headings, tables, short list items, known chrome lines and hard-wrapped
    documents are never judged.
    """

    def __init__(self, chrome: ChromeAnalyzer, endings: EndingAnalyzer) -> None:
        self.chrome = chrome
        self.endings = endings

    def cuts(self, doc: Document) -> dict[int, Cut]:
        return doc.memo((self, "cuts"), lambda: self._judge(doc))

    def _judge(self, doc: Document) -> dict[int, Cut]:
        lines = body_lines(doc)
        if len(lines) < 2:
            return {}
        tail = self.chrome.tail(doc)
        judged = self.endings.judged_line(doc)
        stop = judged if judged is not None else tail.body if tail.body is not None else lines[-1].index
        wrapped = doc.hard_wrapped
        blank_paragraphs = sum(1 for x in lines if x.gap) * 2 >= len(lines)
        soft_wrapped = _soft_wrapped(lines, {x.index: x for x in lines})
        by_index = {x.index: x for x in lines}
        out: dict[int, Cut] = {}
        candidates: list[BodyLine] = []
        ellipses: list[BodyLine] = []
        ending_ellipsis = 0
        for k, line in enumerate(lines):
            text = line.text
            if line.index > stop or _table(text) or (len(text) < SHORT_LINE and list_or_table(text)):
                continue
            if _ELLIPSIS_END.search(text):
                bare = text.rstrip(" \t])）】")
                stem = bare.rstrip(".…").rstrip()
                if len(stem) >= 10 and _WORD_END.search(stem) and not bare.endswith("...."):  # "end.…": a full stop
                    if line.index == stop or line.next is None:
                        ending_ellipsis = 1  # it counts, but the ending rules report it
                    else:
                        ellipses.append(line)
                continue
            if k == 0 or line.index >= stop or line.next is None or wrapped:
                continue
            if text[-1] in TERMINAL or text[-1] in LEAD_IN or _HEADING_LABEL.match(text):
                continue
            nxt = by_index[line.next]
            if blank_paragraphs and not line.gap:
                continue  # a line break inside a paragraph of a blank-line-separated text
            if continues(line, nxt, by_index, blank_paragraphs, soft_wrapped) or self.chrome.known_line(
                doc, line.index
            ):
                continue
            candidates.append(line)
        run = _equal_run(candidates)
        for line in candidates:
            cut = self._cut(doc, tail, line, by_index, run)
            if cut is not None:
                out[line.index] = cut
        n = len(ellipses) + ending_ellipsis
        if n >= 2 and n * MIN_ELLIPSIS_SHARE >= sum(1 for x in lines if len(x.text) >= 20):
            for line in ellipses:
                m = _ELLIPSIS_END.search(line.text)
                if m is not None:
                    end = line.begin + len(line.text.rstrip(" \t])）】"))
                    out[line.index] = Cut(
                        "TRUNC011",
                        line.begin + m.start() - 1,
                        end,
                        f"teaser cut mid-word or mid-sentence with an ellipsis ('…{line.text[-16:]}'): one of "
                        f"{n} lines of the document that stop this way",
                    )
        return out

    def _cut(
        self, doc: Document, tail: Tail, line: BodyLine, by_index: dict[int, BodyLine], run: dict[int, int]
    ) -> Cut | None:
        nxt = by_index[line.next] if line.next is not None else None
        follows = _follows(doc, self.chrome, tail, nxt)
        start, end = _cut_point(line)
        if line.index in run:
            return Cut(
                "TRUNC010",
                start,
                end,
                f"teaser cut at a fixed length: one of {len(run)} lines that stop mid-sentence at about "
                f"{run[line.index]} columns; {follows}",
            )
        why = _prose_cut(line.text, follows.startswith("page chrome"))
        if why is not None:
            return Cut("TRUNC004", start, end, f"paragraph stops mid-sentence {why}; {follows}")
        q = _open_quote_inside(line.text)
        if q is not None and not _quote_goes_on(line, by_index, q):
            last = line.begin + len(line.text)
            word = " ".join(line.text.split()[-2:])[-16:]
            return Cut(
                "TRUNC005",
                last - 1,
                last,
                f"the paragraph stops mid-sentence ('…{word}') inside the '{line.text[q]}' opened at column "
                f"{line.begin - doc.line_starts[line.index] + q + 1}: the quoted text is cut; {follows}",
            )
        return None


def body_lines(doc: Document) -> list[BodyLine]:
    """The document's non-blank lines, each knowing its successor (one pass)."""
    out: list[BodyLine] = []
    for i, span in enumerate(doc.lines):
        text = span.text.strip()
        if not text:
            continue
        if out:
            out[-1].next = i
            out[-1].gap = i > out[-1].index + 1
        lead = len(span.text) - len(span.text.lstrip())
        out.append(BodyLine(i, text, span.start + lead, span.text[-1:]))
    return out


def _soft_wrapped(lines: list[BodyLine], by_index: dict[int, BodyLine]) -> bool:
    """Lines broken after a blank (PDF or e-mail soft wraps): most such breaks go on in lower case."""
    joints = [x for x in lines if x.raw_end.isspace() and not x.gap and x.next is not None]
    lower = sum(1 for x in joints if x.next is not None and by_index[x.next].text[0].islower())
    return len(joints) >= 3 and lower * 2 >= len(joints)


def _table(text: str) -> bool:
    return text.count("|") >= 2 or "\t" in text


def continues(
    line: BodyLine, nxt: BodyLine, by_index: dict[int, BodyLine], blank_paragraphs: bool, soft_wrapped: bool
) -> bool:
    """The next line goes on with this one: its sentence, or a quotation or verse it introduces."""
    first = nxt.text[0]
    if first.islower() or (soft_wrapped and not line.gap and line.raw_end.isspace()):
        return True  # a lower-case start, or a blank left before the break of a soft-wrapped text
    if line.text[-1] in ",，—–-" and first in _OPENS_SPEECH:
        return True  # "…she said,\n“Well, …", "cried out--\n“Oh…": a quoted paragraph is introduced
    after = by_index.get(nxt.next) if nxt.next is not None else None
    nxt_shape = shape(nxt.text[:LONG_LINE])
    short_block = after is not None and max(len(nxt.text), len(after.text)) < SHORT_LINE
    if blank_paragraphs and short_block and (not nxt.gap or (nxt_shape.units >= 4 and nxt_shape.stop >= 0.2)):
        return True  # a block of short lines (verse, an address) introduced by this paragraph
    return (
        nxt_shape.cjk
        and nxt.text[-1] == "。"
        and len(nxt.text) * 3 < len(line.text)
        and not _INNER_CLAUSE.search(nxt.text[:-1])
    )  # the rest of a Chinese sentence broken onto a line of its own


_INNER_CLAUSE = regex.compile(r"[，。；！？,;]")


def _prose_cut(text: str, before_chrome: bool) -> str | None:
    """Why this open line is a paragraph cut mid-sentence, or None when it may be a heading or a label.

    Before a known chrome line, running text of one sentence is enough; elsewhere a dangling word
    or a sentence end before the cut is needed."""
    if _url_end(text):
        return None  # a source line, or a quoted post ending in its link
    s = shape(text[-LONG_LINE:])
    if s.cjk:
        if text[-1] in ZH_FINAL_PARTICLES or _credit(text) or s.units < 30 or not _ZH_CLAUSE.search(text[:-1]):
            return None
        d = dangling(text, True)
        return f"on '{d.word if d else text[-1]}', after {s.units} characters of clauses"
    if s.title >= 0.6:
        return None  # a Title Case headline
    d = dangling(text, False, prepositions=before_chrome)  # a wrap may break after "in"; chrome may not follow one
    if d is not None and d.word not in LEAD_IN and s.units >= 8:
        return f"on '{d.word}'"
    if len(text) >= 80 and _INNER_END.search(text):
        return f"after its last full stop ('…{' '.join(text.split()[-3:])}')"
    if before_chrome and len(text) >= 50 and _sentence_like(text):
        return f"('…{' '.join(text.split()[-3:])}', running text with no sentence end)"
    return None


def _credit(text: str) -> bool:
    """The line closes with a short spaced credit after its last sentence ("新华社记者 张三 摄")."""
    cut = max(text.rfind(c) for c in "。！？")
    rest = text[cut + 1 :].strip() if cut >= 0 else ""
    return 0 < len(rest) <= 15 and rest.count(" ") >= 2


def _sentence_like(text: str) -> bool:
    """Running text rather than data (an address, a list of names): clauses, or stop words."""
    s = shape(text[-LONG_LINE:])
    if s.cjk:
        return s.units >= 20 and bool(_ZH_CLAUSE.search(text[:-1]))
    return s.units >= 8 and s.stop >= 0.2 and s.title < 0.6


def _equal_run(lines: list[BodyLine]) -> dict[int, int]:
    """Lines cut at nearly one display width (a listing's fixed-length teasers): index -> median width."""
    wide = [
        (x.index, display_width(x.text))
        for x in lines
        if display_width(x.text) >= MIN_TEASER_WIDTH and _sentence_like(x.text)
    ]
    if len(wide) < MIN_RUN:
        return {}
    median = int(statistics.median(w for _, w in wide))
    members = [i for i, w in wide if abs(w - median) <= RUN_TOLERANCE * median]
    if len(members) < MIN_RUN or len(members) * 2 < len(wide):
        return {}
    return dict.fromkeys(members, median)


def _open_quote_inside(text: str) -> int | None:
    """Where the quotation or bracket this open line never closes was opened."""
    if len(text) < 20:
        return None
    q = unclosed(text)
    return q if q is not None else ascii_quote_open(text)


def _quote_goes_on(line: BodyLine, by_index: dict[int, BodyLine], q: int) -> bool:
    """The quotation continues: the next paragraph reopens it (“ / »), or a later line closes it."""
    opener = line.text[q]
    closers = PAIRS.get(opener, '"')
    nxt = by_index.get(line.next) if line.next is not None else None
    if nxt is not None and nxt.text[0] in opener + "»":
        return True
    for _ in range(20):  # a title or a quotation closed a few lines on (a list inside a quotation)
        if nxt is None:
            return False
        if any(nxt.text.count(c) > nxt.text.count(opener) for c in closers):
            return True
        nxt = by_index.get(nxt.next) if nxt.next is not None else None
    return False


def _follows(doc: Document, chrome: ChromeAnalyzer, tail: Tail, nxt: BodyLine | None) -> str:
    if nxt is None:
        return "nothing follows"
    is_chrome = (
        chrome.known_line(doc, nxt.index) is not None
        or bool(NOTICE_HEADING.match(nxt.text))
        or any(c.index == nxt.index for c in tail.chrome)
    )
    what = "page chrome follows" if is_chrome else "the next line starts anew"
    return f"{what} ('{nxt.text[:24]}')"


def _cut_point(line: BodyLine) -> tuple[int, int]:
    """Where the text stops: its last word (Latin), or its last character (CJK, punctuation)."""
    end = line.begin + len(line.text)
    m = _LAST_WORD.search(line.text[-40:])
    if m is None or shape(line.text[-LONG_LINE:]).cjk:
        return end - 1, end
    return end - len(m.group()), end


class BodyRule:
    """One of TRUNC004/005/010/011: reports the shared verdicts on body lines that carry its code.

    It runs on every document (ALWAYS); the analysis looks at each line's last characters first
    and runs the shape classifier only on the few lines that end open.
    """

    triggers = (ALWAYS,)
    meta: RuleMeta

    def __init__(self, analyzer: BodyAnalyzer) -> None:
        self.analyzer = analyzer

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.chrome.timeout = ctx.timeout
        for cut in self.analyzer.cuts(doc).values():
            if cut.code == self.meta.code:
                yield Hit(cut.start, cut.end, cut.message)
