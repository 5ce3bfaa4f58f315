"""CHROME066 markup-residue: HTML, Markdown and widget leftovers inside body lines."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class MarkupResidue(ClassifiedRule):
    kinds = frozenset({"markup"})
    meta = RuleMeta(
        code="CHROME066",
        name="markup-residue",
        family="chrome",
        severity=Severity.WARNING,
        summary='Markup or widget residue inside a line (" target="_blank">, ![…](http…), 第2页 共2页, 编辑, Enditem).',
        docs=(
            "When an extractor flattens a page, pieces of its markup and widgets stay inside body lines: "
            "HTML attribute tails ('\" target=\"_blank\">') and Markdown images ('![…](http…)'), a page "
            "counter (第2页 共2页) or a PDF running header ('28 | BROADBAND COMMUNITIES | | OCTOBER 2012') "
            "inside a paragraph, view and comment counters ((1727)次阅读, 已关闭评论, 3572字阅读11分54秒), "
            "widget words glued to a line's end (an encyclopedia's 编辑 link after a heading, a wire "
            "service's Enditem, a trailing 分享到 / Share), the site's domain as a dateline at the start "
            "('4hw.com.cn:'), a photo credit after a caption ('… | © example.com', '| Foto: …'), and teaser "
            "labels (本文摘要：). A line that is only such residue is left to "
            "the line rules. The fix deletes the residue (unsafe)."
        ),
        bad=(
            Example(
                '刘教授的博客文章" target="_blank">(1727)次阅读|(10)个评论',
                (
                    Expected('" target="_blank">', 1, 9, ""),
                    Expected("(1727)次阅读", 1, 27),
                    Expected("(10)个评论", 1, 37),
                ),
            ),
            Example(
                "Officials said the deal would close next year.Enditem",
                (Expected("Enditem", 1, 47),),
            ),
        ),
        good=(
            Example("编辑部的同事们认为，这篇文章的结构需要调整。"),
            Example("The share price rose 3% on the first day of trading, analysts said."),
        ),
        source=__name__,
    )
