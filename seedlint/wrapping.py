"""Whether a text is hard-wrapped (fixed-width lines, verse): read from where its line breaks fall.

Rules that judge a line's ending (truncation, quote pairing) must know when a line break is not
a paragraph end; :attr:`seedlint.document.Document.hard_wrapped` asks this module once per document.
"""

from __future__ import annotations

import itertools
import re

import regex

_WRAP_END = regex.compile(r"""[.!?。！？…:;：；"'”’」』)）\]]$""")
_HAN = regex.compile(r"\p{Han}")
MAX_WRAP_WIDTH = 250  # display columns; no text is wrapped wider
MIN_WRAPS = 5  # wrapped breaks before a text counts as wrapped


# East Asian Wide and Fullwidth ranges (Unicode UAX #11), as terminals and fixed-length cutters count them
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def display_width(text: str) -> int:
    """Columns on a terminal: wide (Han, full-width) characters count two."""
    return len(text) + len(_WIDE.findall(text))


def _first_word(text: str) -> str:
    text = text.lstrip()
    if not text:
        return ""
    if _WIDE.match(text):
        return text[0]
    return text.split(None, 1)[0]


def _greedy_wrapped(lines: list[str]) -> bool:
    """Most breaks after an open line are where a greedy wrap at one width would put them."""
    opened = {
        k: display_width(t) for k, t in enumerate(lines) if 20 <= len(t) <= MAX_WRAP_WIDTH and not _WRAP_END.search(t)
    }
    widths = sorted(w for w in opened.values() if 40 <= w <= MAX_WRAP_WIDTH)
    if len(widths) < MIN_WRAPS:
        return False
    width = widths[int(len(widths) * 0.9)]  # the wrap width: nearly every wrapped line is narrower
    wraps = other = 0
    for k, wa in opened.items():
        if wa < 40 or wa > MAX_WRAP_WIDTH or k + 1 >= len(lines):
            continue
        b = lines[k + 1]
        wb = display_width(b)
        if (
            b.strip()
            and wa >= 0.75 * width
            and wa + 1 + display_width(_first_word(b)) > 0.97 * width - 1  # the next word did not fit
            and wb <= 1.1 * width
            and (wb >= 0.6 * width or _WRAP_END.search(b))  # the next line is full too, or ends the paragraph
        ):
            wraps += 1
        else:
            other += 1
    return wraps >= MIN_WRAPS and wraps >= 2 * other


def _verse_paragraphs(lines: list[str]) -> bool:
    """Blank lines separate the paragraphs, and some run over short alphabetic lines (verse)."""
    nonblank = sum(1 for t in lines if t.strip())
    separated = sum(1 for a, b in itertools.pairwise(lines) if a.strip() and not b.strip())
    if separated * 10 < nonblank * 3:
        return False
    inner = 0
    for a, b in itertools.pairwise(lines):
        sa, sb = a.strip(), b.strip()
        short = bool(sa and sb) and len(sa) < 80 and len(sb) < 80 and not _WRAP_END.search(sa)
        if short and sa[0].isalpha() and sb[0].isalpha() and not _HAN.search(sa + sb):
            inner += 1
    return inner >= MIN_WRAPS


def hard_wrapped(lines: list[str]) -> bool:
    """Greedy-wrapped prose, or blank-line-separated paragraphs running over short lines (verse)."""
    return _greedy_wrapped(lines) or _verse_paragraphs(lines)
