"""ENC010 html-entity: HTML entities."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines, markup_guard
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_ENTITY = regex.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = markup_guard(others=("实体", "转义"))


class HtmlEntity:
    """ENC010: HTML character references left in extracted text (&amp; &nbsp; &#8217;)."""

    meta = RuleMeta(
        code="ENC010",
        name="html-entity",
        family="encoding",
        severity=Severity.WARNING,
        summary="HTML character references (&amp;, &nbsp;, &#8217;) left unescaped in extracted text.",
        docs=(
            "Text extracted from HTML without unescaping, or escaped twice, keeps character references: "
            "AT&amp;T, l&#8217;homme, 5&nbsp;km, &amp;quot;. Only references HTML5 defines are reported, "
            "and lines that contain markup or talk about HTML are skipped. The fix is html.unescape of "
            "the reference."
        ),
        bad=(
            Example(
                "AT&amp;T and l&#8217;homme, 5&nbsp;km.",
                (Expected("&amp;", 1, 3, "&"), Expected("&#8217;", 1, 15, "’"), Expected("&nbsp;", 1, 30, "\u00a0")),
            ),
        ),
        good=(
            Example("AT&T and Johnson & Johnson; R&D; Q&A; black&white; &notanentity;"),
            Example("In HTML, write &amp; for an ampersand."),
        ),
        source=__name__,
    )
    triggers = (r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        from html.entities import html5

        for start, text in checked_lines(doc, ctx):
            if _MARKUP.search(text):
                continue
            for m in _ENTITY.finditer(text):
                ref = m.group()
                if ref[1] != "#" and ref[1:] not in html5:
                    continue
                fixed = html.unescape(ref)
                if fixed == ref or any(unicodedata.category(c) in ("Cc", "Cs", "Cn") for c in fixed):
                    continue
                yield Hit(
                    start + m.start(), start + m.end(), f"HTML character reference '{ref}' for '{fixed}'", fix=fixed
                )
