"""SCRIPT021: a full stop in the middle of a sentence, before a lower-case word (vez. buscar inversión)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, T_LATIN, T_LOWER, language, lines
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_BREAK = regex.compile(r"(?<![.\p{L}\p{N}'’])(?P<word>\p{L}[\p{L}'’]*)\.(?P<sp>[ \t]+)(?P<next>\p{Ll}\p{L}*)")
_DOUBLED_CAPITALS = regex.compile(r"(\p{Lu})\1")  # EE. UU., FF. AA.: Spanish plural abbreviations
_ADDRESS = regex.compile(r"[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@[\w-]+\.", regex.IGNORECASE)  # URL, e-mail
_QUANTITY = regex.compile(r"\p{N}[ \t\u00a0]*$")  # 16 oz. can, 2 tsp. vanilla: a unit after a number

META = RuleMeta(
    code="SCRIPT021",
    name="sentence-break-before-lowercase",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A full stop inside a sentence, followed by a lower-case word (productos personalizados. y servicios).",
    docs=(
        "Finds a full stop followed by a word in lower case in English or Spanish text (cuando fundó Alibaba "
        "por primera vez. buscar inversión / productos personalizados. y servicios). Sentence-by-sentence "
        "translation and segment joining insert such breaks in the middle of a sentence; sentence splitters "
        "then cut the text there. Not reported: abbreviations (etc., e.g., a.m., p. ej., EE. UU., Esq.), "
        "initials, units after a number (16 oz. can), numbers (paso 1. luego), ellipses, words with capitals "
        "inside (iPhone, eBay), a URL or e-mail address after the stop (logo. https://…) and a stop "
        "followed by two blanks (typed as the end of a sentence). The fix removes "
        "the full stop; it is applied only with --unsafe-fixes because the lower-case word may instead be "
        "the lost start of a new sentence."
    ),
    languages=("en", "es"),
    bad=(
        Example(
            "CCB utilizará las capacidades técnicas para proporcionar productos personalizados. y servicios;",
            (Expected(".", 1, 82, ""),),
        ),
        Example(
            "Jack Ma aún permaneció a puerta cerrada, como cuando fundó Alibaba por primera vez. buscar inversión.",
            (Expected(".", 1, 83, ""),),
        ),
    ),
    good=(
        Example("Prices rose 5 p.m. today, e.g. in Hangzhou, and the U.S. market, etc. followed the trend."),
        Example("Los EE. UU. y la UE, p. ej. en 2014, firmaron el acuerdo. Después llegó el iPhone."),
        Example("See the notice. https://example.org/x1 explains; add 2 tsp. vanilla to 16 oz. cream."),
    ),
    source=__name__,
)


class SentenceBreakBeforeLowercase:
    meta = META
    triggers = (f"[{T_LATIN}]\\.[ \t]+[{T_LOWER}]",)

    def __init__(self, data: ScriptData) -> None:
        self._abbreviations = data.abbreviations

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _BREAK.finditer(line.text, timeout=ctx.timeout):
                word, nxt = m.group("word"), m.group("next")
                if len(word) == 1 or word.lower() in self._abbreviations or _DOUBLED_CAPITALS.fullmatch(word):
                    continue
                if any(ch.isupper() for ch in nxt[1:]):
                    continue  # iPhone, eBay: a brand that starts in lower case
                if _ADDRESS.match(line.text, m.start("next")) or len(m.group("sp")) > 1:
                    continue
                if len(word) <= 4 and _QUANTITY.search(line.text, max(0, m.start("word") - 12), m.start("word")):
                    continue
                if language(doc, line) not in META.languages:
                    break
                dot = line.start + m.end("word")
                yield Hit(
                    dot,
                    dot + 1,
                    f"full stop before lower-case '{nxt}': a sentence split in the middle",
                    fix="",
                    fix_safe=False,
                )
