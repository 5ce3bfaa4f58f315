"""DATE004 inverted-range: a range that ends before it starts (desde junio de 2004 hasta febrero de 2004)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.context import max_plausible_year
from seedlint.checks.dates.grammar import DateExpr, Ymd, describe
from seedlint.checks.dates.ranges import DateRange, find_ranges
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


def _bare(line: str, expr: DateExpr) -> bool:
    return expr.form == "year" and not expr.marked and not line[expr.start : expr.end].endswith("年")


_YEARS = re.compile(r"(?<![0-9０-９])[0-9０-９]{4}(?![0-9０-９])")


def _some_year_not_rising(text: str) -> bool:
    """True when some four-digit number is not greater than one before it (cheap pre-check)."""
    highest = -1
    for m in _YEARS.finditer(text):
        value = int(m.group())
        if value <= highest:
            return True
        highest = value
    return False


class InvertedRange:
    meta = RuleMeta(
        code="DATE004",
        name="inverted-range",
        family="date",
        severity=Severity.ERROR,
        summary="A date range whose end comes before its start, or whose two ends are the same date.",
        docs=(
            "Finds ranges written with 至, 到, dashes, 'from … to …', 'between … and …', 'desde … hasta …', "
            "'de … a …' or 'entre … y …' whose two ends both carry a year, and compares the periods they cover: "
            "a range that ends before it starts ('desde junio de 2004 hasta febrero de 2004', '2006年至2004年') "
            "is an error, one whose ends are the same period is reported as empty. Translation and replacement "
            "damage to one end is the usual cause. Eras that count backwards (公元前, BC, 距今) are left alone."
        ),
        bad=(
            Example(
                "Desde junio de 2004 hasta febrero de 2004, Alipay se independizó de Taobao.",
                (Expected("Desde junio de 2004 hasta febrero de 2004", 1, 1),),
            ),
            Example("该项目2006年至2004年由他负责。", (Expected("2006年至2004年"),)),
            Example("He led the team from March 2010 to May 2008.", (Expected("from March 2010 to May 2008"),)),
            Example("El plan se aplicó de 2012 a 2012.", (Expected("de 2012 a 2012"),)),
        ),
        good=(
            Example("Desde junio de 2004 hasta febrero de 2005 trabajó en Taobao; entre 2006 y 2008 dirigió Alipay."),
            Example("公元前2070年至公元前1600年为夏朝。2004-2006年，他在杭州。Sales fell from 2000 to 1500 units."),
            Example("Call 400-820-8820 or 010-2010-2008; the 2014–15 season; GB 2010-2008; 2006-04-18."),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"[0-9][^0-9A-Za-z]{1,4}[0-9]{4}",
        r"[0-9]{4},?[ \t]+[a-z]{1,7}[ \t]+",
        r"[0-9]{4}[ \t]*[–—][ \t]*[A-Z]",
    )

    spots = fast_all(
        r"\d{4}\s*年?\s*(?:至|到|[-–—~～－→])\s*\d{4}",
        r"月(?:\s*\d{1,2}\s*[日号])?\s*(?:至|到|[-–—~～－→])\s*\d{4}",
        r"\d{4}-\d{1,2}-\d{1,2}\s*(?:至|到|[-–—~～－→]|to|hasta)\s*\d{4}",
        r"\d{4}\s*[-–—]\s*[A-Za-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}",
        r"\d{4},?\s(?:hasta|to|until|till|through|thru|and|a|al|y|e)\s",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for base, w in self._spots.windows(doc, self.meta.code, 80, 24, 24):
            yield from self._judge(w.text, base + w.offset, w.inside)

    def _judge(self, text: str, offset: int, inside: Callable[[int, int], bool]) -> Iterator[Hit]:
        if not _some_year_not_rising(text):
            return  # every year in the window is later than the one before: no range can run backwards
        for rng in find_ranges(text):
            a, b = rng.first.bounds(), rng.last.bounds()
            if a is not None and b is not None and inside(rng.start, rng.end):
                yield from self._hits(text, offset, rng, a, b)

    def _hits(self, line: str, offset: int, rng: DateRange, a: tuple[Ymd, Ymd], b: tuple[Ymd, Ymd]) -> Iterator[Hit]:
        bare = _bare(line, rng.first) and _bare(line, rng.last)
        if bare and not all(1000 <= e.year <= max_plausible_year() for e in (rng.first, rng.last) if e.year):
            return  # 2877-2323: a phone number, not years
        text = line[rng.start : rng.end]
        start, end = offset + rng.start, offset + rng.end
        first, last = describe(rng.first), describe(rng.last)
        if b[1] < a[0]:
            yield Hit(
                start,
                end,
                f"range '{text}' runs backwards: it ends ({last}) before it starts ({first})",
                severity=Severity.WARNING if rng.between else None,
            )
        elif a == b and not bare:
            yield Hit(start, end, f"empty range '{text}': both ends are {first}", severity=Severity.WARNING)
