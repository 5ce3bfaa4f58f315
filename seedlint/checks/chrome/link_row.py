"""CHROME062 link-row: a row of short links separated by '|'."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class LinkRow(ClassifiedRule):
    kinds = frozenset({"row"})
    meta = RuleMeta(
        code="CHROME062",
        name="link-row",
        family="chrome",
        severity=Severity.WARNING,
        summary="A row of short links separated by '|' (About Us | Site Map | Feedback, subscribe buttons).",
        docs=(
            "Navigation bars, footers and subscribe widgets flatten into one line of short items separated by "
            "'|' between spaces (or a full-width ｜): 'About Us | Site Map | Feedback', 'Subscribe: Apple Podcasts | "
            "Spotify | Stitcher'; 'a|b|c' without spaces is code, an alternation. The "
            "line has three or more items, and all but one are at most four words and 24 characters and not "
            "numbers. A Markdown table row (starting or ending with '|') and a row of figures are not links. "
            "Lines longer than 200 characters are never flagged."
        ),
        bad=(
            Example(
                "The bank said it would cooperate with the regulator on the new rules for online lending.\n"
                "About Us | Site Map | Feedback | Contact",
                (Expected("About Us | Site Map | Feedback | Contact", 2, 1, ""),),
            ),
        ),
        good=(
            Example("| Model | Score | Rank |\n| A | 85.7 | 1 |"),
            Example("Revenue | 12.5 | 13.1 | 14.0"),
            Example("Files were skipped when they contain `copyright|all rights reserved|www.` anywhere."),
        ),
        source=__name__,
    )
