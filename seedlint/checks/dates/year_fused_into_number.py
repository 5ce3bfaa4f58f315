"""DATE002 year-fused-into-number: 1.2023% in a document whose years were corrupted."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter, corrupted_years
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.numerals import ascii_digits
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_FUSED = LazyRegex(
    r"(?<![0-9０-９.．,])(?P<int>[0-9０-９]{1,3})[.．](?P<y>(?:1[89]|20|１[８９]|２０)[0-9０-９]{2})"
    r"(?![0-9０-９]|[.．][0-9０-９])(?P<unit>\s*(?:%|％|‰|个百分点|個百分點|倍|(?i:percent|per\s+cent|por\s+ciento)))?",
    regex.V1,
)


def _year_elsewhere(doc: Document, year: str, skip: tuple[int, int]) -> bool:
    pattern = regex.compile(rf"(?<![0-9.．])(?:{year}\s*年|(?<=\b(?:in|en|de|of|since|desde)\s){year}(?![0-9]))")
    return any(not skip[0] <= m.start() < skip[1] for m in pattern.finditer(doc.text))


class FusedYear:
    meta = RuleMeta(
        code="DATE002",
        name="year-fused-into-number",
        family="date",
        severity=Severity.WARNING,
        summary="A decimal or percentage whose fraction is a year (1.2023%), in a document with corrupted years.",
        docs=(
            "A careless find-and-replace of years also rewrites digits inside other numbers: '1.13%' becomes "
            "'1.2023%' when every '13' turned into '2023'. Such a number is only suspicious where the document "
            "shows the same damage elsewhere, so the rule reports a decimal whose fractional part is a year only "
            "in documents that also hold a corrupted year (DATE001) and use that year as a year. On its own, "
            "'1.2023%' in a clean document is left alone."
        ),
        bad=(
            Example(
                "202223年与建设银行合作，不良率仅为1.2023%。\n2023年，网商银行获批。",
                (Expected("1.2023%", 1, 21),),
            ),
        ),
        good=(
            Example("不良率仅为1.2023%，2023年网商银行获批。"),
            Example("202223年起支付宝建立分公司。比例为1.2023，版本号 v1.2019.3。"),
        ),
        source=__name__,
    )
    triggers = fast_all(r"[0-9][^0-9A-Za-z\s][0-9]{4}(?:[^0-9]|$)", r"[０-９][.．][０-９]{4}")

    spots = fast_all(r"\d[.．](?:19|20|18)\d\d", r"[０-９][.．][１２][０８９][０-９]{2}")

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        candidates = []
        for index in self._spots.spots(doc, self.meta.code):
            line = doc.line_span(index)
            for m in _FUSED.finditer(line.text):
                candidates.append((line.start + m.start(), line.start + m.end(), m))
        if not candidates:
            return
        corrupted = [digits for _, _, digits in corrupted_years(doc.text)]
        if not corrupted:
            return
        for start, end, m in candidates:
            year = ascii_digits(m.group("y"))
            in_corrupted = any(c.startswith(year) or c.endswith(year) for c in corrupted)
            if not in_corrupted and not _year_elsewhere(doc, year, (start, end)):
                continue
            yield Hit(
                start,
                end,
                f"'{m.group()}' has a year ({year}) fused into its digits; this document's years were corrupted "
                "by a bad replacement, so this number probably was too",
            )
