"""ENC003 replacement-character: replacement characters."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_REPLACEMENT = regex.compile(r"\uFFFD+|(?:锟斤拷)+")


class ReplacementCharacter:
    """ENC003: U+FFFD (or 锟斤拷, its GBK ghost) where a decoder gave up: the original is lost."""

    meta = RuleMeta(
        code="ENC003",
        name="replacement-character",
        family="encoding",
        severity=Severity.ERROR,
        summary="U+FFFD replacement characters (or 锟斤拷): bytes a decoder could not read.",
        docs=(
            "U+FFFD is what a decoder writes for bytes it cannot decode; 锟斤拷 is a pair of U+FFFD encoded "
            "as UTF-8 and read back as GBK. Either way the original characters are gone and no fix is "
            "possible: the passage should be re-fetched or dropped, not learned."
        ),
        bad=(
            Example("Precio: 20 \ufffd por persona.", (Expected("\ufffd", 1, 12),)),
            Example("文件名锟斤拷锟斤拷.doc", (Expected("锟斤拷锟斤拷", 1, 4),)),
        ),
        good=(Example("Precio: 20 € por persona. 斤两要称准。"),),
        source=__name__,
    )
    triggers = ("\ufffd", "锟斤拷")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in checked_lines(doc, ctx):
            for m in _REPLACEMENT.finditer(text):
                what = "U+FFFD replacement character" if m.group()[0] == "\ufffd" else "锟斤拷 (U+FFFD read as GBK)"
                yield Hit(start + m.start(), start + m.end(), f"{what} x{len(m.group())}: the original text is lost")
