"""Python rules of the ``truncation`` family: documents and paragraphs that lose their end.

One module per rule: TRUNC001 unterminated-ending, TRUNC002 dangling-ending, TRUNC003
open-quote-ending and TRUNC006 teaser-ending report the one verdict on a document's end
(:class:`~seedlint.checks.truncation.analysis.EndingAnalyzer`); inside the body, TRUNC004
cut-paragraph finds paragraphs cut mid-sentence and TRUNC005 unclosed-quote quotes or brackets
that never close. Headings, titles, list items and table rows are never truncations. None of
these findings carries a fix: the missing text cannot be recovered.
"""

from __future__ import annotations

from seedlint.checks.chrome.analysis import chrome_analyzer
from seedlint.checks.truncation.analysis import EndingAnalyzer
from seedlint.checks.truncation.cut_paragraph import CutParagraph
from seedlint.checks.truncation.dangling_ending import DanglingEnding
from seedlint.checks.truncation.open_quote_ending import OpenQuoteEnding
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
    return (
        UnterminatedEnding(endings),
        DanglingEnding(endings),
        OpenQuoteEnding(endings),
        TeaserEnding(endings),
        CutParagraph(chrome),
        UnclosedQuote(chrome),
    )
