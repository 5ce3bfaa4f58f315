"""TRUNC010 teaser-cut: listing teasers cut at a fixed length, without an ellipsis."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import BodyRule, at
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_LISTING = (
    "Latest news\n"
    "Banks sign a deal with Alipay\n"
    "The banks agreed to cooperate with Alipay after years of talks, and both of them expect the new fe\n"
    "The central bank tightens the rules\n"
    "The central bank has asked every payment company to connect to a clearing house, a move that anal\n"
    "A fund passes a milestone\n"
    "The money market fund attracted more than a hundred million users within four years of its launc\n"
    "Contact us for more."
)
_WRAPPED = (
    "The banks agreed to cooperate with Alipay after years of talks, and both of them\n"
    "expect the new fees to cover the cost of the service within a year or two. The\n"
    "central bank has asked every payment company to connect to a clearing house, a\n"
    "move that analysts welcomed, and the money market fund attracted more than a\n"
    "hundred million users within four years of its launch, which surprised its founders.\n"
)
META = RuleMeta(
    code="TRUNC010",
    name="teaser-cut",
    family="truncation",
    severity=Severity.WARNING,
    summary="Three or more body lines stop mid-sentence at nearly one length: a listing's teasers cut by the site.",
    docs=(
        "Listing, tag and search pages show each article as a title and the first characters of its text, "
        "cut by the site at a fixed length, often with no ellipsis and in the middle of a word. Scraped, "
        "the page is a run of lines that stop mid-sentence at nearly the same display width (a Han character "
        "counts two columns, as the sites' byte counts do). Reported on the last word of each member of the "
        "run: at least 3 open lines of running text (clauses, or 20 % stop words) at least 60 columns wide, "
        "within 10 % of the run's median width, and at least half of all such lines. A line is open when it "
        "does not end as a sentence does and the next line does not go on with it (a lower-case start, a "
        "wrap). Hard-wrapped text also has lines of one width; Document.hard_wrapped tells it apart (the next "
        "word would not have fitted on the line, and the next line is full too or ends the paragraph), and "
        "then nothing is reported. Thresholds from the development corpus's listing pages (cuts within 8 % "
        "of the median) and checked at zero findings on the clean corpus."
    ),
    bad=(Example(_LISTING, (at(_LISTING, "fe\n", 2), at(_LISTING, "anal\n", 4), at(_LISTING, "launc\n", 5))),),
    good=(Example(_WRAPPED),),
    source=__name__,
)


class TeaserCut(BodyRule):
    """TRUNC010 teaser-cut: reports the body lines the analysis found in a fixed-length run."""

    meta = META
