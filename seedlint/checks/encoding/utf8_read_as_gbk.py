"""ENC002 utf8-read-as-gbk: UTF-8 read as GBK."""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterator
from functools import cache

import regex

from seedlint.checks.encoding.analysis import checked_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta


@cache
def _gbk_lead_class() -> str:
    """Characters GBK makes of a UTF-8 CJK lead byte and its first continuation byte (发 → 鍙)."""
    points: set[int] = set()
    for b1 in [*range(0xE3, 0xEA), 0xEF]:
        for b2 in range(0x80, 0xC0):
            with contextlib.suppress(UnicodeDecodeError):
                points.add(ord(bytes((b1, b2)).decode("gbk")))
    ranges: list[tuple[int, int]] = []
    for p in sorted(points):
        if ranges and p == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], p)
        else:
            ranges.append((p, p))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


@cache
def _gbk_lead() -> regex.Pattern[str]:
    return regex.compile(f"[{_gbk_lead_class()}]")


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7F\s\uFFFD]{2,}")
_CJK = regex.compile(r"[\p{Han}\u3000-\u303F\uFF00-\uFFEF]")
_UTF8_CJK = re.compile(rb"(?:[\xE2-\xEF][\x80-\xBF]{2}|[\xC2-\xDF][\x80-\xBF])+")


def _gbk_segments(run: str) -> Iterator[tuple[int, int, str]]:
    """Sub-runs of ``run`` whose GB18030 bytes are valid multi-byte UTF-8: (start, end, decoded)."""
    data = run.encode("gb18030")
    offsets = [0]
    for c in run:
        offsets.append(offsets[-1] + len(c.encode("gb18030")))
    i = 0
    while i < len(run):
        m = _UTF8_CJK.match(data, offsets[i])
        j = bisect.bisect_right(offsets, m.end()) - 1 if m else i
        if j >= i + 2:
            yield i, j, data[offsets[i] : offsets[j]].decode("utf-8", "replace")
            i = j
        else:
            i += 1


class Utf8ReadAsGbk:
    """ENC002: Chinese UTF-8 text decoded as GBK (发布 → 鍙戝竷)."""

    meta = RuleMeta(
        code="ENC002",
        name="utf8-read-as-gbk",
        family="encoding",
        severity=Severity.ERROR,
        summary="Chinese mojibake: UTF-8 text decoded as GBK/GB18030 (发布新闻 → 鍙戝竷鏂伴椈).",
        docs=(
            "Finds runs of rare Chinese characters that are really UTF-8 bytes decoded as GBK, the most "
            "common Chinese 乱码 (发布 → 鍙戝竷). A run is reported only when its GB18030 bytes are valid "
            "UTF-8 that decodes to Chinese, which ordinary Chinese text never is; the fix is that text. "
            "ftfy does not handle GBK mojibake, so nothing else catches it."
        ),
        bad=(Example("标题：鍙戝竷鏂伴椈", (Expected("鍙戝竷鏂伴椈", 1, 4, "发布新闻"),)),),
        good=(Example("涓涓细流汇成江海，浣熊在鏖战中逃走，鍪和銮都是生僻字，迷惘的人憧憬未来。"),),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        lead = f"[{_gbk_lead_class()}]"
        return (f"{lead}[^\\s\\x00-\\x7F]{{2}}{lead}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lead = _gbk_lead()
        for start, text in checked_lines(doc, ctx):
            for m in _NON_ASCII_RUN.finditer(text):
                if len(lead.findall(m.group())) < 2:
                    continue
                for i, j, decoded in _gbk_segments(m.group()):
                    cjk = len(_CJK.findall(decoded))
                    if cjk < 2 or cjk * 2 < len(decoded) or len(lead.findall(m.group()[i:j])) < 2:
                        continue
                    yield Hit(
                        start + m.start() + i,
                        start + m.start() + j,
                        f"mojibake: '{m.group()[i:j]}' is UTF-8 decoded as GBK; it reads '{decoded}'",
                        fix=decoded,
                        fix_safe="\ufffd" not in decoded,
                    )
