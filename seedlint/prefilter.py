"""Literal prefilters: the strings one of which every match of a regex must contain.

Hyperscan compiles a set of literals in milliseconds, but a long regex with bounded
repeats and Unicode classes can take it minutes. So a long or exotic trigger is reduced
to its required literals (the idea of RE2's and codesearch's prefilters): a
``(?:分享|下载文档)`` pattern becomes the literals 分享, 下载文档. A short plain trigger
is compiled whole, as its cheaper superset (:func:`cheapen`: Unicode properties widened
to ranges, wide repeats opened): its literals alone can be far less selective. Where no
useful literal set exists (``\\d{4}``), the superset is used too.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# the stdlib's own regex parser (private, but stable across 3.11-3.13; no stubs)
sre_parse: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

MAX_LITERAL = 8  # literals are cut to this many characters: still required, far cheaper to compile
MAX_EXACT = 64  # largest set of alternative strings kept exactly
MIN_LITERAL = 1  # shortest literal kept while combining (one Han character is selective)
MAX_WHOLE = 400  # a trigger whose cheaper superset is at most this long is compiled whole
# what Hyperscan may refuse even in prefilter mode (look-around, back-references, atomic and possessive
# forms, word boundaries): such a trigger is reduced to its literals as before
_NOT_PLAIN = re.compile(r"\(\?(?:[=!>]|<[=!])|\\[1-9gkbBmMX]|(?<!\\)[*+?}]\+")

# syntax of the `regex` module that `re` does not parse, replaced by supersets
_UNICODE_CLASS = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Z]|\[\[:\^?[a-z]+:\]\]")
_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")
_ATOMIC = re.compile(r"\(\?>")


@dataclass(frozen=True, slots=True)
class Info:
    """``exact``: every match is one of these strings. ``required``: contains one of them."""

    exact: frozenset[str] | None = None
    required: frozenset[str] | None = None  # None: nothing known (matches anything)


ANY = Info()
EMPTY = Info(exact=frozenset({""}))


def _score(strings: frozenset[str] | None) -> float:
    """Higher is more selective: the shortest alternative's length, penalised by count."""
    if not strings or any(len(s) < MIN_LITERAL for s in strings):
        return 0.0
    return min(len(s) for s in strings) - 0.01 * len(strings)


def _as_required(info: Info) -> frozenset[str] | None:
    if info.exact is not None:
        return info.exact if _score(info.exact) > 0 else None
    return info.required


def _concat(items: list[Info]) -> Info:
    """Exact strings while every part is exact; else the most selective required run."""
    best: frozenset[str] | None = None
    current: frozenset[str] = frozenset({""})  # exact strings of the run since the last break
    all_exact = True
    for info in items:
        if info.exact is not None and len(current) * len(info.exact) <= MAX_EXACT:
            current = frozenset(a + b for a in current for b in info.exact)
            continue
        all_exact = False
        if _score(current) > _score(best):
            best = current
        if info.exact is not None:  # too many combinations: start a new run here
            current = info.exact
            continue
        required = _as_required(info)
        if _score(required) > _score(best):
            best = required
        current = frozenset({""})
    if all_exact:
        return Info(exact=current)
    if _score(current) > _score(best):
        best = current
    return Info(required=best)


def _branch(items: list[Info]) -> Info:
    if all(i.exact is not None for i in items):
        union = frozenset().union(*(i.exact or () for i in items))
        if len(union) <= MAX_EXACT:
            return Info(exact=union)
    required: set[str] = set()
    for info in items:
        req = _as_required(info)
        if req is None:
            return ANY
        required |= req
    return Info(required=frozenset(required))


def _node(op: Any, av: Any, caseless: bool) -> Info:
    if op is C.LITERAL:
        ch = chr(av)
        return Info(exact=frozenset({ch.lower() if caseless else ch}))
    if op is C.IN:
        chars = []
        for sub_op, sub_av in av:
            if sub_op is not C.LITERAL:
                return ANY
            chars.append(chr(sub_av).lower() if caseless else chr(sub_av))
        return Info(exact=frozenset(chars)) if len(chars) <= 8 else ANY
    if op is C.SUBPATTERN:
        return _seq(av[-1], caseless or bool(av[1] & C.SRE_FLAG_IGNORECASE))
    if op is C.BRANCH:
        return _branch([_seq(branch, caseless) for branch in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        inner = _seq(body, caseless)
        if low == 0:
            return Info(exact=inner.exact | {""}) if inner.exact is not None and _high == 1 else EMPTY_ANY
        return Info(required=_as_required(inner))
    if op is C.ATOMIC_GROUP:
        return _seq(av, caseless)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return EMPTY
    return ANY


EMPTY_ANY = Info()  # an optional part: contributes nothing, requires nothing


def _seq(items: Any, caseless: bool) -> Info:
    return _concat([_node(op, av, caseless) for op, av in items])


Hook = Callable[[str, int, bool, bool], tuple[str, int] | None]


def rewrite(pattern: str, hook: Hook) -> str:
    """Walk a regex's source, tracking character classes, and let ``hook`` replace pieces of it.

    ``hook(pattern, i, in_class, negated)`` returns ``(replacement, next index)`` to replace the
    text from ``i``, or None to keep the character there. Escapes are kept whole and ``[^…]``
    and ``[]…]`` openings are read as one class, so a hook never sees half of either.
    """
    out: list[str] = []
    in_class = negated = False
    i = 0
    while i < len(pattern):
        done = hook(pattern, i, in_class, negated)
        if done is not None:
            out.append(done[0])
            i = done[1]
            continue
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            negated = pattern[i + 1 : i + 2] == "^"
            for lead in ("^", "]"):
                if pattern[i + 1 : i + 2] == lead:
                    out.append(lead)
                    i += 1
        elif ch == "]" and in_class:
            in_class = negated = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _any_character(pattern: str, i: int, in_class: bool, negated: bool) -> tuple[str, int] | None:
    m = _UNICODE_CLASS.match(pattern, i)
    if m is None:
        return None
    return ("\\x00-\\U0010ffff" if in_class else "(?s:.)"), m.end()


def _outside_any(pattern: str) -> str:
    """Replace Unicode properties by "any character": ``.`` outside a class, a full range inside one."""
    return rewrite(pattern, _any_character)


def literals(pattern: str, ignorecase: bool = False) -> frozenset[str] | None:
    """Strings one of which every match contains, or None when no useful set exists."""
    simplified = _outside_any(pattern)
    simplified = _POSSESSIVE.sub(r"\1", simplified)
    simplified = _ATOMIC.sub("(?:", simplified)
    try:
        parsed = sre_parse.parse(simplified)
    except (re.error, ValueError, OverflowError, RecursionError):
        return None
    caseless = ignorecase or bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE)
    info = _seq(parsed, caseless)
    strings = info.exact if info.exact is not None else info.required
    if strings is None or not _selective(strings):
        return None
    # a string that contains another of the set adds nothing to a "contains one of" test
    return frozenset(x for x in strings if not any(y != x and y in x for y in strings))


def _selective(strings: frozenset[str]) -> bool:
    """Worth scanning for: two characters at least, or one that is not ASCII (a Han character)."""
    return bool(strings) and all(len(s) >= 2 or (len(s) == 1 and not s.isascii()) for s in strings)


def prefilter(pattern: str, ignorecase: bool = False) -> tuple[str, bool]:
    """The trigger to compile: the pattern's cheaper superset when it is short and plain, else an
    alternation of its required literals (or the superset when it has none).

    A short trigger compiled whole is far more selective than its literals (``\\d，\\d{3}`` reduced to
    ``，`` fires at every comma of a Chinese text) and compiles as fast: long alternations of names are
    what Hyperscan is slow to build, and their literal sets are as selective. Returns (regex, caseless).
    Literal sets are matched caselessly when the pattern is.
    """
    cheap = cheapen(pattern)
    if len(cheap) <= MAX_WHOLE and not _NOT_PLAIN.search(cheap):
        return cheap, ignorecase
    found = literals(pattern, ignorecase)
    if not found:
        return cheap, ignorecase
    # literals from any (?i…) group were lower-cased: then the whole set is matched caselessly
    caseless = ignorecase or bool(re.search(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)]", pattern))
    # a prefix of a required literal is required too, and short literals compile fast
    prefixes = {s[:MAX_LITERAL] for s in found}
    return "|".join(re.escape(s) for s in sorted(prefixes, key=lambda s: (-len(s), s))), caseless


# -- cheaper supersets for triggers that have no literal set ---------------------------
# Hyperscan expands a Unicode property into every UTF-8 byte sequence of its
# characters; a few contiguous ranges that contain the property compile in a
# fraction of the time and only widen the candidate set.
# cased letters outside Latin-1: Latin Extended, IPA, Greek, Cyrillic, Armenian, Georgian…
_CASED_WIDE = (
    r"\x{100}-\x{2AF}\x{370}-\x{58F}\x{10A0}-\x{10FF}\x{13A0}-\x{13FF}\x{1C80}-\x{1CBF}"
    r"\x{1D00}-\x{1FFF}\x{2100}-\x{218F}\x{24B6}-\x{24E9}\x{2C00}-\x{2D2F}\x{A640}-\x{A69F}\x{A720}-\x{A7FF}"
    r"\x{AB30}-\x{ABBF}\x{FB00}-\x{FB17}\x{FF21}-\x{FF5A}\x{10400}-\x{104FF}\x{10570}-\x{105BF}"
    r"\x{10C80}-\x{10CFF}\x{118A0}-\x{118FF}\x{16E40}-\x{16E9F}\x{1D400}-\x{1D7FF}\x{1E900}-\x{1E95F}"
)
_UPPER = r"A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}" + _CASED_WIDE  # exact in ASCII and Latin-1, wide beyond
_LOWER = r"a-z\x{B5}\x{DF}-\x{F6}\x{F8}-\x{FF}" + _CASED_WIDE
_SUPERSETS = {
    "han": r"\x{2E80}-\x{2FDF}\x{3005}-\x{3007}\x{3021}-\x{3029}\x{3038}-\x{303B}\x{3400}-\x{4DBF}"
    r"\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}\x{16FE2}-\x{16FF1}\x{20000}-\x{3FFFF}",
    "hiragana": r"\x{3041}-\x{309F}\x{1B001}-\x{1B11F}\x{1F200}",
    "katakana": r"\x{30A0}-\x{30FF}\x{31F0}-\x{31FF}\x{32D0}-\x{3357}\x{FF66}-\x{FF9D}\x{1B000}-\x{1B16F}",
    "hangul": r"\x{1100}-\x{11FF}\x{3131}-\x{318E}\x{3200}-\x{327F}\x{A960}-\x{A97F}\x{AC00}-\x{D7FF}"
    r"\x{FFA0}-\x{FFDC}",
    "latin": r"A-Za-z\x{AA}\x{BA}\x{C0}-\x{2E4}\x{1D00}-\x{1EFF}\x{2071}\x{207F}\x{2090}-\x{209C}"
    r"\x{2100}-\x{218F}\x{2C60}-\x{2C7F}\x{A720}-\x{A7FF}\x{AB30}-\x{AB6F}\x{FB00}-\x{FB06}"
    r"\x{FF21}-\x{FF5A}\x{10780}-\x{107BA}\x{1DF00}-\x{1DF2A}",
    "cyrillic": r"\x{400}-\x{52F}\x{1C80}-\x{1C8F}\x{1D2B}\x{1D78}\x{2DE0}-\x{2DFF}\x{A640}-\x{A69F}"
    r"\x{FE2E}-\x{FE2F}\x{1E030}-\x{1E08F}",
    "greek": r"\x{370}-\x{3FF}\x{1D26}-\x{1D2A}\x{1D5D}-\x{1D61}\x{1D66}-\x{1D6A}\x{1DBF}\x{1F00}-\x{1FFF}"
    r"\x{2126}\x{AB65}\x{10140}-\x{101A0}\x{1D200}-\x{1D245}",
    "l": r"A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{10FFFF}",
    "letter": r"A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{10FFFF}",
    "alpha": r"A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{10FFFF}",
    "lu": _UPPER,
    "ll": _LOWER,
    "lt": _UPPER,
    "uppercase": _UPPER,
    "lowercase": _LOWER,
    "n": r"0-9\x{B2}\x{B3}\x{B9}\x{BC}-\x{BE}\x{660}-\x{10FFFF}",
    "nd": r"0-9\x{660}-\x{10FFFF}",
}
# written with \x{…} for reading; stored as the characters themselves, which both
# Hyperscan (UTF-8 mode) and the `regex` module accept inside a class
_SUPERSETS = {k: re.sub(r"\\x\{([0-9A-F]+)\}", lambda m: chr(int(m.group(1), 16)), v) for k, v in _SUPERSETS.items()}
_PROPERTY = re.compile(
    r"\\p\{(?:(?i:script|sc|scx|script_extensions)[=:])?([A-Za-z_]+)\}|\\p([LN])(?![A-Za-z{])"
)  # lower-case \p only: a negated \P{…} has no cheap superset
_WIDE_REPEAT = re.compile(r"\{(\d+),(\d+)\}")


def _cheaper(pattern: str, i: int, in_class: bool, negated: bool) -> tuple[str, int] | None:
    if pattern[i] == "\\" and not negated:  # inside [^…] a superset would exclude too much
        m = _PROPERTY.match(pattern, i)
        ranges = _SUPERSETS.get((m.group(1) or m.group(2)).lower()) if m else None
        if m and ranges:
            return (ranges if in_class else f"[{ranges}]"), m.end()
    elif pattern[i] == "{" and not in_class:
        m = _WIDE_REPEAT.match(pattern, i)
        if m and int(m.group(2)) > 8:
            return "{" + m.group(1) + ",}", m.end()
    return None


def cheapen(pattern: str) -> str:
    """A superset of ``pattern`` that Hyperscan compiles quickly (see module notes)."""
    return rewrite(pattern, _cheaper)
