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
