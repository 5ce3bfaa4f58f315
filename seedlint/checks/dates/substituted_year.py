"""DATE020 substituted-year: a site-wide replacement of past years by the document's own year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.dates.analysis import FamilySpotter, corrupted_years, stated_date
from seedlint.checks.dates.context import (
    LABEL_LINE,
    LIST_LINE,
    is_publication_line,
    publication,
    sentence_at,
    year_spots,
)
from seedlint.checks.dates.grammar import DateExpr, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.long_year_in_date import long_years
from seedlint.checks.dates.ranges import find_ranges
from seedlint.checks.dates.windows import fast_all, windows
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: how many past events the stated year must date before a site-wide substitution is reported
MIN_SUBSTITUTED = 3
_FORMS = ("zh", "es", "en", "iso", "year")
# plain future, plan and forecast cues (narrower than DATE009's: 开始/期间 narrate the past too)
_FUTURE = LazyRegex(
    r"将(?!军|領|领)|將(?!軍)|预计|預計|计划|計劃|拟于|擬於|有望|即将|即將|明年|届时|屆時|预期|預期|(?<![\p{L}])(?i:will|shall|"
    r"going\s+to|expects?|expected|plans?|planned|forecast\w*|upcoming|se\s+espera|prev[eé]\w*|va\s+a|van\s+a|"
    r"pr[oó]xim\w*|\w+r[aá]n?)(?![\p{L}])",
    regex.V1,
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    after: bool  # dated after the stated date (not only in its year)


def _mentions(doc: Document, year: int, stated: tuple[int, int, int], skip_line: int) -> Iterator[_Mention]:
    for index, line_spots in sorted(year_spots(doc, year).items()):
        line = doc.line_span(index)
        if index == skip_line or LABEL_LINE.match(line.text) or LIST_LINE.match(line.text):
            continue
        if is_publication_line(line.text) or len(line.text.strip()) < 40:
            continue
        for w in windows(line.text, line_spots, 48, 24):
            ranges = [(r.start, r.end) for r in find_ranges(w.text)]
            for expr in parse_line(w.text):
                if not _counts(expr, year) or not w.inside(expr.start, expr.end):
                    continue
                if any(s <= expr.start < e for s, e in ranges):
                    continue
                start = line.start + w.offset + expr.start
                if _FUTURE.search(sentence_at(doc, start).text):
                    continue
                first = expr.bounds()
                after = first is not None and expr.month is not None and (first[0][0], first[0][1]) > stated[:2]
                if not after and expr.year != year:
                    continue  # a later year without a month: too coarse to contradict the stated date
                yield _Mention(start, start + expr.end - expr.start, w.text[expr.start : expr.end], after)


def _corrupted(text: str) -> bool:
    return next(corrupted_years(text), None) is not None or next(long_years(text), None) is not None


def _counts(expr: DateExpr, year: int) -> bool:
    return expr.form in _FORMS and expr.year is not None and expr.year >= year and expr.marked and expr.valid


class SubstitutedYear:
    meta = RuleMeta(
        code="DATE020",
        name="substituted-year",
        family="date",
        severity=Severity.WARNING,
        summary="Past events dated in the document's own year, in a document whose years were corrupted.",
        docs=(
            "Some document-sharing and content-farm sites replace the years of what they republish with the "
            "current one, so that a history reads as news: '2023年6月的钱荒…', '2023年，网商银行获批' in a page "
            "uploaded on 2023-04-18. The same replacement leaves corrupted years (202223年, DATE001) behind. "
            "In a document with such years that states its own date on a label line (发布时间：, 时间：, "
            "日期：, Date:, Fecha:, Publicado:), the rule reports the events dated after that date and, when "
            "at least three past events fall in that very year, every one of them. Sentences with a plan or "
            "forecast (将, 预计, will, se espera…), ranges, label and list lines are left alone. Without the "
            "corrupted years nothing is reported: a bare 时间: line alone may be an upload time."
        ),
        bad=(
            Example(
                "时间:2023-04-18\n202223年起，支付宝建立分公司，用户增长很快，到客户身边去，开拓了新市场。"
                "2023年6月份的钱荒让余额宝的收益冲高。2023年前行长的加入让阿里转向合规。2023年，网商银行获批。"
                "阿里云自2023年承担了购票平台的技术支持。",
                (
                    Expected("2023年6月"),
                    Expected("2023年", 2, 61),
                    Expected("2023年", 2, 80),
                    Expected("2023年", 2, 97),
                ),
            ),
        ),
        good=(
            Example(
                "时间:2023-04-18\n2003年起，支付宝建立分公司，共有200315名用户，到客户身边去，开拓了新市场。"
                "2023年6月份的钱荒让余额宝的收益冲高。2023年前行长的加入让阿里转向合规。2023年，网商银行获批。"
                "阿里云自2023年承担了购票平台的技术支持。"
            ),
            Example(
                "时间:2023-04-18\n202223年起，支付宝建立分公司，用户增长很快，到客户身边去，开拓了新市场。"
                "预计2023年6月上线新产品。2023年，网商银行获批。2023年前行长的加入让阿里转向合规。"
            ),
        ),
        source=__name__,
    )
    triggers = fast_all(r"[0-9]{5,6}(?:[^0-9]|$)", r"[０-９]{5,6}")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not any(_corrupted(line.text) for line in self._spots.lines(doc, self.meta.code)):
            return
        stated = stated_date(doc)
        if stated is None:
            return
        date, line_index, label = stated
        formal = publication(doc) is not None  # DATE009 already reports dates after a formal one
        mentions = list(_mentions(doc, date[0], date, line_index))
        same_year = [m for m in mentions if not m.after]
        where = f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}, line {line_index + 1}"
        for m in mentions:
            if m.after and not formal:
                yield Hit(
                    m.start,
                    m.end,
                    f"'{m.text}' is after the document's own date ({label} {where}) in a "
                    "document with corrupted years: a substituted year?",
                )
            elif len(same_year) >= MIN_SUBSTITUTED and not m.after:
                yield Hit(
                    m.start,
                    m.end,
                    f"'{m.text}' dates a past event in the document's own year ({where}), "
                    f"like {len(same_year) - 1} other events here, in a document with corrupted years: "
                    "a site-wide year substitution?",
                )
