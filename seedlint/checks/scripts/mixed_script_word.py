"""SCRIPT003: a word whose letters come from two alphabets (Cyrillic or Greek homoglyphs in Latin words)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, T_LATIN, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_ALPHABETS = ("Latin", "Cyrillic", "Greek")
_MIXED_WORD = regex.compile(
    r"[\p{L}\p{M}]*(?:\p{Latin}\p{M}*[\p{Cyrillic}\p{Greek}]|[\p{Cyrillic}\p{Greek}]\p{M}*\p{Latin})[\p{L}\p{M}]*"
)
_SCX = {name: regex.compile(rf"\p{{scx={name}}}") for name in _ALPHABETS}
_LETTER = regex.compile(r"\p{L}")
_IPA = regex.compile(r"[\p{Block=IPA_Extensions}\p{Block=Spacing_Modifier_Letters}\p{Block=Phonetic_Extensions}]")

META = RuleMeta(
    code="SCRIPT003",
    name="mixed-script-word",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A word mixing Latin with Cyrillic or Greek letters, usually look-alike homoglyphs (Аlipay, cοmpany).",
    docs=(
        "Finds words whose letters resolve to no single script, following UTS #39 (Unicode Security "
        "Mechanisms): the resolved script set of a word is the intersection of its letters' Script_Extensions, "
        "and an empty set means the word mixes alphabets. Encoders, OCR and spam filters leave Cyrillic or "
        "Greek look-alikes (А, о, ο, ѕ) inside Latin words; they break search, deduplication and "
        "tokenisation while looking identical on screen. Any Cyrillic letter in a Latin word is reported; a "
        "Greek letter only inside a word (cοmpany), because Greek at a word's edge is notation (Kα, TNFα, "
        "μg, πr). The fix swaps each foreign letter for its look-alike in the word's main script, taken from "
        "the Unicode confusables data (confusable_homoglyphs), when every foreign letter has one; into "
        "Cyrillic or Greek words it is applied only with --unsafe-fixes (і or и?)."
    ),
    bad=(
        Example("Аlipay was launched by Taobao in 2004.", (Expected("Аlipay", 1, 1, "Alipay"),)),
        Example("The cοmpany (with a Greek omicron) was listed.", (Expected("cοmpany", 1, 5, "company"),)),
    ),
    good=(
        Example("La velocidad angular ω y los ángulos α, β se relacionan con πr² en la fórmula."),
        Example("The Kα line, TNFα levels of 5 μg and the Δx step are standard notation."),
    ),
    source=__name__,
)


class MixedScriptWord:
    meta = META
    triggers = (f"[{T_LATIN}][Ͱ-ϿЀ-ԯ]", f"[Ͱ-ϿЀ-ԯ][{T_LATIN}]")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _MIXED_WORD.finditer(line.text, timeout=ctx.timeout):
                hit = _judge(m.group())
                if hit is not None:
                    message, fix, safe = hit
                    yield Hit(line.start + m.start(), line.start + m.end(), message, fix=fix, fix_safe=safe)


def _scripts(ch: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _SCX.items() if pattern.match(ch))


def _judge(word: str) -> tuple[str, str | None, bool] | None:
    letters = [(i, ch, _scripts(ch)) for i, ch in enumerate(word) if _LETTER.match(ch)]
    sets = [s for _, _, s in letters if s]
    if not sets or frozenset.intersection(*sets):
        return None  # one script resolves the whole word (UTS #39 single-script)
    counts = {name: sum(1 for s in sets if name in s) for name in _ALPHABETS}
    main = max(_ALPHABETS, key=lambda name: (counts[name], name == "Latin"))
    foreign = [(i, ch, s) for i, ch, s in letters if s and main not in s]
    if not foreign:
        return None
    if (
        main != "Cyrillic"
        and all("Cyrillic" not in s for _, _, s in foreign)
        and _greek_notation(word, letters, foreign)
    ):
        return None
    fix = _homoglyph_fix(word, main, foreign)
    names = ", ".join(f"{ch} ({_name(ch)})" for _, ch, _ in foreign)
    # into Latin the look-alike is the letter meant; into Cyrillic or Greek it may be a sister letter (і/и)
    return f"'{word}' mixes scripts: {main} word with {names}", fix, main == "Latin"


def _greek_notation(
    word: str, letters: list[tuple[int, str, frozenset[str]]], foreign: list[tuple[int, str, frozenset[str]]]
) -> bool:
    """Greek mixed with Latin as notation, not as look-alikes: at a word's edge (Kα, TNFα, μg, πr),
    among capitals (NFκB, IκBα) or in phonetic transcription (ˈbɛθəl)."""
    edges = {letters[0][0], letters[-1][0]}
    if edges & {i for i, _, _ in foreign} or _IPA.search(word):
        return True
    latin = [ch for _, ch, s in letters if "Latin" in s]
    return all(ch.isupper() for ch in latin)


def _homoglyph_fix(word: str, main: str, foreign: list[tuple[int, str, frozenset[str]]]) -> str | None:
    from confusable_homoglyphs import confusables  # heavy: only when a mixed word exists

    chars = list(word)
    for i, ch, _ in foreign:
        found = confusables.is_confusable(ch, greedy=True, preferred_aliases=[]) or []
        options = [
            g["c"] for entry in found for g in entry["homoglyphs"] if len(g["c"]) == 1 and main in _scripts(g["c"])
        ]
        if not options:
            return None
        chars[i] = min(options, key=lambda c: (not c.isascii(), c))
    fixed = "".join(chars)
    return fixed if fixed != word else None


def _name(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, f"U+{ord(ch):04X}")
