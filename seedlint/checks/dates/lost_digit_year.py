"""DATE016 lost-digit-year: a year that lost digits (in December, 24; at the end of 214), in a damaged document."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter, has_damage
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_LOST = LazyRegex(
    # a month, a comma and a short number that ends the phrase: 'in December, 24,' (2004 → 24)
    rf"(?<![\p{{L}}])(?P<d>(?i:in|since|by|en|desde)\s+(?:{MON_EN}|{MON_ES_CAP})(?:\s+del?)?,\s+(?P<n>[0-9]{{1,3}}))"
    r"(?![0-9]|[,.][0-9])(?=\s*[,.;，]|\s*$)|"
    # a part of a year followed by a three-digit 20x/21x: 'at the end of 214' (2014 → 214)
    r"(?<![\p{L}])(?P<e>(?i:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of|early|late|mid-?|"
    r"(?:a\s+)?(?:finales|principios|mediados|fines)\s+de(?:l\s+año)?)\s+(?P<m>2[01][0-9]))(?![0-9]|[,.][0-9])(?=\s*[,.;，])|"
    # a preposition and a three-digit 20x/21x before a comma: 'In 214, Ant Financial…'
    r"(?<![\p{L}])(?P<i>(?:in|In|since|Since|en|En|desde|Desde)\s+(?P<k>20[0-9]|21[0-9]))(?![0-9]|[,.][0-9])(?=\s*[,，])",
    regex.V1,
)


class LostDigitYear:
    meta = RuleMeta(
        code="DATE016",
        name="lost-digit-year",
        family="date",
        severity=Severity.WARNING,
        summary="A year that lost its digits (in December, 24; at the end of 214) in a document with damaged numbers.",
        docs=(
            "The number damage that leaves 'p>214' for 2014 or '65438+0' for 10 also drops digits: 'in "
            "December, 24,' for December 2004, 'at the end of 214' or 'In 214,' for 2014. On their own such "
            "phrases may be a day, a count or an ancient year, so the rule only reports them in documents that "
            "already hold a certain mark of number damage (a corrupted year, a numeral artefact, markup fused "
            "to a date): the gate DATE002 uses for fused decimals."
        ),
        bad=(
            Example(
                "in October p>23, AliPay launched.\nin December, 24, AliPay became independent.",
                (Expected("in December, 24", 2, 1),),
            ),
            Example("El año 202223 fue duro.\nA finales de 214, la empresa cerró.", (Expected("A finales de 214"),)),
        ),
        good=(
            Example("in December, 24, AliPay became independent. At the end of 214, Rome fell."),
            Example("in October p>23, AliPay launched.\nin December 2004, at the end of 2014, by June, 2,000 came."),
        ),
        source=__name__,
    )
    triggers = fast_all(r",\s+\d{1,3}(?:[^0-9]|$)", r"2\d{2}\s*[,，.;]")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not ctx.lines or not has_damage(doc):
            return
        for line in self._spots.lines(doc, self.meta.code):
            for m in _LOST.finditer(line.text):
                group = "d" if m.group("d") else "e" if m.group("e") else "i"
                start, end = m.span(group)
                number = m.group("n") or m.group("m") or m.group("k")
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"'{m.group(group)}': {number} stands where a year belongs and this document's numbers are "
                    "damaged elsewhere: a year that lost digits?",
                )
