"""A small en/es/zh date grammar: one line of text in, typed date expressions out.

Each form is one regular expression with named groups; :func:`parse_line` runs them
all, keeps the leftmost-longest non-overlapping matches and converts their groups
(full-width digits, Chinese numerals, month names) into a :class:`DateExpr` with
line-relative offsets. Values are kept raw (month 13, day 32) so that the rules,
not the parser, decide what cannot be right.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

import regex

from seedlint.checks.dates.forms import FORMS, ORDINAL_QUARTER, Form, Span2, gates
from seedlint.checks.dates.forms import Ymd as Ymd
from seedlint.checks.dates.lexicon import MONTHS_EN, MONTHS_ES
from seedlint.checks.dates.numerals import ascii_digits, number

_YEAR_MARKER_BEFORE = regex.compile(
    r"(?i:\b(?:in|since|from|until|till|by|of|the|year|en|desde|hasta|año|el|del|de|entre|between|before|after|"
    r"antes\s+de|después\s+de|finales\s+de|principios\s+de|mediados\s+de|early|late|mid)\s+|[自从從至到于於在])$"
)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date or year expression of one line. Offsets are relative to the line."""

    start: int
    end: int
    form: Form
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    marked: bool = True  # the year reads as a year (年, a month name, 'in'), not a bare number
    year_span: Span2 | None = None
    month_span: Span2 | None = None
    day_span: Span2 | None = None
    readings: tuple[tuple[int, int], ...] = ()  # (month, day) readings of an all-numeric d/m/y date

    @property
    def valid(self) -> bool:
        """Month 1-12 and a day that exists in that month (and year, when known)."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if self.month is None:
                return 1 <= self.day <= 31
            return 1 <= self.day <= days_in_month(self.year, self.month)
        return True

    def bounds(self) -> tuple[Ymd, Ymd] | None:
        """First and last day the expression covers; None without a valid year."""
        y = self.year
        if y is None or not self.valid:
            return None
        if self.form == "decade":
            return (y, 1, 1), (y + 9, 12, 31)
        if self.quarter is not None:
            if not 1 <= self.quarter <= 4:
                return None
            return (y, 3 * self.quarter - 2, 1), (y, 3 * self.quarter, 31)
        if self.month is None:
            return (y, 1, 1), (y, 12, 31)
        if self.day is None:
            return (y, self.month, 1), (y, self.month, 31)
        return (y, self.month, self.day), (y, self.month, self.day)


def days_in_month(year: int | None, month: int) -> int:
    """Days of ``month``; February has 29 when the year is unknown."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return calendar.monthrange(2001, month)[1]


def _value(text: str) -> int | None:
    return number(text) if text else None


def _build(form: Form, m: re.Match[str], line: str) -> DateExpr | None:
    groups = m.groupdict()

    def span(name: str) -> Span2 | None:
        return m.span(name) if groups.get(name) is not None else None

    year = _value(groups.get("y") or "")
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    readings: tuple[tuple[int, int], ...] = ()
    marked = True
    if groups.get("mon"):
        key = groups["mon"].rstrip(".")
        month = MONTHS_EN.get(key) or MONTHS_ES.get(key.lower())
    elif groups.get("m"):
        month = _value(groups["m"])
    if groups.get("d"):
        day = 1 if groups["d"].lower() == "primero" else _value(groups["d"])
    if groups.get("q"):
        quarter = _value(groups["q"])
    elif groups.get("qw"):
        quarter = ORDINAL_QUARTER.get(groups["qw"].lower())
    if form == "dmy":
        a, b = int(groups["a"]), int(groups["b"])
        readings = tuple(
            (mm, dd) for mm, dd in ((b, a), (a, b)) if 1 <= mm <= 12 and 1 <= dd <= days_in_month(year, mm)
        )
        readings = tuple(dict.fromkeys(readings))
        if len(readings) == 1:
            month, day = readings[0]
    if form in ("ym", "my") and not (month is not None and 1 <= month <= 12):
        return None
    if form == "year" and not line[m.start() : m.end()].rstrip().endswith("年"):
        before = line[max(0, m.start() - 30) : m.start()]
        marked = bool(_YEAR_MARKER_BEFORE.search(before))
    return DateExpr(
        start=m.start(),
        end=m.end(),
        form=form,
        year=year,
        month=month,
        day=day,
        quarter=quarter,
        marked=marked,
        year_span=span("y"),
        month_span=span("mon") or span("m"),
        day_span=span("d"),
        readings=readings,
    )


@functools.lru_cache(maxsize=4096)
def parse_line(line: str) -> tuple[DateExpr, ...]:
    """Every date expression of ``line``, leftmost-longest, not overlapping."""
    found: list[tuple[Form, re.Match[str]]] = []
    open_gates = gates(line)
    for form, gate, pattern in FORMS:
        if gate in open_gates:
            found.extend((form, m) for m in pattern.finditer(line))
    # leftmost-longest first; a match is built (and may be refused) only when no kept expression covers its
    # start: the same choice as building every match first, for a fraction of the builds
    found.sort(key=lambda fm: (fm[1].start(), fm[1].start() - fm[1].end()))
    out: list[DateExpr] = []
    last_end = -1
    for form, m in found:
        if m.start() >= last_end and (expr := _build(form, m, line)) is not None:
            out.append(expr)
            last_end = expr.end
    return tuple(out)


def describe(expr: DateExpr) -> str:
    """A short neutral rendering (2004-06, 2004-06-05, 2004) for messages."""
    parts = [str(expr.year) if expr.year is not None else "?"]
    if expr.quarter is not None:
        return f"Q{expr.quarter} {parts[0]}"
    if expr.month is not None:
        parts.append(f"{expr.month:02d}")
        if expr.day is not None:
            parts.append(f"{expr.day:02d}")
    return "-".join(parts)


def plain(text: str) -> str:
    """ASCII digits for a snippet shown in a message."""
    return ascii_digits(text)
