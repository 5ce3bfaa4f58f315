"""Word lists and generated name data of the name family, loaded lazily from ``data/`` (built by
``scripts/build_name_data.py`` from CC-CEDICT, jieba's dictionary and wordfreq; see its docstring).

Each file is read once per process, on the first document that needs it, in a few milliseconds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources

import regex

from seedlint.document import Document
from seedlint.rule import Context

#: a document about China: Han characters, the country's name in English or Spanish, or its currency
#: (a report on Yu'e Bao names yuan and RMB, not always China)
_CHINA = regex.compile(
    r"\p{Han}|\b(?:China|Chinese|chino|china|chinos|chinas|yuan|yuanes|RMB|renminbi|Renminbi)\b", regex.V1
)


#: the edges of a whole word: not inside an address, a file name or a hyphenated compound
WORD_BEFORE = r"(?<![\p{L}\p{M}\p{N}'’.@/_-])"
WORD_AFTER = r"(?![\p{L}\p{M}\p{N}'’@/_-])"


def on_lines(
    pattern: regex.Pattern[str], doc: Document, ctx: Context, starts: re.Pattern[str] | None = None
) -> Iterator[regex.Match[str]]:
    """``pattern``'s matches on the lines where the rule's triggers fired (every line without triggers).

    ``starts`` finds, with the standard engine's skip to a first character, every place a match can start
    (``pattern`` is then tried there only, instead of at every character of the line)."""
    lines = range(len(doc.line_starts)) if ctx.lines is None else ctx.lines
    text = doc.text
    for index in lines:
        span = doc.line_span(index)
        if starts is None:
            yield from pattern.finditer(text, span.start, span.end)
            continue
        done = span.start  # matches do not overlap, as finditer's
        for c in starts.finditer(text, span.start, span.end):
            if c.start() >= done and (m := pattern.match(text, c.start(), span.end)) is not None:
                done = m.end()
                yield m


@functools.lru_cache(maxsize=4)  # five rules ask of the same document text (its hash is cached by str)
def about_china(text: str) -> bool:
    """Han characters, China or Chinese (en, es), or the yuan/RMB named: a calque gloss is then a Chinese name."""
    return _CHINA.search(text) is not None


def is_pinyin(word: str) -> bool:
    """``word`` splits into Hanyu Pinyin syllables (``qiangdong``, ``ebao``; not ``bank``, not ``soneto``)."""
    word = unicodedata.normalize("NFKD", word.casefold()).replace("\u0308", "")
    syllables = pinyin_syllables()
    reach = [True] + [False] * len(word)  # reach[i]: word[:i] splits into syllables
    for i in range(len(word)):
        if reach[i]:
            for n in range(1, min(MAX_SYLLABLE, len(word) - i) + 1):
                if word[i : i + n] in syllables:
                    reach[i + n] = True
    return bool(word) and reach[-1]


MAX_SYLLABLE = 6  # zhuang, chuang, shuang


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    return frozenset(read_data("pinyin.txt").split())


def read_data(name: str) -> str:
    """The text of ``data/<name>``."""
    return resources.files("seedlint.checks.names").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def ordinary_words(lang: str) -> frozenset[str]:
    """Lower-case words of ``lang`` (en, es) with a Zipf frequency of at least 3 in wordfreq; empty otherwise."""
    if lang not in ("en", "es"):
        return frozenset()
    return frozenset(read_data(f"words.{lang}.txt").split())


def is_ordinary(word: str) -> bool:
    """An ordinary lower-case word of English or Spanish."""
    low = word.casefold()
    return low in ordinary_words("en") or low in ordinary_words("es")


@functools.cache
def cased_forms() -> dict[str, str]:
    """Lower-case → the cased spelling of a brand, name or acronym in CC-CEDICT's definitions."""
    out: dict[str, str] = {}
    for line in read_data("cased.tsv").splitlines():
        low, _, cased = line.partition("\t")
        if cased:
            out[low] = cased
    return out


@functools.cache
def calques() -> dict[str, tuple[str, str, str]]:
    """Gloss phrase → (Chinese name, English name or ``-``, toneless pinyin of the Chinese name)."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in read_data("calques.tsv").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            out.setdefault(parts[0], (parts[1], parts[2], parts[3]))
    return out


@functools.cache
def readings() -> dict[str, str]:
    """Han character → its first toneless pinyin reading (pypinyin's table, built into data/readings.tsv)."""
    out: dict[str, str] = {}
    for line in read_data("readings.tsv").splitlines():
        reading, _, chars = line.partition("\t")
        for char in chars:
            out[char] = reading
    return out


@functools.cache
def _read_otherwise() -> tuple[dict[str, list[str]], int]:
    entries: dict[str, list[str]] = {}
    for line in read_data("context_readings.tsv").splitlines():
        chars, _, reading = line.partition("\t")
        entries[chars] = reading.split()
    return entries, max(map(len, entries), default=0)


def table_pinyin(run: str) -> list[str] | None:
    """The toneless pinyin of a run of Han characters as pypinyin's ``lazy_pinyin(run, style=Style.NORMAL)``
    gives it (ü as v), from the data files alone: a character or phrase pypinyin reads otherwise than the
    table (data/context_readings.tsv: 绿 lv, 银行 yin hang) has its own entry, any other run reads as
    data/readings.tsv says. None when a character is not in the table or the run holds such an entry inside
    a longer text (which segment pypinyin would take is its own business): ask pypinyin then."""
    table = readings()
    out = [table.get(char, "") for char in run]
    if not all(out):
        return None
    otherwise, longest = _read_otherwise()
    whole = otherwise.get(run)
    if whole is not None:
        return list(whole)
    for i in range(len(run)):
        for j in range(i + 1, min(len(run), i + longest) + 1):
            if run[i:j] in otherwise:
                return None
    return out


def run_pinyin(run: str) -> list[str]:
    """pypinyin's ``lazy_pinyin(run, style=Style.NORMAL)`` with ü as v; pypinyin (0.4 s to import) is asked
    only for the runs :func:`table_pinyin` cannot read."""
    table = table_pinyin(run)
    if table is not None:
        return table
    from pypinyin import Style, lazy_pinyin  # heavy: only for a character or phrase read by context

    return [p.replace("ü", "v") for p in lazy_pinyin(run, style=Style.NORMAL)]


@functools.cache
def syllable_glosses() -> dict[str, tuple[bool, frozenset[str]]]:
    """Pinyin syllable → (a surname is read so, the English glosses of its common characters): data/syllables.tsv."""
    out: dict[str, tuple[bool, frozenset[str]]] = {}
    for line in read_data("syllables.tsv").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            out[parts[0]] = (parts[1] == "S", frozenset(g for g in parts[2].split() if g != parts[0]))
    return out


@functools.cache
def proper_names() -> dict[str, str]:
    """Lower case → the capitalised one-word English name of a CC-CEDICT proper noun (Yahoo): data/propernames.txt."""
    return {name.lower(): name for name in read_data("propernames.txt").split()}
