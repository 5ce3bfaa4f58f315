"""Parse only around the spots a rule cares about, not whole (often very long) lines.

A rule finds its candidate spots with one exact regex, then runs the grammar on a
window of text around each spot. Windows are widened to the nearest space or
punctuation so that no number is cut in half; where none is near (a long run of
Han characters), results touching a cut edge are dropped by :func:`inside`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from seedlint import hsdb
from seedlint.prefilter import rewrite

MARGIN = 64
_SOFT = regex.compile(r"[\s，。；、,.;:：()（）!?！？]")
_SNAP = 20


@dataclass(frozen=True, slots=True)
class Window:
    offset: int  # where ``text`` starts in the line
    text: str
    cut_left: bool
    cut_right: bool

    def inside(self, start: int, end: int) -> bool:
        """True unless the span touches an edge where the window cut the line."""
        return (not self.cut_left or start > 0) and (not self.cut_right or end < len(self.text))


def _snap_left(line: str, pos: int) -> tuple[int, bool]:
    if pos <= 0:
        return 0, False
    for i in range(pos, max(0, pos - _SNAP) - 1, -1):
        if i == 0:
            return 0, False
        if _SOFT.match(line, i - 1):
            return i, False
    return pos, True


def _snap_right(line: str, pos: int) -> tuple[int, bool]:
    n = len(line)
    if pos >= n:
        return n, False
    for i in range(pos, min(n, pos + _SNAP) + 1):
        if i >= n:
            return n, False
        if _SOFT.match(line, i):
            return i, False
    return pos, True


def windows(line: str, spots: Iterable[tuple[int, int]], before: int = MARGIN, after: int = MARGIN) -> Iterator[Window]:
    """Merged windows around ``spots`` (line-relative spans)."""
    merged: list[list[int]] = []
    for s, e in sorted(spots):
        a, b = max(0, s - before), min(len(line), e + after)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        start, cut_left = _snap_left(line, a)
        end, cut_right = _snap_right(line, b)
        yield Window(start, line[start:end], cut_left, cut_right)


def cached_database(patterns: tuple[str, ...]) -> Any:
    """A Hyperscan database for ``patterns``, compiled once and kept in seedlint's cache folder."""
    ids = list(range(len(patterns)))
    db, _ = hsdb.cached(
        "spots", repr(patterns).encode(), lambda: (hsdb.build(patterns, ids, [hsdb.BASE_FLAGS] * len(patterns)), "")
    )
    return db


def _ascii_class(pattern: str, i: int, in_class: bool, negated: bool) -> tuple[str, int] | None:
    pair = pattern[i : i + 2]
    if pair == r"\d":
        return ("0-9" if in_class else "[0-9]"), i + 2
    if pair == r"\s":
        return (" \\t" if in_class else "[ \\t]"), i + 2
    return None


def fast(pattern: str) -> str:
    r"""A trigger with ASCII ``\d`` and plain-space ``\s``.

    Hyperscan compiles and scans these many times faster than the Unicode classes of UCP
    mode; triggers only pick candidate lines, and the exact checks run on ``regex`` anyway.
    """
    return rewrite(pattern, _ascii_class)


def fast_all(*patterns: str) -> tuple[str, ...]:
    return tuple(fast(p) for p in patterns)


def union(patterns: Iterable[str]) -> regex.Pattern[str]:
    """One ``regex`` pattern matching any of ``patterns`` (a rule's triggers, used exactly)."""
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.V1)
