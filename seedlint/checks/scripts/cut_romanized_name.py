"""SCRIPT022: a pinyin name cut at its syllable apostrophe (Yu'. El segmento Bao)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, language, lines
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_CUT = regex.compile(
    r"(?<![\p{L}'’‘])(?P<word>\p{Lu}\p{Ll}{0,5})(?P<apos>['’])(?!\p{L})(?P<rest>[ \t]+(?P<next>\p{Ll}+))?"
)

META = RuleMeta(
    code="SCRIPT022",
    name="cut-romanized-name",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A pinyin name cut after its syllable apostrophe (Yu'. El segmento Bao for Yu'e Bao).",
    docs=(
        "Finds a capitalised pinyin syllable followed by an apostrophe that no letter follows (Yu'. / Xi' "
        "an). In pinyin the apostrophe only separates a syllable from the next one that starts with a, e or "
        "o (Xi'an, Yu'e Bao), so a name ending in it lost its next syllable: translators split the name at "
        "the apostrophe and sometimes translate the pieces (Yu'e Bao → Yu'. El segmento Bao). English "
        "possessives (James', the banks') and dialect elisions (goin') are not pinyin syllables and are not "
        "reported; neither is a name in single quotes ('Ma'). When the lost syllable stands detached right "
        "after (Xi' an) the fix joins it."
    ),
    languages=("en", "es"),
    bad=(
        Example(
            "Jack Ma aprovechó la tendencia para lanzar Yu'. El segmento Bao, y su cuota de mercado creció.",
            (Expected("Yu'", 1, 44),),
        ),
        Example("The company moved its headquarters to Xi' an in 2015.", (Expected("Xi' an", 1, 39, "Xi'an"),)),
    ),
    good=(
        Example("Yu'e Bao and Xi'an are in all the banks' reports; James' and Chris' books say 'Ma' is goin' well."),
    ),
    source=__name__,
)


class CutRomanizedName:
    meta = META
    triggers = (r"[A-Z][a-z]{0,5}['’]",)

    def __init__(self, data: ScriptData) -> None:
        self._syllables = data.pinyin

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _CUT.finditer(line.text, timeout=ctx.timeout):
                word = m.group("word")
                if word.lower() not in self._syllables or word.lower().endswith("s"):
                    continue
                if language(doc, line) not in META.languages:
                    break
                nxt = m.group("next")
                if nxt and nxt[0] in "aeo" and nxt in self._syllables:
                    start, end = line.start + m.start(), line.start + m.end()
                    yield Hit(
                        start,
                        end,
                        f"pinyin name split at its apostrophe: '{word}{m.group('apos')}' and '{nxt}' belong together",
                        fix=f"{word}{m.group('apos')}{nxt}",
                    )
                    continue
                start, end = line.start + m.start(), line.start + m.end("apos")
                yield Hit(
                    start,
                    end,
                    f"pinyin name cut after '{word}{m.group('apos')}': the syllable after the apostrophe is lost",
                )
