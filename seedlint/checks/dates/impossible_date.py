"""DATE003 impossible-date: month 13, day 32, 30 de febrero, 2月30日, 29 February 2023, a fifth quarter."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.grammar import DateExpr, days_in_month, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP, MONTH_NAMES_EN
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# Chinese lunar dates (农历二月三十) have 30-day months: day 30 of any month is real there.
_LUNAR = LazyRegex(r"农历|農曆|阴历|陰曆|旧历|舊曆|夏历|夏曆|腊月|臘月|正月|初[一二三四五六七八九十]|廿")
_HAN_DAY = LazyRegex(r"[一二三四五六七八九十廿卅]")


def _count_or_short_year(expr: DateExpr, line: str) -> bool:
    """'April 88' (a two-digit year) or '37 Aug 6 23:52' (a size in a file listing), not a day."""
    if expr.day_span is None or expr.month_span is None:
        return False
    if expr.month_span[0] < expr.day_span[0]:
        return True
    return line[expr.month_span[0] : expr.month_span[1]] not in MONTH_NAMES_EN


def problem(expr: DateExpr, line: str) -> str | None:
    """Why ``expr`` cannot be a real date, or None."""
    if expr.form == "quarter":
        if expr.quarter is not None and not 1 <= expr.quarter <= 4:
            return f"a year has four quarters: there is no quarter {expr.quarter}"
        return None
    if expr.form == "dmy":
        sep = line[expr.start : expr.end].strip("0123456789")[:1]
        a, b = (int(x) for x in regex.split(r"[-/.]", line[expr.start : expr.end])[:2])
        if expr.readings or sep == "." or max(a, b) > 31 or min(a, b) > 12:
            return None
        return f"neither day/month nor month/day reading of {line[expr.start : expr.end]} exists"
    if expr.form not in ("zh", "es", "en", "iso"):
        return None
    month, day, year = expr.month, expr.day, expr.year
    if month is None:
        return None
    if not 1 <= month <= 12:
        if expr.form == "zh" and year is None and day is None:
            return None  # 13月 alone is not clearly a date
        if expr.form == "iso" and line[expr.start : expr.end][4] == ".":
            return None
        return f"there is no month {month}"
    if day is None or 1 <= day <= days_in_month(year, month):
        return None
    if expr.form == "en" and year is None and day > 31 and _count_or_short_year(expr, line):
        return None
    if expr.form == "iso" and line[expr.start : expr.end][4] == ".":
        return None
    lunar = expr.form == "zh" and day <= 30 and expr.day_span is not None and _LUNAR.search(line)
    if lunar and expr.day_span and (day == 30 or _HAN_DAY.search(line[expr.day_span[0] : expr.day_span[1]])):
        return None  # a lunar month can have 30 days
    name = MONTH_NAMES_EN[month - 1]
    if month == 2 and day == 29 and year is not None:
        return f"{year} is not a leap year: February {year} has 28 days"
    most = days_in_month(year, month)
    return f"{name} has {most} days: day {day} does not exist"


class ImpossibleDate:
    meta = RuleMeta(
        code="DATE003",
        name="impossible-date",
        family="date",
        severity=Severity.ERROR,
        summary="A date that does not exist in the calendar (month 13, day 32, 30 February, 29 February 2023).",
        docs=(
            "Parses full and partial dates in en, es and zh (2月30日, 二〇二三年二月三十日, 30 de febrero, "
            "February 30, 2023-02-30, 31/02/2023, the fifth quarter) and checks them with calendar arithmetic: "
            "the month must exist, the day must exist in that month and, when the year is given, in that year "
            "(29 February only in leap years). Such dates come from OCR, translation or editing damage and "
            "cannot be right. Lunar dates (农历二月三十), numeric dates with one valid reading, and an English month "
            "after or before an abbreviated one with a number above 31 and no year ('April 88' is a two-digit year, "
            "'37 Aug' a file size) are accepted."
        ),
        bad=(
            Example("会议于2023年2月30日召开。", (Expected("2023年2月30日", 1, 4),)),
            Example("El contrato se firmó el 30 de febrero de 2004.", (Expected("30 de febrero de 2004"),)),
            Example("It was signed on February 29, 2023 in Hangzhou.", (Expected("February 29, 2023"),)),
            Example("报告发布于2005年13月。", (Expected("2005年13月"),)),
            Example("Fecha: 31/02/2023", (Expected("31/02/2023"),)),
            Example("二〇〇四年四月三十一日", (Expected("二〇〇四年四月三十一日"),)),
            Example("2005年第五季度营收增长。", (Expected("2005年第五季度"),)),
        ),
        good=(
            Example("会议于2024年2月29日召开，农历二月三十日是节日。El 29 de febrero de 2024 y el 31 de marzo."),
            Example("On 13/05/2004 and 05/13/2004, at 12:30, version 2023.13.1, Ley 13/2003, ISBN 978-7-5086-4215-2."),
            Example("From his column in April 88's issue.\n-rw-r--r-- 1 root 37 Aug  6 23:52 tel"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"(?:13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|十三|十四|十五|十六|十七|十八|十九|二十)月",
        r"月(?:29|30|31|32|33|34|35|36|37|38|39|二十九|三十|２９|３０|３１)",
        r"(?:五|六|七|八|九|5|6|7|8|9)季度",
        r"(?:29|30|31|32|33|34|35|36|37|38|39)(?:º|°)? de ",
        rf"(?:{MON_EN})",
        r"[0-9]{4}[^0-9A-Za-z\s][0-9]{1,2}[^0-9A-Za-z\s][0-9]{1,2}",
        r"[0-9]{1,2}[^0-9A-Za-z\s][0-9]{1,2}[^0-9A-Za-z\s][0-9]{4}",
        r"(?:[Qq]uinto|[Ss]exto|[Ss]éptimo|[Oo]ctavo) trimestre",
        r"(?:[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth) quarter",
    )

    spots = fast_all(
        r"年\s*(?:1[3-9]|[2-9]\d|十[三四五六七八九]|[二三四五六七八九]十)\s*月",
        r"(?:1[3-9]|[2-9]\d)\s*月\s*\d{1,2}\s*[日号號]",
        r"(?:0?2|二|[０]?２)\s*月\s*(?:29|3\d|２９|３[０-９]|二十九|三十)",
        r"(?:0?[469]|11|[四六九]|十一|[４６９]|１１)\s*月\s*(?:31|三十一|３１)",
        r"月\s*(?:3[2-9]|[4-9]\d|三十[二三四五六七八九]|[四五六七八九]十)\s*[日号號]",
        r"(?:29|3\d|[4-9]\d)\s*(?:º|°)?\s+de\s+[Ff]ebrero",
        r"31\s*(?:º|°)?\s+de\s+(?:[Aa]bril|[Jj]unio|[Ss]eptiembre|[Ss]etiembre|[Nn]oviembre)",
        rf"(?:3[2-9]|[4-9]\d)\s+de\s+(?:{MON_ES_CAP})",
        r"(?:Feb|February)\.?\s+(?:29|3\d)",
        r"(?:29|3\d)(?:st|nd|rd|th)?\s+(?:of\s+)?Feb",
        r"(?:Apr|April|Jun|June|Sep|Sept|September|Nov|November)\.?\s+31",
        r"31(?:st)?\s+(?:of\s+)?(?:Apr|Jun|Sep|Nov)",
        rf"(?:{MON_EN})\.?\s+(?:3[2-9]|[4-9]\d)",
        rf"(?:3[2-9]|[4-9]\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MON_EN})",
        r"\d{4}[-/](?:1[3-9]|[2-9]\d)[-/]\d{1,2}",
        r"\d{4}[-/]0?2[-/](?:29|3\d)",
        r"\d{4}[-/](?:0?[469]|11)[-/]31",
        r"\d{4}[-/]\d{1,2}[-/](?:3[2-9]|[4-9]\d)",
        r"\d{1,2}[-/]\d{1,2}[-/]\d{4}",
        r"(?:第\s*)?[5-9五六七八九]\s*季度",
        r"(?:[Qq]uinto|[Ss]exto|[Ss]éptimo|[Oo]ctavo)\s+trimestre",
        r"(?:[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth)\s+quarter",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for base, w in self._spots.windows(doc, self.meta.code, 40, 24, 24):
            for expr in parse_line(w.text):
                why = w.inside(expr.start, expr.end) and problem(expr, w.text)
                if why:
                    text = w.text[expr.start : expr.end]
                    start = base + w.offset + expr.start
                    yield Hit(start, start + len(text), f"impossible date '{text}': {why}")
