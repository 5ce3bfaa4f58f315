"""DATE013 long-year-in-date: a five- or six-digit year after a month and day (September 14, 20104)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import flagged_lines
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
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


def long_years(text: str) -> Iterator[regex.Match[str]]:
    """Every five- or six-digit year after a month and a day in ``text``."""
    for m in _LONG.finditer(text):
        if int(m.group("y")) % 1000:  # 20000: a round count
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
            "a second year from a bad replacement. DATE001 finds such years where a count is also possible and "
            "therefore skips them before a noun; with the day present this rule needs no such exception. en "
            "(Month D, YYYYY; D Month YYYYY), es (D de mes de YYYYY) ; a round number (20000) is a count."
        ),
        bad=(
            Example("Posted in NewsSeptember 14, 20104 comments", (Expected("20104", 1, 29),)),
            Example("for the year ended December 31, 202243 - The Board", (Expected("202243"),)),
            Example("El 14 de junio de 201415 se independizó.", (Expected("201415"),)),
        ),
        good=(
            Example("Posted September 14, 2010. 4 comments. On 14 June 2014, 120000 people came. 12月31日，20000人。"),
        ),
        source=__name__,
    )
    triggers = fast_all(r"(?:\s|[,，])\d{5,6}(?:[^0-9]|$)")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in flagged_lines(doc, ctx):
            for m in long_years(line.text):
                start, end = m.span("y")
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"'{m.group('y')}' stands where the year of '{m.group().strip()}' belongs but has "
                    f"{end - start} digits: a year fused with the next number?",
                )
