"""ENC001 mojibake: mojibake."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.encoding.analysis import checked_lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# the characters Windows-1252 puts at 0x80-0x9F (literal: trigger syntax must suit Hyperscan and `regex`)
_CP1252_HIGH = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_SPACE = regex.compile(r"\s")


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the whitespace-delimited token(s) around it."""
    while start > 0 and not _SPACE.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _SPACE.match(text[end]):
        end += 1
    return start, end


def _narrow(old: str, new: str) -> tuple[int, int, str]:
    """The smallest ``old[a:b]`` whose replacement turns ``old`` into ``new``."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    b = 0
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    return a, len(old) - b, new[a : len(new) - b]


class Mojibake:
    """ENC001: text decoded with the wrong encoding (UTF-8 read as Windows-1252: café → cafÃ©)."""

    meta = RuleMeta(
        code="ENC001",
        name="mojibake",
        family="encoding",
        severity=Severity.ERROR,
        summary="Mojibake: UTF-8 text decoded as Windows-1252/Latin-1 (cafÃ©, Itâ€™s).",
        docs=(
            "Finds characters that were encoded as UTF-8 and decoded as Windows-1252, Latin-1 or a "
            "similar single-byte encoding somewhere upstream: é becomes Ã©, ’ becomes â€™. Detection is "
            "ftfy's badness measure (located, zero on clean text), run only on lines holding a Latin-1 "
            "lead character followed by a continuation-range character. The fix, when ftfy can undo the "
            "damage inside the token, is ftfy.fix_encoding of that token only: ftfy.fix_text is never "
            "used, since it rewrites Chinese ，and ：."
        ),
        bad=(
            Example("Un cafÃ© con leche.", (Expected("Ã©", 1, 7, "é"),)),
            Example("Itâ€™s fine.\n北京 naÃ¯ve", (Expected("â€™", 1, 3, "’"), Expected("Ã¯", 2, 6, "ï"))),
        ),
        good=(
            Example("It’s a test — ok: €5, £3 and 5 °C. ¿Qué tal? ¡Sí! Pingüino, niño, São Paulo, 1.º; un café… y ya."),
            Example("北京，上海：“你好”。👩\u200d💻 works in Zürich, at André’s."),
        ),
        source=__name__,
    )
    triggers = (rf"[\xC0-\xFF][\x80-\xBF{_CP1252_HIGH}]", r"Ã\s", r"â€", r"‚Ä", r"ΓÇ")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        from ftfy import fix_encoding_and_explain
        from ftfy.badness import BADNESS_RE, badness

        for start, text in checked_lines(doc, ctx):
            tokens: list[tuple[int, int]] = []
            for m in BADNESS_RE.finditer(text):
                a, b = _token(text, m.start(), m.end())
                if tokens and a <= tokens[-1][1]:
                    tokens[-1] = (tokens[-1][0], max(b, tokens[-1][1]))
                else:
                    tokens.append((a, b))
            for a, b in tokens:
                token = text[a:b]
                fixed, steps = fix_encoding_and_explain(token)
                steps = steps or []
                if fixed != token and badness(fixed) < badness(token):
                    s, e, repl = _narrow(token, fixed)
                    if not repl and e < len(token):  # Â§ → §: show the character that stays
                        e += 1
                        repl = fixed[s : len(fixed) - (len(token) - e)]
                    how = " then ".join(f"{op} {arg}" for op, arg in steps if op in ("encode", "decode"))
                    yield Hit(
                        start + a + s,
                        start + a + e,
                        f"mojibake: '{token[s:e]}' is '{repl}' decoded with the wrong encoding ({how})",
                        fix=repl,
                        fix_safe=badness(fixed) == 0 and "\ufffd" not in token + fixed,
                    )
                else:
                    for m in BADNESS_RE.finditer(token):
                        yield Hit(start + a + m.start(), start + a + m.end(), f"mojibake: '{m.group()}'")
