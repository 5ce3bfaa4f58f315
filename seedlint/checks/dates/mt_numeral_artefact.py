"""DATE012 mt-numeral-artefact: Baidu-style machine translation of a Chinese number (65438+0 for 10)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import ARTEFACT, FamilySpotter
from seedlint.checks.dates.garbled_date import garbled_spans
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_DATE_AROUND = LazyRegex(
    rf"(?<![\p{{L}}])(?:{MON_EN}|{MON_ES_CAP})(?![\p{{L}}])|[年月日号]|(?<![0-9])(?:1[89]|20)[0-9]{{2}}(?![0-9])",
    regex.V1,
)
_DATE_REACH = 16


class NumeralArtefact:
    meta = RuleMeta(
        code="DATE012",
        name="mt-numeral-artefact",
        family="date",
        severity=Severity.ERROR,
        summary="A machine-translation numeral artefact (65438+0, 5438+, 65438-0986) in a date or an amount.",
        docs=(
            "Baidu-style machine translation of Chinese text renders the numeral 一 inside some numbers as "
            "'65438' and keeps the rest as an addition: 10 becomes '65438+0', 12月 'June 5438+ 10' or "
            "'65438+2月', 1986 '65438-0986', and a dropped digit leaves '5438+'. The number cannot be read back "
            "with certainty, so there is no fix. The artefact is reported as a date defect when a month, a year "
            "or 年/月/日 stands within a few characters, otherwise as a garbled number (an amount or a count). "
            "A 5438 that is part of a longer number, a phone number or an arithmetic line is left alone, and so is "
            "an operator between two dates ('junio de 5438 + octubre de 2003'), which DATE005 reports."
        ),
        bad=(
            Example(
                "RMB deposits decreased by 940.2 billion yuan in June 5438+ 10.",
                (Expected("5438+ 10", 1, 54),),
            ),
            Example("65438-0986, Mr. Pei visited the factory.", (Expected("65438-0986", 1, 1),)),
            Example("198865438+In February, the fridge won a medal.", (Expected("198865438+", 1, 1),)),
            Example("公司有员工65438+0000人。", (Expected("65438+0000"),)),
        ),
        good=(Example("Call 010-65438-1234 or +65438 0000; the sum 15438+2 is 15440; 5438 people came in June."),),
        source=__name__,
    )
    triggers = fast_all(r"5438\s*[+＋\-–]")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            garbled: list[tuple[int, int, str]] | None = None
            for m in ARTEFACT.finditer(line.text):
                start, end = m.span()
                if garbled is None:
                    garbled = list(garbled_spans(line.text))
                if any(s <= start < e for s, e, _ in garbled):
                    continue  # an operator between two dates: DATE005 reports it
                text = m.group().rstrip()
                end = start + len(text)
                around = line.text[max(0, start - _DATE_REACH) : end + _DATE_REACH]
                in_date = m.group("pre") is not None or _DATE_AROUND.search(around) is not None
                what = "a date" if in_date else "a number"
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"'{text}' is a machine-translation numeral artefact (Baidu-style '65438+…' for a number "
                    f"with 一) in {what}: the value cannot be read back",
                )
