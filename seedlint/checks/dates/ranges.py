"""Date ranges: two date expressions joined by a connector (至, 到, -, to, hasta, and, y…)."""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import regex

from seedlint.checks.dates.grammar import DateExpr, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.numerals import words

_DASH = "-–—－~～"
_SYMBOL_GAP = LazyRegex(rf"\s*(?:[{_DASH}]|至|到|→)\s*")
_WORD_GAP = LazyRegex(
    r"\s*,?\s*(?P<w>to|until|till|through|thru|and|hasta|a|al|y|e)\s+(?:(?:el|la|the|finales\s+de|principios\s+de|"
    r"mediados\s+de|end\s+of|early|late|mid-?)\s+)*",
    regex.V1 | regex.IGNORECASE,
)
_PREFIX = LazyRegex(
    r"(?:\b(?:from|between|since|desde|entre|de|del)\s+(?:(?:el|la|the|finales\s+de|principios\s+de|mediados\s+de|"
    r"end\s+of|early|late|mid-?)\s+)*|[从從自由])$",
    regex.V1 | regex.IGNORECASE,
)
_BETWEEN = LazyRegex(r"(?i:between|entre)\s", regex.V1)
# a bare-number range: 2004-2006, 2006–2004年
_BARE_DASH = LazyRegex(
    rf"(?<![0-9０-９\-/.:,$€£¥￥#\p{{L}}_])(?P<a>[12][0-9]{{3}})\s*[{_DASH}]\s*(?P<b>[12][0-9]{{3}})"
    r"(?![0-9]|[-/.:]\d|\s*[%％‰])(?P<nian>\s*年)?",
    regex.V1,
)
# an era or count that runs backwards: 公元前500年至300年, 距今2000至1500年, from 2000 to 1500 years ago
_BACKWARDS = LazyRegex(
    r"公元前|(?<![\p{L}])前\s*\d|(?<![\p{L}])(?:BCE?|B\.\s?C\.?|a\.\s?C\.?|a\.\s?n\.\s?e\.?)(?![\p{L}])|antes\s+de\s+Cristo|"
    r"before\s+Christ|距今|years\s+ago|years\s+before|años\s+atrás|(?<![0-9])[0-9]{1,3}\s*年前|[一二三四五六七八九十百千万]年前|"
    r"BP(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_STANDARD_CODE = LazyRegex(r"(?:\b[A-Z]{1,5}(?:/[A-Z])?|No\.|№|第)\s*$", regex.V1)
_FUNCTION_WORDS = frozenset(
    words(
        "and or when as the with at on in for after before was were is are he she it they we its his her "
        "their a an to by but so while where which who that this these those y o cuando con por se fue "
        "tras antes después lo su sus un una al del de en el la los las que como pero mientras"
    )
)
_NEXT_WORD = LazyRegex(r"\s*(?P<w>[\p{L}]+)", regex.V1)


@dataclass(frozen=True, slots=True)
class DateRange:
    """``first`` to ``last`` on one line; offsets relative to the line."""

    start: int
    end: int
    first: DateExpr
    last: DateExpr
    between: bool  # 'between … and …' (order is a convention, not a direction)


def count_follows(line: str, end: int) -> bool:
    """True when a noun follows (from 2000 to 1500 employees): the numbers are counts, not years."""
    m = _NEXT_WORD.match(line, end)
    return m is not None and m.group("w").lower() not in _FUNCTION_WORDS


def _excluded(line: str, start: int, end: int) -> bool:
    window = line[max(0, start - 24) : end + 16]
    return bool(_BACKWARDS.search(window)) or bool(_STANDARD_CODE.search(line, max(0, start - 16), start))


@functools.lru_cache(maxsize=2048)
def find_ranges(line: str) -> tuple[DateRange, ...]:
    """Ranges whose two ends both carry a year."""
    exprs = parse_line(line)
    out: list[DateRange] = []
    for a, b in itertools.pairwise(exprs):
        if a.year is None or b.year is None or a.form in ("ym", "my") or b.form in ("ym", "my"):
            continue
        gap = line[a.end : b.start]
        prefix_from = max(0, a.start - 48)
        prefix = _PREFIX.search(line, prefix_from, a.start)
        between = False
        if _SYMBOL_GAP.fullmatch(gap):
            start = prefix.start() if prefix else a.start
        else:
            w = _WORD_GAP.fullmatch(gap)
            if not w or not prefix:
                continue
            between = bool(_BETWEEN.match(line, prefix.start()))
            word = w.group("w").lower()
            if between != (word in ("and", "y", "e")):
                continue
            start = prefix.start()
        if b.form == "year" and not line[b.start : b.end].endswith("年") and count_follows(line, b.end):
            continue
        if _excluded(line, a.start, b.end):
            continue
        out.append(DateRange(start, b.end, a, b, between))
    for m in _BARE_DASH.finditer(line):
        if any(r.start <= m.start() < r.end for r in out):
            continue
        if _excluded(line, m.start(), m.end()) or (not m.group("nian") and count_follows(line, m.end())):
            continue
        marked = bool(m.group("nian"))
        first = DateExpr(m.start("a"), m.end("a"), "year", int(m.group("a")), marked=marked, year_span=m.span("a"))
        last = DateExpr(m.start("b"), m.end(), "year", int(m.group("b")), marked=marked, year_span=m.span("b"))
        out.append(DateRange(m.start(), m.end(), first, last, False))
    return tuple(out)
