"""What the ``encoding`` family's rules share (ENC001-ENC099: text damaged on its way through bytes).

Heavy libraries (ftfy) are imported only on lines a cheap trigger flagged.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from seedlint.document import Document
from seedlint.rule import Context


def markup_guard(words: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """A line with markup, or one that talks about HTML, where an entity (or its remains) is an example: a tag,
    a backtick, or HTML / entity / entities / escape, plus a rule's own ``words`` and patterns (``others``)."""
    named = "|".join(("HTML", "entity", "entities", "escape", *words))
    return regex.compile("|".join((r"<[A-Za-z/!?]", rf"\b(?:{named})\b", "`", *others)), regex.IGNORECASE)


def checked_lines(doc: Document, ctx: Context) -> Iterator[tuple[int, str]]:
    for index in ctx.lines or ():
        line = doc.line_span(index)
        yield line.start, line.text


def char_names(text: str) -> str:
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed').lower()}" for c in dict.fromkeys(text))


def in_utf8_mojibake(text: str, i: int) -> bool:
    """Is ``text[i]`` a continuation byte of a UTF-8 sequence read as Latin-1 (â\x80\x9c)?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and "\x80" <= text[j] <= "\xbf":
        j -= 1
    return j >= 0 and i - j <= 3 and "\u00c2" <= text[j] <= "\u00f4"
