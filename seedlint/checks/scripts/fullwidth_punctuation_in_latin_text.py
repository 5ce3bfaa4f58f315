"""SCRIPT012: full-width ，：；？！（） inside English or Spanish sentences."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import CJK_CLASS, FAMILY, T_LATIN, is_cjk, language, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

HALF = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}
# after a Latin letter or digit, before a blank, a Latin letter or digit, an opening quote or the end
_MARK = regex.compile(
    r"(?<=[\p{Latin}\p{N}]|[\p{Latin}\p{N}.!?][»”’)\]\"'])[，：；？！](?=[\s\p{Latin}\p{N}\"'“‘«¿¡]|$)"
)
# full-width brackets around Latin text with no CJK inside
_PARENS = regex.compile(rf"（(?![^（）\n]*[{CJK_CLASS}])([^（）\n]*[\p{{Latin}}\p{{N}}][^（）\n]*)）")
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")

META = RuleMeta(
    code="SCRIPT012",
    name="fullwidth-punctuation-in-latin-text",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="Full-width ，：；？！（） inside an English or Spanish sentence, where , : ; ? ! ( ) belong.",
    docs=(
        "Finds Chinese full-width punctuation left inside English or Spanish sentences (the bank，and / "
        "Note：the / Alipay（Ant Financial）) by a translator that kept the source's marks. They render "
        "with extra width, defeat sentence splitting and tokenisation, and teach a model that such marks "
        "belong in English. A mark next to Chinese characters (a quoted name: Jack Ma（马云）, 马云：) is left "
        "alone. The fix is the ASCII mark, followed by a space when a word follows directly."
    ),
    languages=("en", "es"),
    bad=(
        Example(
            "The bank approved the plan，and Alipay started the service in 2004.",
            (Expected("，", 1, 27, ", "),),
        ),
        Example("Lo llamó «el mejor año»，declaró el ministro.", (Expected("，", 1, 24, ", "),)),
        Example(
            "La empresa matriz（Ant Financial）opera Alipay.",
            (Expected("（", 1, 18, " ("), Expected("）", 1, 32, ") ")),
        ),
    ),
    good=(
        Example("Jack Ma（马云）said: “If the bank does not change, we change the bank.”"),
        Example("El fundador Jack Ma，马云：«Si el banco no cambia, cambiaremos el banco»."),
    ),
    source=__name__,
)


class FullwidthPunctuationInLatinText:
    meta = META
    # each a superset of one way _MARK or _PARENS matches (a mark after a closing quote: año»，declaró)
    triggers = (f"[{T_LATIN}0-9][，：；？！（）]", r"[ \t]（", f"[{T_LATIN}0-9.!?][»”’)\\]\"'][，：；？！]")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            hits = list(self._line_hits(line.start, line.text, ctx.timeout))
            if hits and language(doc, line) in META.languages:
                yield from hits

    def _line_hits(self, base: int, text: str, timeout: float) -> Iterator[Hit]:
        for m in _PARENS.finditer(text, timeout=timeout):
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            if is_cjk(before) or is_cjk(after):
                continue
            open_fix = " (" if before and _WORDLIKE.match(before) else "("
            close_fix = ") " if after and _WORDLIKE.match(after) else ")"
            yield self._hit(base + m.start(), "（", open_fix)
            yield self._hit(base + m.end() - 1, "）", close_fix)
        for m in _MARK.finditer(text, timeout=timeout):
            i = m.start()
            after = text[i + 1 : i + 2]
            space = bool(after) and (_WORDLIKE.match(after) is not None or after in "“‘«¿¡")
            yield self._hit(base + i, m.group(), HALF[m.group()] + (" " if space else ""))

    @staticmethod
    def _hit(offset: int, mark: str, fix: str) -> Hit:
        return Hit(offset, offset + 1, f"full-width '{mark}' in a Latin-script sentence, use '{HALF[mark]}'", fix)
