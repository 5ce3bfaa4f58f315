"""Python rules of the ``chrome`` family: page furniture a single-line pattern cannot see.

The YAML packs (``rules/chrome*.yaml``) flag lines that are chrome by themselves. These rules
use them as anchors (through :mod:`seedlint.checks.chrome_lines`, shared with the truncation
family) to find what only position and context reveal: the items of a download notice, the
headlines under a related-links heading, keyword lines inside a chrome cluster; and, across the
corpus, lines repeated verbatim in many documents (:mod:`seedlint.checks.chrome_template`).
Every finding offers to delete its whole line, marked unsafe.
"""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.chrome_lines import ChromeAnalyzer, ChromeLine, analyzer_for, chrome_pack_files, line_text
from seedlint.checks.chrome_template import TemplateLine
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.kinds import line_range
from seedlint.registry import PluginContext, builtin_pack_files
from seedlint.rule import Context, Example, Expected, Rule, RuleMeta


def chrome_hit(doc: Document, line: ChromeLine, message: str) -> Hit:
    """A finding on a whole chrome line: span = its text, fix = delete the line (unsafe)."""
    span = doc.line_span(line.index)
    lead = len(span.text) - len(span.text.lstrip())
    start, end = span.start + lead, span.start + len(span.text.rstrip())
    severity = Severity.WARNING if line.confidence >= 0.8 else Severity.INFO
    return Hit(start, end, message, fix="", fix_safe=False, severity=severity, fix_range=line_range(doc, start))


class _AnalyzedRule:
    """A rule that reports one kind of line from the shared chrome analysis."""

    kind = ""
    meta: RuleMeta

    def __init__(self, analyzer: ChromeAnalyzer) -> None:
        self.analyzer = analyzer
        self.triggers = analyzer.triggers

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        self.analyzer.timeout = ctx.timeout
        self.analyzer.prime(doc, ctx.lines)
        found = self.analyzer.scan(doc, ctx.lines)
        for index in sorted(found):
            line = found[index]
            if line.kind == self.kind:
                yield chrome_hit(doc, line, self.message(doc, line))

    def message(self, doc: Document, line: ChromeLine) -> str:
        raise NotImplementedError


class NoticeBlock(_AnalyzedRule):
    kind = "notice"
    meta = RuleMeta(
        code="CHROME050",
        name="download-notice-block",
        family="chrome",
        severity=Severity.WARNING,
        summary="A site's notice block (温馨提示 / Aviso / Disclaimer + numbered items about downloads, copyright).",
        docs=(
            "Document-sharing sites put a notice block above or below every file: a heading (温馨提示, 免责声明, "
            "Aviso legal, Disclaimer) and numbered items about previews, downloads, copyright and refunds. The "
            "block is the site's text. A heading counts only when at least half of the items below it, and two "
            "different terms among them, speak of downloads, uploads, copyright, previews or the site's service; "
            "items already matched by a pack rule are left to that rule."
        ),
        bad=(
            Example(
                "收藏 分享赚钱\n温馨提示:\n1. 文件下载后无此问题,请放心下载。\n"
                "2. 付费后未能下载请联系客服处理。\n正文。",
                (Expected("温馨提示:", 2, 1, ""), Expected("2. 付费后未能下载请联系客服处理。", 4, 1)),
            ),
            Example(
                "Aviso legal\n1. Las descargas son gratuitas para usuarios registrados.\n"
                "2. Los derechos de autor son de quien subió el archivo.",
                (
                    Expected("Aviso legal", 1, 1),
                    Expected("1. Las descargas son gratuitas para usuarios registrados.", 2, 1),
                    Expected("2. Los derechos de autor son de quien subió el archivo.", 3, 1),
                ),
            ),
        ),
        good=(
            Example("温馨提示：\n1. 出门请带好雨具。\n2. 雨天路滑，注意安全。"),
            Example("Disclaimer\nThe views in this column are the author's own."),
        ),
        source=__name__,
    )

    def message(self, doc: Document, line: ChromeLine) -> str:
        return f"site notice block ('{line.label}'): download/copyright boilerplate"


class LinkListItem(_AnalyzedRule):
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


class EdgeLine(_AnalyzedRule):
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


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """The family's Python rules, built on the chrome vocabulary of the rule set's packs."""
    files = context.pack_files if context is not None else tuple(builtin_pack_files())
    analyzer = analyzer_for(chrome_pack_files(files))
    return (NoticeBlock(analyzer), LinkListItem(analyzer), EdgeLine(analyzer), TemplateLine(analyzer))
