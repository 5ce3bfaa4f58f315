"""SCRIPT004: the characters of one Chinese name or term spaced out in English or Spanish text (李 白)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, T_HAN, language, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# Two or more single Han characters, each standing alone between blanks: one word spaced out.
_SPACED = regex.compile(r"(?<![\p{Han}\p{L}\p{N}])\p{Han}(?:[ \t]\p{Han})+(?![\p{Han}\p{L}\p{N}])")

META = RuleMeta(
    code="SCRIPT004",
    name="spaced-han-characters",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="The characters of a Chinese name or term written apart in English or Spanish text (李 白, 红 楼 梦).",
    docs=(
        "Finds two or more Han characters, each standing alone between blanks, inside an English or Spanish "
        "paragraph (el poeta Li Bai (李 白, Lǐ Bái) / en chino: 红 楼 梦). A Chinese word or name is "
        "written without spaces; character-level tokenizers and segmenters that work on Latin text space "
        "its characters out, so the name no longer matches its spelling anywhere else and search, "
        "dictionaries and tokenisers see single characters. Chinese paragraphs are not checked: their "
        "letter-spaced headings (总 则, 附 则) are a typesetting convention. Han words written whole, "
        "characters separated by punctuation (人, 口 y 手), and spaced characters cited between quotes or "
        "backticks (the heading `总 则`) are not reported. The fix joins the characters; it is applied "
        "only with --unsafe-fixes, as spaced characters may also be a list of single characters."
    ),
    languages=("en", "es"),
    bad=(
        Example(
            "El poeta Li Bai (李 白, Lǐ Bái) vivió en la dinastía Tang.",
            (Expected("李 白", 1, 18, "李白"),),
        ),
    ),
    good=(
        Example('The dynasty (唐朝) used the characters 人 口 手 as `人 口 手` and "人 口"; its code was 唐律疏议.'),
        Example("第一章 总 则\n第一条 为了规范管理，制定本法。"),
    ),
    source=__name__,
)


def _cited(text: str, start: int, end: int) -> bool:
    """Whether the match stands inside backticks or a quotation on its line: cited as written."""
    if text.count("`", 0, start) % 2 == 1 or text.count('"', 0, start) % 2 == 1:
        return True
    for opener, closer in _CITE:
        i = text.rfind(opener, 0, start)
        if i >= 0 and text.find(closer, i + 1, start) < 0 and text.find(closer, end) >= 0:
            return True
    return False


_CITE = (("“", "”"), ("«", "»"), ("「", "」"))


class SpacedHanCharacters:
    meta = META
    triggers = (f"[{T_HAN}][ \t][{T_HAN}]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _SPACED.finditer(line.text, timeout=ctx.timeout):
                if language(doc, line) not in META.languages:
                    break
                if _cited(line.text, m.start(), m.end()):
                    continue
                joined = regex.sub(r"[ \t]", "", m.group())
                yield Hit(
                    line.start + m.start(),
                    line.start + m.end(),
                    f"'{m.group()}': the characters of one word spaced out, write '{joined}'",
                    fix=joined,
                    fix_safe=False,
                )
