"""SCRIPT014 mismatched-quote-style: a quotation opened in one style and closed in another."""

from __future__ import annotations

from seedlint.checks.scripts.analysis import FAMILY, PairRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class MismatchedQuotes(PairRule):
    kinds = ("quote-style",)
    triggers = (r"[“”«»\"〝〞〟]",)
    meta = RuleMeta(
        code="SCRIPT014",
        name="mismatched-quote-style",
        family=FAMILY,
        severity=Severity.WARNING,
        summary='A quotation opened in one style and closed in another ("…” / “…"), or closed twice ("…" ”).',
        docs=(
            "Finds quotations whose closing mark does not match the opening one: straight quotes paired with "
            'curly or angle quotes (“…" , "…”, «…") and quotations closed twice in two styles '
            '("If the bank does not change, we change the bank." ” — one mark from the source, one added by '
            "the translator). Mixed styles come from text assembled from several converters; they confuse "
            "quote-aware tokenisers and leave a dangling mark. Also a closing mark typed the wrong way round "
            '(“…“ or "…“ before a blank: smart-quote software guessing the direction) and a quotation opened '
            "with a single mark and closed with a double one (’Go home.”, no fix: either may be wrong); an "
            "apostrophe or elision (’tis, o’clock, the Joneses’) opens nothing. The fix makes the closing mark "
            "match the opening one, or deletes the second closing mark."
        ),
        bad=(
            Example(
                'Ma Yun echoed in the banking sector: "If the bank does not change, we change the bank." ”',
                (Expected("”", 1, 89, ""),),
            ),
            Example('He called it “the reverse scales" of the bank.', (Expected('"', 1, 33, "”"),)),
            Example('The mayor said, "we will rebuild the bridge.“ Then she left.', (Expected("“", 1, 45, '"'),)),
        ),
        good=(
            Example('He said “the bank will change” and added "soon" in an interview.'),
            Example('他说"你好"然后离开了，大家都说“好”。'),
            Example("’Tis true, he said at five o’clock: “the Joneses’ dog is ‘lost’, they say.”"),
        ),
        source=__name__,
    )
