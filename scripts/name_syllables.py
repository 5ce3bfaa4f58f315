"""Per-syllable English glosses of the common Han characters (``syllables.tsv``), for NAME017.

Machine translation that does not know a person renders the name character by character: 黄若 (Huang
Ruo) as "yellow if", 马云 as "horse cloud". For each toneless pinyin syllable this keeps the most frequent
character read that way (jieba's dictionary frequencies; the reading is pypinyin's first one, so 将 is
not a ``qiang``) with its first short CC-CEDICT senses, and marks the syllables that CC-CEDICT gives
as a surname. Imported by ``build_name_data.py``; the sources and licences are listed there.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Callable, Iterable
from pathlib import Path

#: characters kept per syllable (the most frequent only: more make English phrases such as "go east" for Wang
#: Dong), senses kept per character
CHARS_PER_SYLLABLE = 1
SENSES_PER_CHAR = 4
#: glosses too common to tell a calque from prose
COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "in",
        "is",
        "it",
        "as",
        "be",
        "on",
        "at",
        "by",
        "for",
        "with",
        "that",
        "this",
        "or",
        "not",
        "no",
    ]
)


def jieba_frequencies(path: Path, member: str) -> dict[str, int]:
    with tarfile.open(path) as t:
        data = t.extractfile(member)
        assert data is not None
        text = data.read().decode("utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


def _toneless(pinyin: str) -> str:
    return re.sub(r"\d", "", pinyin).lower().replace("u:", "u")


def syllable_rows(
    entries: Iterable[tuple[str, str, list[str]]],
    frequency: dict[str, int],
    first_reading: dict[str, str],
    clean_sense: Callable[[str], str | None],
) -> list[str]:
    """``syllable<TAB>S or -<TAB>gloss gloss …`` rows, S where CC-CEDICT has a surname read so."""
    senses_of: dict[str, list[str]] = {}
    surnames: set[str] = set()
    for simp, pinyin, senses in entries:
        if len(simp) != 1 or " " in pinyin or not "\u4e00" <= simp <= "\u9fff":
            continue
        if pinyin[:1].isupper():
            if senses and senses[0].lower().startswith("surname"):
                surnames.add(_toneless(pinyin))
            continue
        if first_reading.get(simp) != _toneless(pinyin):
            continue  # a second reading of the character
        glosses = senses_of.setdefault(simp, [])
        for sense in senses:
            gloss = clean_sense(sense.split(" or ")[0])
            if gloss and " " not in gloss and gloss not in COMMON and gloss not in glosses:
                glosses.append(gloss)
    by_syllable: dict[str, list[tuple[int, str]]] = {}
    for char, glosses in senses_of.items():
        if glosses:
            by_syllable.setdefault(first_reading[char], []).append((frequency.get(char, 0), char))
    rows = []
    for syllable, chars in sorted(by_syllable.items()):
        top = [c for _f, c in sorted(chars, key=lambda fc: (-fc[0], fc[1]))[:CHARS_PER_SYLLABLE]]
        glosses = []
        for char in top:
            glosses.extend(g for g in senses_of[char][:SENSES_PER_CHAR] if g not in glosses)
        rows.append(f"{syllable}\t{'S' if syllable in surnames else '-'}\t{' '.join(glosses)}")
    return rows
