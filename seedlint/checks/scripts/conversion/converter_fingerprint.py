"""SCRIPT103 converter-fingerprint: character-level converter damage that is never correct."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.scripts.conversion.analysis import (
    ConversionPack,
)
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@dataclass(frozen=True)
class ConverterFingerprint:
    """SCRIPT103: character-level converter damage that is never correct (什幺, 被髮明)."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT103",
        name="converter-fingerprint",
        family="script",
        severity=Severity.ERROR,
        summary="A character mis-converted by a Traditional/Simplified converter (什幺, 被髮明, 展示瞭如何).",
        docs=(
            "Character converters break a few words in fixed ways: OpenCC's tw2s chain maps 么 to 幺, so "
            "什么/那么 come out as 什幺/那幺 (OpenCC #1469); its s2t phrase matching turns 被发明 into 被髮明 "
            "and 展示了如何 into 展示瞭如何 across a word boundary (OpenCC #1497). These strings are never "
            "correct, mark the whole document as converted, and the fix is certain."
        ),
        languages=("zh",),
        bad=(
            Example("你在说什幺？那幺多人都来了。", (Expected("幺", 1, 5, "么"), Expected("幺", 1, 8, "么"))),
            Example(
                "電話被髮明之後，這本書展示瞭如何使用。", (Expected("髮", 1, 4, "發"), Expected("瞭", 1, 14, "了"))
            ),
        ),
        good=(Example("她是家里的幺妹，头发很长，一目了然，明瞭如何操作。"),),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return tuple(regex.escape(f.literal) for f in self.pack.fingerprints)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in ctx.lines or ():
            line = doc.line_span(index)
            for fp in self.pack.fingerprints:
                for m in fp.pattern.finditer(line.text, timeout=ctx.timeout):
                    if m.end() > m.start():
                        yield Hit(
                            line.start + m.start(),
                            line.start + m.end(),
                            f"converter damage: '{m.group()}' should be '{fp.fix}' ({fp.note}; {fp.source})",
                            fix=fp.fix,
                        )
