"""CHROME051 link-list-headline: the headlines listed under a related-links heading."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import AnalyzedRule, ChromeLine
from seedlint.document import Document
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class LinkListItem(AnalyzedRule):
    kind = "link-list"
    meta = RuleMeta(
        code="CHROME051",
        name="link-list-headline",
        family="chrome",
        severity=Severity.WARNING,
        summary="A headline of a related-links list (the lines under 'Related reading', 相关阅读, after the body).",
        docs=(
            "Under a related-links heading (Related reading, 相关阅读, Artículos relacionados) pages list other "
            "articles' headlines: '- Fashion shoes | New … Color Matching Release', '|- Company news | …'. Their "
            "topics are unrelated to the body, and a model trained on them learns to end documents with link "
            "lists. The run continues while lines look like headlines (a leading - | • ·, a 'category | title' "
            "pipe, Title Case, or a short sentence-less Chinese line). After the body's end, such a run counts "
            "under any chrome line (info when it has no marker); elsewhere only under a link-list heading."
        ),
        bad=(
            Example(
                "The banks will cooperate because both sides profit.\n- Related reading\n"
                "- Fashion shoes | New Color Matching Release\n|- Company news | Cotton Leader Sets Up Factories",
                (
                    Expected("- Fashion shoes | New Color Matching Release", 3, 1, ""),
                    Expected("|- Company news | Cotton Leader Sets Up Factories", 4, 1),
                ),
            ),
            Example(
                "正文最后一句。\n相关阅读\n支付宝与建设银行达成战略合作\n余额宝规模突破一万亿",
                (Expected("支付宝与建设银行达成战略合作", 3, 1), Expected("余额宝规模突破一万亿", 4, 1)),
            ),
        ),
        good=(
            Example(
                "Share prices doubled after the listing.\n"
                "Key dates in the company's history:\n- Founded in 2004 as an escrow service\n"
                "- Became independent of Taobao in 2004\nThe company now serves a billion users."
            ),
        ),
        source=__name__,
    )

    def message(self, doc: Document, line: ChromeLine) -> str:
        if line.anchor is not None:
            heading = doc.line_span(line.anchor).text.strip()
            return f"headline of a related-links list under '{heading}' (line {line.anchor + 1})"
        return "headline-like line in the page chrome after the body"
