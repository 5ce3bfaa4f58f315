"""ENC007 surrogate-code-point: surrogates."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_SURROGATE = regex.compile(r"[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]")
_ANY_SURROGATE = regex.compile(r"[\uD800-\uDFFF]")


class LoneSurrogate:
    """ENC007: surrogate code points in decoded text (CESU-8, bad JSON, surrogateescape)."""

    meta = RuleMeta(
        code="ENC007",
        name="surrogate-code-point",
        family="encoding",
        severity=Severity.ERROR,
        summary="UTF-16 surrogate code points in text: a bad decode (CESU-8, broken JSON escapes).",
        docs=(
            "Surrogates (U+D800-U+DFFF) are halves of UTF-16 pairs and are not characters: text that holds "
            "them was decoded from CESU-8, from JSON with split \\ud83d\\ude00 escapes, or with "
            "surrogateescape. Most tools crash on them. A high+low pair is fixed to the character it "
            "encodes; a lone surrogate has no fix."
        ),
        bad=(
            Example(
                "smile \ud83d\ude00 and \udc80 end", (Expected("\ud83d\ude00", 1, 7, "😀"), Expected("\udc80", 1, 14))
            ),
        ),
        good=(Example("smile 😀 end"),),
        source=__name__,
    )
    triggers: tuple[str, ...] = ()  # Hyperscan cannot express surrogates: one C-speed search per document

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not _ANY_SURROGATE.search(doc.text):
            return
        for m in _SURROGATE.finditer(doc.text):
            got = m.group()
            if len(got) == 2:
                fixed = got.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
                yield Hit(m.start(), m.end(), f"surrogate pair for '{fixed}' (U+{ord(fixed):X})", fix=fixed)
            else:
                yield Hit(m.start(), m.end(), f"lone surrogate U+{ord(got):04X}: the original character is lost")
