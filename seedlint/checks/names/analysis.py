"""Candidate names in Latin text, found with a few whole-document regex passes.

A candidate is a maximal run of capitalised tokens (``Yu'e Bao``, ``Jack Ma``, ``WeChat``),
split at lower-case words and possessives. Counting is done on the strings ``findall``
returns (C speed); Python looks at each *distinct* spelling once, and walks the
occurrences of a document only when it has something to report.

Ordinary words are kept out by where they stand, not by a dictionary: a single
capitalised token counts as a name only where it stands after a lower-case word on a
line that is not a title-case heading (``Change`` starting a sentence is not a spelling of
``Chang'e``); a token with an internal apostrophe or capital (``Yu'e``, ``WeChat``)
is a name anywhere. All-capitals runs (headings, acronyms) are not candidates.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from seedlint.checks.names.glossary import name_key, plain
from seedlint.document import Document

_CONTRACTION = r"(?i:s|t|re|ve|ll|d|m)(?![\p{L}\p{M}])"
#: a lower-case romanised syllable after a hyphen: Yi-ming, Yat-sen (not -based, -owned, -led)
_SYLLABLE = r"-[b-df-hj-np-tv-z]{0,2}h?[aeiouü]{1,3}(?:ng|n|r)?(?![\p{L}\p{M}\p{N}])"
_TOKEN = (
    r"\p{Lu}[\p{L}\p{M}\p{N}]*"
    rf"(?:['’ʼ](?!{_CONTRACTION})[\p{{L}}\p{{M}}]+)*(?:{_SYLLABLE})?"
)
_RUN = rf"{_TOKEN}(?:[ -]{_TOKEN})*"
_START = r"(?<![\p{L}\p{M}\p{N}'’ʼ.@/_\\-])"
#: every candidate run
SEQUENCE = regex.compile(rf"{_START}({_RUN})", regex.V1)
#: runs that follow a lower-case word in the same sentence: capitalised because they are names
_MID_SEQUENCE = regex.compile(
    rf"(?<=(?<![\p{{L}}\p{{M}}'’ʼ])\p{{Ll}}[\p{{L}}\p{{M}}]*[,;]? ){_START}({_RUN})", regex.V1
)
#: title-case headings have capitalised long words and no lower-case one
#: (stdlib ``re`` for speed: a word of four letters that does not start with a capital; Han counts as one)
#: (each starts with its class and tests the word edge after it, ``X(?<!\w.)`` for ``\bX``: stdlib re skips
#: to a possible first character in C only when a pattern starts with one)
_LOWER_LONG = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ](?<!\w.)[^\W\d_]{3}")
_CAPITAL_LONG = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w.)[^\W\d_]{3}")
_STRONG = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}'\p{L}", regex.V1)
_HAS_LOWER = regex.compile(r"\p{Ll}")
#: function words that start a sentence before a name ("The Ali Pay app"): dropped from the run
HEAD_WORDS = frozenset(
    regex.findall(
        r"\S+",
        """the a an in on at of for from with by and but or if when while after before since as this that these those
        its his her their our my your we they he she it i el la los las lo un una unos unas en con por para desde
        según segun cuando si pero y o este esta estos estas ese esa al del que como""",
    )
)

#: hyperscan-compatible triggers: a line with a run that could be spelled another way
TRIGGERS = (
    r"\p{Lu}[\p{Ll}'’ʼ]+[ -]\p{Lu}",  # two capitalised tokens
    r"\p{Ll}\p{Lu}",  # internal capital
    r"\p{L}['’ʼ]\p{L}",  # internal apostrophe
    r"\p{Lu}\p{Ll}*[À-ɏ]",  # capitalised word with a diacritic
    r"[À-ÖØ-Þ]\p{Ll}",  # accented capital
)


@dataclass(frozen=True, slots=True)
class Spelling:
    """One distinct spelling of a candidate name in a document."""

    surface: str  # apostrophes made plain, leading function word dropped
    key: str
    count: int
    marked: bool  # internal apostrophe or capital: a name wherever it stands
    several: bool  # more than one token, or after a dropped function word
    raws: tuple[str, ...]  # the runs as written that give this spelling


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    end: int
    surface: str


@dataclass(slots=True)
class Analysis:
    """The candidate names of one document."""

    text: str
    spellings: dict[str, Spelling] = field(default_factory=dict)  # surface -> spelling
    by_key: dict[str, list[str]] = field(default_factory=dict)  # key -> surfaces
    _raw: dict[str, tuple[str, int]] = field(default_factory=dict)  # raw run -> (surface, head length)
    _occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)
    _positions: tuple[frozenset[str], frozenset[str]] | None = None
    _runs: frozenset[str] = frozenset()  # every run of the whole text, as :data:`SEQUENCE` found them

    def occurrences(self, surface: str, limit: int = 0) -> list[Occurrence]:
        """Where a spelling occurs: its runs are looked up with ``str.find`` and confirmed on their lines.

        With ``limit``, stop once that many are found in the line order of the first run as written.
        """
        cached = self._occurrences.get(surface)
        if cached is not None:
            return cached
        text = self.text
        raws = self.spellings[surface].raws
        heads = {raw: self._raw[raw][1] for raw in raws}
        found: dict[int, Occurrence] = {}
        lines: set[int] = set()
        for raw in raws:
            pos = text.find(raw)
            while pos != -1:
                start = text.rfind("\n", 0, pos) + 1
                if start not in lines:
                    lines.add(start)
                    end = text.find("\n", pos)
                    for m in SEQUENCE.finditer(text, start, len(text) if end == -1 else end):
                        head = heads.get(m.group(1))
                        if head is not None:
                            found[m.start(1)] = Occurrence(m.start(1) + head, m.end(1), surface)
                    if limit and len(raws) == 1 and len(found) >= limit:
                        return [found[k] for k in sorted(found)][:limit]
                pos = text.find(raw, pos + len(raw))
        result = [found[k] for k in sorted(found)]
        self._occurrences[surface] = result
        return result

    def first(self, surface: str) -> int:
        """Offset of the first occurrence of a spelling."""
        return self.occurrences(surface, limit=1)[0].start

    def is_name(self, surface: str) -> bool:
        """Capitalised because it is a name: marked, or standing where an ordinary word would be lower-case.

        A single token must follow a lower-case word; several tokens must stand outside title-case
        headings (two more regex passes, on first use).
        """
        spelling = self.spellings[surface]
        if spelling.marked:
            return True
        if self._positions is None:
            body = _without_headings(self.text)
            runs = self._runs if body is self.text else frozenset(SEQUENCE.findall(body))  # no heading: no new pass
            self._positions = (runs, frozenset(_MID_SEQUENCE.findall(body)))
        in_body, mid = self._positions
        return any(r in mid or (spelling.several and r in in_body) for r in spelling.raws)

    def groups(self) -> Iterator[tuple[str, list[str]]]:
        """Keys spelled more than one way in this document."""
        return ((k, v) for k, v in self.by_key.items() if len(v) > 1)


def _without_headings(text: str) -> str:
    """The text without its title-case headings (lines with two capitalised long words and no lower-case one)."""
    lines = text.split("\n")
    kept = [ln for ln in lines if _LOWER_LONG.search(ln) or len(_CAPITAL_LONG.findall(ln)) < 2]
    return text if len(kept) == len(lines) else "\n".join(kept)


@functools.lru_cache(maxsize=1 << 16)
def _classify(raw: str) -> tuple[str, int, str, bool, bool] | None:
    """(surface, length of a dropped leading function word, key, marked, several tokens) of a run."""
    if not _HAS_LOWER.search(raw):
        return None  # all capitals: a heading or an acronym
    head = 0
    first, sep, rest = raw.partition(" ")
    if sep and first.casefold() in HEAD_WORDS:
        raw, head = rest, len(first) + 1
    surface = plain(raw)
    key = name_key(surface)
    if not _HAS_LOWER.search(surface) or len(key) < 3:
        return None
    return surface, head, key, bool(_STRONG.search(surface)), " " in surface or "-" in surface or head > 0


def analyse(text: str) -> Analysis:
    out = Analysis(text)
    counts: Counter[str] = Counter()
    info: dict[str, tuple[str, bool, bool, list[str]]] = {}
    runs = Counter(SEQUENCE.findall(text))
    out._runs = frozenset(runs)
    for raw, count in runs.items():
        found = _classify(raw)
        if found is None:
            continue
        surface, head, key, marked, several = found
        out._raw[raw] = (surface, head)
        counts[surface] += count
        entry = info.get(surface)
        if entry is None:
            info[surface] = (key, marked, several, [raw])
        else:
            entry[3].append(raw)
            info[surface] = (key, marked, several or entry[2], entry[3])
    for surface, count in counts.items():
        key, marked, several, raws = info[surface]
        out.spellings[surface] = Spelling(surface, key, count, marked, several, tuple(raws))
        out.by_key.setdefault(key, []).append(surface)
    return out


def analysis(doc: Document) -> Analysis:
    """The document's candidates, computed once and shared by the rules that need them."""
    return doc.memo(analysis, lambda: analyse(doc.text))


def _unmarked(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: pinyin tone marks: macron, acute, caron, grave (not the diaeresis: Temüjin is a respelling of Temujin)
_TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")


def tone_marked_gloss(a: str, b: str) -> bool:
    """``a`` is ``b`` with pinyin tone marks (Yuán for Yuan): a gloss of the pronunciation, not a respelling."""
    import unicodedata

    from seedlint.checks.names.lexicon import is_pinyin

    marks = {c for c in unicodedata.normalize("NFD", a) if unicodedata.combining(c)}
    if not marks or not marks <= _TONE_MARKS or _unmarked(a) != b:
        return False
    return all(is_pinyin(w) for w in regex.split(r"[ -]", b) if w)


def conventional_pair(a: str, b: str, *, marks: bool = True) -> bool:
    """Two spellings that are both right: a tone-marked pinyin gloss (Yuán beside Yuan); with ``marks``,
    any difference in diacritics alone (Irán/Iran, Temüjin/Temujin in documents of two traditions); a hyphen
    or space between ordinary words (Simplified-Chinese text, Simplified Chinese)."""
    if a == b:
        return False
    if tone_marked_gloss(a, b) or tone_marked_gloss(b, a) or (marks and _unmarked(a) == _unmarked(b)):
        return True
    from seedlint.checks.names.lexicon import is_ordinary

    pa, pb = regex.split(r"[ -]", a), regex.split(r"[ -]", b)
    return pa == pb and all(is_ordinary(w) for w in pa)


def rank_spellings(a: Analysis, surfaces: Sequence[str]) -> list[str]:
    """Most used first; on a tie, the one that comes first in the document."""
    return sorted(surfaces, key=lambda s: (-a.spellings[s].count, a.first(s)))


# -- Latin words (NAME007, NAME008) ---------------------------------------------------------------
#: a word of letters and digits that is not part of an address, a file name or a hyphenated compound
_WORD_BEFORE = r"(?<![\p{Latin}\p{M}\p{N}.@/\\_#-])"
_WORD_AFTER = r"(?![\p{Latin}\p{M}\p{N}@/\\_-]|\.[\p{Latin}\p{N}])"
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_WORD_RE = re.compile(  # the letter first, the character before it tested after (see _LOWER_LONG);
    # the run taken whole (possessive), so no letter or digit can follow it
    rf"([{_LATIN_LETTER}](?<![{_LATIN_LETTER}0-9.@/\\_#-].)[{_LATIN_LETTER}0-9]*+)"
    rf"(?![@/\\_-]|\.[{_LATIN_LETTER}0-9])"
)
_HAS_LOWER_CASE = regex.compile(r"\p{Ll}")
#: a line with more capitals than this share of its letters is a heading in capitals
CAPS_LINE_SHARE = 0.6


@dataclass(slots=True)
class LatinWords:
    """The Latin-script words of a document, counted by spelling, with their case-folds.

    ``folds`` maps every fold to one of its spellings; ``by_fold`` lists the spellings of the (few) folds
    written more than one way. Built with C-speed calls only (map, zip, Counter, dict): a Python loop over
    every distinct word cost the name family a tenth of its time."""

    counts: Counter[str]
    folds: dict[str, str]
    by_fold: dict[str, list[str]]

    def spellings(self, fold: str) -> list[str]:
        several = self.by_fold.get(fold)
        return several if several is not None else [self.folds[fold]]


def latin_words(doc: Document) -> LatinWords:
    def build() -> LatinWords:
        # stdlib re, with the Latin letters spelled out: several times faster than \p{Latin} in regex
        counts = Counter(_LATIN_WORD_RE.findall(doc.text))
        folded = list(map(str.casefold, counts))
        folds = dict(zip(folded, counts, strict=True))
        by_fold: dict[str, list[str]] = {}
        if len(folds) < len(counts):  # some fold is spelled several ways
            per_fold = Counter(folded)
            for word, fold in [(w, f) for w, f in zip(counts, folded, strict=True) if per_fold[f] > 1]:
                by_fold.setdefault(fold, []).append(word)
        return LatinWords(counts, folds, by_fold)

    return doc.memo(latin_words, build)


def word_occurrences(doc: Document, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands as a whole word (as :func:`latin_words` counts it), on lines with lower case."""
    pattern = regex.compile(rf"{_WORD_BEFORE}{regex.escape(word)}{_WORD_AFTER}", regex.V1)
    for m in pattern.finditer(doc.text):
        if _HAS_LOWER_CASE.search(doc.line_span(doc.line_index(m.start())).text) is not None:
            yield m.start(), m.end()


def in_caps_line(doc: Document, offset: int) -> bool:
    """The line holding ``offset`` is written mostly in capitals (a heading, a shouted title)."""
    index = doc.line_index(offset)

    def build() -> bool:  # once per line: a long line holds many names
        letters = [c for c in doc.line_span(index).text if c.isalpha()]
        return sum(c.isupper() for c in letters) > CAPS_LINE_SHARE * len(letters)

    return doc.memo((in_caps_line, index), build)
