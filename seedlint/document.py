"""The document model every rule shares: text plus lazily computed segmentations.

Rules never re-read or re-split a file; they ask the document for lines,
paragraphs, sentences, script runs or the language of a paragraph, each computed
once on first use. Offsets are code-point offsets into ``text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

import regex

from seedlint.langid import ascii_letters, guess_language, weigh
from seedlint.sentences import SENTENCE_END, ends_sentence
from seedlint.wrapping import hard_wrapped

_T = TypeVar("_T")
LINE_CACHE_CHARS = 8 << 20  # texts up to this many characters keep their lines made once
_NEWLINE = re.compile("\n")
# A carriage return that is a line end on its own (classic Mac OS, some exporters): not the CR of a CRLF.
_LONE_CR = re.compile("\r(?!\n)")
_LONE_CR_BYTES = re.compile(b"\r(?!\n)")
_SCRIPT_RUN = regex.compile(
    r"(?P<Han>(?:\p{Han}\p{M}*)+)|(?P<Latin>(?:\p{Latin}\p{M}*)+)|(?P<Cyrillic>(?:\p{Cyrillic}\p{M}*)+)"
    r"|(?P<Greek>(?:\p{Greek}\p{M}*)+)|(?P<Kana>(?:[\p{Hiragana}\p{Katakana}\u30FC\uFF70]\p{M}*)+)"
    r"|(?P<Hangul>(?:\p{Hangul}\p{M}*)+)|(?P<Arabic>(?:\p{Arabic}\p{M}*)+)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of the document: ``doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ScriptRun:
    start: int
    end: int
    script: str


class Document:
    """One decoded file. Construct with the text exactly as decoded (line endings kept)."""

    def __init__(
        self, path: str, text: str, encoding: str = "utf-8", utf8: bytes | None = None, *, detected: bool = False
    ) -> None:
        self.path = path
        #: the text as decoded, line ends untouched: what a fix edits and writes back
        self.source = text
        #: the text every rule reads: a lone CR is a line end, made LF so that every split on "\n"
        #: (the document's lines, the scanner's, each rule's) agrees with what an editor shows.
        #: Length-preserving, so an offset into ``text`` is the same offset into ``source``.
        self.text = _LONE_CR.sub("\n", text) if "\r" in text else text
        if utf8 is not None and self.text is not text:
            utf8 = _LONE_CR_BYTES.sub(b"\n", utf8)
        self.encoding = encoding
        #: True when the encoding was guessed by a detector (no BOM, not UTF-8)
        self.detected = detected
        self._utf8 = utf8
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, build: Callable[[], _T]) -> _T:
        """``build()``, computed once per document and ``key``: the one per-document memo.

        An analysis that several rules share keys it with its owner (``(analyzer, "scan")``), so
        two rule sets never see each other's results; the result lives as long as the document.
        """
        try:
            return cast(_T, self._memo[key])
        except KeyError:
            value = self._memo[key] = build()
            return value

    # -- raw views ------------------------------------------------------------
    @property
    def utf8(self) -> bytes:
        """The text as UTF-8 (the file's own bytes when it was plain UTF-8: no copy)."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8", "surrogatepass")
        return self._utf8

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _NEWLINE.finditer(self.text))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_span(self, index: int) -> Span:
        """Line ``index`` (0-based) without its line ending. Made once per document up to
        :data:`LINE_CACHE_CHARS` (rules ask for the same lines again and again); a larger text
        makes each on request, so its lines never hold a second copy of it."""
        if len(self.text) <= LINE_CACHE_CHARS:
            return self.lines[index]
        return self._line(index)

    def _line(self, index: int) -> Span:
        starts = self.line_starts
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return Span(start, end, self.text[start:end])

    def line_index(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        return tuple(map(self._line, range(len(self.line_starts))))

    @cached_property
    def hard_wrapped(self) -> bool:
        """A line is not a paragraph here: the text is wrapped at a width (licences, READMEs, e-mail,
        OCR), or its blank-line-separated paragraphs run over line breaks (verse, addresses).

        Wrapping is read from the greedy-wrap signature (Knuth's first-fit): at a wrapped break the
        line is nearly full and the next line's first word would not have fitted on it, and the next
        line is full too or ends the paragraph. Fixed-length teasers of a listing page have lines of
        one width as well, but each is followed by a short title: that is not a wrap. Scraped corpora
        keep a paragraph per line; the truncation and pairing rules judge lines only then."""
        lines = [line.text.rstrip() for line in self.lines]
        return hard_wrapped(lines)

    # -- segmentation ---------------------------------------------------------
    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Non-blank lines, stripped. Scraped corpora keep one paragraph per line."""
        out = []
        for line in self.lines:
            stripped = line.text.strip()
            if stripped:
                lead = len(line.text) - len(line.text.lstrip())
                out.append(Span(line.start + lead, line.start + lead + len(stripped), stripped))
        return tuple(out)

    def paragraph_at(self, offset: int) -> Span | None:
        starts = self._paragraph_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentences(self, paragraph: Span) -> tuple[Span, ...]:
        """Sentences of a paragraph, split after script-aware terminators."""
        cache = self._sentence_cache
        if paragraph.start not in cache:
            out: list[Span] = []
            begin = 0
            text = paragraph.text
            for m in SENTENCE_END.finditer(text):
                if not ends_sentence(text, m):
                    continue
                end = m.end()
                chunk = text[begin:end]
                if chunk.strip():
                    lead = len(chunk) - len(chunk.lstrip())
                    out.append(Span(paragraph.start + begin + lead, paragraph.start + end, chunk.strip()))
                begin = end
            rest = text[begin:]
            if rest.strip():
                lead = len(rest) - len(rest.lstrip())
                out.append(Span(paragraph.start + begin + lead, paragraph.end, rest.strip()))
            cache[paragraph.start] = tuple(out)
        return cache[paragraph.start]

    @cached_property
    def _sentence_cache(self) -> dict[int, tuple[Span, ...]]:
        return {}

    def script_runs(self, span: Span) -> Iterator[ScriptRun]:
        """Maximal runs of one script (Han, Latin, Cyrillic…) inside ``span``."""
        for m in _SCRIPT_RUN.finditer(span.text):
            yield ScriptRun(span.start + m.start(), span.start + m.end(), m.lastgroup or "")

    def language_at(self, offset: int) -> str:
        """Language guess ('en', 'es', 'zh', 'ja', …, 'und') of the paragraph holding ``offset``.

        A paragraph with too few letters to judge (``ID:1200247``) takes the document's language.
        """
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return self.language
        cache = self._scoped_language_cache
        if paragraph.start not in cache:
            short = _letters(paragraph.text, SHORT_PARAGRAPH_LETTERS) < SHORT_PARAGRAPH_LETTERS
            cache[paragraph.start] = self.language if short else self._paragraph_language(paragraph)
        return cache[paragraph.start]

    @cached_property
    def _scoped_language_cache(self) -> dict[int, str]:
        return {}

    def _paragraph_language(self, paragraph: Span) -> str:
        cache = self._language_cache
        if paragraph.start not in cache:
            cache[paragraph.start] = guess_language(paragraph.text)
        return cache[paragraph.start]

    @cached_property
    def _language_cache(self) -> dict[int, str]:
        return {}

    @cached_property
    def language(self) -> str:
        """The document's dominant language, by characters of its paragraphs."""
        weight: dict[str, int] = {}
        # at least the letters still to weigh: an ASCII paragraph's letters (counted in C), or the characters
        # that are not spaces (the tighter the bound, the sooner the weighing stops)
        bounds = [
            ascii_letters(p.text) if p.text.isascii() else len(p.text) - p.text.count(" ") for p in self.paragraphs
        ]
        unread = sum(bounds)
        cache = self._language_cache
        for p, bound in zip(self.paragraphs, bounds, strict=True):
            lang, letters = weigh(p.text)  # the guess and the letter count from the same passes
            cache.setdefault(p.start, lang)
            weight[lang] = weight.get(lang, 0) + letters
            unread -= bound
            ranked = sorted(weight.values(), reverse=True)
            if ranked[0] - (ranked[1] if len(ranked) > 1 else 0) > unread:
                break  # no paragraph left can change the leader: most documents stop about half-way
        return max(weight, key=weight.__getitem__) if weight else "und"


SHORT_PARAGRAPH_LETTERS = 8
_LETTER = regex.compile(r"\p{L}")
_LETTER_RUN = regex.compile(r"\p{L}+")


def _letters(text: str, enough: int | None = None) -> int:
    """Letters in ``text``; stops counting at ``enough`` when given.

    A whole count adds up runs of letters found in C: a match per letter costs ten times more."""
    if text.isascii():
        count = ascii_letters(text)
        return count if enough is None else min(count, enough)
    if enough is None:
        return sum(map(len, _LETTER_RUN.findall(text)))
    count = 0
    for _ in _LETTER.finditer(text):
        count += 1
        if enough is not None and count >= enough:
            break
    return count
