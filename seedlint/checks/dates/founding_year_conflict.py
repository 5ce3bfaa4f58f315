"""DATE021 founding-year-conflict: the creation of one entity narrated in a year other than the one it states."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES_CAP
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: years apart before two datings of one founding are reported (a year or two is a launch vs a registration)
MIN_GAP = 3
# a name: up to three capitalised words, not a sentence-initial article or pronoun
_ENT = (
    r"(?P<e>(?!(?:El|La|Los|Las|Un|Una|En|The|A|An|In|It|He|She|They|We|This|That|Este|Esta|Ese|Esa)\b)"
    r"\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,2})"
)
_PASSIVE = (
    r"(?:se\s+(?:fundó|creó|estableció)|fue\s+(?:fundad|cread|establecid)[oa]|"
    r"(?:was|were)\s+(?:founded|created|established|set\s+up))"
)
_PASSIVE_AT = LazyRegex(_PASSIVE, regex.V1)
_STATED = LazyRegex(
    rf"{_ENT}\s+{_PASSIVE}\s+(?:(?:oficialmente|officially|formally|formalmente)\s+)?(?:en|in)\s+"
    rf"(?:(?:{MON_EN}|{MON_ES_CAP})\s+(?:de\s+)?)?(?P<y>1[0-9]{{3}}|20[0-9]{{2}})(?![0-9])",
    regex.V1,
)
_NARRATED = LazyRegex(
    rf"(?<![\p{{L}}])(?:fundó|creó|estableció|founded|created|established|set\s+up)\s+{_ENT}|"
    rf"{_ENT}\s+{_PASSIVE}(?!\s+(?:en|in)\s)",
    regex.V1,
)
# a relative clause or a perfect tense: the founding is background to the paragraph's own event
_BACKGROUND = LazyRegex(
    r"(?<![\p{L}])(?i:who|which|whom|whose|that|had|has|have|once|que|quien|quienes|cuy[oa]s?|hab[ií]a|hab[ií]an|"
    r"ha|han|hubo)(?![\p{L}])",
    regex.V1,
)
_YEAR = LazyRegex(r"(?<![0-9.,])(?:1[0-9]|20)[0-9]{2}(?![0-9]|[.,][0-9])", regex.V1)


class FoundingYearConflict:
    meta = RuleMeta(
        code="DATE021",
        name="founding-year-conflict",
        family="date",
        severity=Severity.WARNING,
        summary="A paragraph narrates the creation of an entity in a year other than its stated founding year.",
        docs=(
            "A replaced or mistranslated year shows where one document dates the same founding twice: 'Alipay "
            "se estableció en 2003' in one paragraph, and a paragraph whose only year is 2014 ending with 'Jack "
            "Ma creó Alipay'. The rule collects explicit foundings (X se fundó/creó/estableció en AAAA, X fue "
            "fundada en, X was founded/created/established in YYYY) and reports the year of a paragraph that "
            "narrates the creation of the same named entity (fundó X, founded X) when that paragraph holds only "
            "one year and it lies at least three years from the stated one. A founding told as background (in a "
            "relative clause or a perfect tense: 'Jobs, who founded Apple, returned in 1997', 'la empresa que "
            "había fundado') is left alone. en and es; names are capitalised "
            "words, so the rule does not read Chinese."
        ),
        bad=(
            Example(
                "The dispute goes back to 2014. Desperate, Jack Ma created Alipay.\n\nAlipay was founded in 2003.",
                (Expected("2014", 1, 26),),
            ),
        ),
        good=(
            Example("The dispute goes back to 2003. Desperate, Jack Ma created Alipay.\n\nAlipay was founded in 2003."),
            Example("In 2014 and 2015 he recalled how he created Alipay.\n\nAlipay was founded in 2003."),
            Example("In 2014 Jack Ma, who created Alipay, met the banks.\n\nAlipay was founded in 2003."),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"se (?:fundó|creó|estableció)",
        r"fue (?:fundad|cread|establecid)",
        r"(?:was|were) (?:founded|created|established|set up)",
    )
    spots = triggers  # exact: the family spotter finds the lines

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        stated: dict[str, set[int]] = {}
        for line in self._spots.lines(doc, self.meta.code):
            for verb in _PASSIVE_AT.finditer(line.text):  # the verb first: names are slow to scan for
                window = line.text[max(0, verb.start() - 60) : verb.end() + 40]
                for m in _STATED.finditer(window):
                    stated.setdefault(m.group("e"), set()).add(int(m.group("y")))
        if not stated:
            return
        for paragraph in doc.paragraphs:
            text = paragraph.text
            if not any(name in text for name in stated):
                continue
            years = list(_YEAR.finditer(text))
            if len({y.group() for y in years}) != 1:
                continue
            year = int(years[0].group())
            for m in _NARRATED.finditer(text):
                known = stated.get(m.group("e"))
                if not known or year in known or min(abs(year - k) for k in known) < MIN_GAP:
                    continue
                if any(m.start() <= y.start() < m.end() + 24 for y in years):
                    continue
                clause = text[max(0, m.start() - 80) : m.start()]
                if _BACKGROUND.search(clause[max(clause.rfind("."), clause.rfind(";"), -1) + 1 :]):
                    continue  # 'Jobs, who had founded Apple, returned in 1997': background, not the event
                first = years[0]
                yield Hit(
                    paragraph.start + first.start(),
                    paragraph.start + first.end(),
                    f"this paragraph dates the creation of {m.group('e')} ({m.group().strip()}) to {year}, but the "
                    f"text states it was founded in {', '.join(str(k) for k in sorted(known))}: a replaced year?",
                )
                break
