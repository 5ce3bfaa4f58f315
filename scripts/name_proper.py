"""The one-word English names of CC-CEDICT's proper nouns (``propernames.txt``), for NAME007's capitals check.

``cased.tsv`` leaves out the names whose lower-case form is an ordinary word (Yahoo, Apple): a lower-cased
'yahoo' proves nothing. Written in capitals inside a sentence of mixed case (YAHOO), such a name has lost
its case all the same. Imported by ``build_name_data.py``; the sources and licences are listed there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

MIN_LETTERS = 4
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def proper_names(
    entries: Iterable[tuple[str, str, list[str]]], english_name: Callable[[list[str]], str | None]
) -> list[str]:
    """Capitalised one-word English names (Yahoo, Sina) of the Han proper nouns, sorted."""
    out = set()
    for simp, pinyin, senses in entries:
        if _HAN.match(simp) and pinyin[:1].isupper():
            name = english_name(senses)
            if name and name.isalpha() and len(name) >= MIN_LETTERS and name[0].isupper() and name[1:].islower():
                out.add(name)
    return sorted(out)
