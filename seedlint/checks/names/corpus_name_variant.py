"""NAME004 corpus-name-variant: a spelling most of the corpus spells another way (keys as NAME003's)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from seedlint.checks.names.analysis import analysis, conventional_pair, rank_spellings
from seedlint.checks.names.index import GlossaryIndex
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: corpus keys shorter than this are left out of the corpus evidence
MIN_CORPUS_KEY = 4
#: the corpus spelling must come from at least this many documents (two can be one author's two habits)
MIN_DOCUMENTS = 3

META = RuleMeta(
    code="NAME004",
    name="corpus-name-variant",
    family="name",
    severity=Severity.INFO,
    summary="A name spelled one way here and another way in most documents of the corpus.",
    docs=(
        "Counts, over the whole corpus, how many documents use each spelling of a name (grouped by the same key as "
        "NAME003) and reports a spelling that at least twice as many documents, and three or more, spell another "
        "way. Sites and translators differ, so a corpus teaches a model several names for one entity unless it is "
        "made consistent; the suggested fix is the corpus majority. Documents are compared only with documents of "
        "their own language (Irán in Spanish is no variant of Iran in English), and spellings that differ only in "
        "diacritics (Temüjin/Temujin, París/Paris) or in a hyphen between ordinary words are conventions, not "
        "variants. Spellings that already disagree within their document are left to NAME003, and names a "
        "glossary knows to NAME005."
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
        Example(
            "The armies of Genghis reached Iran and the cities of Iran fell.",
            corpus=(
                "Los ejércitos llegaron a Irán en el verano.",
                "La historia de Irán es larga y compleja.",
                "El comercio con Irán creció durante siglos.",
            ),
        ),
    ),
    source=__name__,
)


class CorpusVariant:
    meta = META
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
                # documents of one language are one spelling community: Irán in Spanish is not a variant of Iran
                out[f"{doc.language}\t{key}"] = names
        return out

    def reduce(self, summaries: Sequence[Any]) -> dict[str, dict[str, int]]:
        """Key → spelling → number of documents, for keys spelled more than one way."""
        counts: dict[str, Counter[str]] = {}
        for summary in summaries:
            for key, surfaces in (summary or {}).items():
                counts.setdefault(key, Counter()).update(surfaces)
        return {k: dict(c) for k, c in counts.items() if len(c) > 1}

    def relevant(self, summary: dict[str, tuple[str, ...]], evidence: dict[str, dict[str, int]]) -> bool:
        """The check reports only keys this document names that the corpus spells several ways."""
        return not evidence.keys().isdisjoint(summary)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        evidence: dict[str, dict[str, int]] = ctx.corpus or {}
        if not evidence:
            return
        a = analysis(doc)
        for key, surfaces in a.by_key.items():
            docs = evidence.get(f"{doc.language}\t{key}")
            if docs is None:
                continue
            names = [s for s in surfaces if a.is_name(s)]
            if not names:
                continue
            here = rank_spellings(a, names)[0]  # the others are NAME003's
            best = max(docs.values())
            leaders = [s for s, n in docs.items() if n == best]
            if len(leaders) != 1 or leaders[0] == here:
                continue
            main = leaders[0]
            if best < MIN_DOCUMENTS or best < 2 * docs.get(here, 1) or conventional_pair(here, main):
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
