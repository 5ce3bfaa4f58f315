"""DATE009 dated-after-publication: an event dated after the date the document gives for itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from seedlint.checks.dates.context import (
    FUTURE,
    LABEL_LINE,
    LIST_LINE,
    Publication,
    is_publication_line,
    max_plausible_year,
    publication,
    sentence_at,
    year_spots,
)
from seedlint.checks.dates.grammar import DateExpr, Ymd, describe, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.ranges import count_follows, find_ranges
from seedlint.checks.dates.windows import fast_all, windows
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_SENTENCE_END = LazyRegex(r"[.!?。！？]\s*$")
_CHECKED_FORMS = ("zh", "es", "en", "iso", "dmy")


def _after(expr: DateExpr, pub: Publication) -> bool:
    bounds = expr.bounds()
    if bounds is None:
        return False
    first: Ymd = bounds[0]
    py, pm, pd = pub.date
    if expr.day is None or pub.precision == 2:
        return (first[0], first[1]) > (py, pm)
    return first > (py, pm, pd)


class AfterPublication:
    meta = RuleMeta(
        code="DATE009",
        name="dated-after-publication",
        family="date",
        severity=Severity.WARNING,
        summary="An event dated after the publication date the document states for itself.",
        docs=(
            "A document that states its own publication or update date on a metadata line (发布时间：…, "
            "'Published: April 18, 2023', 'Publicado el …') cannot report, in the past tense, an "
            "event of a later month. Such dates usually come from a replacement that changed years (2013 → "
            "2023). Only dates with a month are compared; sentences that speak of plans, forecasts or deadlines "
            "(将, 预计, will, expected, se espera, hasta…), ranges and other metadata lines are left alone, and a "
            "bare 时间:/Date: label (an upload, crawl or event time on many pages) is not taken as the date."
        ),
        bad=(
            Example(
                "发布时间：2023-04-18\n2023年6月份的钱荒让余额宝的收益一度冲高。",
                (Expected("2023年6月", 2, 1),),
            ),
            Example(
                "Published: March 3, 2019\nThe bank opened its first branch in June 2019.",
                (Expected("June 2019", 2, 37),),
            ),
        ),
        good=(
            Example(
                "发布时间：2023-04-18\n2023年3月，网商银行获批。预计2023年6月上线。活动时间：2023年5月1日至2023年5月3日。"
            ),
            Example("Published: March 3, 2019\nThe bank will open a branch in June 2019. It opened in May 2018."),
            Example("Published in 2020: the bank opened its first branch in June 2019. It was founded in May 2018."),
            Example("时间:2016-07-11\n2023年6月7日，区教育局推出了第二期方案，更新于2023年6月8日。"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"(?:发布|發布|发表|發表|更新|刊发|刊發|出版)(?:时间|時間|日期)",
        r"(?:发布|發布|发表|發表|更新)(?:于|於)",
        r"(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Pp]ublicado|[Pp]ublicada|[Aa]ctualizado|[Pp]ublication date|"
        r"[Ff]echa de publicación|[Ll]ast updated)",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        pub = publication(doc)
        if pub is None:
            return
        for index, line_spots in sorted(year_spots(doc, pub.date[0]).items()):
            if index == pub.line:
                continue
            line = doc.line_span(index)
            if LABEL_LINE.match(line.text) or LIST_LINE.match(line.text) or is_publication_line(line.text):
                continue
            if len(line.text.strip()) < 60 and not _SENTENCE_END.search(line.text):
                continue  # a title or link in a list of related articles, dated on its own
            for w in windows(line.text, line_spots, 48, 24):
                yield from self._judge(doc, pub, line.start + w.offset, w.text, w.inside)

    def _judge(
        self, doc: Document, pub: Publication, offset: int, text: str, inside: Callable[[int, int], bool]
    ) -> Iterator[Hit]:
        in_ranges = [(r.start, r.end) for r in find_ranges(text)]
        for expr in parse_line(text):
            if expr.form not in _CHECKED_FORMS or expr.month is None or not _after(expr, pub):
                continue
            if not inside(expr.start, expr.end) or any(s <= expr.start < e for s, e in in_ranges):
                continue
            if (expr.year or 0) > max_plausible_year() or (
                expr.form == "en" and expr.day is None and count_follows(text, expr.end)
            ):
                continue  # an implausible year (DATE010) or a count after a month ('March 2500 more')
            start = offset + expr.start
            if FUTURE.search(sentence_at(doc, start).text):
                continue
            yield Hit(
                start,
                offset + expr.end,
                f"'{text[expr.start : expr.end]}' ({describe(expr)}) is after the document's own date "
                f"({pub.text()}, line {pub.line + 1}): a replaced year?",
            )
