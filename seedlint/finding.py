"""Findings: the plain, immutable records every rule produces and every reporter formats."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= fail_on`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


#: characters of the line kept on each side of a span in :attr:`Finding.excerpt`
EXCERPT = 200
CONTEXT = 12  # non-blank characters each side in :attr:`Finding.context`


def context_around(text: str, start: int, end: int) -> str:
    """The nearest non-blank characters around ``text[start:end]``: blank lines and re-wrapping do not matter."""
    before = "".join(text[max(0, start - 8 * CONTEXT) : start].split())[-CONTEXT:]
    after = "".join(text[end : end + 8 * CONTEXT].split())[:CONTEXT]
    return f"{before}\0{after}"


FAMILIES = ("date", "script", "name", "truncation", "chrome", "encoding")


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check yields: a span of the document text (code-point offsets) and a message.

    ``fix`` replaces ``text[start:end]``; ``fix_safe`` False means the fix is only applied
    with ``--unsafe-fixes``. ``severity`` overrides the rule's default (e.g. confidence).
    """

    start: int
    end: int
    message: str
    fix: str | None = None
    fix_safe: bool = True
    severity: Severity | None = None
    fix_range: tuple[int, int] | None = None  # what the fix replaces, when not the span itself


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A located defect. Positions are 1-based; columns count Unicode code points.

    ``end_column`` is exclusive (one past the last character), as in SARIF.
    :meth:`public` is the JSON contract; ``offset``/``end_offset`` (the span),
    ``fix_range`` (what ``fix`` replaces), ``snippet`` and ``fix_safe`` serve fixes
    and baselines; ``excerpt`` and ``context`` carry what the terminal report and
    baselines need of the text, so nothing reads a file again after the run.
    """

    path: str
    line: int
    column: int
    rule: str
    end_line: int
    end_column: int
    family: str
    severity: Severity
    message: str
    fix: str | None = None
    fix_safe: bool = True
    offset: int = 0
    end_offset: int = 0
    snippet: str = ""
    fix_range: tuple[int, int] = (0, 0)
    excerpt: str = ""  # the span's line around it (at most EXCERPT characters each side), without its line end
    excerpt_column: int = 1  # the column where ``excerpt`` starts in its line
    context: str = ""  # nearest non-blank characters before and after the span, for baselines ("before\0after")

    def public(self) -> dict[str, object]:
        """The JSON contract: exactly these keys, nothing more."""
        return {
            "rule": self.rule,
            "family": self.family,
            "severity": str(self.severity),
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "fix": self.fix,
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem with the run itself (unreadable file, stopped rule), not with the text."""

    path: str
    message: str
    severity: Severity = Severity.WARNING
    rule: str | None = None
