"""NAME007: a name in the wrong case (pinduoduo beside Pinduoduo, ebay or EBay for eBay, sina for Sina)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.analysis import LatinWords, in_caps_line, latin_words, word_occurrences
from seedlint.checks.names.lexicon import about_china, cased_forms, is_ordinary, is_pinyin, proper_names
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_LOWER = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*")
MIN_LENGTH = 3
#: a lower-case spelling counts as the document's own inconsistency from this many uses on
MIN_LOWER = 2
#: pinyin names of at least this many letters (two syllables): ``sina``, ``pinduoduo``
MIN_PINYIN = 4
#: a name in capitals has at least this many letters (shorter ones are acronyms more often)
MIN_CAPITALS = 4


def _inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _chinese_name(fold: str) -> bool:
    """Spelled in pinyin syllables, and no ordinary word: a Chinese name, always capitalised in en and es."""
    return len(fold) >= MIN_PINYIN and is_pinyin(fold) and not is_ordinary(fold)


META = RuleMeta(
    code="NAME007",
    name="name-case",
    family="name",
    severity=Severity.WARNING,
    summary="A name in the wrong case: pinduoduo beside Pinduoduo, ebay or EBay for eBay, sina for Sina.",
    docs=(
        "Case-folding and careless translation write names in lower case (ebay, sina, pinduoduo) or lose an "
        "internal capital (EBay, Wechat); a model then learns the brand as an ordinary word. Two kinds of "
        "evidence, neither a list of this corpus's names: the document itself writes the word capitalised "
        "after a lower-case word (a name), or with pinyin syllables (pin-duo-duo) capitalised anywhere, and the "
        "lower-case form is no ordinary English or Spanish word (wordfreq, Zipf >= 3); or the cased-form "
        "lexicon generated from CC-CEDICT's definitions (CC BY-SA 4.0: the English names of its proper nouns "
        "and every brand or acronym spelling with an internal capital or in capitals, e.g. eBay, WeChat, "
        "DingTalk) gives the word another case. In an English sentence of a document about China, a proper "
        "noun's one-word English name from CC-CEDICT (data/propernames.txt, ordinary words included: Yahoo) "
        "written in capitals (YAHOO) is reported too, unless CC-CEDICT spells it in capitals or another word in "
        "capitals stands within 30 characters (a heading, an acronym run). Lines in capitals, addresses and "
        "file names are left alone. The fix is the document's or the lexicon's spelling."
    ),
    bad=(
        Example(
            "Pinduoduo grew fast. Investors say pinduoduo will overtake rivals, and pinduoduo shares rose.",
            (Expected("pinduoduo", 1, 36, "Pinduoduo"), Expected("pinduoduo", 1, 72, "Pinduoduo")),
        ),
        Example("Sellers moved from ebay to Taobao.", (Expected("ebay", 1, 20, "eBay"),)),
        Example("EBay entró en China en 2002.", (Expected("EBay", 1, 1, "eBay"),)),
        Example("In China, will Softbank and YAHOO hold more shares?", (Expected("YAHOO", 1, 29, "Yahoo"),)),
    ),
    good=(
        Example("Sellers moved from eBay to Taobao; see www.ebay.com or mail info@ebay.com."),
        Example("Apple sells phones, and an apple a day keeps the doctor away. EBAY SHARES FALL."),
        Example("The Yangtze floods. Villagers say yangtze water is high."),
        Example("In China, YAHOO NEWS and the BBC report; Yahoo said it is a SINA partner, NOT a rival."),
    ),
    source=__name__,
)


class NameCase:
    meta = META
    triggers = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        tokens = latin_words(doc)
        lexicon = cased_forms()
        # the candidates: folds spelled several ways, and the folds the lexicon knows (a set operation in C)
        known = (tokens.folds.keys() & lexicon.keys()) - tokens.by_fold.keys()
        for fold in sorted(known.union(tokens.by_fold)):
            if len(fold) < MIN_LENGTH or not fold.isalpha():
                continue
            spellings = tokens.spellings(fold)
            found = _right(fold, spellings, tokens, lexicon)
            if found is None:
                continue
            right, listed = found
            inner = listed and _inner_capital(right)
            source = "the name is written" if listed else "the document writes"
            for wrong in spellings:
                if wrong == right or wrong.isupper() or not _wrong(wrong, right):
                    continue
                for start, end in word_occurrences(doc, wrong):
                    # Spanish writes demonyms and languages in lower case (mongol, semu): a lower-cased name is
                    # proved in English, or by a brand's internal capital (eBay) in any language
                    if in_caps_line(doc, start) or (not inner and doc.language_at(start) != "en"):
                        continue
                    message = f"'{wrong}' is a name in the wrong case: {source} '{right}'"
                    yield Hit(start, end, message, fix=right, fix_safe=False)
        if about_china(doc.text):
            yield from _in_capitals(doc, tokens, lexicon)


def _in_capitals(doc: Document, tokens: LatinWords, lexicon: dict[str, str]) -> Iterator[Hit]:
    """A proper noun's English name in capitals inside an English sentence of mixed case (YAHOO for Yahoo),
    in a document about China: CC-CEDICT's names (data/propernames.txt), not its acronyms."""
    names = proper_names()
    for fold in sorted(tokens.folds.keys() & names.keys()):
        right = names[fold]
        if len(fold) < MIN_CAPITALS or lexicon.get(fold, right).isupper():
            continue
        for wrong in tokens.spellings(fold):
            if not wrong.isupper():
                continue
            for start, end in word_occurrences(doc, wrong):
                if in_caps_line(doc, start) or doc.language_at(start) != "en" or _capitals_near(doc.text, start, end):
                    continue
                message = f"'{wrong}' is a name in capitals: the name is written '{right}'"
                yield Hit(start, end, message, fix=right, fix_safe=False)


#: a word in capitals beside another is a heading, a shouted phrase or an acronym run, not a lost case
_CAPS_WORD = regex.compile(r"\b\p{Lu}{2,}\b", regex.V1)


def _capitals_near(text: str, start: int, end: int) -> bool:
    return any(m.start() != start for m in _CAPS_WORD.finditer(text, max(0, start - 30), min(len(text), end + 30)))


def _right(fold: str, spellings: list[str], tokens: LatinWords, lexicon: dict[str, str]) -> tuple[str, bool] | None:
    """The right spelling and whether the lexicon (not the document) gives it."""
    cased = lexicon.get(fold)
    if cased is not None and (_inner_capital(cased) or (not cased.isupper() and _chinese_name(fold))):
        return cased, True
    if fold not in spellings or tokens.counts[fold] < MIN_LOWER or not _chinese_name(fold):
        return None
    names = [s for s in spellings if s[0].isupper() and not s.isupper()]
    return (max(names, key=lambda s: tokens.counts[s]), False) if names else None


def _wrong(wrong: str, right: str) -> bool:
    """All lower case, or a capital first letter where the name starts in lower case (EBay for eBay)."""
    if _LOWER.fullmatch(wrong):
        return True
    return right[0].islower() and wrong == right[0].upper() + right[1:]
