"""Numbers as dates write them: full-width digits, Chinese numerals, en/es number words.

Every converter reads a matched group; nothing here rewrites the document, so
offsets taken on the original text stay valid.
"""

from __future__ import annotations


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (word lists kept readable as prose)."""
    return text.split()


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

ZH_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

#: a character class of every Chinese numeral character the grammar reads
ZH_NUMERAL_CLASS = "〇零○Ｏ一二两兩三四五六七八九十廿卅百"

_EN_UNITS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
)
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

EN_WORDS: dict[str, int] = {w: i for i, w in enumerate(_EN_UNITS)}
EN_WORDS.update(_EN_TENS)
EN_WORDS.update({"a": 1, "an": 1, "a hundred": 100, "one hundred": 100, "a dozen": 12, "a couple of": 2})
for _tens, _value in _EN_TENS.items():
    for _unit in range(1, 10):
        EN_WORDS[f"{_tens}-{_EN_UNITS[_unit]}"] = _value + _unit
        EN_WORDS[f"{_tens} {_EN_UNITS[_unit]}"] = _value + _unit

ES_WORDS: dict[str, int] = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintiun": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
}  # fmt: skip
for _tens_es in ("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"):
    for _unit_es in ("uno", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"):
        ES_WORDS[f"{_tens_es} y {_unit_es}"] = ES_WORDS[_tens_es] + ES_WORDS[_unit_es]


def ascii_digits(text: str) -> str:
    """Full-width digits to ASCII (same length, so offsets still match)."""
    return text.translate(_FULLWIDTH)


def zh_number(text: str) -> int | None:
    """Value of a Chinese numeral: positional (二〇〇三 → 2003) or counted (二十九 → 29, 一百二十 → 120)."""
    if not text:
        return None
    if all(ch in ZH_DIGITS for ch in text):
        if len(text) == 1:
            return ZH_DIGITS[text]
        if any(ch in "两兩" for ch in text):
            return None
        value = 0
        for ch in text:
            value = value * 10 + ZH_DIGITS[ch]
        return value
    total = 0
    current = 0
    for ch in text:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "廿":
            total += 20
            current = 0
        elif ch == "卅":
            total += 30
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def number(text: str) -> int | None:
    """Digits (ASCII or full-width), a Chinese numeral, or an en/es number word."""
    plain = ascii_digits(text.strip())
    if plain.isdigit():
        return int(plain)
    lowered = " ".join(plain.lower().split())
    if lowered in EN_WORDS:
        return EN_WORDS[lowered]
    if lowered in ES_WORDS:
        return ES_WORDS[lowered]
    return zh_number(plain)


def words_pattern(words: dict[str, int] | list[str]) -> str:
    """Alternation of words, longest first, spaces matching any run of whitespace."""
    keys = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(k.replace(" ", r"\s+") for k in keys)
