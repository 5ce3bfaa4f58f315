"""SCRIPT015 unbalanced-bracket: a bracket without its partner in the paragraph."""

from __future__ import annotations

from seedlint.checks.scripts.analysis import BRACKET_CHARS, FAMILY, PairRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class UnbalancedBracket(PairRule):
    kinds = ("bracket",)
    triggers = (f"[{BRACKET_CHARS}]",)
    meta = RuleMeta(
        code="SCRIPT015",
        name="unbalanced-bracket",
        family=FAMILY,
        severity=Severity.WARNING,
        summary="A bracket that is never closed, closes nothing, or is closed by the other width ( （…) ).",
        docs=(
            "Pairs the brackets of each paragraph — ( ) [ ] （ ） 【 】 《 》 〈 〉 〔 〕 — and reports an opening "
            "bracket that is never closed, a closing one that closes nothing, and a full-width bracket closed "
            "by a half-width one or the reverse (fixed to match the opening bracket). Such leftovers come from "
            "segmentation and translation that cut an aside in two. A bracket left open at the end of a "
            "paragraph that stops mid-sentence (a title in 《》 broken over lines, a list) may close in the "
            "following paragraphs. Not reported: list markers (1), a), iv), 一）), emoticons (:) :( ;-)), "
            "half-open intervals ([0, 1)), and a bracket that closes the last line of a block of lines that "
            "are not sentences (a law's enactment history under its title: its opening bracket stood before "
            "the block). A line of nothing but brackets (a table border, ASCII art) gets at most 50 findings, the "
            "last of them saying how many more there are."
        ),
        bad=(
            Example("Alipay (launched in 2004 was spun off from Taobao.", (Expected("(", 1, 8),)),
            Example("支付宝（Alipay)是蚂蚁金服旗下的支付平台。", (Expected(")", 1, 11, "）"),)),
            Example("第一条 本办法由财政部负责解释。\n\n2011年1月8日 修订）", (Expected("）", 3, 13),)),
        ),
        good=(
            Example("Options: a) pay online, b) pay on delivery :) and the range [0, 1) of the model."),
            Example("《蚂蚁金服》一书（2017年出版）记录了【余额宝】的诞生。"),
            Example("某某管理条例\n\n2001年1月1日 国务院令第1号公布\n\n2011年1月8日 国务院决定修订）\n\n第一章 总则"),
            Example("常委会《关于修改〈甲条例〉\n\n〈乙条例〉的决定》修正。一）第一项；二）第二项。Lo siento :("),
        ),
        source=__name__,
    )
