"""NAME016: a name that is written in two words by convention run together (Hongkong for Hong Kong)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import WORD_AFTER, WORD_BEFORE, read_data
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

META = RuleMeta(
    code="NAME016",
    name="joined-name",
    family="name",
    severity=Severity.INFO,
    summary="A name written in two words by convention run together: Hongkong for Hong Kong, Hangseng for Hang Seng.",
    docs=(
        "Some Chinese names keep their syllables apart in English by convention (Hong Kong, Hang Seng, and "
        "historical persons: Du Fu, Lu Xun); a translation that joins them ('Hongkong', 'Luxun') writes a second "
        "spelling of the name. The conventional spaced forms are the pairs of capitalised one-syllable pinyin "
        "words that CC-CEDICT's definitions (CC BY-SA 4.0) write apart in three entries or more and never joined "
        "(so Fujian, Taiwan stay one word; built into data/spaced.txt); a capitalised word that is such a run "
        "joined, and that the document never writes spaced, is reported with the spaced form as an unsafe fix "
        "(old legal names such as 'The Hongkong and Shanghai Banking Corporation' keep the joined form)."
    ),
    bad=(Example("Eleven Golden Week Hongkong Dozens Of Shops Closed", (Expected("Hongkong", 1, 20, "Hong Kong"),)),),
    good=(
        Example("Shops in Hong Kong closed; Hongkong and Shanghai Banking Corporation shares fell."),
        Example("Shops in Hongkong closed. Hong Kong shops reopened."),
    ),
    source=__name__,
)


@functools.cache
def _joined() -> dict[str, str]:
    """Joined form → the conventional spaced form: hongkong → Hong Kong."""
    return {name.replace(" ", "").casefold(): name for name in read_data("spaced.txt").splitlines() if name}


def _capitalised() -> list[str]:
    return sorted((j.capitalize() for j in _joined()), key=lambda s: (-len(s), s))  # stable: a cache key


@functools.cache
def _pattern() -> regex.Pattern[str]:
    return regex.compile(rf"{WORD_BEFORE}({'|'.join(_capitalised())}){WORD_AFTER}", regex.V1)


class JoinedName:
    meta = META

    @functools.cached_property
    def triggers(self) -> tuple[str, ...]:
        return ("|".join(_capitalised()),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        joined = _joined()
        lines = range(len(doc.line_starts)) if ctx.lines is None else ctx.lines
        for index in lines:
            span = doc.line_span(index)
            for m in _pattern().finditer(text, span.start, span.end):
                word = m.group(1)
                spaced = joined[word.casefold()]
                if spaced in text or text.startswith(" and Shanghai Banking", m.end()):
                    continue  # spaced elsewhere, or the bank's historical legal name
                message = f"'{word}' is written '{spaced}' by convention"
                yield Hit(m.start(), m.end(), message, fix=spaced, fix_safe=False)
