"""SCRIPT101 conversion-artifact: a swapped word in a context where the original word is certain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.checks.scripts.conversion.analysis import CONVERSION, ConversionPack, certain_hits, pair_triggers
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@dataclass(frozen=True)
class CertainArtifact:
    """SCRIPT101: a swapped word in a context where the original word is certain."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT101",
        name="conversion-artifact",
        family="script",
        severity=Severity.ERROR,
        summary="A word swapped by a Chinese word-level converter, in a context where it is certainly wrong.",
        docs=(
            "Chinese documents run through a word-level Traditional/Simplified converter (one that also "
            "'converts vocabulary') or a synonym spinner (伪原创) come back with wrong words: 效劳 for 服务, "
            "开展 for 发展, 本钱 for 成本, 根底 for 基础, 局部 for 部分, 原那么 for 原则. Each is a real word "
            "somewhere (开展活动, 局部地区), so this rule reports only contexts where it is certainly wrong "
            "(可持续开展, 优质效劳, 降低本钱, 根底设施, 大局部), from the pair pack rules/scripts/conversion.zh.yaml, "
            "and gives the original word. High-confidence pairs are errors, medium ones warnings. A model "
            "trained on such text learns the wrong collocations."
        ),
        languages=("zh",),
        bad=(
            Example(
                "我们致力于经济的可持续开展，为客户提供优质效劳。",
                (Expected("开展", 1, 12, "发展"), Expected("效劳", 1, 22, "服务")),
            ),
            Example(
                "坚持这一原那么，夯实根底设施建设。", (Expected("那么", 1, 6, "则"), Expected("根底", 1, 11, "基础"))
            ),
            Example(
                "大局部企业降低本钱的努力都是整体的以局部。",
                (Expected("局部", 1, 2, "部分"), Expected("本钱", 1, 8, "成本"), Expected("以局部", 1, 18, "一部分")),
            ),
        ),
        good=(
            Example("学校开展活动，同学们参加会议后到达北京。局部地区有雨，那么我们改天再去。"),
            Example("年轻就是本钱，他的国学根底很深，愿为国家效劳。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return pair_triggers(self.pack)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        return certain_hits(self.pack, doc, ctx, CONVERSION, "conversion artifact")
