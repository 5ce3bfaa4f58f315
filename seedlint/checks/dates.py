"""Python rules of the ``date`` family: date arithmetic a pattern cannot express."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, Rule, RuleMeta

_CORRUPTED_YEAR = regex.compile(
    r"(?<!\d[.,])(?<!\d)((?:1[89]|20)\d{3,4})(?=\s*年|\s*(?:年代|a[ñn]o))|(?<=\b(?:in|since|en|desde|year)\s)((?:1[89]|20)\d{3,4})\b"
)


class CorruptedYear:
    """Five- or six-digit "years": two years fused by a bad find-and-replace (``202223年``)."""

    meta = RuleMeta(
        code="DATE001",
        name="corrupted-year",
        family="date",
        severity=Severity.ERROR,
        summary="A year with five or six digits, usually two years fused together (202223年).",
        docs=(
            "Finds numbers of five or six digits that begin like a year (18xx, 19xx, 20xx) and stand where "
            "a year stands: before 年, or after 'in', 'since', 'en', 'desde'. They come from find-and-replace "
            "or machine-translation damage that spliced two years together; a reader cannot tell which year "
            "was meant, and a model learns that such years exist."
        ),
        bad=(
            Example("202223年起，支付宝分别建立北京分公司。", (Expected("202223", 1, 1),)),
            Example("The company was founded in 200314 by two engineers.", (Expected("200314", 1, 28),)),
        ),
        good=(
            Example("2023年起，支付宝分别建立北京分公司。"),
            Example("The stadium holds 20000 people; the year 2014 saw 120000 visitors."),
        ),
        source=__name__,
    )
    triggers = (r"(?:1[89]|20)\d{3,4}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in ctx.lines or ():
            line = doc.line_span(index)
            for m in _CORRUPTED_YEAR.finditer(line.text, timeout=ctx.timeout):
                group = 1 if m.group(1) else 2
                yield Hit(
                    line.start + m.start(group),
                    line.start + m.end(group),
                    f"'{m.group(group)}' is not a year: {len(m.group(group))} digits where a year stands",
                )


RULES: tuple[Rule, ...] = (CorruptedYear(),)
