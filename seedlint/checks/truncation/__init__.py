"""Python rules of the ``truncation`` family: documents and paragraphs that lose their end.

One module per rule: TRUNC001 unterminated-ending, TRUNC002 dangling-ending, TRUNC003
open-quote-ending and TRUNC006 teaser-ending report the one verdict on a document's end
(:class:`~seedlint.checks.truncation.analysis.EndingAnalyzer`); inside the body, one verdict per
line (:class:`~seedlint.checks.truncation.analysis.BodyAnalyzer`) for TRUNC004 cut-paragraph,
TRUNC005 unclosed-quote (cut inside a quotation), TRUNC010 teaser-cut (listing teasers cut at one
length) and TRUNC011 teaser-ellipsis; TRUNC012 spliced-fragment finds a cut sentence glued to
the next inside a line, and TRUNC013 stopped-on-article one that stops on an article.
Headings, titles, short list items and table rows are never truncations. None of these findings
carries a fix: the missing text cannot be recovered.
"""

from __future__ import annotations

from seedlint.checks.chrome.analysis import chrome_analyzer
from seedlint.checks.truncation.analysis import BodyAnalyzer, EndingAnalyzer
from seedlint.checks.truncation.cut_paragraph import CutParagraph
from seedlint.checks.truncation.dangling_ending import DanglingEnding
from seedlint.checks.truncation.open_quote_ending import OpenQuoteEnding
from seedlint.checks.truncation.spliced_fragment import SplicedFragment
from seedlint.checks.truncation.stopped_on_article import StoppedOnArticle
from seedlint.checks.truncation.teaser_cut import TeaserCut
from seedlint.checks.truncation.teaser_ellipsis import TeaserEllipsis
from seedlint.checks.truncation.teaser_ending import TeaserEnding
from seedlint.checks.truncation.unclosed_quote import UnclosedQuote
from seedlint.checks.truncation.unterminated_ending import UnterminatedEnding
from seedlint.registry import PluginContext, plugin_context
from seedlint.rule import Rule

__all__ = ["RULES"]


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """The family's rules, sharing the chrome detector built from the rule set's chrome packs."""
    chrome = chrome_analyzer(plugin_context(context).packs)
    endings = EndingAnalyzer(chrome)
    body = BodyAnalyzer(chrome, endings)
    return (
        UnterminatedEnding(endings),
        DanglingEnding(endings),
        OpenQuoteEnding(endings),
        TeaserEnding(endings),
        CutParagraph(body),
        UnclosedQuote(body),
        TeaserCut(body),
        TeaserEllipsis(body),
        SplicedFragment(),
        StoppedOnArticle(),
    )
