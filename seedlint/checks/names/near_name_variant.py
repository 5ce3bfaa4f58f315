"""NAME009: one name spelled two near ways in a document (Chongqing/Chonqing, Genghis/Gengis, Qingnian/Qing Nian).

Spelling keys (NAME003) only group spellings that differ in case, spaces and marks; this groups the
capitalised words of a document that are one letter apart, or one word and two, and guards against
the pairs that are different words: inflection (Korea/Korean, Polaca/Polaco), substitutions
(Iran/Iraq, Hubei/Hebei), ordinary words, and spellings of another language's paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import is_ordinary, is_pinyin
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: stdlib re with the Latin letters spelled out (several times faster than regex's \p classes here)
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ\u0100-\u024f"
#: capitalised words, counted (the reported spans are matched again with full word edges in _hits).
#: Each pattern starts with a class and tests the character before it after the class matched
#: (``X(?<!Y.)`` is ``(?<!Y)X``): stdlib re skips to a possible first character in C only when
#: a pattern starts with one, not with an assertion (three times faster on a document)
_WORD = re.compile(rf"[{_UP}](?<!\w.)[{_LOW}]+\b")
_PAIR = re.compile(rf"([{_UP}](?<![\w'’.@/-].)[{_LOW}]+) ([{_UP}][{_LOW}]+)(?![\w'’@/-])")
#: endings that make another word of a name, not another spelling: Korea/Korean, Kuznet/Kuznets
_SUFFIXES = ("s", "es", "n", "an", "ian", "ans", "ese", "i", "ic", "a", "o", "e", "ns", "ia")
_PAIRS = (("(", ")"), ("“", "”"), ("«", "»"), ("[", "]"))
MIN_LONG = 4  # the longer spelling has at least this many letters
MIN_SHORT_H = 3
#: spellings this short are one name only where they share a neighbouring word (Kublai Kan, Kublai Khan)
SHORT = 4  # an inserted h (Kan/Khan, Rin/Rhin) may make a three-letter spelling

META = RuleMeta(
    code="NAME009",
    name="near-name-variant",
    family="name",
    severity=Severity.WARNING,
    summary="One name spelled two near ways in a document: Chongqing and Chonqing, Genghis and Gengis.",
    docs=(
        "Compares the capitalised words of a document that stand as names (after another word, or no ordinary "
        "English or Spanish word per wordfreq) that "
        "are one inserted or dropped consonant apart (accents ignored: Chonqing/Chongqing, Gengis/Genghis, "
        "Kan/Khan, Apolo/Apollo, Ögedei/Ogödei), and a pinyin word written as one and as two capitalised words "
        "(Qingnian/Qing Nian, Yuzhong/Yu Zhong: pinyin writes a place name as one word). The spelling the "
        "document uses less is reported, with the other as an unsafe fix. Not variants: a substituted letter "
        "(Iran/Iraq, Hubei/Hebei are other names), an added ending (Korea/Korean, Polaca/Polaco, "
        "Kuznet/Kuznets, Texas/Texans: a consonant added in the last two letters unless it doubles one), a "
        "spelling of three or four letters that shares no neighbouring word with the other (Kong in Hong Kong, "
        "Kwong), spellings in paragraphs of different languages (Irán beside Iran in a quotation), "
        "words inside brackets or quotation marks (an 'also spelled' note, a quoted spelling), and an inserted "
        "vowel (Dulcina/Dulcinea: a poet's choice more often than a typo)."
    ),
    bad=(
        Example(
            "Chongqing is hot. Hotels in Chongqing are cheap. Flights to Chonqing land at night.",
            (Expected("Chonqing", 1, 61, "Chongqing"),),
        ),
        Example(
            "Our hotel is at 66 Qingnian Road. Buses run along Qingnian Road. Walk to Qing Nian Road.",
            (Expected("Qing Nian", 1, 74, "Qingnian"),),
        ),
    ),
    good=(
        Example("Iran and Iraq fought a war. Korea and the Korean people; Hubei borders Hebei? No, Henan."),
        Example("Genghis Khan united the tribes. His name (also Gengis) varies; Genghis Khan died in 1227."),
    ),
    source=__name__,
)


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _one_insertion(short: str, long: str) -> int:
    """Index of the letter ``long`` adds to ``short``, or -1."""
    if len(long) != len(short) + 1:
        return -1
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return i if short[i:] == long[i + 1 :] else -1


def _variant(a: str, b: str) -> bool:
    """Two folded spellings of one name: one letter inserted inside (not an ending)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) < MIN_LONG:
        return False
    at = _one_insertion(short, long)
    if at <= 0 or long[at] in "aeiouy":
        return False
    doubled = long[at] in (long[at - 1], long[at + 1 : at + 2])
    if not doubled and at >= len(long) - 2:
        return False  # an ending: Texas/Texans, Amazonia/Amazonica
    if len(short) < MIN_SHORT_H + 1 and long[at] != "h":
        return False
    if len(short) < MIN_SHORT_H:
        return False
    tail = long[at:]
    return not (long.startswith(short) and tail in _SUFFIXES)


class NearNameVariant:
    meta = META
    triggers = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        counts: Counter[str] = Counter(_WORD.findall(text))
        # an ordinary word (Were, Where) is a name only where it follows another word: looked up with
        # str.find for the few ordinary words of a candidate pair, not with a regex pass over the document
        words = {w: _fold(w) for w in counts}
        by_fold: dict[str, list[str]] = {}
        for w, f in words.items():
            by_fold.setdefault(f, []).append(w)
        pairs = _candidate_pairs(by_fold)
        if pairs:
            for f in {f for pair in pairs for f in pair}:
                by_fold[f] = [w for w in by_fold[f] if not is_ordinary(w) or _after_word(text, w)]
        fold_counts = {f: sum(counts[w] for w in ws) for f, ws in by_fold.items()}
        reported: set[str] = set()
        for f, g in pairs:
            if fold_counts[f] and fold_counts[g]:
                minor, major = (f, g) if fold_counts[f] < fold_counts[g] else (g, f)
                if fold_counts[minor] == fold_counts[major] or minor in reported:
                    continue
                if len(f) <= SHORT and not _shared_neighbour(text, by_fold[f], by_fold[g]):
                    continue
                reported.add(minor)
                right = max(by_fold[major], key=counts.__getitem__)
                for w in by_fold[minor]:
                    yield from _hits(doc, regex.escape(w), right, fold_counts[major])
        if _joined_candidates(counts):
            yield from self._split(doc, counts)

    @staticmethod
    def _split(doc: Document, counts: Counter[str]) -> Iterator[Hit]:
        pairs = Counter(f"{a} {b}" for a, b in _PAIR.findall(doc.text))
        for pair, n in pairs.items():
            a, b = pair.split(" ")
            joined = a + b.lower()
            if joined not in counts or not (is_pinyin(a) and is_pinyin(b)):
                continue
            if counts[joined] >= n:
                yield from _hits(doc, regex.escape(pair), joined, counts[joined])
            else:
                yield from _hits(doc, regex.escape(joined), pair, n)


def _candidate_pairs(by_fold: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Folded spellings one inserted letter apart that :func:`_variant` takes for one name (f shorter)."""
    # every spelling with one letter dropped, looked up among the spellings; in the order of f, then g
    order = {w: i for i, w in enumerate(by_fold)}
    found: list[tuple[int, int]] = []
    for g, j in order.items():
        if len(g) >= MIN_LONG:
            for i in range(1, len(g)):
                k = order.get(g[:i] + g[i + 1 :])
                if k is not None:
                    found.append((k, j))
    words = list(by_fold)
    return [(words[k], words[j]) for k, j in sorted(found) if _variant(words[k], words[j])]


def _after_word(text: str, word: str) -> bool:
    """``word`` stands somewhere after another word and a space (where an ordinary word is in lower case)."""
    pos = text.find(" " + word)
    while pos != -1:
        end = pos + 1 + len(word)
        before, after = text[pos - 1 : pos], text[end : end + 1]
        if _WORDCHAR.match(before) and not _ANY_WORDCHAR.match(after):
            return True
        pos = text.find(" " + word, pos + 1)
    return False


def _joined_candidates(counts: Counter[str]) -> bool:
    """Some capitalised word is two capitalised words of the document run together (Qingnian, Qing, Nian):
    only then is the pass over every pair of capitalised words worth its cost."""
    for w in counts:
        for i in range(2, len(w) - 1):
            if w[:i] in counts and w[i].upper() + w[i + 1 :] in counts:
                return True
    return False


_WORDCHAR = re.compile(r"[^\W_]")
_ANY_WORDCHAR = re.compile(r"\w")


def _neighbours(text: str, words: list[str]) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    for w in words:
        for m in regex.finditer(rf"(\p{{L}}+) {regex.escape(w)}\b|\b{regex.escape(w)} (\p{{L}}+)", text):
            out.add((-1, m.group(1)) if m.group(1) else (1, m.group(2)))
    return out


def _shared_neighbour(text: str, a: list[str], b: list[str]) -> bool:
    return bool(_neighbours(text, a) & _neighbours(text, b))


def _aside(text: str, start: int) -> bool:
    """Inside brackets or a quotation opened earlier on the line: an 'also spelled' note or a quoted spelling."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return any(line.count(a) > line.count(b) for a, b in _PAIRS) or line.count('"') % 2 == 1


def _hits(doc: Document, pattern: str, right: str, times: int) -> Iterator[Hit]:
    text = doc.text
    target = doc.language_at(text.find(right)) if right in text else doc.language
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.@/_-]){pattern}(?![\p{{L}}\p{{M}}\p{{N}}@/_-])", text):
        start = m.start()
        if _aside(text, start):
            continue
        if doc.language_at(start) != target:
            continue
        message = f"'{m.group()}' is spelled '{right}' elsewhere in this document ({times} times)"
        yield Hit(start, m.end(), message, fix=right, fix_safe=False)
