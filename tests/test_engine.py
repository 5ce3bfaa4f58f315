"""The engine's own guarantees, independent of any family."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


def _meta(code: str) -> RuleMeta:
    return RuleMeta(
        code=code,
        name=f"twice-{code.lower()}",
        family="script",
        severity=Severity.WARNING,
        summary="Reports every match twice (a rule whose two paths find the same span).",
        docs="A test rule: its check yields each span twice, as a rule with two overlapping searches may.",
        bad=(Example("a x b", (Expected("x"),)),),
        good=(Example("a b"),),
    )


class _Twice:
    triggers = ("x",)

    def __init__(self, code: str) -> None:
        self.meta = _meta(code)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in ctx.lines or ():
            span = doc.line_span(index)
            at = span.start + span.text.index("x")
            yield Hit(at, at + 1, "first search")
            yield Hit(at, at + 1, "second search")  # the same span again, another message


def test_one_finding_per_rule_and_span() -> None:
    """A rule reporting one span twice gives one finding; another rule's finding on it stays."""
    findings = Engine((_Twice("ZZT001"), _Twice("ZZT002"))).check(Document("d.txt", "a x b\nx")).findings
    assert [(f.rule, f.line, f.column) for f in findings] == [
        ("ZZT001", 1, 3),
        ("ZZT002", 1, 3),
        ("ZZT001", 2, 1),
        ("ZZT002", 2, 1),
    ]
