"""SCRIPT104 spinner-swap: a word a synonym spinner swapped, in a context where the original is certain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.checks.scripts.conversion.analysis import SPINNING, ConversionPack, certain_hits, pair_triggers
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@dataclass(frozen=True)
class SpinnerSwap:
    """SCRIPT104: a spun word where the original word is certain (不克不及, 只管即便, 相干医院)."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT104",
        name="spinner-swap",
        family="script",
        severity=Severity.ERROR,
        summary="A word a synonym spinner (伪原创) swapped where the original is certain (不克不及, 只管即便).",
        docs=(
            "Synonym spinners (伪原创 tools) replace the words of a copied text with 'synonyms' from a fixed "
            "dictionary so that duplicate detection misses it; document-sharing sites run similar "
            "substitution tables. The output keeps the sentence and breaks the words: 不能 becomes 不克不及, "
            "尽量 只管即便, 通过 经由过程, 介绍 先容, 希望 希翼, 许多 良多 (良多患者), 相关 相干 (相干医院), "
            "主要 its antonym 次要 (次要是). This rule reports the spun forms that no modern text writes and "
            "the swaps that are certain in their collocation, with the original word as a safe fix. The "
            "pairs are in rules/scripts/conversion.spinner.zh.yaml, each with its source: the pairs named in "
            "seedlint issue 13, the output of one widespread spinner dictionary attested in public spun pages "
            "mirrored in public GitHub repositories, and the antonym swaps the same dictionaries make. Every "
            "certain context was checked against 1 MB of clean Chinese (laws). SCRIPT101 reports the "
            "converter family (效劳, 开展), SCRIPT105 the spinner swaps that need a document gate."
        ),
        languages=("zh",),
        bad=(
            Example(
                "慢性支气管炎患者应只管即便少烟少酒，单纯抗生素并不克不及到达医治的作用。",
                (Expected("只管即便", 1, 10, "尽量"), Expected("不克不及", 1, 25, "不能")),
            ),
            Example(
                "所以良多患者可及时到相干医院救治，它次要是起镇咳作用。",
                (Expected("良多", 1, 3, "许多"), Expected("相干", 1, 11, "相关"), Expected("次要", 1, 19, "主要")),
            ),
        ),
        good=(
            Example("这次讲座让我获益良多，此事与我毫不相干，其次要是天气不好，次要矛盾已经解决。"),
            Example("他尽量少去公开场合，这不能说明问题，首先容易忽略的是相关医院的意见。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return pair_triggers(self.pack)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        return certain_hits(self.pack, doc, ctx, SPINNING, "synonym-spinning swap")
