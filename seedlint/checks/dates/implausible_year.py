"""DATE010 implausible-year: a dated month or day in a year before 1000 or more than ten years ahead."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.context import FUTURE, FUTURE_TOPIC, PAST, max_plausible_year, sentence_at
from seedlint.checks.dates.garbled_date import garbled_spans
from seedlint.checks.dates.grammar import parse_line
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
from seedlint.checks.dates.ranges import count_follows as _count_follows
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

MIN_YEAR = 1000
_FORMS = ("zh", "es", "en", "iso")


class ImplausibleYear:
    meta = RuleMeta(
        code="DATE010",
        name="implausible-year",
        family="date",
        severity=Severity.WARNING,
        summary="A full date or month in a year outside 1000 to ten years from now (junio de 5438).",
        docs=(
            "Dates with a month ('junio de 5438', 'June 3150', '5438年10月', '5438-10-01') whose year lies before "
            "1000 or more than ten years after the current year are almost always damaged numbers. Sentences "
            "that are clearly about the distant past (BC, siglo, dynasty, 公元) or the future (future, 未来, "
            "science fiction, predicts) are left alone, and so are bare numbers that may be counts (5000年 is "
            "also '5000 years')."
        ),
        bad=(
            Example("El banco abrió en junio de 5438 su primera sucursal.", (Expected("junio de 5438"),)),
            Example("该公司于5438年10月成立。", (Expected("5438年10月"),)),
            Example("The branch opened on March 3, 2650.", (Expected("March 3, 2650"),)),
        ),
        good=(
            Example(
                "El banco abrió en junio de 2004. 中华文明有5000年历史。The novel is set in the future, in June 3150."
            ),
            Example("En junio de 711, los musulmanes cruzaron el estrecho durante el siglo VIII. 公元前221年10月。"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        rf"(?:{MON_ES_CAP}) del? ",
        rf"(?:{MON_EN})",
        r"年(?:1|2|3|4|5|6|7|8|9|10|11|12|０|１|２|３|４|５|６|７|８|９)",
        r"[0-9]{4}[^0-9A-Za-z\s][0-9]{1,2}[^0-9A-Za-z\s][0-9]{1,2}",
    )

    spots = fast_all(
        rf"(?:{MON_ES_CAP})\s+del?\s+(?:[3-9]\d{{3}}|2[1-9]\d\d|20[3-9]\d|[1-9]\d{{2}})(?:[^0-9]|$)",
        rf"(?:{MON_EN})\.?,?\s+(?:of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
        r"(?:[3-9]\d{3}|2[1-9]\d\d|20[3-9]\d|[1-9]\d{2})(?:[^0-9]|$)",
        r"(?:^|[^0-9])(?:[3-9]\d{3}|2[1-9]\d\d|20[3-9]\d|[1-9]\d{2})\s*年\s*\d{1,2}\s*月",
        r"(?:^|[^0-9])(?:[3-9]\d{3}|2[1-9]\d\d|20[3-9]\d)-\d{1,2}-\d{1,2}",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        top = max_plausible_year()
        for base, w in self._spots.windows(doc, self.meta.code, 48, 24, 24):
            yield from self._judge(doc, base + w.offset, w.text, w.inside, top)

    def _judge(
        self, doc: Document, offset: int, text: str, inside: Callable[[int, int], bool], top: int
    ) -> Iterator[Hit]:
        garbled = list(garbled_spans(text))
        for expr in parse_line(text):
            if not inside(expr.start, expr.end):
                continue
            year = expr.year
            if expr.form not in _FORMS or year is None or expr.month is None or MIN_YEAR <= year <= top:
                continue
            if year < 100 or any(s <= expr.start < e for s, e, _ in garbled):
                continue
            if year < MIN_YEAR and expr.day is None:
                continue  # 'junio de 500' may be a count: only full dates count for early years
            if expr.form == "en" and expr.day is None and _count_follows(text, expr.end):
                continue  # 'In May 3000 employees…': a count after the month
            sentence = sentence_at(doc, offset + expr.start).text
            if (year < MIN_YEAR and PAST.search(sentence)) or (
                year > top and (FUTURE_TOPIC.search(sentence) or FUTURE.search(sentence))
            ):
                continue
            bound = f"before {MIN_YEAR}" if year < MIN_YEAR else f"more than ten years ahead (after {top})"
            yield Hit(
                offset + expr.start,
                offset + expr.end,
                f"implausible year {year} in '{text[expr.start : expr.end]}': {bound}",
            )
