"""ENC011 stripped-html-entity: an HTML character reference that lost its ampersand (#8212;, rsquo;)."""

from __future__ import annotations

import html
from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines, markup_guard
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# Named references that are not also words ("copy;", "amp;", "reg;" can be prose): the typographic
# ones an HTML editor writes for quotes, dashes, spaces and accented letters.
NAMED = (
    "nbsp", "quot", "mdash", "ndash", "rsquo", "lsquo", "ldquo", "rdquo", "sbquo", "bdquo", "hellip", "laquo",
    "raquo", "middot", "bull", "eacute", "aacute", "iacute", "oacute", "uacute", "ntilde", "uuml", "ouml",
    "auml", "egrave", "agrave", "ccedil", "iexcl", "iquest",
)  # fmt: skip
# Code points that HTML editors escape in running text: Latin-1 letters and signs, general punctuation
# (dashes, quotes, ellipsis, bullets) and €/™. An issue number ("#123; see") is not in these ranges.
_TYPOGRAPHIC = ((0xA0, 0xFF), (0x2010, 0x2044), (0x20AC, 0x20AC), (0x2122, 0x2122))
_STRIPPED = regex.compile(
    # a numeric one may follow a letter (l#8217;homme, it#8217;s), a named one may not (it would end a word)
    r"(?:(?<![&\p{N}#])#(?:(\d{3,5})|[xX]([0-9a-fA-F]{2,4}))|(?<![&\p{L}\p{N}#])(" + "|".join(NAMED) + r"));",
    regex.V1,
)
_MARKUP = markup_guard(words=("CSS",), others=(r"\{",))


def _typographic(number: int) -> bool:
    return any(lo <= number <= hi for lo, hi in _TYPOGRAPHIC)


class StrippedHtmlEntity:
    """ENC011: the remains of a character reference whose '&' an HTML cleaner removed."""

    meta = RuleMeta(
        code="ENC011",
        name="stripped-html-entity",
        family="encoding",
        severity=Severity.WARNING,
        summary="An HTML character reference that lost its '&' (#8212; for —, rsquo; for ’).",
        docs=(
            "A cleaner that strips '&' (or every '&…' it cannot resolve) from HTML leaves the rest of a "
            "character reference in the text: 'good #8212; and', 'it rsquo;s'. Numeric references are "
            "reported when they name a character HTML editors escape in running text (Latin-1 letters "
            "and signs, dashes, quotes, ellipsis, bullets, €, ™), so an issue number before a semicolon "
            "('#123;') is not; named ones only for typographic names that are not also words (nbsp, "
            "mdash, rsquo, eacute…, not 'copy' or 'amp'). Lines with markup or about HTML are skipped. "
            "The fix (unsafe: the cleaner may have dropped more than the '&') is the character."
        ),
        bad=(
            Example(
                "He was good #8212; and it rsquo;s true.",
                (Expected("#8212;", 1, 13, "—"), Expected("rsquo;", 1, 27, "’")),
            ),
        ),
        good=(
            Example("Fixed in #123; the next release follows. Make a copy; turn up the amp; mdash is a name."),
            Example("In HTML, &#8212; is written #8212; after the ampersand."),
        ),
        source=__name__,
    )
    triggers = (r"#[0-9]{3,5};", r"#[xX][0-9a-fA-F]{2,4};", r"(?:" + "|".join(NAMED) + r");")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in checked_lines(doc, ctx):
            if _MARKUP.search(text):
                continue
            for m in _STRIPPED.finditer(text, timeout=ctx.timeout):
                decimal, hexadecimal, name = m.groups()
                if name is None:
                    number = int(decimal) if decimal else int(hexadecimal, 16)
                    if not _typographic(number):
                        continue
                fixed = html.unescape("&" + m.group())
                yield Hit(
                    start + m.start(),
                    start + m.end(),
                    f"'{m.group()}' is the HTML reference for '{fixed}' without its '&'",
                    fix=fixed,
                    fix_safe=False,
                )
