"""Hard-wrapped prose (licences, READMEs, e-mail) is not one paragraph per line."""

from __future__ import annotations

from seedlint.document import Document
from tests.conftest import all_rules, run_text

WRAPPED = """The committee met on Tuesday to review the proposal ("the Plan") that the
board had circulated in March. Members noted that the budget (which covers the
next three years of operation) was smaller than the one approved last year, and
asked the treasurer to explain why the reserve had been reduced by a quarter.
The treasurer said that "the reserve was never meant to fund running costs" and
that the reduction reflected the end of two temporary grants received in 2021.

After a short discussion the committee approved the Plan, with one amendment
(the travel budget was raised slightly) and asked for a progress report before
the end of the year. The chair thanked everyone for their work on the proposal.
"""

ONE_PARAGRAPH_PER_LINE = (
    'The committee met on Tuesday to review the proposal ("the Plan") that the board had circulated.\n'
    "Members noted that the budget (which covers three years was smaller than last year's.\n"
)


def test_wrapped_text_is_recognised_and_line_per_paragraph_is_not() -> None:
    assert Document("a.txt", WRAPPED).hard_wrapped
    assert not Document("b.txt", ONE_PARAGRAPH_PER_LINE).hard_wrapped


def test_no_pairing_findings_on_wrapped_prose() -> None:
    rules = [r for r in all_rules() if r.meta.code in {"SCRIPT013", "SCRIPT014", "SCRIPT015", "TRUNC005"}]
    assert len(rules) == 4
    assert run_text(rules, WRAPPED) == []


def test_pairing_still_checked_when_a_line_is_a_paragraph() -> None:
    rules = [r for r in all_rules() if r.meta.code == "SCRIPT015"]
    found = run_text(rules, ONE_PARAGRAPH_PER_LINE)
    assert [(f.line, f.snippet) for f in found] == [(2, "(")]
