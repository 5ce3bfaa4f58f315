"""DATE014 split-date-number: a year or a date written with spaces inside its number (199 1, 20 10, 2018 12 18)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# one year written as two numbers: 199 1, 20 10 (a 3+1 or 2+2 split)
_SPLIT_3_1 = LazyRegex(
    r"(?<![0-9０-９.,:/\-–+#$€£¥]|[0-9]\s)(?P<a>1[89][0-9]|20[0-3])\s(?P<b>[0-9])(?![0-9]|[.,:/][0-9]|\s*[%％]|\s[0-9])",
    regex.V1,
)
_SPLIT_2_2 = LazyRegex(
    r"(?:^|(?<=[.!?;]\s)|(?<=[。！？；，、：])|(?<=(?<![\p{L}])(?i:in|since|en|desde|year|año)\s))(?P<a>19|20)\s(?P<b>[0-9]{2})"
    r"(?![0-9]|[.,:/][0-9]|\s*[%％]|\s*[-–]|\s[0-9])(?=\s+\p{Ll}|\s*年)",
    regex.V1,
)
# a full date left as three bare numbers: 2018 12 18
_BARE_YMD = LazyRegex(
    r"(?<![0-9０-９.,:/\-–+#$€£¥]|[0-9]\s)(?P<y>(?:19|20)[0-9]{2})\s(?P<m>0?[1-9]|1[0-2])\s(?P<d>0?[1-9]|[12][0-9]|3[01])"
    r"(?![0-9]|[.,:/%][0-9]|\s*[%％]|\s+[0-9]|\s*[-–]|\s*(?:年|月|日))",
    regex.V1,
)
# what makes 'NNN N' a quantity, not a year: a unit or a plural noun right after
_UNIT_AFTER = LazyRegex(
    r"\s*(?:[%％‰°℃㎡²³]|(?i:percent|per\s+cent|por\s+ciento|km|kg|cm|mm|m|g|mg|ml|l|t|kw|mw|gb|mb|x|pm|am|h|min|s)"
    r"(?![\p{L}])|[万亿元个件人次]|(?:st|nd|rd|th)(?![\p{L}])|(?i:million|billion|thousand|hundred|mil|millones|mill[oó]n|"
    r"cientos|veces|times|points?|puntos?|people|personas|dollars?|d[oó]lares|euros?|yuan|pesos?)(?![\p{L}])|"
    r"\p{L}+(?<![Ii]t|[Hh]a|[Ii]|[Ww]a|[Dd]oe)s(?![\p{L}]))",
    regex.V1,
)
_SCORE_BEFORE = LazyRegex(
    r"(?:(?<![0-9])[0-9]{1,2}\s*[-–:]\s*|(?i:score|scored|won|lost|beat|page|pages|p\.|pp\.|no\.|vol\.|tel)\s*)$"
)


def split_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, how) of years and dates split by spaces in ``text``."""
    seen: list[tuple[int, int]] = []
    for m in _BARE_YMD.finditer(text):
        seen.append(m.span())
        yield (
            m.start(),
            m.end(),
            f"the date {m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d} as bare numbers",
        )
    for pattern in (_SPLIT_3_1, _SPLIT_2_2):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in seen):
                continue
            if _UNIT_AFTER.match(text, m.end()) or _SCORE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            yield m.start(), m.end(), f"the year {m.group('a')}{m.group('b')} split by a space"


class SplitDateNumber:
    meta = RuleMeta(
        code="DATE014",
        name="split-date-number",
        family="date",
        severity=Severity.WARNING,
        summary="A year split by a space (199 1, 20 10) or a date left as three bare numbers (2018 12 18).",
        docs=(
            "Text extracted from PDFs and machine translation of Chinese dates break numbers at a line or "
            "token boundary: 1991 becomes '199 1', 2010 '20 10', and 2018年12月18日 loses its units and stays "
            "'2018 12 18'. A three-digit number from 180 to 203 followed by a single digit, a 19/20 followed by "
            "two digits at the start of a sentence or after in/since/en/desde, and a year, month and day as "
            "three bare numbers are reported. Numbers followed by a unit or a further number (tables, scores "
            "'3-190 1', measurements) are left alone."
        ),
        bad=(
            Example("The famous brand stage (1984- 199 1 year) took seven years.", (Expected("199 1", 1, 31),)),
            Example("Sales grew. 20 10 ranked eighth among private firms.", (Expected("20 10", 1, 13),)),
            Example("La lista de 2018. 2018 12 18 ¿El Comité otorgó la medalla?", (Expected("2018 12 18"),)),
        ),
        good=(
            Example("Room 199 1st floor; 200 5 km away; 190 1 200 1 300; the score 3-190 1; 20 10-year bonds."),
            Example("He spent 20 10 euro notes. In 2018 12 18-year-olds won 3 medals."),
        ),
        source=__name__,
    )
    triggers: tuple[str, ...] = ()  # digits and classes: the family spotter finds them, exactly
    spots = fast_all(
        r"(?:1[89]\d|20[0-3]) \d(?:[^0-9]|$)",
        r"(?:19|20) \d\d(?:[^0-9]|$)",
        r"(?:19|20)\d\d \d{1,2} \d{1,2}(?:[^0-9]|$)",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in self._spots.lines(doc, self.meta.code):
            for start, end, how in split_numbers(line.text):
                yield Hit(
                    line.start + start,
                    line.start + end,
                    f"'{line.text[start:end]}' looks like {how} (a number broken by a space)",
                )
