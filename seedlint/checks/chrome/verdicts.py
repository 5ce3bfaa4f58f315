"""What the chrome classifier says of a document: chrome lines and chrome spans inside lines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """A chrome line. ``kind``: shape, meta, row, context, list or repeat."""

    index: int  # 0-based line
    kind: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class SpanVerdict:
    """Chrome inside a line: columns ``start``..``end`` (0-based, end exclusive) of line ``index``."""

    index: int
    start: int
    end: int
    kind: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class Classification:
    lines: dict[int, LineVerdict]
    spans: tuple[SpanVerdict, ...]
