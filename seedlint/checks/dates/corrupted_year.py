"""DATE001 corrupted-year: five- or six-digit "years" (202223年, in 202223)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES
from seedlint.checks.dates.numerals import ascii_digits, words
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_NUMBER = LazyRegex(
    r"(?<![A-Za-z0-9０-９_\-/#])(?<![0-9０-９][.,．])(?P<n>[1１][8-9８９][0-9０-９]{3,4}|[2２][0０][0-9０-９]{3,4})(?![0-9０-９])",
    regex.V1,
)
_BEFORE_WORD = LazyRegex(
    rf"(?:(?<![\p{{L}}])(?i:in|since|year|en|desde|hasta|año|from|until)|(?<![\p{{L}}])(?:{MON_EN})\.?,?(?:\s+of)?|"
    rf"(?<![\p{{L}}])(?i:{MON_ES})\s+(?i:de|del))\s+$",
    regex.V1,
)
# 年 followed by what makes the number a count of years (18500年前, 20300年的历史)
_DURATION_AFTER = LazyRegex(
    r"\s*年\s*(?:前|后|後|以前|以后|以後|之前|之后|之後|左右|多|余|餘|间|間|来|來|的?历史|的?歷史)"
)
_QUANTITY_BEFORE = LazyRegex(r"(?:约|大约|大約|距今|近|有|长达|長達|超过|超過|达|達|共|数|數|几|幾|逾|上下|第)\s*$")
_YEAR_AFTER = LazyRegex(r"\s*年")
_FOLLOW_OK = frozenset(
    words(
        "by and or when as the with at on after before was were he she it they we its his her their a an "
        "to for from but while y o el la los las cuando con por se fue tras antes después lo su sus un "
        "una al del de que"
    )
)
_NEXT_WORD = LazyRegex(r"\s*(?P<w>\p{L}+)", regex.V1)


def corrupted_years(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of every corrupted year in ``text``; offsets shifted by ``offset``."""
    for m in _NUMBER.finditer(text):
        digits = ascii_digits(m.group("n"))
        if int(digits) % 1000 == 0:
            continue  # 20000, 190000: round counts, not years
        start, end = m.span("n")
        if _YEAR_AFTER.match(text, end):
            if _DURATION_AFTER.match(text, end) or _QUANTITY_BEFORE.search(text[max(0, start - 4) : start]):
                continue
        elif _BEFORE_WORD.search(text[max(0, start - 20) : start]):
            word = _NEXT_WORD.match(text, end)
            if word and word.group("w").lower() not in _FOLLOW_OK:
                continue  # 'in 20231 cases': a count
        else:
            continue
        yield offset + start, offset + end, digits


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


def document_has_corrupted_year(doc: Document) -> bool:
    """True when any line of ``doc`` holds a corrupted year (evidence for DATE002)."""
    return next(corrupted_years(doc.text), None) is not None
