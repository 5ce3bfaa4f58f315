"""NAME008: an acronym written in lower case (b2b, c2c, g8 beside G8)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.analysis import latin_words, word_occurrences
from seedlint.checks.names.lexicon import cased_forms
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: business acronyms of the X-to-Y shape (B2B, C2C, O2O, P2P) and letter-digit acronyms
_ACRONYM = regex.compile(r"[a-z]2[a-z]|[a-z]{1,3}[0-9]{1,3}")

META = RuleMeta(
    code="NAME008",
    name="lowercase-acronym",
    family="name",
    severity=Severity.WARNING,
    summary="An acronym written in lower case: b2b, c2c, o2o for B2B, C2C, O2O.",
    docs=(
        "Case-folded text turns acronyms into lower-case tokens that are no words (b2b, c2c, p2p). Reported: a "
        "lower-case token of the business X-to-Y shape (letter, 2, letter), or of letters and digits whose "
        "capitals the document itself uses elsewhere or the CC-CEDICT cased-form lexicon lists (G7, B2C). Units "
        "and models with digits (m2, mp3, x86) are neither, so stay unreported. The fix is the capitals."
    ),
    bad=(
        Example("The site does b2b and c2c trade.", (Expected("b2b", 1, 15, "B2B"), Expected("c2c", 1, 23, "C2C"))),
        Example(
            "Leaders met at the G8 summit. Later the g8 issued a statement.",
            (Expected("g8", 1, 41, "G8"),),
        ),
    ),
    good=(
        Example("The flat has 80 m2 and plays mp3 files on an x86 box; B2B and C2C trade grows."),
        Example("Send it to b2b@example.com or open files/c2c.pdf."),
    ),
    source=__name__,
)


class LowercaseAcronym:
    meta = META
    triggers = (r"[a-z]{1,3}[0-9]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        tokens = latin_words(doc)
        lexicon = cased_forms()
        for token in tokens.counts:
            if not _ACRONYM.fullmatch(token):
                continue
            upper = token.upper()
            generic = token[1] == "2" and len(token) == 3
            if not (generic or upper in tokens.counts or lexicon.get(token) == upper):
                continue
            for start, end in word_occurrences(doc, token):
                yield Hit(start, end, f"'{token}' is an acronym in lower case: write '{upper}'", fix=upper)
