"""SCRIPT002: a pinyin fragment glued inside a Chinese word that the same document spells in Han."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import run_pinyin
from seedlint.checks.scripts.analysis import FAMILY, T_HAN, language, lines, pinyin_split
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_FRAGMENT = regex.compile(r"(?<=\p{Han})[a-z]{1,12}(?=\p{Han})")
MAX_SYLLABLES = 3

META = RuleMeta(
    code="SCRIPT002",
    name="pinyin-fragment-in-han-word",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="Lower-case pinyin glued inside a Chinese word that the document also writes in Han (余e宝 / 余额宝).",
    docs=(
        "Finds a lower-case Latin fragment wedged between Han characters (余e宝, 蚂yi金服) when it reads as "
        "pinyin syllables and the same document writes the word with those syllables in Han (余额宝, "
        "蚂蚁金服): a converter or translator replaced a character by its romanisation mid-word. Latin "
        "brand names and abbreviations inside Chinese text (Alipay, ebay, B2B, G20, PPT, e贷通) are not "
        "reported because they are not pinyin for a word the document spells in Han. The fix puts back the "
        "characters the document uses elsewhere (applied only with --unsafe-fixes)."
    ),
    languages=("zh",),
    bad=(
        Example(
            "余额宝的收益比银行活期存款高。很多用户把零钱转入余e宝，随时可以取出。",
            (Expected("e", 1, 26, "额"),),
        ),
    ),
    good=(
        Example("淘宝网最早做的是b2b业务，为应对ebay进入中国后的竞争，马云开始构思c2c业务。"),
        Example("进入e时代以后，很多人用app买东西，也有人在ofo上骑车。"),
    ),
    source=__name__,
)


class PinyinFragmentInHanWord:
    meta = META
    triggers = (f"[{T_HAN}][a-z]{{1,12}}[{T_HAN}]",)

    def __init__(self, data: ScriptData) -> None:
        self._syllables = data.pinyin

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _FRAGMENT.finditer(line.text, timeout=ctx.timeout):
                syllables = self._split(m.group())
                if not syllables:
                    continue
                if language(doc, line) != "zh":
                    break
                start = line.start + m.start()
                end = line.start + m.end()
                han = _corroborate(doc.text, start, end, syllables, ctx.timeout)
                if han is None:
                    continue
                yield Hit(
                    start,
                    end,
                    f"pinyin '{m.group()}' inside a Chinese word: the document writes it '{han}' elsewhere",
                    fix=han,
                    fix_safe=False,
                )

    def _split(self, fragment: str) -> list[str] | None:
        return pinyin_split(fragment, self._syllables, MAX_SYLLABLES)


def _corroborate(text: str, start: int, end: int, syllables: list[str], timeout: float) -> str | None:
    """Han characters with these syllables between the same neighbours elsewhere in the text."""
    left, right = text[start - 1], text[end]
    pattern = regex.compile(regex.escape(left) + rf"(\p{{Han}}{{{len(syllables)}}})" + regex.escape(right))
    found: set[str] = set()
    for m in pattern.finditer(text, timeout=timeout):
        chars = m.group(1)
        if run_pinyin(chars) == syllables:
            found.add(chars)
    return found.pop() if len(found) == 1 else None
