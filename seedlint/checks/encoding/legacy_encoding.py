"""ENC009 legacy-encoding: legacy or mismatched encoding."""

from __future__ import annotations

import codecs
from collections.abc import Iterator

import regex

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_DECLARATION = regex.compile(r"""(?i)(?:charset|encoding)\s*=\s*["']?([A-Za-z][A-Za-z0-9_.:-]{1,30})""")
_GB = {"gb2312", "gbk", "gb18030", "hz"}


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class LegacyEncoding:
    """ENC009: the file is not UTF-8 (detected legacy encoding) or declares an encoding it is not in."""

    meta = RuleMeta(
        code="ENC009",
        name="legacy-encoding",
        family="encoding",
        severity=Severity.INFO,
        summary="The file was decoded from a legacy encoding (GB18030, cp1252…), or declares another charset.",
        docs=(
            "A corpus should be UTF-8. When a file is not, seedlint guesses its encoding (GB18030, Big5, "
            "Windows-1252…) and decodes it; this note, at 1:1, says which encoding was used, because a "
            "wrong guess garbles the whole file and other tools will read the bytes differently. It also "
            "reports an HTML/XML charset declaration that disagrees with how the bytes actually decode."
        ),
        bad=(Example('<meta charset="gb2312">\n<p>正文</p>', (Expected("gb2312", 1, 16),)),),
        good=(Example('<meta charset="utf-8">\n<p>正文</p>\n'), Example("Plain text with no declaration.")),
        source=__name__,
    )
    triggers: tuple[str, ...] = ()  # whole-document, cheap: a flag and the first 4 KB

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if doc.detected or doc.encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
            end = 1 if doc.text and doc.text[0] not in "\r\n" else 0
            how = "detected, not declared" if doc.detected else "declared by its byte-order mark"
            yield Hit(0, end, f"decoded as {doc.encoding} ({how}), not UTF-8: convert the file to UTF-8")
        head = doc.text[:4096]
        if "charset" not in head.lower() and "encoding" not in head.lower():
            return
        actual = _codec(doc.encoding)
        for m in _DECLARATION.finditer(head):
            declared = _codec(m.group(1))
            if declared is None or actual is None or declared == actual:
                continue
            if (declared in _GB and actual in _GB) or (declared == "ascii" and actual == "utf-8"):
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                f"the text declares charset {m.group(1)} but its bytes decode as {doc.encoding}",
            )
