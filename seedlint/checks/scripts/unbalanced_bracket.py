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
            "segmentation and translation that cut an aside in two. Not reported: list markers (1), a), iv)), "
            "emoticons (:)) and half-open intervals ([0, 1))."
        ),
        bad=(
            Example("Alipay (launched in 2004 was spun off from Taobao.", (Expected("(", 1, 8),)),
            Example("支付宝（Alipay)是蚂蚁金服旗下的支付平台。", (Expected(")", 1, 11, "）"),)),
        ),
        good=(
            Example("Options: a) pay online, b) pay on delivery :) and the range [0, 1) of the model."),
            Example("《蚂蚁金服》一书（2017年出版）记录了【余额宝】的诞生。"),
        ),
        source=__name__,
    )
