"""DATE018 punctuation-in-date: a full stop inside a Chinese date (1988.年7月, 2003年.7月)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_STRAY = LazyRegex(
    r"(?<![0-9０-９.．])(?P<y>(?:1[89]|20)[0-9]{2}|[１２][０８９][０-９]{2})(?P<p>[.．])(?P<u>年)(?!代)(?=\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月|[^0-9０-９])|"
    r"(?<![0-9０-９.．])(?:1[89]|20)[0-9]{2}年(?P<p2>[.．])(?=[0-9０-９]{1,2}\s*月)",
    regex.V1,
)


class PunctuationInDate:
    meta = RuleMeta(
        code="DATE018",
        name="punctuation-in-date",
        family="date",
        severity=Severity.WARNING,
        summary="A full stop inside a Chinese date, between the year and 年 or 年 and the month (1988.年7月).",
        docs=(
            "Editors converting '1988.7' into '1988年7月', or templates that join a number and its unit, leave "
            "a stray full stop: '1988.年7月', '2003年.7月'. Chinese never puts punctuation between a year and "
            "年, so the fix (dropping the stop) is certain. Decades (1980.年代 is left to the reader) and "
            "decimals (1.5年) are not reported."
        ),
        bad=(
            Example("中共党员,1988.年7月参加工作。", (Expected("1988.年", 1, 6, fix="1988年"),)),
            Example("2003年.7月毕业。", (Expected("2003年.", 1, 1, fix="2003年"),)),
        ),
        good=(Example("1988年7月参加工作，工作了1.5年，2003.7毕业；12.年"),),
        source=__name__,
    )
    triggers = fast_all(r"\d[.．]年", r"年[.．]\d", r"[０-９][.．]年", r"年[.．][０-９]")
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            for m in _STRAY.finditer(line.text):
                if m.group("p"):
                    start, end = m.start("y"), m.end("u")
                    fix = m.group("y") + m.group("u")
                else:
                    start, end = m.start(), m.end()
                    fix = m.group()[:-1]
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"stray full stop in the date '{line.text[start:end]}'",
                    fix=fix,
                )
