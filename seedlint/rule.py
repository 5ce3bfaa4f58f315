"""What a rule is: metadata beside a check. Rules are values; the engine runs them.

Two protocols: :class:`Rule` sees one document at a time; :class:`CorpusRule` also
summarises every document of the corpus first (``summarize`` then ``reduce``), and
its ``check`` receives that corpus evidence in ``ctx.corpus``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from seedlint.document import Document
from seedlint.finding import Hit, Severity


@dataclass(frozen=True, slots=True)
class Expected:
    """One span a bad example must produce: its exact text, optionally its position and fix."""

    match: str
    line: int | None = None
    column: int | None = None
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """A text and the spans the rule must report on it (none for a good example).

    ``corpus`` holds other documents checked alongside, for corpus-level rules.
    """

    text: str
    expect: tuple[Expected, ...] = ()
    corpus: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleMeta:
    code: str
    name: str
    family: str
    severity: Severity
    summary: str
    docs: str
    languages: tuple[str, ...] = ()  # empty: every language
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    source: str = ""  # pack file or Python module that defines the rule


@dataclass(slots=True)
class Context:
    """What the engine hands a check besides the document.

    ``lines``: sorted 0-based indices of lines where the rule's triggers matched
    (None when the rule declares no triggers). ``corpus``: the reduced corpus
    evidence of a corpus rule. ``timeout``: seconds a single regex call may take.
    """

    lines: Sequence[int] | None = None
    corpus: Any = None
    timeout: float = 1.0
    settings: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Rule(Protocol):
    @property
    def meta(self) -> RuleMeta: ...

    @property
    def triggers(self) -> tuple[str, ...]:
        """Hyperscan-compatible regexes; the check only runs where one matches (empty: always)."""
        ...

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]: ...


@runtime_checkable
class CorpusRule(Rule, Protocol):
    def summarize(self, doc: Document) -> Any: ...

    def reduce(self, summaries: Sequence[Any]) -> Any: ...


def in_scope(meta: RuleMeta, doc: Document, offset: int) -> bool:
    """True when the rule applies to the language of the paragraph at ``offset``."""
    return not meta.languages or doc.language_at(offset) in meta.languages
