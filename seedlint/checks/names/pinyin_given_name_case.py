"""NAME011: a Chinese person's given name in lower case after the surname (Liu qiangdong)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from seedlint.checks.names.glossary_name_spelling import SURNAMES
from seedlint.checks.names.lexicon import WORD_AFTER, WORD_BEFORE, is_ordinary, is_pinyin, on_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: a capitalised surname, then a lower-case word: the given name lost its capital
MIN_GIVEN_LETTERS = 5
_SURNAME = "|".join(sorted((s.capitalize() for s in SURNAMES), key=lambda s: (-len(s), s)))  # stable: a cache key
_GIVEN = regex.compile(rf"{WORD_BEFORE}({_SURNAME}) (\p{{Ll}}{{3,12}}){WORD_AFTER}", regex.V1)
_GIVEN_STARTS = re.compile(rf"(?:{_SURNAME}) ")  # where _GIVEN can start: a surname and a space

META = RuleMeta(
    code="NAME011",
    name="pinyin-given-name-case",
    family="name",
    severity=Severity.WARNING,
    summary="A Chinese person's given name in lower case after the surname: Liu qiangdong for Liu Qiangdong.",
    docs=(
        "Pinyin personal names capitalise the surname and the given name (Liu Qiangdong, Ma Huateng); machine "
        "translation and case-folding lose the second capital. Reported: one of the commonest Chinese surnames "
        "(the list NAME005 uses) followed by a lower-case word of two or three pinyin syllables (pypinyin's "
        "syllable table) that is no ordinary English or Spanish word (wordfreq, Zipf >= 3). The fix capitalises "
        "the given name."
    ),
    bad=(
        Example(
            "The founder of JD.com, Liu qiangdong, said so.",
            (Expected("Liu qiangdong", 1, 24, "Liu Qiangdong"),),
        ),
    ),
    good=(Example("Liu Qiangdong founded JD.com; Ma said no, and Wang ran a marathon; Li, Hu and Ma agreed."),),
    source=__name__,
)


class PinyinGivenName:
    meta = META
    triggers = (rf"(?:{_SURNAME}) [a-z]{{3}}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for m in on_lines(_GIVEN, doc, ctx, _GIVEN_STARTS):
            surname, given = m.group(1), m.group(2)
            if is_ordinary(given) or not _syllables_ok(given):
                continue
            right = f"{surname} {given.capitalize()}"
            yield Hit(m.start(), m.end(), f"'{m.group()}' is a Chinese name: write '{right}'", fix=right)


def _syllables_ok(word: str) -> bool:
    """Two or three pinyin syllables (at least five letters for two)."""
    if not is_pinyin(word) or len(word) < MIN_GIVEN_LETTERS:
        return False
    return any(is_pinyin(word[:i]) and is_pinyin(word[i:]) for i in range(1, len(word)))
