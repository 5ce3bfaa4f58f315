"""ENC008 escaped-unicode: escaped Unicode in prose."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_ESCAPES = regex.compile(r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2})+")
_ESCAPE = regex.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2})")
_CODE_LINE = regex.compile(
    r"""(?:\b(?:print|printf|echo|return|var|let|const|def|import|escape|unicode|encoding|decode|encode|json|regex)\b"""
    r"""|\w\(|console\.|["'`]\\|`|[{};]\s*$|=|[A-Za-z]:\\|\\\\|\butf-?8\b|code ?point|转义|编码|码点)""",
    regex.IGNORECASE,
)
_LETTERS = regex.compile(r"\p{L}{2}")
_QUOTED_ESCAPE = regex.compile(r"""(['"])[^'"\n]{0,40}\\[uUx][0-9a-fA-F]{2}[^'"\n]{0,40}\1""")


def _unescape(run: str) -> tuple[str, bool] | None:
    """Decode a run of escapes; (text, exact) or None when it does not decode to text."""
    units = [m.group(1) for m in _ESCAPE.finditer(run)]
    if all(u[0] in "uU" for u in units):
        raw = "".join(chr(int(u[1:], 16)) for u in units)
        try:
            text = raw.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except UnicodeDecodeError:
            return None
        exact = True
    elif all(u[0] == "x" for u in units):
        data = bytes(int(u[1:], 16) for u in units)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
        exact = False
    else:
        return None
    if not text or any(unicodedata.category(c) in ("Cc", "Cs", "Cn") or c == "\ufffd" for c in text):
        return None
    return text, exact


class EscapedUnicode:
    """ENC008: literal ``\\u00e9`` / ``\\xc3\\xa9`` escapes left in prose by a bad serialiser."""

    meta = RuleMeta(
        code="ENC008",
        name="escaped-unicode",
        family="encoding",
        severity=Severity.WARNING,
        summary="Literal Unicode escapes (caf\\u00e9, \\xe4\\xb8\\xad) in prose instead of the characters.",
        docs=(
            "Text serialised twice (JSON inside JSON, repr() of a string, a Python 2 byte string) keeps "
            "its escapes: caf\\u00e9, \\u4e2d\\u6587, \\xe4\\xb8\\xad. bicleaner flags [\\\\][xu][0-9a-f]{2,} "
            "for the same reason. Lines that look like code or that talk about escapes are skipped. The "
            "fix decodes the escapes (\\u exactly; \\x bytes as UTF-8, else Windows-1252, as unsafe)."
        ),
        bad=(
            Example("Un caf\\u00e9 con leche.", (Expected("\\u00e9", 1, 7, "é"),)),
            Example(
                "标题 \\u4e2d\\u6587 新闻 and \\xe4\\xb8\\xad text",
                (Expected("\\u4e2d\\u6587", 1, 4, "中文"), Expected("\\xe4\\xb8\\xad", 1, 24, "中")),
            ),
        ),
        good=(
            Example('In Python, print("caf\\u00e9") writes the escape \\u00e9 as é.'),
            Example("The file is in C:\\xampp\\htdocs and D:\\x64\\bin."),
        ),
        source=__name__,
    )
    triggers = (r"\\[uU][0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in checked_lines(doc, ctx):
            if (
                _CODE_LINE.search(text, timeout=ctx.timeout)
                or _QUOTED_ESCAPE.search(text, timeout=ctx.timeout)
                or not _LETTERS.search(_ESCAPES.sub(" ", text))
            ):
                continue
            for m in _ESCAPES.finditer(text):
                decoded = _unescape(m.group())
                if decoded is None:
                    continue
                fixed, exact = decoded
                yield Hit(
                    start + m.start(),
                    start + m.end(),
                    f"escaped Unicode '{m.group()}' in text: it stands for '{fixed}'",
                    fix=fixed,
                    fix_safe=exact,
                )
