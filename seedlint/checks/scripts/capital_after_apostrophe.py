"""SCRIPT023: a capital letter after an apostrophe inside a word (Haven'T, Alibaba'S, Yu'E Bao)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, T_LOWER, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_BROKEN = regex.compile(r"(?<=\p{Ll}['’])\p{Lu}(?![\p{L}\p{M}])")
_WORD_END = regex.compile(r"[\p{L}'’]+$")

META = RuleMeta(
    code="SCRIPT023",
    name="capital-after-apostrophe",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A lone capital after an apostrophe inside a word, left by naive title-casing (Haven'T, Alibaba'S).",
    docs=(
        "Finds a single capital letter that ends a word after an apostrophe (I Haven'T Been, Alibaba'S Ten "
        "Moves, Yu'E Bao). Naive title-casing (Python's str.title, some CMS headline filters) treats the "
        "apostrophe as a word break and capitalises the contraction or possessive ending, or the syllable "
        "after a pinyin apostrophe; the token no longer matches its normal spelling. Names whose capital "
        "follows a capital or starts a longer part (O'Brien, D'Arcy, d'Artagnan, l'Oréal) are not "
        "reported. The fix lower-cases the letter."
    ),
    bad=(
        Example(
            "\"I Haven'T Been So Happy For Many Years!\" Inventory Of Alibaba'S Ten Major Moves",
            (Expected("T", 1, 10, "t"), Expected("S", 1, 64, "s")),
        ),
    ),
    good=(Example("O'Brien met D'Arcy at l'Oréal; it's Alibaba's and Yu'e Bao's turn, rock 'n' roll."),),
    source=__name__,
)


class CapitalAfterApostrophe:
    meta = META
    triggers = (f"[{T_LOWER}]['’][A-ZÀ-ÖØ-Þ]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _BROKEN.finditer(line.text, timeout=ctx.timeout):
                start = line.start + m.start()
                word = _WORD_END.search(line.text[max(m.end() - 64, 0) : m.end()])  # a word, not the line
                shown = word.group() if word else m.group()
                yield Hit(
                    start,
                    start + 1,
                    f"capital '{m.group()}' after an apostrophe in '{shown}': title-casing damage",
                    fix=m.group().lower(),
                )
