"""ENC004 control-character: control characters."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines, in_utf8_mojibake
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_CONTROL = regex.compile(r"\x1B\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+|[\x80-\x9F]")


class ControlCharacter:
    """ENC004: C0/C1 control characters (other than tab and line breaks) in text."""

    meta = RuleMeta(
        code="ENC004",
        name="control-character",
        family="encoding",
        severity=Severity.ERROR,
        summary="C0/C1 control characters (not tab, LF, CR) or ANSI escape sequences in text.",
        docs=(
            "Control characters have no place in prose: NUL, form feeds and escape sequences come from "
            "binary junk, PDF extraction or terminal logs; C1 controls (U+0080-U+009F) are usually "
            "Windows-1252 punctuation decoded as Latin-1 (\\x93 for “). C0 controls and ANSI sequences "
            "are removed; a C1 control gets its Windows-1252 character as an unsafe fix. C1 controls "
            "inside UTF-8 mojibake are left to ENC001."
        ),
        bad=(
            Example("Hello\x00 world\x1b[31m red", (Expected("\x00", 1, 6, ""), Expected("\x1b[31m", 1, 13, ""))),
            Example("He said \x93yes\x94.", (Expected("\x93", 1, 9, "“"), Expected("\x94", 1, 13, "”"))),
        ),
        good=(
            Example("Tabs\tare fine.\r\nSo are line breaks.\nIt\u00e2\x80\x99s mojibake, not a control character.\n"),
        ),
        source=__name__,
    )
    triggers = (r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]", r"[\x80-\x9F]")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in checked_lines(doc, ctx):
            for m in _CONTROL.finditer(text):
                s, got = m.start(), m.group()
                if got[0] == "\x1b" and len(got) > 1:
                    yield Hit(start + s, start + m.end(), f"ANSI escape sequence {got[1:]!r}", fix="")
                elif "\x80" <= got <= "\x9f":
                    if in_utf8_mojibake(text, s):
                        continue  # part of UTF-8 mojibake: ENC001
                    try:
                        cp1252 = got.encode("latin-1").decode("cp1252")
                    except UnicodeDecodeError:
                        yield Hit(start + s, start + m.end(), f"C1 control character U+{ord(got):04X}", fix="")
                        continue
                    yield Hit(
                        start + s,
                        start + m.end(),
                        f"C1 control character U+{ord(got):04X}: Windows-1252 '{cp1252}' decoded as Latin-1",
                        fix=cp1252,
                        fix_safe=False,
                    )
                else:
                    yield Hit(
                        start + s,
                        start + m.end(),
                        f"control character {', '.join(f'U+{ord(c):04X}' for c in dict.fromkeys(got))}",
                        fix="",
                        fix_safe=not set(got) & {"\x0b", "\x0c"},
                    )
