"""ENC005 invisible-character: invisible format characters."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import char_names, checked_lines, in_utf8_mojibake
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_INVISIBLE = regex.compile(
    r"[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u061C\u180E\u3164\uFFA0\u115F\u1160"
    r"\U000E0000-\U000E007F]+"
)
_JOINING = regex.compile(
    r"[\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}"
    r"\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Myanmar}\p{Khmer}\p{Tibetan}\p{Mandaic}]"
)
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\p{Javanese}\p{Balinese}]")
_EMOJI_BEFORE = regex.compile(r"[\p{Extended_Pictographic}\uFE0F\U0001F3FB-\U0001F3FF]")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_RTL = regex.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}]")
_TAG_SEQUENCE = regex.compile(r"\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F")
_BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _legit_invisible(text: str, i: int, tags: list[tuple[int, int]]) -> bool:
    """Is the invisible character at ``text[i]`` doing its job here?"""
    c = text[i]
    if c == "\xad" and in_utf8_mojibake(text, i):
        return True  # í read as Latin-1 is Ã + soft hyphen: ENC001 reports it
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if c == "\u200d":  # zero-width joiner: emoji sequences and joining scripts
        if prev and nxt and _EMOJI_BEFORE.match(prev) and _EMOJI.match(nxt):
            return True
        return bool(_JOINING.match(prev or " ") or _JOINING.match(nxt or " "))
    if c == "\u200c":
        return bool(_JOINING.match(prev or " ") or _JOINING.match(nxt or " "))
    if c == "\u200b":
        return bool(_NO_SPACE_SCRIPT.match(prev or " ") or _NO_SPACE_SCRIPT.match(nxt or " "))
    if c in _BIDI:
        return bool(_RTL.search(text))
    if "\U000e0000" <= c <= "\U000e007f":
        return any(a <= i < b for a, b in tags)
    if c in "\u115f\u1160\u3164\uffa0":
        return bool(regex.match(r"\p{Hangul}", prev or " ") or regex.match(r"\p{Hangul}", nxt or " "))
    if c == "\u180e":
        return bool(regex.match(r"\p{Mongolian}", prev or " ") or regex.match(r"\p{Mongolian}", nxt or " "))
    return False


class InvisibleCharacter:
    """ENC005: zero-width, bidi-control and tag characters where they do nothing but hide."""

    meta = RuleMeta(
        code="ENC005",
        name="invisible-character",
        family="encoding",
        severity=Severity.WARNING,
        summary="Zero-width, soft-hyphen, bidi-control or tag characters outside the contexts that need them.",
        docs=(
            "Invisible characters split words for tokenizers and search (inter\\u200bnational), smuggle "
            "hidden text (Unicode tag characters) or reorder display (bidi controls). Each is reported only "
            "outside its legitimate use: a zero-width joiner inside an emoji sequence (👩‍💻) or an Indic/"
            "Arabic word, a zero-width non-joiner in Persian, a zero-width space in Thai, bidi marks in a "
            "line with right-to-left text, tags inside a flag sequence. Removing zero-width characters is "
            "a safe fix; removing soft hyphens and bidi controls is offered as unsafe."
        ),
        bad=(
            Example("inter\u200bnational news", (Expected("\u200b", 1, 6, ""),)),
            Example("Price\u202e 100 \u2066ok", (Expected("\u202e", 1, 6, ""), Expected("\u2066", 1, 12, ""))),
        ),
        good=(
            Example("Family: 👨\u200d👩\u200d👧, coder: 👩🏽\u200d💻, flag: 🏳️\u200d🌈. Persian: می\u200cخواهم."),
            Example("Hebrew \u200fשלום\u200f and 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f."),
        ),
        source=__name__,
    )
    triggers = (
        "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\xad\u061c\u180e\u3164\uffa0\u115f\u1160"
        "\U000e0000-\U000e007f]",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in checked_lines(doc, ctx):
            tags = [m.span() for m in _TAG_SEQUENCE.finditer(text)] if "\U0001f3f4" in text else []
            for m in _INVISIBLE.finditer(text):
                bad = [i for i in range(m.start(), m.end()) if not _legit_invisible(text, i, tags)]
                groups: list[list[int]] = []
                for i in bad:
                    if groups and i == groups[-1][-1] + 1:
                        groups[-1].append(i)
                    else:
                        groups.append([i])
                for g in groups:
                    chars = text[g[0] : g[-1] + 1]
                    unsafe = bool(set(chars) & (_BIDI | {"\u00ad"}))
                    yield Hit(
                        start + g[0],
                        start + g[-1] + 1,
                        f"invisible character: {char_names(chars)}",
                        fix="",
                        fix_safe=not unsafe,
                    )
