"""CHROME064 spam-string: gambling/SEO brand strings and the title pasted into body sentences."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class SpamString(ClassifiedRule):
    kinds = frozenset({"spam", "stuffing"})
    fixable = False  # the injected string replaced words that are gone: no fix restores them
    meta = RuleMeta(
        code="CHROME064",
        name="spam-string",
        family="chrome",
        severity=Severity.WARNING,
        summary="Spam injected into body text: gambling/SEO brand strings, the title pasted into sentences.",
        docs=(
            "Hacked and content-farm pages inject strings into the body. Brand strings: Latin letters and "
            "digits glued to a short Han string that ends in the vocabulary of gambling and download sites "
            "(官网, 线路, 网址, 娱乐, 平台, 下载, 注册, 登录, 投注, 彩票, 博彩, 棋牌, 真人, 体育, 首页, 网站, 入口); "
            "when the same Latin-digit head recurs, the report covers its common continuation and counts "
            "it. A bracketed brand (【…网站】, 【…娱乐】) is a warning when it recurs. Keyword stuffing: the "
            "document's title (its first line, 6+ Han characters or 4+ words, no sentence ending) pasted "
            "verbatim into two or more body lines, outside quotation marks and 《》 (a law citing its own "
            "name is not stuffing); and a repeated chrome line glued again to the start of the text. No fix: "
            "the words the spam replaced are gone."
        ),
        bad=(
            Example(
                "全球能源转型\n我国js333金沙线路的光伏产业发展迅速，js333金沙线路的装机容量连续多年位居世界第一。",
                (Expected("js333金沙线路", 2, 3), Expected("js333金沙线路", 2, 22)),
            ),
            Example(
                "什么药治咳喘效果好\n慢性支气管炎很难完全治疗，下面一起来看看，什么药治咳喘效果好。\n"
                "多喝水，注意保暖，什么药治咳喘效果好，要听医生的建议。",
                (Expected("什么药治咳喘效果好", 2, 22), Expected("什么药治咳喘效果好", 3, 10)),
            ),
        ),
        good=(
            Example("新款手机\n这款iPhone15手机的电池续航比上一代更长，屏幕也更亮。"),
            Example(
                "中华人民共和国行政处罚法\n第一条 为了规范行政处罚的设定和实施，"
                "根据宪法，制定《中华人民共和国行政处罚法》。"
                "\n第二条 依照《中华人民共和国行政处罚法》的规定实施处罚。"
            ),
        ),
        source=__name__,
    )
