"""Many literal name forms, matched in one pass.

The forms become escaped literal triggers (the engine scans every document once with all
of them); on the lines they flag, one Aho-Corasick automaton (pyahocorasick, built once)
finds the exact spans, or, without it, one regex alternation. Apostrophes match any
apostrophe, a space any run of spaces and tabs; caseless matching also ignores accents.
Latin edges need a word boundary, Han edges none; overlapping matches keep the leftmost,
then the longest.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from seedlint.checks.names.glossary import phrase_key, plain
from seedlint.document import Document

APOSTROPHES = "'’ʼ‘`´"
APOSTROPHE_CLASS = "['’ʼ‘`´]"
SPACE_CLASS = "[ \t\u00a0]+"
_LATIN_EDGE = regex.compile(r"[\p{Latin}\p{N}_]")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}_]")
_SPACE_RUN = regex.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


def literal_pattern(form: str) -> str:
    """A regex for ``form`` that both Hyperscan and ``regex`` accept (no lookarounds)."""
    parts = []
    for ch in form:
        if ch in APOSTROPHES:
            parts.append(APOSTROPHE_CLASS)
        elif ch == " ":
            parts.append(SPACE_CLASS)
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            if base != ch and base.isascii() and base.isalpha():
                parts.append(f"[{base}{ch}]")
            else:
                parts.append(regex.escape(ch, special_only=True))
    return "".join(parts)


def bounded_pattern(form: str) -> str:
    body = literal_pattern(form)
    if _LATIN_EDGE.match(form[0]):
        body = r"(?<![\p{L}\p{M}\p{N}_])" + body
    if _LATIN_EDGE.match(form[-1]):
        body += r"(?![\p{L}\p{M}\p{N}_])"
    return body


def _fold_table(caseless: bool) -> dict[int, str]:
    """Length-preserving folding: apostrophes to ', tabs and no-break spaces to ' ', accents off when caseless."""
    table = {ord(a): "'" for a in APOSTROPHES[1:]}
    table.update({ord("\t"): " ", 0xA0: " "})
    if caseless:
        for cp in range(0xC0, 0x250):
            base = unicodedata.normalize("NFKD", chr(cp))[0]
            if base != chr(cp) and base.isascii() and base.isalpha():
                table[cp] = base.lower()
    return table


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    key: str  # phrase_key(form) when caseless, plain(form) otherwise


class PhraseIndex:
    """Literal forms with their triggers and one matcher over all of them, built on first use."""

    def __init__(self, forms: Sequence[str], *, ignorecase: bool) -> None:
        self.forms = tuple(dict.fromkeys(forms))
        self.ignorecase = ignorecase
        self.triggers = tuple(dict.fromkeys(literal_pattern(f) for f in self.forms))
        self._table = _fold_table(ignorecase)
        # the characters the table folds: a line is folded one match at a time (str.translate looks up
        # every character of a non-ASCII line in the dict; most lines hold a few such characters or none)
        self._foldable = re.compile("[" + "".join(map(re.escape, map(chr, sorted(self._table)))) + "]")
        self._automaton: Any = None
        self._pattern: regex.Pattern[str] | None = None
        self._keys = {self._fold(f): self.key(f) for f in self.forms}

    def key(self, text: str) -> str:
        return phrase_key(text) if self.ignorecase else plain(text)

    def _fold(self, text: str) -> str:
        if text.isascii():  # the table's only ASCII keys are a tab and the backtick: replace runs in C
            folded = text.replace("\t", " ").replace("`", "'")
            return folded.lower() if self.ignorecase else folded
        table = self._table
        folded = self._foldable.sub(lambda m: table[ord(m.group())], text)
        if self.ignorecase:
            lower = folded.lower()
            folded = lower if len(lower) == len(folded) else "".join(c.lower()[:1] for c in folded)
        return folded

    def _matcher(self) -> Any:
        if self._automaton is None and self._pattern is None:
            try:
                import ahocorasick  # a C automaton: thousands of forms in one pass
            except ImportError:  # not a declared dependency: fall back to one regex alternation
                ordered = sorted(self.forms, key=lambda f: (-len(f), f))
                flags = regex.V1 | (regex.IGNORECASE if self.ignorecase else 0)
                self._pattern = regex.compile("|".join(bounded_pattern(f) for f in ordered) or "(?!)", flags)
            else:
                automaton = ahocorasick.Automaton()
                for folded in self._keys:
                    automaton.add_word(folded, folded)
                automaton.make_automaton()
                self._automaton = automaton
        return self._automaton

    def finditer(self, doc: Document, lines: Sequence[int] | None, timeout: float) -> Iterator[PhraseMatch]:
        if not self.forms:
            return
        automaton = self._matcher()
        indices = lines if lines is not None else range(len(doc.line_starts))
        for index in indices:
            line = doc.line_span(index)
            if automaton is None:
                assert self._pattern is not None
                for m in self._pattern.finditer(line.text, timeout=timeout):
                    key = self._keys.get(_single_spaced(self._fold(m.group()))[0], self.key(m.group()))
                    yield PhraseMatch(line.start + m.start(), line.start + m.end(), m.group(), key)
                continue
            yield from self._scan(automaton, line.text, line.start)

    def _scan(self, automaton: Any, text: str, base: int) -> Iterator[PhraseMatch]:
        folded, starts = _single_spaced(self._fold(text))
        found: list[tuple[int, int, str]] = []
        for end, word in automaton.iter(folded):
            s, e = _unmap(starts, end + 1 - len(word)), _unmap(starts, end) + 1
            if _bounded(text, s, e):
                found.append((s, e, word))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        last = -1
        for s, e, word in found:
            if s >= last:
                last = e
                yield PhraseMatch(base + s, base + e, text[s:e], self._keys[word])


def _single_spaced(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with runs of blanks made one space, and (position in it, position in text) jumps."""
    if "  " not in text and "\t" not in text and "\xa0" not in text:  # substring tests in C spare a regex pass
        return text, []
    out, jumps, shift, pos = [], [], 0, 0
    for m in _SPACE_RUN.finditer(text):
        out.append(text[pos : m.start()])
        out.append(" ")
        shift += m.end() - m.start() - 1
        jumps.append((m.start() + 1 - (shift - (m.end() - m.start() - 1)), shift))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), jumps


def _unmap(jumps: list[tuple[int, int]], index: int) -> int:
    """Position in the original text of ``index`` in the single-spaced text."""
    if not jumps:
        return index
    i = bisect.bisect_right(jumps, (index, math.inf)) - 1  # by position: (index, any shift) sorts after
    return index + (jumps[i][1] if i >= 0 else 0)


def _bounded(text: str, start: int, end: int) -> bool:
    if _LATIN_EDGE.match(text[start]) and start > 0 and _WORD_CHAR.match(text[start - 1]):
        return False
    return not (_LATIN_EDGE.match(text[end - 1]) and end < len(text) and _WORD_CHAR.match(text[end]))
