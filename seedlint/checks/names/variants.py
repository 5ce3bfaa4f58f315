"""NAME003 and NAME004: one name spelled several ways, in a document and across the corpus.

No glossary needed: spellings are grouped by their key (case, apostrophes, hyphens, spaces
and diacritics removed, so pinyin syllable boundaries do not matter: ``Yu'e Bao``,
``Yu Ebao``, ``Yuebao`` → ``yuebao``). Keys a glossary knows are left to NAME005, which
knows the right spelling instead of guessing it from the majority.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from seedlint.checks.names.candidates import TRIGGERS, Analysis, analysis
from seedlint.checks.names.index import GlossaryIndex
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: corpus keys shorter than this are left out of the corpus evidence
MIN_CORPUS_KEY = 4

VARIANT_META = RuleMeta(
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
        "with an internal apostrophe or capital counts anywhere. All-capital words are left out."
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
    ),
    source=__name__,
)

CORPUS_META = RuleMeta(
    code="NAME004",
    name="corpus-name-variant",
    family="name",
    severity=Severity.INFO,
    summary="A name spelled one way here and another way in most documents of the corpus.",
    docs=(
        "Counts, over the whole corpus, how many documents use each spelling of a name (grouped by the same key as "
        "NAME003) and reports a spelling that at least twice as many documents, and two or more, spell another "
        "way. Sites and translators differ, so a corpus teaches a model several names for one entity unless it is "
        "made consistent; the suggested fix is the corpus majority. Spellings that already disagree within their "
        "document are left to NAME003, and names a glossary knows to NAME005."
    ),
    bad=(
        Example(
            "Trains from Beijing reach Xian at noon.",
            (Expected("Xian", 1, 27, "Xi'an"),),
            corpus=("Tourists visit Xi'an in spring.", "The walls of Xi'an are old.", "We flew to Xi'an."),
        ),
    ),
    good=(
        Example(
            "Trains from Beijing reach Xi'an at noon.",
            corpus=("Tourists visit Xi'an in spring.", "The walls of Xian are old.", "We flew to Xi'an."),
        ),
        Example(
            "Trains from Beijing reach Xian at noon.",
            corpus=("Tourists visit Xi'an in spring.", "The walls of Xian are old."),
        ),
    ),
    source=__name__,
)


def _ranked(a: Analysis, surfaces: Sequence[str]) -> list[str]:
    """Most used first; on a tie, the one that comes first in the document."""
    return sorted(surfaces, key=lambda s: (-a.spellings[s].count, a.first(s)))


class SpellingVariant:
    meta = VARIANT_META
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
            ranked = _ranked(a, names)
            main = a.spellings[ranked[0]]
            line, column = doc.line_col(a.first(main.surface))
            for surface in ranked[1:]:
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


class CorpusVariant:
    meta = CORPUS_META
    triggers = ()  # the engine summarises every document anyway; check leaves at once without evidence

    def __init__(self, index: GlossaryIndex) -> None:
        self.index = index

    def summarize(self, doc: Document) -> dict[str, tuple[str, ...]]:
        """Key → the spellings of it this document uses as names."""
        a = analysis(doc)
        known = self.index.key_map
        out: dict[str, tuple[str, ...]] = {}
        for key, surfaces in a.by_key.items():
            if len(key) < MIN_CORPUS_KEY or key in known:
                continue
            names = tuple(s for s in surfaces if a.is_name(s))
            if names:
                out[key] = names
        return out

    def reduce(self, summaries: Sequence[Any]) -> dict[str, dict[str, int]]:
        """Key → spelling → number of documents, for keys spelled more than one way."""
        counts: dict[str, Counter[str]] = {}
        for summary in summaries:
            for key, surfaces in (summary or {}).items():
                counts.setdefault(key, Counter()).update(surfaces)
        return {k: dict(c) for k, c in counts.items() if len(c) > 1}

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        evidence: dict[str, dict[str, int]] = ctx.corpus or {}
        if not evidence:
            return
        a = analysis(doc)
        for key, surfaces in a.by_key.items():
            docs = evidence.get(key)
            if docs is None:
                continue
            names = [s for s in surfaces if a.is_name(s)]
            if not names:
                continue
            here = _ranked(a, names)[0]  # the others are NAME003's
            best = max(docs.values())
            leaders = [s for s, n in docs.items() if n == best]
            if len(leaders) != 1 or leaders[0] == here:
                continue
            main = leaders[0]
            if best < 2 or best < 2 * docs.get(here, 1):
                continue
            for occ in a.occurrences(here):
                yield Hit(
                    occ.start,
                    occ.end,
                    f"'{doc.text[occ.start : occ.end]}' is spelled '{main}' in {best} documents of the corpus "
                    f"({docs.get(here, 1)} spell it this way)",
                    fix=main,
                    fix_safe=False,
                )
