"""TRUNC011 teaser-ellipsis: teasers inside the document that stop mid-sentence with an ellipsis."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import BodyRule, at
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_LISTING = (
    "Latest posts\n"
    "The banks agreed to cooperate with Alipay after years of talks, and both of them expect the...\n"
    "The central bank asked every payment company to connect to a clearing house, which ana...\n"
    "Contact us for more."
)
_ZH = (
    "最新文章\n支付宝与银行的合作可以追溯到2005年，当时工商银行率先与支付宝签署了合作…\n"
    "央行要求所有支付机构接入网联平台，此举被认为…\n联系我们。"
)
META = RuleMeta(
    code="TRUNC011",
    name="teaser-ellipsis",
    family="truncation",
    severity=Severity.WARNING,
    summary="Lines inside the document stop mid-word with an ellipsis (… / ...): teasers of a listing page.",
    docs=(
        "Feed, listing and profile pages show the first words of each post followed by an ellipsis. A body "
        "line that ends in … or ... right after a letter, digit or Han character (not after a full stop, a "
        "question mark or a comma) stopped mid-sentence. One such line may be a literary ellipsis (a "
        "sentence trailing off in a novel); two or more in a document, making at least one line in six of "
        "it, are a listing's teasers. Reported on the ellipsis and the character before it; the document's "
        "last line is counted but left to TRUNC006. Tables and short list items are not judged. Gopher's "
        "quality filter drops documents with more than 30 % of lines ending in an ellipsis; this rule says "
        "which lines."
    ),
    bad=(
        Example(_LISTING, (at(_LISTING, "e...", 4), at(_LISTING, "a...", 4))),
        Example(_ZH, (at(_ZH, "作…"), at(_ZH, "为…"))),
    ),
    good=(
        Example(
            "Capítulo primero\n"
            "—Ayer fui señor de toda la comarca...\n"
            "—¿Y hoy?...\n"
            "Nadie le respondió, y el caballero siguió su camino hasta la venta."
        ),
    ),
    source=__name__,
)


class TeaserEllipsis(BodyRule):
    """TRUNC011 teaser-ellipsis: reports the body lines the analysis found ending in a teaser ellipsis."""

    meta = META
