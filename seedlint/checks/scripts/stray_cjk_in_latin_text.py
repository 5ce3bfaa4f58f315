"""SCRIPT001: a run of Han, kana or Hangul inside an English or Spanish sentence."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import run_pinyin
from seedlint.checks.scripts.analysis import (
    CJK_CLASS,
    FAMILY,
    T_CJK,
    T_LATIN,
    is_latin,
    language,
    lines,
    pinyin_split,
)
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_RUN = regex.compile(rf"[{CJK_CLASS}]+")
_WORD_AFTER = regex.compile(r"^[ \t]+(\p{L}+)")
_TOKEN_AFTER = regex.compile(r"[ \t]+(?:(?P<word>\p{L}+)|\d)")
_TOKEN_BEFORE = regex.compile(
    r"(?:(?P<words>(?:\p{Lu}\p{L}*[ \t]+)*(?P<word>\p{L}+))|(?P<number>\d[\d,.]*(?:[ \t]?%)?)|(?P<mark>[,;:]))[ \t]+$"
)
_WORDS = regex.compile(r"\p{L}+")
_IN_LANGUAGE = regex.compile(
    r"\b(?:in|en)\s+(?:chinese|mandarin|cantonese|japanese|korean|chino|mandar[ií]n|canton[eé]s|japon[eé]s|coreano)\b",
    regex.IGNORECASE,
)
_SCRIPT_NAMES = (("Han", "Han"), ("Hiragana", "kana"), ("Katakana", "kana"), ("Hangul", "Hangul"))

META = RuleMeta(
    code="SCRIPT001",
    name="stray-cjk-in-latin-text",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="Han, kana or Hangul characters stranded inside an English or Spanish sentence (the 倨 of).",
    docs=(
        "Finds a run of Chinese, Japanese or Korean characters that sits inside an English or Spanish "
        "sentence as if it were a word of it: glued to Latin letters (Ali倨baba) or standing between two "
        "Latin words with nothing to set it off (the 倨 of Alibaba). Machine translation leaves such "
        "untranslated fragments behind; a reader loses the meaning and a model learns to mix scripts. "
        "Legitimate uses are not reported: a name followed by its characters in parentheses or quotes "
        "(Jack Ma (马云)), characters after a capitalised name (Ma Yun 马云), after a word that announces a "
        "mention (the word, the character, known as, la palabra) or in a sentence about writing (kanji, "
        "hanzi, pinyin, in Chinese). No fix: the missing translation is unknown."
    ),
    languages=("en", "es"),
    bad=(
        Example(
            "The stimulus, in addition to the 倨 of Alibaba's former Christine, stems from a clear reason.",
            (Expected("倨", 1, 34),),
        ),
        Example(
            "El banco aceptó la 合作 con Alipay en 2005.\nLa empresa Ali巴baba creció rápido.",
            (Expected("合作", 1, 20), Expected("巴", 2, 15)),
        ),
    ),
    good=(
        Example(
            "Jack Ma (马云) founded Alibaba in 1999 with seventeen partners in Hangzhou; "
            "its name in Chinese is 阿里巴巴."
        ),
        Example("Alibaba founder Ma Yun 马云 said the bank would have to change or be changed."),
        Example('The word 关系 means connections, and the character "人" means person.'),
        Example("Lo que en chino se escribe 余额宝 es un fondo del mercado monetario de Ant Financial."),
    ),
    source=__name__,
)


class StrayCjkInLatinText:
    meta = META
    triggers = (
        rf"[{T_LATIN}][ \t]?[{T_CJK}]",
        rf"[{T_CJK}][ \t]?[{T_LATIN}]",
        rf"[0-9%,;:][ \t][{T_CJK}]",
        rf"[{T_CJK}][ \t][0-9]",
    )

    def __init__(self, data: ScriptData) -> None:
        self._pinyin = data.pinyin
        self._mention = data.mention_words
        self._markers = data.mention_markers

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            text = line.text
            for m in _RUN.finditer(text, timeout=ctx.timeout):
                before, after = text[max(0, m.start() - 80) : m.start()], text[m.end() : m.end() + 80]
                glued = is_latin(before[-1:]) or is_latin(after[:1])
                if not glued and not (before[-1:] in (" ", "\t") and self._in_sentence(m.group(), before, after)):
                    continue
                if language(doc, line) not in META.languages:
                    break
                if self._is_mention(doc, line.start + m.start(), before, after):
                    continue
                yield Hit(
                    line.start + m.start(),
                    line.start + m.end(),
                    f"'{m.group()}' ({_script(m.group())}) inside a Latin-script sentence: "
                    "an untranslated or stray fragment",
                )

    def _in_sentence(self, run: str, before: str, after: str) -> bool:
        """Set off only by blanks inside a Latin-script sentence: a word or number after it, and before
        it a lower-case word, a number, a comma-like mark, or a capitalised word that is not the
        romanised name the characters spell (Ma Yun 马云, Huabei 花呗)."""
        nxt = _TOKEN_AFTER.match(after)
        prev = _TOKEN_BEFORE.search(before)
        if nxt is None or prev is None:
            return False
        if nxt.group("word") is not None and not _all_latin(nxt.group("word")):
            return False
        if prev.group("mark") or prev.group("number"):
            return True
        word = prev.group("word")
        if not _all_latin(word):
            return False
        if word.islower():
            return True
        return not self._romanises(run, prev.group("words"))

    def _romanises(self, run: str, words: str) -> bool:
        """The capitalised words before the run are the pinyin its characters read (Ma Yun 马云, Huabei
        花呗), or end with the surname it starts with (Jack Ma 马云)."""
        syllables: list[str] = []
        last: list[str] | None = None
        for word in reversed(words.split()[-3:]):
            split = pinyin_split(word.lower(), self._pinyin)
            if split is None:
                break
            last = last or split
            syllables = split + syllables
        if last is None:
            return False
        reading = run_pinyin(run)
        return reading == syllables[-len(reading) :] or reading[: len(last)] == last

    def _is_mention(self, doc: Document, offset: int, before: str, after: str) -> bool:
        window = [w.lower() for w in _WORDS.findall(before[-60:])[-3:]]
        nxt = _WORD_AFTER.match(after)
        if nxt is not None:
            window.append(nxt.group(1).lower())  # the 福 character, el ideograma 福
        if self._mention.intersection(window):
            return True
        paragraph = doc.paragraph_at(offset)
        if paragraph is None:
            return False
        sentence = next((s for s in doc.sentences(paragraph) if s.start <= offset < s.end), paragraph)
        if _IN_LANGUAGE.search(sentence.text):
            return True
        return not self._markers.isdisjoint(w.lower() for w in _WORDS.findall(sentence.text))


def _all_latin(word: str) -> bool:
    return all(map(is_latin, word))


def _script(run: str) -> str:
    names = []
    for prop, name in _SCRIPT_NAMES:
        if regex.search(rf"\p{{{prop}}}", run) and name not in names:
            names.append(name)
    return "/".join(names)
