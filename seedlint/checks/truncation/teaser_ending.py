"""TRUNC006 teaser-ending: one of the four verdicts on a document's end (:class:`~.analysis.EndingAnalyzer`)."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import EndingRule, at, at_end
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_TEASER = "Alipay and the banks\nThe banks agreed to cooperate with Alipay after years of talks, and then…\nRead more"
_TEASER_INLINE = "Alipay y los bancos\nLos bancos aceptaron cooperar con Alipay tras años de negociaciones... Leer más"

META = RuleMeta(
    code="TRUNC006",
    name="teaser-ending",
    family="truncation",
    severity=Severity.WARNING,
    summary="The body ends in an ellipsis (before a 'Read more' / 阅读全文 link): only a teaser was scraped.",
    docs=(
        "Listing and feed pages show the first lines of an article, an ellipsis and a 'Read more' "
        "(阅读全文, Leer más) link. Scraped, they look like a complete short text. NeMo Curator counts "
        "'read more' among its ellipsis marks for this reason. Reported on the ellipsis: a warning when a "
        "read-more link follows it on the same line or in the chrome right after the body, info when the "
        "ellipsis stands alone (a literary ellipsis is possible). An ellipsis after a dangling word "
        "('founded in…') is TRUNC002."
    ),
    bad=(
        Example(_TEASER, (at_end(_TEASER, 2),)),
        Example(_TEASER_INLINE, (at(_TEASER_INLINE, "...", width=1),)),
    ),
    good=(Example("Alipay and the banks\nThe banks agreed to cooperate with Alipay after years of talks.\nRead more"),),
    source=__name__,
)


class TeaserEnding(EndingRule):
    """TRUNC006 teaser-ending: reports the shared verdict on the document's end when it is this rule's."""

    meta = META
