"""NAME016: a name that is written in two words by convention run together (Hongkong for Hong Kong)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import WORD_AFTER, WORD_BEFORE, read_data
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_CAPITALISED = regex.compile(rf"{WORD_BEFORE}(\p{{Lu}}\p{{Ll}}{{3,11}}){WORD_AFTER}", regex.V1)

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
        Example("Shops in Chongqing and Hangzhou closed."),
    ),
    source=__name__,
)


@functools.cache
def _joined() -> dict[str, str]:
    """Joined form → the conventional spaced form: hongkong → Hong Kong."""
    return {name.replace(" ", "").casefold(): name for name in read_data("spaced.txt").splitlines() if name}


class JoinedName:
    meta = META
    triggers = (r"\p{Lu}\p{Ll}{3}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        joined = _joined()
        for m in _CAPITALISED.finditer(text):
            spaced = joined.get(m.group(1).casefold())
            if spaced is None or spaced in text:
                continue
            if text.startswith(" and Shanghai Banking", m.end()):
                continue  # the bank's historical legal name
            yield Hit(
                m.start(), m.end(), f"'{m.group(1)}' is written '{spaced}' by convention", fix=spaced, fix_safe=False
            )
