"""SCRIPT105 spinner-swap-probable: a probable spinner swap, in a document that shows certain ones."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.checks.scripts.conversion.analysis import SPINNING, ConversionPack, pair_triggers, probable_hits
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@dataclass(frozen=True)
class ProbableSpinnerSwap:
    """SCRIPT105: a context-dependent spinner swap (熟识, 阅历, 把握), reported behind the document gate."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT105",
        name="spinner-swap-probable",
        family="script",
        severity=Severity.WARNING,
        summary="A probable spinner swap (熟识 for 熟悉, 阅历 for 经验) in a document with certain ones.",
        docs=(
            "Many spinner swaps are real words used in their own sense elsewhere: 熟识 (know a person) for "
            "熟悉, 阅历 for 经验, 把握 for 掌握, 供应 for 提供, 医治 for 治疗, 学问 for 知识. One sentence "
            "cannot tell them apart, so this rule reports them only in a document that already shows certain "
            "word swaps (SCRIPT104 or SCRIPT101: by default at least 3 certain markers of at least 2 different "
            "pairs, the pack's 'gate'); a clean text that says 熟识 or 医治 is never flagged, and ordinary "
            "contexts (相互熟识, 人生阅历, 把握机会) are never reported. The fix is unsafe: check it. Pairs and "
            "sources as for SCRIPT104 (rules/scripts/conversion.spinner.zh.yaml)."
        ),
        languages=("zh",),
        bad=(
            Example(
                "应只管即便少去公开场合，良多患者不克不及坚持。他很熟识这一带，积累了阅历。",
                (Expected("熟识", 1, 26, "熟悉"), Expected("阅历", 1, 35, "经验")),
            ),
        ),
        good=(
            Example("他很熟识这一带，积累了阅历，可以医治慢性病。"),
            Example("应只管即便少去公开场合，良多患者不克不及坚持。我们彼此熟识，他的人生阅历丰富。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return pair_triggers(self.pack)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        return probable_hits(self.pack, doc, ctx, SPINNING, "probable synonym-spinning swap")
