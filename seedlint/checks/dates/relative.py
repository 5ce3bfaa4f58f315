"""Relative spans: 'five days ago', 'hace catorce años', '十四年前', 'ten years later'."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import regex

from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.numerals import EN_WORDS, ES_WORDS, ZH_NUMERAL_CLASS, number, words_pattern

Direction = Literal["ago", "later", "earlier"]
Unit = Literal["year", "month", "week", "day"]

_APPROX = (
    r"(?P<approx>about|around|almost|nearly|over|more\s+than|some|roughly|unos|unas|casi|más\s+de|cerca\s+de|"
    r"alrededor\s+de|aproximadamente)\s+"
)
_EN = LazyRegex(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_APPROX})?(?P<n>\d{{1,3}}|{words_pattern(EN_WORDS)})\s+(?P<u>years?|months?|weeks?|days?)"
    r"\s+(?P<dir>ago|later|earlier|before|after)(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_ES_HACE = LazyRegex(
    rf"(?<![\p{{L}}])hace\s+(?:ya\s+)?(?:{_APPROX})?(?P<n>\d{{1,3}}|{words_pattern(ES_WORDS)})\s+"
    r"(?P<u>años?|mes(?:es)?|semanas?|días?)(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_ES_POST = LazyRegex(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_APPROX})?(?P<n>\d{{1,3}}|{words_pattern(ES_WORDS)})\s+(?P<u>años?|mes(?:es)?|semanas?|días?)"
    r"\s+(?P<dir>después|más\s+tarde|antes|atrás)(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_ZH = LazyRegex(
    rf"(?<![0-9０-９{ZH_NUMERAL_CLASS}千万萬])(?P<approx>约|大约|近|将近)?(?P<n>[0-9０-９]{{1,3}}|[{ZH_NUMERAL_CLASS}]+)\s*"
    r"(?P<approx2>多)?\s*(?P<u>年|个月|個月|周|週|天)\s*(?P<dir>前|后|後|之前|之后|之後|以前|以后|以後)",
    regex.V1,
)
_UNITS: dict[str, Unit] = {
    "year": "year", "años": "year", "año": "year", "年": "year", "month": "month", "mes": "month",
    "meses": "month", "个月": "month", "個月": "month", "week": "week", "semana": "week", "semanas": "week",
    "周": "week", "週": "week", "day": "day", "día": "day", "días": "day", "天": "day",
}  # fmt: skip
_DIRECTIONS: dict[str, Direction] = {
    "ago": "ago", "later": "later", "after": "later", "earlier": "earlier", "before": "earlier",
    "después": "later", "más tarde": "later", "antes": "earlier", "atrás": "ago", "hace": "ago",
    "前": "ago", "之前": "ago", "以前": "ago", "后": "later", "後": "later", "之后": "later", "之後": "later",
    "以后": "later", "以後": "later",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RelSpan:
    """A span of time counted from another point; offsets relative to the line."""

    start: int
    end: int
    amount: int
    unit: Unit
    direction: Direction
    approx: bool
    zh: bool = False


def _unit(text: str) -> Unit:
    key = text.lower()
    if key in _UNITS:
        return _UNITS[key]
    return _UNITS.get(key.rstrip("s"), "day")


#: what each pattern's match must contain, case-folded (the patterns are caseless): a line without it is not
#: searched with that pattern (most lines hold no relative span)
_NEEDS: tuple[tuple[LazyRegex, tuple[str, ...]], ...] = (
    (_EN, ("ago", "later", "earlier", "before", "after")),
    (_ES_HACE, ("hace",)),
    (_ES_POST, ("después", "tarde", "antes", "atrás")),
    (_ZH, ("前", "后", "後")),
)


@functools.lru_cache(maxsize=2048)
def find_relative(line: str) -> tuple[RelSpan, ...]:
    out: list[RelSpan] = []
    folded = line.casefold()
    for pattern, needs in _NEEDS:
        if not any(word in folded for word in needs):
            continue
        for m in pattern.finditer(line):
            amount = number(m.group("n"))
            if amount is None:
                continue
            groups = m.groupdict()
            direction = _DIRECTIONS.get(" ".join((groups.get("dir") or "hace").lower().split()), "ago")
            approx = bool(groups.get("approx") or groups.get("approx2"))
            out.append(RelSpan(m.start(), m.end(), amount, _unit(m.group("u")), direction, approx, pattern is _ZH))
    out.sort(key=lambda r: r.start)
    return tuple(out)
