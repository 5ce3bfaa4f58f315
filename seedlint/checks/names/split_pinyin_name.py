"""NAME012: a pinyin company or place name cut into syllables (Tian Hong Fund for Tianhong Fund)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import WORD_AFTER, WORD_BEFORE, about_china, on_lines, pinyin_syllables, read_data
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: words that make a pinyin name a company or a place
_ORG_WORDS = (
    "Fund|Funds|Bank|Group|Securities|Insurance|Holdings|Company|Corporation|Technology|Technologies|Road|Street|"
    "Avenue|District|County|Province|City|Town|Township|Village|Lake|Mountain|River|Temple|Park|Bridge|Airport|"
    "Station|Port|Fondo|Banco|Grupo|Calle|Avenida|Distrito|Provincia|Ciudad|Lago|Río|Templo|Parque|Puente"
)
#: two or three capitalised one-syllable words before such a word: one name cut into its syllables
_SPLIT = regex.compile(
    rf"{WORD_BEFORE}(\p{{Lu}}\p{{Ll}}{{0,5}}(?: \p{{Lu}}\p{{Ll}}{{0,5}}){{1,2}}) (?:{_ORG_WORDS}){WORD_AFTER}", regex.V1
)

META = RuleMeta(
    code="NAME012",
    name="split-pinyin-name",
    family="name",
    severity=Severity.INFO,
    summary="A pinyin company or place name cut into syllables: Tian Hong Fund, Yu Zhong District.",
    docs=(
        "The pinyin orthography (GB/T 16159) writes a proper name's syllables as one word: Tianhong Fund, "
        "Yuzhong District, Qingnian Road. Machine translation gives each character a capitalised word. "
        "Reported: two or three capitalised single pinyin syllables (pypinyin's table) before a word that makes "
        "them a company or place (Fund, Bank, Group, Road, District…, and the Spanish ones), unless CC-CEDICT's "
        "definitions write that run apart (Hang Seng, Hong Kong: spaced by convention). Only in documents "
        "about China (Han characters, China/Chinese/chino named, or sums in yuan or RMB), where 'Long Men "
        "Road' is a split Longmen Road and not English. The fix joins the syllables (unsafe: the official form "
        "may differ)."
    ),
    bad=(
        Example(
            "A Chinese money market fund of Tian Hong Fund manages it.",
            (Expected("Tian Hong", 1, 32, "Tianhong"),),
        ),
        Example(
            "Zenglibao is a money fund of Tian Hong Fund; it holds 400 billion yuan.",
            (Expected("Tian Hong", 1, 30, "Tianhong"),),
        ),
    ),
    good=(
        Example("Shares of Hang Seng Bank rose in China; Tianhong Fund and Hong Kong Airport too."),
        Example("He walked along Long Men Road and Ma Bank Street; Jin Fund is new."),
        Example("Tian Hong Fund paid 400 billion yen to Ma Bank Street investors."),
    ),
    source=__name__,
)


@functools.cache
def _spaced() -> frozenset[str]:
    return frozenset(read_data("spaced.txt").splitlines())


class SplitPinyinName:
    meta = META
    triggers = (rf"[A-Z][a-z]{{0,5}} [A-Z][a-z]{{0,5}} (?:{_ORG_WORDS})",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not about_china(doc.text):
            return
        spaced = _spaced()
        for m in on_lines(_SPLIT, doc, ctx):
            words = m.group(1).split()
            if not all(_one_syllable(w) for w in words):
                continue
            if any(" ".join(words[i : i + 2]) in spaced for i in range(len(words) - 1)):
                continue
            joined = words[0] + "".join(w.lower() for w in words[1:])
            start, end = m.start(1), m.end(1)
            message = f"'{m.group(1)}' is one pinyin name cut into syllables: write '{joined}'"
            yield Hit(start, end, message, fix=joined, fix_safe=False)


def _one_syllable(word: str) -> bool:
    return word.casefold() in pinyin_syllables()
