"""Python rules of the ``chrome`` family: page furniture a single-line pattern cannot see.

The YAML packs (``rules/chrome/*.yaml``) flag lines that are chrome by themselves. These rules
use them as anchors (through :mod:`seedlint.checks.chrome.analysis`, shared with the truncation
family) to find what only position and context reveal: the items of a download notice, the
headlines under a related-links heading, keyword lines inside a chrome cluster; and, across the
corpus, lines repeated verbatim in many documents (:mod:`seedlint.checks.chrome.template_line`).
Every finding offers to delete its whole line, marked unsafe.

- CHROME050 download-notice-block, CHROME051 link-list-headline, CHROME052 chrome-cluster-line,
  CHROME053 template-line: one module each, named after the rule.
- CHROME060-067 (chrome-line, post-metadata-line, link-row, related-headline-run, spam-string,
  reference-residue, markup-residue, instrument-code): the verdicts of the line classifier
  (:func:`seedlint.checks.chrome.analysis.chrome_lines`), one module each; the classifier itself
  is :mod:`.shapes` (what a line looks like), :mod:`.classifier` (context revision) and
  :mod:`.residue` (chrome inside body lines).
"""

from __future__ import annotations

from seedlint.checks.chrome.analysis import chrome_analyzer
from seedlint.checks.chrome.chrome_cluster_line import EdgeLine
from seedlint.checks.chrome.chrome_line import ClassifiedLine
from seedlint.checks.chrome.download_notice_block import NoticeBlock
from seedlint.checks.chrome.instrument_code import InstrumentCode
from seedlint.checks.chrome.link_list_headline import LinkListItem
from seedlint.checks.chrome.link_row import LinkRow
from seedlint.checks.chrome.markup_residue import MarkupResidue
from seedlint.checks.chrome.post_metadata_line import PostMetadataLine
from seedlint.checks.chrome.reference_residue import ReferenceResidue
from seedlint.checks.chrome.related_headline_run import RelatedHeadlineRun
from seedlint.checks.chrome.spam_string import SpamString
from seedlint.checks.chrome.template_line import TemplateLine
from seedlint.registry import PluginContext, plugin_context
from seedlint.rule import Rule

__all__ = ["RULES"]


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """The family's Python rules, built on the chrome vocabulary of the rule set's packs."""
    analyzer = chrome_analyzer(plugin_context(context).packs)
    classified = (ClassifiedLine, PostMetadataLine, LinkRow, RelatedHeadlineRun, SpamString, ReferenceResidue)
    return (
        NoticeBlock(analyzer),
        LinkListItem(analyzer),
        EdgeLine(analyzer),
        TemplateLine(analyzer),
        *(rule(analyzer) for rule in (*classified, MarkupResidue, InstrumentCode)),
    )
