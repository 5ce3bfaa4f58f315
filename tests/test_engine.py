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


class _Counting:
    """A corpus rule: reports each word other documents share, when they do."""

    triggers = ()

    def __init__(self, code: str, relevant: bool | None) -> None:
        self.meta = _meta(code)
        if relevant is not None:
            self.relevant = (lambda s, e: not e.keys().isdisjoint(s)) if relevant else self._fails

    def _fails(self, summary: object, evidence: object) -> bool:
        raise ValueError("broken")

    def summarize(self, doc: Document) -> frozenset[str]:
        return frozenset(doc.text.split())

    def reduce(self, summaries: list[frozenset[str]]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in summaries:
            for w in s:
                counts[w] = counts.get(w, 0) + 1
        return {w: n for w, n in counts.items() if n > 1}

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for w in doc.text.split():
            if w in (ctx.corpus or {}):
                at = doc.text.index(w)
                yield Hit(at, at + len(w), "shared")


def test_relevant_leaves_out_only_rules_that_say_they_cannot_report() -> None:
    with_test, without, broken = _Counting("X101", True), _Counting("X102", None), _Counting("X103", False)
    engine = Engine((with_test, without, broken))
    docs = [Document(f"{n}.txt", text) for n, text in enumerate(["a b", "b c", "d e"])]
    evidence = engine.reduce([engine.summarize(d) for d in docs])
    shared, alone = engine.summarize(docs[0]), engine.summarize(docs[2])
    assert engine.relevant(shared, evidence) == {"X101", "X102", "X103"}
    assert engine.relevant(alone, evidence) == {"X102", "X103"}  # no method: kept; a failing one: kept
    assert engine.relevant(None, evidence) == {"X101", "X102", "X103"}
    assert engine.relevant(alone, {}) == {"X102"}  # no evidence: a rule with the method cannot report
    only = engine.check(docs[0], evidence, part="corpus", only=frozenset({"X101"}))
    assert {f.rule for f in only.findings} == {"X101"}
