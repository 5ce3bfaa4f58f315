"""Excerpts of long lines sized to a terminal, measured in cells in one pass.

A line's cell widths are computed once (``rich.cells.get_character_cell_size``,
the wcwidth rules rich itself renders with) into prefix sums; the window around a
span and the caret line under it are then found by bisection, so an excerpt of an
n-character line costs O(n), never O(n²). Wide CJK characters take two cells,
combining marks none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from rich.cells import get_character_cell_size

ELLIPSIS = "…"
MIN_WIDTH = 20  # below this an excerpt is useless; a narrower terminal wraps it


def prefix_cells(text: str) -> list[int]:
    """``out[i]`` is the cell width of ``text[:i]`` (``len(out) == len(text) + 1``)."""
    return [0, *accumulate(get_character_cell_size(ch) for ch in text)]


def window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """Show ``line`` in at most ``width`` cells around the 0-based span ``[start, end)``.

    Returns ``(shown, pad, carets)``: the excerpt (with ``…`` where it was cut), the
    cells before the span's first character in it, and how many carets underline the
    span (at least one; cut at the excerpt's right edge when the span is wider).
    """
    width = max(width, MIN_WIDTH)
    n = len(line)
    start = min(max(start, 0), n)
    end = min(max(end, start + 1), n) if n else 0
    cum = prefix_cells(line)
    if cum[n] <= width:
        return line, cum[start], max(cum[end] - cum[start], 1)
    lead = width // 3  # cells of context kept before the span
    left = 0 if cum[start] <= width - 1 - max(cum[end] - cum[start], 1) else bisect_left(cum, cum[start] - lead)
    left = min(left, start)
    room = width - (1 if left else 0) - 1  # one cell for each ellipsis that may be needed
    right = bisect_right(cum, cum[left] + room) - 1
    if right >= n - 1 and cum[n] - cum[left] <= width - (1 if left else 0):
        right = n  # the rest fits without a right ellipsis
        if left:  # use the room the right ellipsis would have taken for more context on the left
            left = min(bisect_left(cum, cum[n] - (width - 1)), start)
    right = max(right, min(start + 1, n))
    shown = (ELLIPSIS if left else "") + line[left:right] + (ELLIPSIS if right < n else "")
    pad = (1 if left else 0) + cum[start] - cum[left]
    carets = max(cum[min(end, right)] - cum[start], 1)
    return shown, pad, carets


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, saying how many characters were left out."""
    width = max(width, MIN_WIDTH)
    cum = prefix_cells(text)
    if cum[-1] <= width:
        return text
    note = " (+{} more characters)"
    keep = bisect_right(cum, width - 1 - len(note.format(len(text)))) - 1
    return text[:keep] + ELLIPSIS + note.format(len(text) - keep)
