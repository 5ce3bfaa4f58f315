"""A cheap per-paragraph language guess: script first, stop-word evidence for Latin text.

Good enough to scope rules (a Han character in an English paragraph, a Spanish month
name in a Spanish one); not a language identifier.
"""

from __future__ import annotations

import re

import regex

_HAN = regex.compile(r"\p{Han}")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HIRAGANA = regex.compile(r"\p{Hiragana}")
_HIRAGANA_NOT_NO = regex.compile(r"[\p{Hiragana}--[の]]", regex.V1)
_HANGUL = regex.compile(r"\p{Hangul}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_GREEK = regex.compile(r"\p{Greek}")
_ASCII_WORD = re.compile(r"[a-z']+")  # the Latin words of lower-cased ASCII text, faster than _WORD_RE there
#: \p{Latin} spelled out as code-point ranges (from the installed ``regex``'s Unicode tables; a test keeps
#: them equal), so the standard engine, several times faster on a class, counts Latin letters and words
LATIN_CLASS = (
    "\u0041-\u005a\u0061-\u007a\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02b8\u02e0-\u02e4"
    "\u1d00-\u1d25\u1d2c-\u1d5c\u1d62-\u1d65\u1d6b-\u1d77\u1d79-\u1dbe\u1e00-\u1eff\u2071\u207f"
    "\u2090-\u209f\u212a-\u212b\u2132\u214e\u2160-\u2188\u2c60-\u2c7f\ua722-\ua787\ua78b-\ua7dd"
    "\ua7e2\ua7f1-\ua7ff\uab30-\uab5a\uab5c-\uab64\uab66-\uab69\uab6c-\uab6d\ufb00-\ufb06"
    "\uff21-\uff3a\uff41-\uff5a\U00010780-\U00010785\U00010787-\U000107b0\U000107b2-\U000107bf"
    "\U0001df00-\U0001df81\U0001df90-\U0001df96\U0001dfcd-\U0001dff2\U0001dff5-\U0001dfff"
)
_LATIN_RUN_RE = re.compile(f"[{LATIN_CLASS}]+")
_WORD_RE = re.compile(f"[{LATIN_CLASS}']+")
#: a character of a script the guess weighs besides Latin: without one, all their counts are 0
_OTHER_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Cyrillic}\p{Greek}]")
_BEYOND_LATIN = regex.compile(r"[^\x00-\u024f]")
_LETTER_RUN = regex.compile(r"\p{L}+")
_SPANISH_LETTER = regex.compile(r"[ñáéíóú¿¡]", regex.IGNORECASE)

EN_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "as",
        "was",
        "with",
        "be",
        "by",
        "on",
        "not",
        "he",
        "this",
        "are",
        "or",
        "his",
        "from",
        "at",
        "which",
        "but",
        "have",
        "an",
        "they",
        "you",
        "were",
        "their",
        "one",
        "all",
        "we",
        "can",
        "has",
        "there",
        "been",
        "if",
        "more",
        "when",
        "will",
        "would",
        "who",
        "so",
        "no",
        "its",
        "into",
        "than",
        "them",
        "these",
        "out",
        "also",
        "may",
        "only",
        "could",
        "our",
        "what",
        "about",
        "how",
        "does",
        "did",
        "i",
    ]
)
ES_STOP = frozenset(
    [
        "de",
        "la",
        "que",
        "el",
        "en",
        "y",
        "a",
        "los",
        "se",
        "del",
        "las",
        "un",
        "por",
        "con",
        "no",
        "una",
        "su",
        "para",
        "es",
        "al",
        "lo",
        "como",
        "más",
        "pero",
        "sus",
        "le",
        "ya",
        "o",
        "este",
        "sí",
        "porque",
        "esta",
        "entre",
        "cuando",
        "muy",
        "sin",
        "sobre",
        "también",
        "me",
        "hasta",
        "hay",
        "donde",
        "quien",
        "desde",
        "todo",
        "nos",
        "durante",
        "todos",
        "uno",
        "les",
        "ni",
        "contra",
        "otros",
        "ese",
        "eso",
        "ante",
        "ellos",
        "e",
        "esto",
        "mí",
        "antes",
        "algunos",
        "qué",
        "unos",
        "yo",
        "otro",
        "otras",
        "otra",
        "él",
        "tanto",
        "esa",
        "estos",
        "mucho",
        "quienes",
        "nada",
        "muchos",
        "cual",
        "poco",
        "ella",
        "estar",
        "estas",
        "algunas",
        "algo",
        "nosotros",
        "fue",
        "son",
        "ha",
        "han",
    ]
)


_RUNS: dict[str, regex.Pattern[str]] = {}
# ASCII bytes that are not letters: deleting them leaves the letters, counted in C
_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def ascii_letters(text: str) -> int:
    """Letters of an ASCII ``text`` (all Latin): a translate in C instead of a regex pass."""
    return len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS))


def _count(pattern: regex.Pattern[str], text: str) -> int:
    """Characters of ``text`` matching a one-character ``pattern``, counted by runs in C."""
    runs = _RUNS.get(pattern.pattern)
    if runs is None:
        runs = _RUNS[pattern.pattern] = regex.compile(f"(?:{pattern.pattern})+", pattern.flags)
    return sum(map(len, runs.findall(text)))


def guess_language(text: str) -> str:
    """Return 'zh', 'ja', 'ko', 'en', 'es', 'ru', 'el' or 'und' for one paragraph."""
    if text.isascii():  # most Latin paragraphs: no other script to weigh, letters counted in C
        return _latin_language(text, ascii_letters(text))
    # Han, kana, Hangul, Cyrillic and Greek all lie past Latin Extended-B: one search tells whether
    # to count them (most Latin paragraphs have none: five passes saved)
    beyond = _BEYOND_LATIN.search(text) is not None
    return _mixed_language(text, sum(map(len, _LATIN_RUN_RE.findall(text))), beyond)


def weigh(text: str) -> tuple[str, int]:
    """The guess of :func:`guess_language` and the letters (``\\p{L}``) of ``text``, from the same passes.

    Below U+0250 every letter but the micro sign is Latin: a paragraph with nothing beyond Latin Extended-B
    has as many letters as its Latin count says (a whole-paragraph letter pass saved)."""
    if text.isascii():
        letters = ascii_letters(text)
        return _latin_language(text, letters), letters
    beyond = _BEYOND_LATIN.search(text) is not None
    latin = sum(map(len, _LATIN_RUN_RE.findall(text)))
    letters = sum(map(len, _LETTER_RUN.findall(text))) if beyond else latin + text.count("\u00b5")
    return _mixed_language(text, latin, beyond), letters


def _mixed_language(text: str, latin: int, beyond: bool) -> str:
    """The guess for a non-ASCII paragraph with ``latin`` Latin letters (``beyond``: past U+024F)."""
    beyond = beyond and _OTHER_SCRIPT.search(text) is not None
    han = _count(_HAN, text) if beyond else 0
    kana = _count(_KANA, text) if beyond else 0
    if kana and (han + kana) * 2 >= latin / 3:
        # Japanese writes its particles in hiragana (が, を, は…), which Chinese never uses, except for a
        # brand's lone の (日本の味); katakana alone is a name in Chinese text unless it outweighs the Han.
        hiragana = _count(_HIRAGANA, text)
        particles = _count(_HIRAGANA_NOT_NO, text)
        if (particles and kana * 10 >= han) or (hiragana and kana * 5 >= han) or kana >= han:
            return "ja"
    if han and han * 2 >= latin / 3:  # a Han character is worth about three Latin letters
        return "zh"
    hangul = _count(_HANGUL, text) if beyond else 0
    if hangul and hangul * 3 >= latin:
        return "ko"
    cyr = _count(_CYRILLIC, text) if beyond else 0
    if cyr > latin:
        return "ru"
    greek = _count(_GREEK, text) if beyond else 0
    if greek > latin:
        return "el"
    return _latin_language(text, latin)


def _latin_language(text: str, latin: int) -> str:
    """English or Spanish by stop words (counted in C), then by Spanish letters; 'und' without Latin letters."""
    if not latin:
        return "und"
    lower = text.lower()
    words = _ASCII_WORD.findall(lower) if lower.isascii() else _WORD_RE.findall(lower)
    en = sum(map(EN_STOP.__contains__, words))
    es = sum(map(ES_STOP.__contains__, words))
    if es > en:
        return "es"
    if en:
        return "en"
    if _SPANISH_LETTER.search(text):
        return "es"
    return "en"
