"""SCRIPT102 conversion-artifact-probable: a probable word swap, gated on the certain ones."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.checks.scripts.conversion.analysis import CONVERSION, ConversionPack, pair_triggers, probable_hits
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@dataclass(frozen=True)
class GatedArtifact:
    """SCRIPT102: a probable swap, reported only when the document shows enough certain ones."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT102",
        name="conversion-artifact-probable",
        family="script",
        severity=Severity.WARNING,
        summary="A probable converter word swap (那么 for 则, 比方 for 比如) in a document with certain ones.",
        docs=(
            "Some swaps are undecidable in one sentence: 那么是 may be 则是, 比方说 may be 比如说, 假设 may "
            "be 如果, 根本的 may be 基本的. This rule reports such uses only when the same document already "
            "shows certain artifacts (SCRIPT101) — by default at least 3 certain markers of at least 2 "
            "different pairs, the pack's 'gate' — so a clean text that says 那么 or 比方说 is never flagged. "
            "Ordinary contexts (世界那么大, 打个比方, 局部地区) are never reported. The fix is unsafe: check it."
        ),
        languages=("zh",),
        bad=(
            Example(
                "可持续开展需要优质效劳和降低本钱。其背后那么是强大的组织，比方说清算。",
                (Expected("那么", 1, 21, "则"), Expected("比方", 1, 30, "比如")),
            ),
        ),
        good=(
            Example("其背后那么是强大的组织，比方说清算。世界那么大，我想去看看。"),
            Example("可持续开展需要优质效劳和降低本钱。世界那么大，打个比方，开展活动。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return pair_triggers(self.pack)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        return probable_hits(self.pack, doc, ctx, CONVERSION, "probable conversion artifact")
