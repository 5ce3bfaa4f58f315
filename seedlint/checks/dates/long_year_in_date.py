"""DATE013 long-year-in-date: a five- or six-digit year after a month and day (September 14, 20104)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter, corrupted_years
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
from seedlint.checks.dates.ranges import count_follows
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_Y = r"(?P<y>(?:1[89]|20)[0-9]{3,4})(?![0-9]|[.,][0-9])"
_LONG = LazyRegex(
    rf"(?:(?:{MON_EN})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+|(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{MON_EN})\.?,?\s+|(?<![0-9])[0-9]{{1,2}}\s*(?:º|°)?\s+de\s+(?:{MON_ES_CAP})\s+del?\s+(?:año\s+)?)" + _Y,
    regex.V1,
)


# an English date opening a clause ('On May 5, 20500 people marched'): the number may start the clause
_CLAUSE_DATE = LazyRegex(r"(?:^|[.;:!?,—–(]\s*)(?i:on|by|in|since|until|from|before|after|as\s+of)\s+$", regex.V1)


def long_years(text: str) -> Iterator[regex.Match[str]]:
    """Every five- or six-digit year after a month and a day in ``text``."""
    for m in _LONG.finditer(text):
        if not int(m.group("y")) % 1000:
            continue  # 20000: a round count
        if "de" not in m.group() and count_follows(text, m.end()) and _CLAUSE_DATE.search(text, 0, m.start()):
            continue  # 'On May 5, 20500 protesters marched': a count after an adverbial date
        yield m


class LongYearInDate:
    meta = RuleMeta(
        code="DATE013",
        name="long-year-in-date",
        family="date",
        severity=Severity.ERROR,
        summary="A full date whose year has five or six digits (September 14, 20104; 31 de diciembre de 202243).",
        docs=(
            "After a month and a day only a year can stand, so a five- or six-digit number there is a year "
            "fused with something else: the next token's digits ('2010' + '4 comments'), a footnote number, or "
            "a second year from a bad replacement. en (Month D, YYYYY; D Month YYYYY) and es (D de mes de YYYYY). "
            "A round number (20000) is a count, and so is a number before a noun after a date that opens a "
            "clause with a preposition ('On May 5, 20500 protesters marched'); a date used as a label or "
            "byline ('Posted in NewsSeptember 14, 20104 comments') has no such reading. A year that DATE001 "
            "already reports (right after the month: '5 March 200915') is not reported twice."
        ),
        bad=(
            Example("Posted in NewsSeptember 14, 20104 comments", (Expected("20104", 1, 29),)),
            Example("for the year ended December 31, 202243 - The Board", (Expected("202243"),)),
            Example("El 14 de junio de 201415 Alipay se independizó.", (Expected("201415"),)),
        ),
        good=(
            Example("Posted September 14, 2010. 4 comments. On 14 June 2014, 120000 people came. 12月31日，20000人。"),
            Example("On May 5, 20500 protesters marched; by 3 March 19000 fans had come. (On June 1, 20100 more.)"),
        ),
        source=__name__,
    )
    triggers = fast_all(r"(?:\s|[,，])\d{5,6}(?:[^0-9]|$)")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            reported = {start for start, _, _ in corrupted_years(line.text)}  # DATE001's
            for m in long_years(line.text):
                start, end = m.span("y")
                if start in reported:
                    continue
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"'{m.group('y')}' stands where the year of '{m.group().strip()}' belongs but has "
                    f"{end - start} digits: a year fused with the next number?",
                )
