"""NAME013: a transliterated name written with a homophone character (冈瓦纳 beside 冈瓦那, 塔齐布 beside 塔其布)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from itertools import compress
from operator import itemgetter

from seedlint.checks.names.lexicon import read_data, readings
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}")
MIN_MAJOR = 2  # the other spelling is used at least this often, and twice as often
_OUTER = itemgetter(0, 2)

META = RuleMeta(
    code="NAME013",
    name="han-homophone-variant",
    family="name",
    severity=Severity.WARNING,
    summary="A transliterated name written with a homophone character: 冈瓦纳 beside 冈瓦那, 塔齐布 beside 塔其布.",
    docs=(
        "Chinese writes foreign and minority names with characters chosen for their sound, and one text can "
        "drift between homophones (冈瓦那/冈瓦纳 for Gondwana, 塔其布/塔齐布 for one person): the reader, and a "
        "model, sees two names. Compares every three-character Han window of a document with the windows that "
        "differ only in their middle character, where the two middle characters read the same in pinyin "
        "(pypinyin's table, tones ignored, built into data/readings.tsv) "
        "and neither forms a word with a neighbour in the window (CC-CEDICT headwords, "
        "CC BY-SA 4.0): ordinary words (的投资/得投资, 施行/十) are made of dictionary words, transliterations are "
        "not. The spelling used at least twice and twice as often is the suggested fix."
    ),
    bad=(
        Example(
            "阿瓦隆尼亚自冈瓦那大陆分离。之后与冈瓦那大陆碰撞。在泥盆纪，从冈瓦纳大陆分离。",
            (Expected("瓦纳大", 1, 33, "瓦那大"),),
        ),
    ),
    good=(
        Example("自冈瓦那大陆分离。之后与冈瓦那大陆碰撞。"),
        Example("本法自公布之日起施行。本条例自发布之日起十日内施行，自公布之日起施行。"),
    ),
    source=__name__,
)


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(read_data("zhwords.txt").split())


class HanHomophoneVariant:
    meta = META
    triggers = ()  # a trigger on every Han window would fire at every character: the check gates itself

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        # one C-speed count over the runs joined by a separator (the windows across it hold the separator
        # and match nothing); per-run counting cost more in call overhead than in counting
        han = "\x00".join(_HAN_RUN.findall(text))
        grams: Counter[str] = Counter(map("".join, zip(han, han[1:], han[2:], strict=False)))
        # the suggested spelling is used at least twice: only windows that share their outer characters with
        # such a window are grouped (a set lookup per window instead of a count of every outer pair)
        # (map, compress and set calls: no Python-level step per window)
        keys = list(grams)
        outer = list(map("".join, map(_OUTER, keys)))
        repeated = set(compress(outer, map(MIN_MAJOR.__le__, grams.values())))
        # ... and the outer pair holds two different middles (a count in C, not a group per window)
        distinct = Counter(outer)
        wanted = {pair for pair in repeated if distinct[pair] >= 2}
        groups: dict[str, list[str]] = {}
        for gram, pair in compress(zip(keys, outer, strict=True), map(wanted.__contains__, outer)):
            if "\x00" not in gram:
                groups.setdefault(pair, []).append(gram)
        words: frozenset[str] | None = None
        for grams_ in groups.values():
            if len(grams_) < 2:
                continue
            major = max(grams_, key=grams.__getitem__)
            if grams[major] < MIN_MAJOR:
                continue
            for minor in grams_:
                if minor == major or grams[major] < 2 * grams[minor]:
                    continue
                reading = readings()
                if reading.get(minor[1], minor[1]) != reading.get(major[1], major[1]):
                    continue
                if words is None:
                    words = _words()
                if any(g in words or g[:2] in words or g[1:] in words for g in (major, minor)):
                    continue
                for start in _find(text, minor):
                    message = f"'{minor}' is written '{major}' elsewhere in this document ({grams[major]} times)"
                    yield Hit(start, start + 3, message, fix=major, fix_safe=False)


def _find(text: str, gram: str) -> Iterator[int]:
    pos = text.find(gram)
    while pos != -1:
        yield pos
        pos = text.find(gram, pos + 1)
