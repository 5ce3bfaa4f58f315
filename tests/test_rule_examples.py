"""Every registered rule's own good and bad examples, run through the real engine.

A rule without examples fails here, so no rule ships undocumented or untested.
"""

from __future__ import annotations

import pytest

from seedlint.rule import Rule
from tests.conftest import all_rules, run_text

RULES = all_rules()


def _id(rule: Rule) -> str:
    return rule.meta.code


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_has_examples_and_docs(rule: Rule) -> None:
    meta = rule.meta
    assert meta.bad, f"{meta.code} has no bad example"
    assert meta.good, f"{meta.code} has no good example"
    assert all(ex.expect for ex in meta.bad), f"{meta.code}: a bad example expects nothing"
    assert len(meta.docs) >= 80, f"{meta.code}: docs paragraph is too short"
    assert meta.summary and meta.name


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_bad_examples_are_found_exactly(rule: Rule) -> None:
    for example in rule.meta.bad:
        found = [f for f in run_text([rule], example.text, corpus=example.corpus) if f.rule == rule.meta.code]
        got = sorted((f.line, f.column, f.snippet) for f in found)
        want = []
        for e in example.expect:
            if e.line is None or e.column is None:
                index = example.text.find(e.match)
                assert index >= 0, f"{rule.meta.code}: expected match {e.match!r} is not in its example"
                line = example.text.count("\n", 0, index) + 1
                column = index - (example.text.rfind("\n", 0, index) + 1) + 1
            else:
                line, column = e.line, e.column
            want.append((line, column, e.match))
        assert got == sorted(want), f"{rule.meta.code} on {example.text!r}"
        for e in example.expect:
            if e.fix is not None:
                fixes = {f.fix for f in found if f.snippet == e.match}
                assert e.fix in fixes, f"{rule.meta.code}: fix for {e.match!r} is {fixes}, expected {e.fix!r}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_good_examples_are_clean(rule: Rule) -> None:
    for example in rule.meta.good:
        found = [f for f in run_text([rule], example.text, corpus=example.corpus) if f.rule == rule.meta.code]
        assert not found, f"{rule.meta.code} flagged a good example: {[(f.line, f.column, f.snippet) for f in found]}"


#: rules whose trigger is the defect itself (any U+FFFD, any private-use character): no text can
#: fire the trigger and be clean, so their good examples cannot be near misses
TRIGGER_IS_THE_DEFECT = {"ENC003", "ENC006"}


def _reaches_check(rule: Rule, text: str) -> bool:
    """Whether the engine would call ``rule.check`` on ``text``: a rule without triggers always is
    called; one with triggers only where one of them fires."""
    from seedlint.document import Document
    from seedlint.engine import Engine

    if not rule.triggers:
        return True
    engine = Engine((rule,))
    doc = Document("doc.txt", text)
    return bool(object.__getattribute__(engine, "_scanner").scan(doc.text, doc.utf8).get(0))


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_good_examples_are_near_misses_that_reach_the_check(rule: Rule) -> None:
    """A good example the triggers never let through tests nothing: it must reach ``check()``."""
    missed = [ex.text for ex in rule.meta.good if not _reaches_check(rule, ex.text)]
    if rule.meta.code in TRIGGER_IS_THE_DEFECT:
        assert missed, f"{rule.meta.code} has a good example reaching its check: drop it from TRIGGER_IS_THE_DEFECT"
        return
    assert not missed, f"{rule.meta.code}: good examples its triggers never fire on: {missed}"
