"""CHROME063 related-headline-run: a run of headline-like lines after the body, without a heading."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class RelatedHeadlineRun(ClassifiedRule):
    kinds = frozenset({"list"})
    meta = RuleMeta(
        code="CHROME063",
        name="related-headline-run",
        family="chrome",
        severity=Severity.INFO,
        summary="A run of headline-like lines after the body's last paragraph: a related-links list without heading.",
        docs=(
            "Pages append other articles' headlines after the body, often without a 'Related' heading that "
            "CHROME051 could anchor on. After the document's last good paragraph (jusText's class: long, "
            "sentence-like, enough stop words), a run of three or more short headline-like lines (6-40 Han "
            "characters or 3-14 words, no enumerator, not ending in a full stop, comma, semicolon or colon; "
            "or two Chinese ones of 10+ characters at the very end) is such a list. A body paragraph ending "
            "in a colon introduces its own list, which is left alone. Confidence 0.7: info."
        ),
        bad=(
            Example(
                "美股市场已经率先开启了一轮快速调整，纳斯达克指数年内下跌超过百分之十二，市场担忧情绪升温。\n"
                "美股是世界两大泡沫之一，现在已到了挤泡沫的时候？\n跌麻了！美股创三年来最大跌幅\n"
                "外资狂买，华尔街巨头突然全面翻多",
                (
                    Expected("美股是世界两大泡沫之一，现在已到了挤泡沫的时候？", 2, 1, ""),
                    Expected("跌麻了！美股创三年来最大跌幅", 3, 1),
                    Expected("外资狂买，华尔街巨头突然全面翻多", 4, 1),
                ),
            ),
        ),
        good=(
            Example(
                "海事法院受理设立海事赔偿责任限制基金的申请后，应当在七日内向已知的利害关系人发出通知。\n"
                "通知和公告包括下列内容：\n"
                "申请人的名称和住所\n申请的事实和理由\n需要告知的其他事项"
            ),
        ),
        source=__name__,
    )
