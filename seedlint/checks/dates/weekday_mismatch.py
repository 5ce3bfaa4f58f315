"""DATE007 weekday-mismatch: a weekday written beside a full date it does not fall on."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.grammar import DateExpr, describe, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import (
    WD_EN,
    WD_EN_CAP,
    WD_ES,
    WD_ES_CAP,
    WEEKDAY_ABBR_EN,
    WEEKDAY_NAMES_EN,
    WEEKDAY_NAMES_ES,
    WEEKDAY_NAMES_ZH,
    WEEKDAYS_EN,
    WEEKDAYS_ES,
    WEEKDAYS_ZH,
)
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_ZH_WD = r"(?P<w>(?P<zp>星期|周|週|礼拜|禮拜)(?P<zd>[一二三四五六日天]))"
_AFTER = (
    LazyRegex(rf"\s*[(（]?\s*{_ZH_WD}", regex.V1),
    LazyRegex(rf"\s*,?\s*\(?(?P<w>{WD_EN})\.?(?![\p{{L}}])", regex.V1 | regex.IGNORECASE),
    LazyRegex(rf"\s*,?\s*\(?(?P<w>{WD_ES})(?![\p{{L}}])", regex.V1 | regex.IGNORECASE),
)
_BEFORE = (
    LazyRegex(rf"{_ZH_WD}\s*[,，、]?\s*$", regex.V1),
    LazyRegex(rf"(?<![\p{{L}}])(?P<w>{WD_EN})\.?,?\s+(?:the\s+)?$", regex.V1 | regex.IGNORECASE),
    LazyRegex(rf"(?<![\p{{L}}])(?P<w>{WD_ES}),?\s+(?:el\s+|día\s+)?$", regex.V1 | regex.IGNORECASE),
)


def _weekday_of(word: str, m: regex.Match[str]) -> int | None:
    if m.groupdict().get("zd"):
        return WEEKDAYS_ZH[m.group("zd")]
    key = word.lower().rstrip(".")
    return WEEKDAYS_EN.get(key, WEEKDAYS_ES.get(key))


def _english_ok(word: str) -> bool:
    """English weekdays are capitalised; 'sun', 'sat', 'wed' in lower case are other words."""
    return not word.isascii() or word[:1].isupper() or word.lower() in WEEKDAYS_ES


def _render(word: str, m: regex.Match[str], right: int) -> str:
    if m.groupdict().get("zd"):
        day = WEEKDAY_NAMES_ZH[right]
        if right == 6 and m.group("zd") == "天":
            day = "天"
        return m.group("zp") + day
    key = word.lower().rstrip(".")
    if key in WEEKDAYS_ES:
        name = WEEKDAY_NAMES_ES[right]
    elif len(key) <= 4:
        name = WEEKDAY_ABBR_EN[right]
    else:
        name = WEEKDAY_NAMES_EN[right]
    if word.isupper():
        return name.upper()
    return name[:1].upper() + name[1:] if word[:1].isupper() else name.lower()


def _full_date(expr: DateExpr) -> datetime.date | None:
    if expr.year is None or expr.month is None or expr.day is None or not expr.valid:
        return None
    if not 1 <= expr.year <= 9999:
        return None
    return datetime.date(expr.year, expr.month, expr.day)


def mismatches(line: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, message, fix) for each weekday token that contradicts its adjacent date."""
    for expr in parse_line(line):
        date = _full_date(expr)
        if date is None:
            continue
        found: list[regex.Match[str]] = []
        for pattern in _AFTER:
            m = pattern.match(line, expr.end)
            if m:
                found.append(m)
        for pattern in _BEFORE:
            m = pattern.search(line, max(0, expr.start - 24), expr.start)
            if m:
                found.append(m)
        for m in found:
            word = m.group("w")
            weekday = _weekday_of(word, m)
            if weekday is None or not _english_ok(word) or weekday == date.weekday():
                continue
            right = date.weekday()
            tense = "was" if date < datetime.date.today() else "is"
            message = (
                f"{describe(expr)} {tense} a {WEEKDAY_NAMES_EN[right]}, not a {WEEKDAY_NAMES_EN[weekday]} "
                f"('{word}' beside '{line[expr.start : expr.end]}')"
            )
            yield m.start("w"), m.end("w"), message, _render(word, m, right)


class WeekdayMismatch:
    meta = RuleMeta(
        code="DATE007",
        name="weekday-mismatch",
        family="date",
        severity=Severity.ERROR,
        summary="A weekday next to a full date that falls on another day (2023年4月18日（星期一）).",
        docs=(
            "When a full date carries its weekday ('2023年4月18日（星期二）', 'Tuesday, April 18, 2023', "
            "'martes 18 de abril de 2023'), the two can be checked against the calendar. A mismatch means that "
            "either the date or the weekday was changed by editing or translation; the rule reports the weekday "
            "and offers the one that fits the date (not applied automatically, since the date may be the "
            "wrong half)."
        ),
        bad=(
            Example("发布会于2023年4月18日（星期一）举行。", (Expected("星期一", 1, 16, fix="星期二"),)),
            Example("The deal closed on Monday, April 18, 2023.", (Expected("Monday", fix="Tuesday"),)),
            Example("La reunión fue el lunes 18 de abril de 2023.", (Expected("lunes", fix="martes"),)),
        ),
        good=(
            Example("2023年4月18日（星期二），周二；Tuesday, April 18, 2023; el martes 18 de abril de 2023."),
            Example("2023-04-18 Tue. On Sunday 4 May the shop opens; sun and sat; 4月18日（周一）。"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"(?:星期|周|週|礼拜|禮拜)(?:一|二|三|四|五|六|日|天)",
        rf"(?:{WD_EN_CAP})",
        rf"(?:{WD_ES_CAP})",
    )

    spots = fast_all(
        r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]",
        rf"(?:{WD_EN_CAP})\.?,?\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)",
        rf"\d\s*,?\s*\(?(?:{WD_EN_CAP})",
        rf"(?:{WD_ES_CAP})\s*,?\s+(?:el\s+|día\s+)?\d",
        rf"\d\s*,?\s*\(?(?:{WD_ES_CAP})",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for base, w in self._spots.windows(doc, self.meta.code, 24, 48, 48):
            for start, end, message, fix in mismatches(w.text):
                if w.inside(start, end):
                    offset = base + w.offset
                    yield Hit(offset + start, offset + end, message, fix=fix, fix_safe=False)
