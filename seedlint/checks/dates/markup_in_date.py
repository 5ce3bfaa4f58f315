"""DATE015 markup-in-date: HTML residue fused to the number of a date (in October p>23, 2003</p>年)."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.dates.analysis import MARKUP_NUMBER, FamilySpotter
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


class MarkupInDate:
    meta = RuleMeta(
        code="DATE015",
        name="markup-in-date",
        family="date",
        severity=Severity.ERROR,
        summary="HTML residue fused to the year or day of a date (in October p>23, 2003</p>年).",
        docs=(
            "A bad HTML strip that removes only part of a tag leaves 'p>', '/p>' or 'br>' glued to the next "
            "number; in dates it often takes digits with it ('in October p>23' for October 2003, 'p>214' for "
            "2014). The rule reports a tag fragment (p, br, div, span, strong, em, b, i, font, td, li) between a "
            "month name, 'in'/'since'/'en'/'desde' and a number, or between a number and 年/月. The year cannot "
            "be recovered with certainty, so there is no fix."
        ),
        bad=(
            Example("in October p>23, Taobao launched AliPay.", (Expected("p>23", 1, 12),)),
            Example("En junio de p>2014 se fundó.", (Expected("p>2014"),)),
            Example("成立于2003</p>年。", (Expected("2003</p>"),)),
        ),
        good=(
            Example("in October <p>The bank</p> opened; the selector div>p>2 matched; 2003年<p>成立</p>."),
            Example("In 2014 br>3 is a typo; Use td>10 in tables."),
        ),
        source=__name__,
    )
    triggers = fast_all(r"[a-z]\s*/?>\s*\d", r"\d\s*<?/?[a-z]{1,6}\s*/?>\s*[年月]")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            for m in MARKUP_NUMBER.finditer(line.text):
                if m.group("tag"):
                    start, end = m.start("tag"), m.end("n")
                else:
                    start, end = m.start("n2"), m.end("tag2")
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"markup residue fused to a date number in '{line.text[start:end]}': the year or day is damaged",
                )
