"""CHROME052 chrome-cluster-line: a short low-content line inside a cluster of chrome at an edge."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import AnalyzedRule, ChromeLine, line_text
from seedlint.document import Document
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class EdgeLine(AnalyzedRule):
    kind = "edge"
    meta = RuleMeta(
        code="CHROME052",
        name="chrome-cluster-line",
        family="chrome",
        severity=Severity.WARNING,
        summary="A short keyword or label line inside a cluster of page chrome at the document's head or tail.",
        docs=(
            "jusText's idea, adapted to one-paragraph-per-line text: a short line with few stop words (for "
            "Chinese: per-character tokens and a 43-character stop-list) and no sentence punctuation, sitting "
            "among chrome lines at the head or tail of a document, is chrome too: tag lines ('蚂蚁金服 2023 年读 "
            "蚂蚁 有感 重生'), labels, stray titles. A keyword line next to chrome is a warning; another thin line "
            "between two chrome lines is a warning without stop words and info otherwise. A document's own "
            "title at its first line, not sandwiched, is never flagged."
        ),
        bad=(
            Example(
                "网站客服:3074922707\n蚂蚁金服 2023 年读 蚂蚁 有感 重生\n"
                "读蚂蚁金服有感——迭代与重生 随着越来越多的银行进入小微金融领域，"
                "传统银行面临的不再是做什么不做什么的问题，而是有没有客户可以做的问题。",
                (Expected("蚂蚁金服 2023 年读 蚂蚁 有感 重生", 2, 1, ""),),
            ),
            Example(
                "The story ends here, and the bank said it would continue to cooperate.\nShare\n"
                "Posted in Finance\nalipay, banks, fintech, china\nRead more",
                (Expected("alipay, banks, fintech, china", 4, 1),),
            ),
        ),
        good=(
            Example(
                "Alipay and the Banks\nShare\nAlipay was founded in 2004 as an escrow service for Taobao, and the "
                "banks later agreed to cooperate with it."
            ),
        ),
        source=__name__,
    )

    def message(self, doc: Document, line: ChromeLine) -> str:
        where = "head" if line.label == "head" else "tail"
        near = ""
        if line.anchor is not None:
            near = f", next to '{line_text(doc, ChromeLine(line.anchor, '', 0, ''))}'"
        return f"short low-content line inside the page chrome at the document's {where}{near}"
