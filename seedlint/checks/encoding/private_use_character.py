"""ENC006 private-use-character: private use."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_PRIVATE = regex.compile(r"[\uE000-\uF8FF\U000F0000-\U000FFFFD\U00100000-\U0010FFFD]+")


class PrivateUseCharacter:
    """ENC006: private-use code points: font-specific glyphs with no meaning outside one font."""

    meta = RuleMeta(
        code="ENC006",
        name="private-use-character",
        family="encoding",
        severity=Severity.WARNING,
        summary="Private-use characters (U+E000-U+F8FF, planes 15-16): icon-font glyphs or lost characters.",
        docs=(
            "Private-use code points mean something only to one font or one vendor: icon fonts on web "
            "pages, PDF extraction from embedded fonts, and GB18030 user-defined or (before GB18030-2022) "
            "unassigned codes all land there. In a corpus they are unreadable noise or characters whose "
            "identity was lost; no fix is possible without the source font."
        ),
        bad=(Example("点击\ue600下载文档", (Expected("\ue600", 1, 3),)),),
        good=(Example("点击下载文档 ★ ☆ © ™"),),
        source=__name__,
    )
    triggers = ("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        gb = doc.encoding.lower().startswith("gb")
        for start, text in checked_lines(doc, ctx):
            for m in _PRIVATE.finditer(text):
                points = " ".join(f"U+{ord(c):04X}" for c in m.group()[:8])
                note = " (GB18030 user-defined or unassigned code)" if gb else ""
                yield Hit(start + m.start(), start + m.end(), f"private-use character {points}{note}")
