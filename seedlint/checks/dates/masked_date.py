"""DATE019 masked-date: a date replaced by asterisks (A partir de ***, 截至****年)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_MASKED = LazyRegex(
    r"(?<![\p{L}])(?i:a\s+partir\s+de(?:l)?|desde|hasta|el\s+d[ií]a|as\s+of|since|until|dated|on)\s+[*＊]{2,}(?![*＊]*\s*\p{L})|"
    r"(?<![\p{L}])(?i:a\s+partir\s+de(?:l)?|desde|hasta|as\s+of|since|until)\s+[*＊]{2,}(?=\s*[,，.;])|"
    r"(?:截至|截止|截止到|自|于|於|从)\s*[*＊]{2,}\s*(?:年|月|日|[，,。])|[*＊]{2,4}\s*年\s*(?:[*＊0-9]{1,2}\s*月)",
    regex.V1,
)


class MaskedDate:
    meta = RuleMeta(
        code="DATE019",
        name="masked-date",
        family="date",
        severity=Severity.WARNING,
        summary="A date replaced by asterisks (A partir de ***, 截至****年**月).",
        docs=(
            "Content farms and document-sharing sites that re-publish articles mask dates (and numbers) with "
            "asterisks so that the copy looks current: 'A partir de ***, más de 29.000 marcas…', '截至****年**月'. "
            "The sentence has lost the time it states. The rule reports asterisks after a date preposition "
            "(a partir de, desde, hasta, as of, since, until, 截至, 自, 于) or before 年 with a month; emphasis "
            "(**bold**), ratings and footnote stars are left alone."
        ),
        bad=(
            Example("A partir de ***, más de 29.000 marcas se han instalado.", (Expected("A partir de ***", 1, 1),)),
            Example("截至****年**月，用户超过一亿。", (Expected("截至****年"),)),
        ),
        good=(Example("Desde **Madrid** hasta **Lima**; rated *** (three stars); 注*：截至2023年。"),),
        source=__name__,
    )
    triggers = fast_all(r"[a-z]\s+[*＊]{2}", r"(?:\*\*|＊＊)\s*年", r"(?:至|止|到|自|于|於|从)\s*[*＊]{2}")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            for m in _MASKED.finditer(line.text):
                text = m.group().rstrip("，,。 ")
                yield Hit(
                    line.start + m.start(),
                    line.start + m.start() + len(text),
                    f"'{text}': the date is masked by asterisks",
                )
