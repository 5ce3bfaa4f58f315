"""The rule kinds a YAML pack can choose from: ``pattern``, ``lexicon`` and ``table``.

Each confirms, on the lines the scanner flagged, with an exact ``regex`` pattern
run under a time limit, so a runaway user regex stops with a warning instead of
hanging the run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import regex

from seedlint.document import Document
from seedlint.finding import Hit
from seedlint.rule import Context, RuleMeta

_LATIN_EDGE = regex.compile(r"[\p{Latin}\p{N}_]")


@dataclass(frozen=True, slots=True)
class LineMatch:
    start: int
    end: int
    match: regex.Match[str]


def _line_matches(
    pattern: regex.Pattern[str],
    unless: regex.Pattern[str] | None,
    doc: Document,
    ctx: Context,
) -> Iterator[LineMatch]:
    indices = ctx.lines if ctx.lines is not None else range(len(doc.line_starts))
    for index in indices:
        line = doc.line_span(index)
        if unless is not None and unless.search(line.text, timeout=ctx.timeout):
            continue
        for m in pattern.finditer(line.text, timeout=ctx.timeout):
            if m.end() > m.start():
                yield LineMatch(line.start + m.start(), line.start + m.end(), m)


def line_range(doc: Document, offset: int) -> tuple[int, int]:
    """Span of the whole line at ``offset`` including its line ending."""
    index = doc.line_index(offset)
    start = doc.line_starts[index]
    end = doc.line_starts[index + 1] if index + 1 < len(doc.line_starts) else len(doc.text)
    return start, end


@dataclass(slots=True)
class PatternRule:
    """A regular expression matched on each line; optional replacement or line deletion."""

    meta: RuleMeta
    pattern: str
    message: str
    ignorecase: bool = False
    unless: str | None = None
    fix: str | None = None
    fix_safe: bool = True
    delete_line: bool = False
    triggers: tuple[str, ...] = ()
    #: drop a match when one of the NEARBY lines before or after it matches this (licence text
    #: around a copyright line)
    unless_nearby: str | None = None
    #: a pattern that matches more lines than this in one document describes the document's own
    #: content (a hotel guide's phone numbers), not its furniture: report none of them
    max_per_document: int | None = None
    _compiled: tuple[regex.Pattern[str], regex.Pattern[str] | None] | None = field(default=None, repr=False)
    _nearby: regex.Pattern[str] | None = field(default=None, repr=False)

    NEARBY = 3

    def __post_init__(self) -> None:
        if not self.triggers:
            self.triggers = (self.pattern,)

    def compiled(self) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
        if self._compiled is None:
            flags = regex.V1 | (regex.IGNORECASE if self.ignorecase else 0)
            unless = regex.compile(self.unless, flags) if self.unless else None
            self._compiled = (regex.compile(self.pattern, flags), unless)
        return self._compiled

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        pattern, unless = self.compiled()
        matches = list(_line_matches(pattern, unless, doc, ctx))
        if self.unless_nearby:
            matches = [lm for lm in matches if not self._near(doc, lm.start, ctx.timeout)]
        if (
            self.max_per_document is not None
            and len({doc.line_index(lm.start) for lm in matches}) > self.max_per_document
        ):
            return
        for lm in matches:
            message = self.message.format(match=lm.match.group(), **lm.match.groupdict(default=""))
            if self.delete_line:
                yield Hit(lm.start, lm.end, message, fix="", fix_safe=False, fix_range=line_range(doc, lm.start))
            elif self.fix is not None:
                yield Hit(lm.start, lm.end, message, fix=lm.match.expand(self.fix), fix_safe=self.fix_safe)
            else:
                yield Hit(lm.start, lm.end, message)

    def _near(self, doc: Document, offset: int, timeout: float) -> bool:
        """A line within :attr:`NEARBY` lines of ``offset`` (not its own) matches ``unless_nearby``."""
        if self._nearby is None and self.unless_nearby:
            flags = regex.V1 | (regex.IGNORECASE if self.ignorecase else 0)
            self._nearby = regex.compile(self.unless_nearby, flags)
        if self._nearby is None:
            return False
        index = doc.line_index(offset)
        lines = range(max(0, index - self.NEARBY), min(len(doc.line_starts), index + self.NEARBY + 1))
        return any(i != index and self._nearby.search(doc.line_span(i).text, timeout=timeout) for i in lines)


def phrase_regex(phrases: list[str], ignorecase: bool) -> regex.Pattern[str]:
    """One alternation, longest first; Latin/digit edges get word boundaries, Han edges none."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        body = regex.escape(phrase, special_only=True)
        if _LATIN_EDGE.match(phrase[0]):
            body = r"(?<![\p{L}\p{N}_])" + body
        if _LATIN_EDGE.match(phrase[-1]):
            body += r"(?![\p{L}\p{N}_])"
        parts.append(body)
    return regex.compile("|".join(parts), regex.V1 | (regex.IGNORECASE if ignorecase else 0))


@dataclass(slots=True)
class PhraseRule:
    """A lexicon of phrases (``lexicon``) or a wrong→right table (``table``, emits fixes)."""

    meta: RuleMeta
    phrases: Mapping[str, str | None]
    message: str
    ignorecase: bool = False
    unless: str | None = None
    fix_safe: bool = True
    triggers: tuple[str, ...] = ()
    _compiled: tuple[regex.Pattern[str], regex.Pattern[str] | None, dict[str, str]] | None = field(
        default=None, repr=False
    )

    def __post_init__(self) -> None:
        if not self.triggers:
            self.triggers = tuple(regex.escape(p, special_only=True) for p in self.phrases)

    def compiled(self) -> tuple[regex.Pattern[str], regex.Pattern[str] | None, dict[str, str]]:
        if self._compiled is None:
            flags = regex.V1 | (regex.IGNORECASE if self.ignorecase else 0)
            unless = regex.compile(self.unless, flags) if self.unless else None
            folded = {(k.casefold() if self.ignorecase else k): k for k in self.phrases}
            self._compiled = (phrase_regex(list(self.phrases), self.ignorecase), unless, folded)
        return self._compiled

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        pattern, unless, folded = self.compiled()
        for lm in _line_matches(pattern, unless, doc, ctx):
            text = lm.match.group()
            key = folded.get(text.casefold() if self.ignorecase else text, text)
            right = self.phrases.get(key)
            message = self.message.format(match=text, fix=right or "")
            yield Hit(lm.start, lm.end, message, fix=right, fix_safe=self.fix_safe)
