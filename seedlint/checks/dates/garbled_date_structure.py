"""DATE017 garbled-date-structure: a date whose parts machine translation glued, reordered or doubled."""

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

_ZH_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
_Y = r"(?:1[89]|20)[0-9]{2}"
_CERTAIN = (
    # 2月21日 → 'February 2 1 day', 'February 21 day,': the day's digits split, 日 kept as 'day'
    (
        LazyRegex(
            rf"(?<![\p{{L}}])(?:{MON_EN})\s+[0-9]\s+[0-9]\s+days?(?![\p{{L}}])|"
            rf"(?<![\p{{L}}])(?:{MON_EN})\s+[0-9]{{1,2}}\s+days?(?=\s*[,，;])|"
            rf"(?<![0-9])[0-9]{{1,2}}\s+de\s+(?:{MON_ES_CAP})\s+[0-9]{{1,2}}\s+d[ií]as?(?![\p{{L}}])|"
            r"(?<![0-9])(?:1[0-2]|0?[1-9])\s*月\s*[0-9]\s+[0-9]\s*[日号]",
            regex.V1,
        ),
        "the day of the month is split or followed by a literal 'day' (日)",
        ("day", "día", "dia", "月"),
    ),
    # 'April 2, 2020' translated back into Chinese: 四月2年，2020年
    (
        LazyRegex(rf"{_ZH_MONTH}\s*[0-9]{{1,2}}\s*年?\s*[，,]\s*{_Y}(?![0-9])\s*年?", regex.V1),
        "an English 'Month D, YYYY' order inside Chinese text",
        ("月",),
    ),
    # a date in English order whose month became another word, alone on its line: 'X25，2019'
    (
        LazyRegex(rf"^\s*(?![第共约約计計合总總每])\p{{Han}}{{2,4}}\s*[0-9]{{1,2}}\s*[，,]\s*{_Y}\s*$", regex.V1),
        "an English 'Month D, YYYY' date whose month name was mistranslated",
        ("，", ","),
    ),
    # two dates run together (old and new style): 'nació el 10 de julio. 28 de junio de 1856 en …'
    (
        LazyRegex(
            rf"(?<![0-9])[0-9]{{1,2}}\s+de\s+(?:{MON_ES_CAP})\.\s+[0-9]{{1,2}}\s+de\s+(?:{MON_ES_CAP})\s+de\s+[0-9]{{4}}"
            r"(?=\s+\p{Ll})|"
            rf"(?<![\p{{L}}])(?:{MON_EN})\s+[0-9]{{1,2}}\.\s+(?:{MON_EN})\s+[0-9]{{1,2}},?\s+[0-9]{{4}}(?=\s+\p{{Ll}})",
            regex.V1,
        ),
        "two dates run together in one sentence (a lost bracket or 'Old Style' date?)",
        (". ",),
    ),
)
# weaker: 1月 → 'in June 1 Monetary Fund' (a month, a number, then a new capitalised phrase)
_GATED = LazyRegex(
    rf"(?<![\p{{L}}])(?:in|In)\s+(?:{MON_EN})\s+[0-9]{{1,2}}(?![0-9:.,])(?=\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}})", regex.V1
)


class GarbledDateStructure:
    meta = RuleMeta(
        code="DATE017",
        name="garbled-date-structure",
        family="date",
        severity=Severity.WARNING,
        summary="A date whose parts machine translation split, reordered or doubled (February 2 1 day, 四月2年).",
        docs=(
            "Machine translation between Chinese and English or Spanish word orders breaks dates in a few "
            "recurring ways: 2月21日 becomes 'February 2 1 day' (the day split and 日 kept as 'day'), 'April 2, "
            "2020' comes back into Chinese as '四月2年，2020年' or with the month turned into an unrelated word "
            "on a line of its own, and a date with its Old Style equivalent loses the bracket ('el 10 de "
            "julio. 28 de junio de 1856 en …'). These shapes are reported everywhere; 'in June 1 Monetary "
            "Fund' (1月 read as 'June 1' before a capitalised name) only in documents with other number damage."
        ),
        bad=(
            Example(
                "According to the report, on February 2 1 day, the regulator met.", (Expected("February 2 1 day"),)
            ),
            Example("四月2年，2020年\n", (Expected("四月2年，2020年", 1, 1),)),
            Example(
                "Tesla nació el 10 de julio. 28 de junio de 1856 en Smiljan.",
                (Expected("10 de julio. 28 de junio de 1856"),),
            ),
            Example(
                "Deposits fell in June 5438+ 10.\nThe association said that in June 1 Monetary Fund grew.",
                (Expected("in June 1", 2, 27),),
            ),
        ),
        good=(
            Example("On February 21, a 1 day meeting. 2020年4月2日，2020年。Nació el 10 de julio de 1856 en Smiljan."),
            Example("The association said that in June 1 Monetary Fund grew. 会议纪要\n第25，2019\n"),
        ),
        source=__name__,
    )
    # each trigger starts with a digit, 月 or the line start, so the exact check per line stays cheap
    triggers: tuple[str, ...] = ()  # digits and classes: the family spotter finds them, exactly
    spots = fast_all(
        r"\d\s+(?:\d\s+)?(?:days?|d[ií]as?)",
        r"月\s*\d\s+\d\s*[日号]",
        r"月\s*\d{1,2}\s*年?\s*[，,]\s*\d{4}",
        r"^\s*[^\x00-\x7f]{1,4}\s*\d{1,2}\s*[，,]\s*\d{4}\s*$",
        r"\d\s+de\s+[A-Za-z]+\.\s+\d{1,2}\s+de\s",
        r"\d\.\s+[A-Z][a-z]+\s+\d{1,2}",
        r"\d\s+[A-Z][a-z]+\s+[A-Z]",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        gated: bool | None = None
        for line in self._spots.lines(doc, self.meta.code):
            for pattern, why, keys in _CERTAIN:
                if any(key in line.text for key in keys):  # each shape needs one of a few literals
                    for m in pattern.finditer(line.text):
                        yield self._hit(line.start, m, why)
            if _GATED.search(line.text):
                gated = has_damage(doc) if gated is None else gated
                if gated:
                    for m in _GATED.finditer(line.text):
                        yield self._hit(line.start, m, "a month and a number before a new name: a garbled month?")

    @staticmethod
    def _hit(base: int, m: regex.Match[str], why: str) -> Hit:
        return Hit(base + m.start(), base + m.end(), f"garbled date '{m.group().strip()}': {why}")
