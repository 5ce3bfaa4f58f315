"""DATE001 corrupted-year: five- or six-digit "years" (202223年, in 202223)."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.dates.analysis import FamilySpotter, corrupted_years
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


class CorruptedYear:
    """Five- or six-digit "years": two years fused by a bad find-and-replace (``202223年``)."""

    meta = RuleMeta(
        code="DATE001",
        name="corrupted-year",
        family="date",
        severity=Severity.ERROR,
        summary="A year with five or six digits, usually two years fused together (202223年).",
        docs=(
            "Finds numbers of five or six digits that begin like a year (18xx, 19xx, 20xx) and stand where a "
            "year stands: before 年, after 'in', 'since', 'en', 'desde' or a month name ('junio de 202223'). They "
            "come from find-and-replace or machine-translation damage that spliced two years together; a reader "
            "cannot tell which year was meant, and a model learns that such years exist. Round numbers (20000年) "
            "and counts of years (18500年前, 'in 20231 cases') are left alone."
        ),
        bad=(
            Example("202223年起，支付宝分别建立北京分公司。", (Expected("202223", 1, 1),)),
            Example("The company was founded in 200314 by two engineers.", (Expected("200314", 1, 28),)),
            Example("En junio de 201415, Alipay se independizó.", (Expected("201415"),)),
            Example("直到２０２２２３年的年会。", (Expected("２０２２２３"),)),
        ),
        good=(
            Example("2023年起，支付宝分别建立北京分公司，客服电话是95188。"),
            Example("The stadium holds 20000 people; the year 2014 saw 120000 visitors."),
            Example("这片冰川形成于约18500年前，距今已有20000年的历史。"),
            Example("The survey ran in 20231 households in 2019. 客服QQ 3074922707，电话400-820-8820。"),
        ),
        source=__name__,
    )
    # engine triggers: cheap gates with selective literals; ``spots`` are the exact patterns
    triggers = fast_all(r"[0-9]{5,6}(?:[^0-9]|$)", r"[０-９]{5,6}")

    spots = fast_all(
        r"(?:1[89]|20)\d{3,4}\s*年",
        r"[１２][０８９][０-９]{3,4}\s*年",
        r"\s(?:1[89]|20)\d{3,4}(?:[^0-9]|$)",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in self._spots.spots(doc, self.meta.code):
            line = doc.line_span(index)
            for start, end, digits in corrupted_years(line.text, line.start):
                yield Hit(
                    start,
                    end,
                    f"'{digits}' is not a year: {len(digits)} digits where a year stands "
                    "(two years fused by a bad replacement?)",
                )
