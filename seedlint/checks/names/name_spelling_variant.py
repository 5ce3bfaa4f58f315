"""NAME003 name-spelling-variant: one name spelled several ways in a document.

No glossary needed: spellings are grouped by their key (case, apostrophes, hyphens, spaces
and diacritics removed, so pinyin syllable boundaries do not matter: ``Yu'e Bao``,
``Yu Ebao``, ``Yuebao`` → ``yuebao``). Keys a glossary knows are left to NAME005, which
knows the right spelling instead of guessing it from the majority.
"""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.names.analysis import TRIGGERS, analysis, conventional_pair, rank_spellings
from seedlint.checks.names.index import GlossaryIndex
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

META = RuleMeta(
    code="NAME003",
    name="name-spelling-variant",
    family="name",
    severity=Severity.WARNING,
    summary="One name spelled two ways in a document (Chang'e and Chang'E; Hong Kong and Hongkong).",
    docs=(
        "Groups the capitalised names of a document by a spelling key (lower case, no diacritics, no apostrophes, "
        "hyphens or spaces, so pinyin syllable boundaries do not count) and reports every spelling that differs "
        "from the most frequent one, which is the suggested fix. Machine translation and title-casing scripts "
        "respell names per sentence (Yu'E Bao, Yu Ebao, Yuebao), and a model learns several names for one thing. "
        "Only what must be a name takes part: a single capitalised word counts only where it follows a lower-case "
        "word outside title-case headings, so 'Change' starting a sentence is never a spelling of 'Chang'e'; a word "
        "with an internal apostrophe or capital counts anywhere. All-capital words are left out, and so are spellings "
        "that differ only in pinyin tone marks (a gloss of the pronunciation: Yuán beside Yuan) or in a "
        "hyphen between ordinary words (Simplified-Chinese text beside Simplified Chinese)."
    ),
    bad=(
        Example(
            "The Chang'e probe landed in 2019.\nEngineers said Chang'e worked well.\nLater the Chang'E lander slept.",
            (Expected("Chang'E", 3, 11, "Chang'e"),),
        ),
        Example(
            "Shops in Hong Kong closed early. Sales in Hong Kong fell.\nDozens of shops in Hongkong closed.",
            (Expected("Hongkong", 2, 20, "Hong Kong"),),
        ),
    ),
    good=(
        Example("Change came fast. The probe Chang'e landed on the far side, and Chang'e sent pictures back."),
        Example("Hong Kong and Macau are special administrative regions; Hong Kong uses its own currency."),
        Example("Hola. Cómo está usted? Como dije, el banco abrió."),
        Example("The Yuan dynasty (Chinese: Yuán cháo) followed; under the Yuan court, Mongols ruled."),
    ),
    source=__name__,
)


class SpellingVariant:
    meta = META
    triggers = TRIGGERS

    def __init__(self, index: GlossaryIndex) -> None:
        self.index = index

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        a = analysis(doc)
        known = self.index.key_map
        for key, surfaces in a.groups():
            if key in known:
                continue
            names = [s for s in surfaces if a.is_name(s)]
            if len(names) < 2:
                continue
            ranked = rank_spellings(a, names)
            main = a.spellings[ranked[0]]
            line, column = doc.line_col(a.first(main.surface))
            for surface in ranked[1:]:
                if conventional_pair(surface, main.surface, marks=False):
                    continue
                count = a.spellings[surface].count
                safe = main.count >= 2 and main.count >= 2 * count
                times = "once" if main.count == 1 else f"{main.count} times"
                for occ in a.occurrences(surface):
                    yield Hit(
                        occ.start,
                        occ.end,
                        f"'{doc.text[occ.start : occ.end]}' is spelled '{main.surface}' elsewhere in this document "
                        f"({times}, first at {line}:{column})",
                        fix=main.surface,
                        fix_safe=safe,
                    )
