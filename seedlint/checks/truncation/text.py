"""How a line ends: terminal punctuation, dangling words, open quotes (shared by the truncation rules).

Terminal punctuation follows datatrove's set plus what it lacks (closing quotes ” 」 』 », …).
Dangling words are the function words a sentence cannot end on in each language: articles,
conjunctions, possessive determiners and the prepositions the rule's specification names; for
Chinese, connectives and prepositions that always need a continuation (追溯到, 以及, 因为, 由于,
而且…). Single characters that also end common words or sentences (的 in 是…的, 到 in 做到, 和 in
温和, 在 in 现在, 了) are not listed: a Chinese line ending on them without 。 is still reported,
as an unterminated ending rather than a dangling word.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from seedlint.checks.chrome.analysis import TERMINAL

CLAUSE_END = frozenset(",，、:：;；—–")
ELLIPSIS = ("…", "...", "……")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EN_DANGLING = _words("the a an of to and or but nor than because although whether including my your our their its")
ES_DANGLING = _words(
    "de del a al y e o u ni que el la los las un una unos unas por para con sin en sobre entre hacia hasta desde "
    "según como pero sino aunque porque mientras cuando donde cuyo cuya cuyos cuyas su sus mi mis tu tus nuestro "
    "nuestra nuestros nuestras se lo le les muy"
)
# after an ellipsis, a stranded preposition is a cut too ("The water utility was founded in…")
EN_PREPOSITIONS = _words(
    "in on at by for from with into about as over under after before between during since until across through"
)
LATIN_DANGLING = EN_DANGLING | ES_DANGLING
LATIN_DANGLING_WITH_PREPOSITIONS = LATIN_DANGLING | EN_PREPOSITIONS
PHRASES = ("such as", "as well as", "rather than", "in order to", "according to", "due to", "tales como", "así como")
ZH_DANGLING = tuple(
    sorted(
        _words(
            "追溯到 直到 涉及到 延伸到 扩展到 包括 例如 比如 诸如 以及 或者 而且 并且 而是 但是 因为 "
            "由于 如果 虽然 尽管 通过 根据 关于 对于 为了 以便 位于 来自 属于 在于 取决于 等于 然而 "
            "从而 进而 因而 不但 而 但 且 或"
        ),
        key=lambda w: (-len(w), w),
    )
)

PAIRS = {"“": "”〞＂", "«": "»", "「": "」", "『": "』", "（": "）", "(": ")", "〝": "〞〟", "《": "》"}
CLOSERS: dict[str, str] = {}  # closer -> the openers it may close (〞 closes “ and 〝)
for _o, _cs in PAIRS.items():
    for _c in _cs:
        CLOSERS[_c] = CLOSERS.get(_c, "") + _o

_LAST_WORD = regex.compile(r"(?<![\p{L}'])([\p{L}']+)$")
_LAST_TWO = regex.compile(r"(?<![\p{L}'])([\p{L}']+\s+[\p{L}']+)$")
_ITEM = regex.compile(
    r"^\s*(?:[-–—*•·▪◦|>»]|\d{1,3}[.)、．](?!\d)|[一二三四五六七八九十]{1,3}、|[（(]\d{1,3}[)）]|[a-z]\))"
)


@dataclass(frozen=True, slots=True)
class Dangling:
    word: str  # the dangling word or punctuation
    offset: int  # where it starts in the line


def terminal(text: str) -> bool:
    """Ends as a sentence ends in its script (closing quotes and brackets count)."""
    return bool(text) and text[-1] in TERMINAL


def dangling(text: str, cjk: bool, *, prepositions: bool = False) -> Dangling | None:
    """The function word or clause punctuation a stripped line ends on, if any.

    English and Spanish lists are used together: a word of one language standing lower-case at
    the end of a line in the other is vanishingly rare, and no language guess is needed.
    ``prepositions``: count English prepositions too (used before an ellipsis, where stranding
    is no longer a plausible reading).
    """
    if not text:
        return None
    if text[-1] in CLAUSE_END:
        return Dangling(text[-1], len(text) - 1)
    if cjk:
        for word in ZH_DANGLING:
            if text.endswith(word):
                return Dangling(word, len(text) - len(word))
        return None
    end = text[-40:]
    base = len(text) - len(end)
    m = _LAST_TWO.search(end)
    if m and " ".join(m.group(1).split()) in PHRASES:
        return Dangling(m.group(1), base + m.start(1))
    m = _LAST_WORD.search(end)
    if m is None:
        return None
    word = m.group(1)
    words = LATIN_DANGLING_WITH_PREPOSITIONS if prepositions else LATIN_DANGLING
    return Dangling(word, base + m.start(1)) if word.islower() and word in words else None


def unclosed(text: str) -> int | None:
    """Offset of the last opening quote or bracket that never closes in ``text``, if any."""
    for o, cs in PAIRS.items():
        n = text.count(o)
        if n and n > sum(text.count(c) for c in cs):
            break  # more openers than closers of this kind: find the one left open
    else:
        return None
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in PAIRS:
            if i and "\u00a0" < text[i - 1] <= "\u00ff":
                continue  # « glued to Latin-1 letters: mojibake (GBK read as Latin-1), not a quote
            stack.append((ch, i))
        elif ch in CLOSERS:
            openers = CLOSERS[ch]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] in openers:
                    del stack[k:]
                    break
    return stack[-1][1] if stack else None


def ascii_quote_open(text: str) -> int | None:
    """Offset of an ASCII double quote left open (odd count, last one opening a quotation)."""
    if text.count('"') % 2 == 0:
        return None
    i = text.rfind('"')
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    return i if (before.isspace() or before in "(:：[") and after and not after.isspace() else None


def list_or_table(text: str) -> bool:
    """A list item or a table row: not a sentence, so not a truncation."""
    return bool(_ITEM.match(text)) or text.count("|") >= 2 or "\t" in text.strip()


def strip_ellipsis(text: str) -> str | None:
    """The text before a final ellipsis (… or ...), or None when it does not end in one."""
    stem = text.rstrip(".…")
    if stem == text or (text.endswith(".") and not text.endswith("...")):
        return None
    return stem.rstrip()
