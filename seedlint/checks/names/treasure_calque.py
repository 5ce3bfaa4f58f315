"""NAME015: a product of the …宝 family translated as '… treasure' (招财宝 'recruit treasure', 娱乐宝)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import about_china
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_TREASURE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{L}+) ([Tt]reasures?)(?![\p{L}\p{M}'’-])", regex.V1)
#: the product family is in the document: a pinyin name in -bao (Yu'e Bao, Taobao) or the character itself
_FAMILY = regex.compile(r"\p{Lu}[\p{L}'’ ]{0,12}?[Bb]ao(?![\p{L}])|宝", regex.V1)
#: words that ordinarily stand before 'treasure' in English: determiners, possessives and adjectives
_ORDINARY_BEFORE = frozenset(
    regex.findall(
        r"\S+",
        """a an the this that these those his her its our their my your whose what which some any no much such
        great true real little old lost rare pirate family national buried hidden sunken living cultural natural
        ancient secret royal public own priceless precious golden greatest new big small more most state world
        heritage art church temple island sea ocean spanish chinese""",
    )
)
_ADJECTIVE_ENDINGS = ("al", "ous", "ic", "ive", "ful", "less", "en", "ed", "est", "ing", "ish", "ary", "ry")

META = RuleMeta(
    code="NAME015",
    name="treasure-calque",
    family="name",
    severity=Severity.WARNING,
    summary="A …宝 product translated as '… treasure' (recruit treasure for 招财宝) in a text about Yu'e Bao or "
    "Taobao.",
    docs=(
        "Chinese finance and e-commerce products form a family of names in 宝 'treasure' (余额宝 Yu'e Bao, "
        "招财宝 Zhaocaibao, 娱乐宝 Yulebao, 淘宝 Taobao); machine translation renders a member it does not know "
        "as '<gloss> treasure' ('recruit treasure', 'entertainment treasure'). Reported, in a document about "
        "China that names the family (a pinyin name in -bao, or 宝 itself): a word before 'treasure' that "
        "is no determiner, possessive or adjective (a short list of the words English puts before 'treasure', "
        "and adjective endings -al, -ous, -ic, -ive, -ful, -less, -en, -ed, -est, -ing). The glossary's known "
        "calques (pay treasure, balance treasure) are NAME001's."
    ),
    bad=(
        Example(
            "Chinese savers use Yu'e Bao, recruit treasure and so on.",
            (Expected("recruit treasure", 1, 30),),
        ),
    ),
    good=(
        Example("Chinese savers use Yu'e Bao; the family treasure and a buried treasure are other stories."),
        Example("The museum's recruit treasure hunt in London drew crowds."),
    ),
    source=__name__,
)


class TreasureCalque:
    meta = META
    triggers = (r"[Tt]reasure",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        if not about_china(text) or _FAMILY.search(text) is None:
            return
        known = {"pay", "payment", "balance"}  # NAME001's glossary calques of 支付宝 and 余额宝
        for m in _TREASURE.finditer(text):
            word = m.group(1).casefold()
            if word in _ORDINARY_BEFORE or word in known or word.endswith(_ADJECTIVE_ENDINGS) or len(word) < 3:
                continue
            if text[m.end() : m.end() + 5] in (" hunt", " trov", " ches", " isla", " hous", " map "):
                continue  # treasure hunt, trove, chest, island, house, map: treasure is itself the modifier
            yield Hit(m.start(), m.end(), f"'{m.group()}' looks like a calque of a …宝 product name", fix_safe=False)
