"""CHROME050 download-notice-block: the numbered items of a download or copyright notice."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import AnalyzedRule, ChromeLine
from seedlint.document import Document
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class NoticeBlock(AnalyzedRule):
    kind = "notice"
    meta = RuleMeta(
        code="CHROME050",
        name="download-notice-block",
        family="chrome",
        severity=Severity.WARNING,
        summary="A site's notice block (温馨提示 / Aviso / Disclaimer + numbered items about downloads, copyright).",
        docs=(
            "Document-sharing sites put a notice block above or below every file: a heading (温馨提示, 免责声明, "
            "下载声明, 版权说明, Aviso legal, Disclaimer; also behind a list marker, '• 【下载声明】') and numbered "
            "items about previews, downloads, copyright and refunds. The "
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
            Example(
                "  • 上传时间:2022-07-22\n  • 【下载声明】\n    1. 本站全部文档下载后不予退换,请根据预览情况下载。\n"
                "    2. 预览文档经过压缩,下载后原文更清晰。",
                (
                    Expected("• 【下载声明】", 2, 3),
                    Expected("1. 本站全部文档下载后不予退换,请根据预览情况下载。", 3, 5),
                    Expected("2. 预览文档经过压缩,下载后原文更清晰。", 4, 5),
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
