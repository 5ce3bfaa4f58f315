"""Helpers the script rules share: the lines a rule may look at, their language, character classes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from seedlint.checks.scripts.marks import QUOTE_OPEN, first_nonspace
from seedlint.checks.scripts.pairs import Dangling, PairIssue, analyse
from seedlint.document import Document, Span
from seedlint.finding import Hit
from seedlint.rule import Context, RuleMeta

FAMILY = "script"

#: Letters of the scripts written without spaces between words (Han, kana, Hangul).
CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
#: CJK punctuation that opens or closes a phrase (quotes, brackets, book-title marks).
CJK_OPENERS = "“‘「『（〝《〈【〔"
CJK_CLOSERS = "”’」』）〞〟》〉】〕"
#: CJK sentence punctuation that may stand before or after a half-width mark that should be full-width.
CJK_PUNCT = "，。、；：？！…—"

# Small explicit classes for triggers: the scanner compiles short literal classes far faster than
# Unicode properties (the checks themselves use the full properties).
T_HAN = "㐀-䶿一-鿿豈-﫿"
T_CJK = T_HAN + "ぁ-ヿ가-힯"
T_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
T_LOWER = "a-zß-öø-ÿ"

_CJK_CHAR = regex.compile(rf"[{CJK_CLASS}]")
_LATIN_CHAR = regex.compile(r"\p{Latin}")


def lines(doc: Document, ctx: Context) -> Iterator[tuple[int, Span]]:
    """The non-blank lines a rule should look at: those its triggers flagged (all without triggers)."""
    indices = ctx.lines if ctx.lines is not None else range(len(doc.line_starts))
    for index in indices:
        span = doc.line_span(index)
        if span.text.strip():
            yield index, span


def language(doc: Document, span: Span) -> str:
    """Language of the paragraph a line holds (scraped corpora keep one paragraph per line)."""
    lead = len(span.text) - len(span.text.lstrip())
    return doc.language_at(span.start + lead)


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_CHAR.match(ch) is not None


def is_latin(ch: str) -> bool:
    return bool(ch) and _LATIN_CHAR.match(ch) is not None


def pinyin_split(word: str, syllables: frozenset[str], limit: int = 4) -> list[str] | None:
    """``word`` (lower case) as the fewest pinyin syllables, at most ``limit`` of them, or None."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        for begin in range(max(0, end - 6), end):
            if begin in best and word[begin:end] in syllables:
                candidate = [*best[begin], word[begin:end]]
                if end not in best or len(candidate) < len(best[end]):
                    best[end] = candidate
    found = best.get(len(word))
    return found if found and len(found) <= limit else None


def prev_nonspace(text: str, index: int) -> tuple[int, str]:
    """Index and character of the last non-blank character before ``index`` (-1, '' if none)."""
    i = index - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i, text[i] if i >= 0 else ""


def next_nonspace(text: str, index: int) -> tuple[int, str]:
    """Index and character of the first non-blank character at or after ``index`` (len, '' if none)."""
    i = index
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    return i, text[i] if i < len(text) else ""


# -- SCRIPT013-SCRIPT015: quotes, inverted marks and brackets that do not pair up
QUOTE_CHARS = '“”〝〞〟«»「」『』"¿¡'
BRACKET_CHARS = r"()\[\]（）【】《》〈〉〔〕"
#: Paragraphs a quotation may stay open over without being reopened or closed (verse, a list, a block).
QUOTE_SPAN = 16
_BROKEN_CLOSE = "closing '{}' opens the paragraph: a paragraph break was inserted inside the quotation"
_BROKEN_OPEN = "opening '{}' is closed only at the start of the next paragraph"
_SENTENCE_PUNCT = regex.compile(r"[.!?。！？]")


#: marks carried over paragraphs at most: real text carries a few; a run of thousands of open
#: brackets would make every later closing mark search them all
MAX_CARRIED = 64


@dataclass(slots=True)
class _Carried:
    line: int
    mark: Dangling
    age: int = 0  # paragraphs since the one that left it open


def resolve_pairs(paragraphs: Sequence[tuple[int, str]]) -> list[tuple[int, PairIssue]]:
    """Pairing defects of a document given as (line index, paragraph text), in order.

    A mark a paragraph leaves open is carried to the following paragraphs: a paragraph that
    opens with a quotation mark of the same family continues the quotation (each paragraph
    reopens it, the last one closes it), and a mark that closes nothing in a later paragraph
    closes it. A quotation is carried over at most ``QUOTE_SPAN`` paragraphs and ends where a
    paragraph opens a quotation of its family mid-text; a ¿ ¡ or a bracket only while the
    paragraphs stop mid-sentence (verse lines, a list, a heading block). A paragraph that opens
    with the closing mark of the quotation the previous one left open had a paragraph break
    inserted inside the quotation: both marks are reported.
    """
    out: list[tuple[int, PairIssue]] = []
    carried: list[_Carried] = []
    previous_open_end = False
    for line, text in paragraphs:
        p = analyse(text)
        out.extend((line, issue) for issue in p.issues)
        lead = _lead_quote(text)
        if lead is not None:  # the paragraph reopens a quotation: those of its family continue
            carried = [c for c in carried if not (c.mark.kind == "quote" and c.mark.family == lead)]
        for d in p.dangling:
            if d.role != "open":
                out.extend(_close(carried, line, text, d, p.reopened, previous_open_end))
        keep: list[_Carried] = []
        for c in carried:
            c.age += 1
            if c.mark.kind == "quote" and c.mark.family != "inverted":
                ended = c.mark.family in p.reopened or c.age > QUOTE_SPAN
            else:
                ended = not p.open_end
            if ended:
                out.extend(_expire(c))
            else:
                keep.append(c)
        carried = keep
        for d in p.dangling:
            if d.role == "open":
                c = _Carried(line, d)
                if (d.kind == "quote" and d.family != "inverted") or p.open_end:
                    carried.append(c)
                    if len(carried) > MAX_CARRIED:  # a run of marks: the oldest one is never closed now
                        out.extend(_expire(carried.pop(0)))
                else:
                    out.extend(_expire(c))
        previous_open_end = p.open_end
    for c in carried:
        out.extend(_expire(c))
    return sorted(out, key=lambda x: (x[0], x[1].start, x[1].kind))


def _close(
    carried: list[_Carried], line: int, text: str, d: Dangling, reopened: dict[str, int], previous_open_end: bool
) -> list[tuple[int, PairIssue]]:
    """What a closing mark the paragraph could not pair means: it closes a carried mark, or
    it is a defect of its own (except a plain ? ! and a closing quote opening a paragraph)."""
    index = _match(carried, d, reopened)
    if index is not None:
        match = carried.pop(index)
        if d.initial and d.role == "close" and d.kind == "quote" and match.age == 0:
            return [
                (line, PairIssue("quote", d.pos, d.pos + 1, _BROKEN_CLOSE.format(d.char))),
                (match.line, _opening_issue(match.mark, _BROKEN_OPEN)),
            ]
        return []
    if d.role == "soft" or (d.initial and d.kind == "quote"):
        return []
    if d.kind == "bracket":
        if _block_note(text, d, previous_open_end):
            return []
        return [(line, PairIssue("bracket", d.pos, d.pos + 1, f"'{d.char}' closes nothing"))]
    return [(line, PairIssue("quote", d.pos, d.pos + 1, f"closing '{d.char}' without an opening quote"))]


def _match(carried: list[_Carried], d: Dangling, reopened: dict[str, int]) -> int | None:
    """Where in ``carried`` is the mark ``d`` closes: the latest of its kind and family, unless a
    quotation of that family was opened earlier in the paragraph (then ``d`` belongs to the paragraph)."""
    opened = reopened.get(d.family) if d.kind == "quote" else None
    if opened is not None and opened < d.pos:
        return None
    for index in range(len(carried) - 1, -1, -1):
        mark = carried[index].mark
        if mark.kind == d.kind and mark.family == d.family:
            return index
    return None


def _expire(c: _Carried) -> list[tuple[int, PairIssue]]:
    """A carried mark nothing closed: a defect, except a quotation that opens its paragraph
    (continued from an earlier one, or a long block quotation)."""
    d = c.mark
    if d.kind == "quote" and d.initial and d.family != "inverted":
        return []
    if d.family == "inverted":
        template = "'{}' is never closed with '?' or '!'"
    elif d.kind == "bracket":
        template = "'{}' is never closed"
    else:
        template = "opening '{}' is never closed"
    return [(c.line, _opening_issue(d, template))]


def _opening_issue(d: Dangling, template: str) -> PairIssue:
    return PairIssue(d.kind, d.pos, d.pos + 1, template.format(d.char))


def _lead_quote(text: str) -> str | None:
    """Family of the quotation a paragraph opens with (“ « » 「 『 or a straight quote), if any."""
    first = first_nonspace(text)
    ch = text[first] if first < len(text) else ""
    if ch == "»":
        return "angle"
    if ch == '"':
        return "straight"
    return QUOTE_OPEN.get(ch)


def _block_note(text: str, d: Dangling, previous_open_end: bool) -> bool:
    """A bracket that ends the last line of a block of lines that are not sentences (a law's
    enactment history, a note under a heading): its opening bracket stood before the block."""
    if text[d.pos + 1 :].strip() or d.pos == 0 or not text[d.pos - 1].isalpha():
        return False
    return previous_open_end and _SENTENCE_PUNCT.search(text, 0, d.pos) is None


def _document_pairs(doc: Document) -> tuple[tuple[int, PairIssue], ...]:
    return tuple(resolve_pairs([(i, line.text) for i, line in enumerate(doc.lines) if line.text.strip()]))


#: a line of nothing but brackets or quotes (a table border, ASCII art, a fuzzer) is one defect,
#: not thousands: the first few are reported, the last of them saying how many more there are
MAX_PAIR_HITS_PER_LINE = 50


class PairRule:
    meta: RuleMeta
    kinds: tuple[str, ...] = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if doc.hard_wrapped:  # a line is not a paragraph there: pairs legitimately span lines
            return
        found = doc.memo((resolve_pairs, "document"), lambda: _document_pairs(doc))
        mine = [(index, issue) for index, issue in found if issue.kind in self.kinds]
        per_line = Counter(index for index, _ in mine)
        shown: Counter[int] = Counter()
        for index, issue in mine:
            shown[index] += 1
            if shown[index] > MAX_PAIR_HITS_PER_LINE:
                continue
            message = issue.message
            if shown[index] == MAX_PAIR_HITS_PER_LINE and per_line[index] > MAX_PAIR_HITS_PER_LINE:
                message += f" (and {per_line[index] - MAX_PAIR_HITS_PER_LINE} more on this line, not reported)"
            start = doc.lines[index].start
            fix_range = None
            if issue.fix_range is not None:
                fix_range = (start + issue.fix_range[0], start + issue.fix_range[1])
            yield Hit(start + issue.start, start + issue.end, message, issue.fix, True, None, fix_range)
