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
class RuleOption:
    """An option a rule takes from ``[rule-settings.CODE]``: its name (``snake_case``; the config
    may spell it with hyphens), its type, default and bounds, and one line of docs."""

    name: str
    kind: type  # int, float, str or bool
    default: Any
    doc: str
    minimum: float | None = None
    maximum: float | None = None

    def parse(self, value: Any) -> Any:
        """``value`` as this option's type, or ValueError saying what was expected."""
        ok = isinstance(value, self.kind) and not (self.kind is not bool and isinstance(value, bool))
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            raise ValueError(f"must be {_KIND_NAMES.get(self.kind, self.kind.__name__)}, not {value!r}")
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if numeric and (
            (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum)
        ):
            bounds = f"from {self.minimum:g}" if self.minimum is not None else ""
            bounds += f" to {self.maximum:g}" if self.maximum is not None else " or more"
            raise ValueError(f"must be {bounds}, not {value!r}")
        return value


_KIND_NAMES = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


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
    options: tuple[RuleOption, ...] = ()  # what [rule-settings.CODE] may set


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
    """A rule that sees the whole corpus: ``summarize`` each document, ``reduce`` the summaries to evidence,
    then ``check`` each document with that evidence in ``ctx.corpus``.

    It may also define ``relevant(summary, evidence) -> bool``: False when its check cannot report on a
    document with that summary (none of its keys are in the evidence). The runner then skips the document's
    corpus part without reading it again; a rule without the method is always run."""

    def summarize(self, doc: Document) -> Any: ...

    def reduce(self, summaries: Sequence[Any]) -> Any: ...


def in_scope(meta: RuleMeta, doc: Document, offset: int) -> bool:
    """True when the rule applies to the language of the paragraph at ``offset``."""
    return not meta.languages or doc.language_at(offset) in meta.languages
