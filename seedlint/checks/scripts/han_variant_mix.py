"""SCRIPT030: Traditional characters in Simplified Chinese text, or Simplified ones in Traditional text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, language, lines
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: Quotations, titles and bracketed asides: a name or a quotation may keep its own script.
_PROTECTED = regex.compile(
    r"《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|“[^”〞\n]*[”〞]|〝[^〞〟\n]*[〞〟]|\"[^\"\n]*\"|（[^）\n]*）|\([^)\n]*\)|【[^】\n]*】"
)
MIN_MAJORITY = 8  # characters of the dominant variant before the minority is judged
MAX_MINORITY_SHARE = 0.25  # above this the text is mixed on purpose (bilingual, quoted), not stray

META = RuleMeta(
    code="SCRIPT030",
    name="han-variant-mix",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A Traditional character in Simplified Chinese text (or the reverse) outside names and quotations.",
    docs=(
        "Finds characters that belong only to the other Chinese writing standard: a Traditional-only "
        "character (們, 這, 發) in a document written in Simplified Chinese, or a Simplified-only one (们, "
        "这) in a Traditional document. Partial conversion, copy-paste from another site and OCR leave them "
        "behind; search and deduplication then miss the word. The document's standard is decided by counting "
        "both kinds of characters (from a table of common pairs drawn from OpenCC's character tables); the "
        "minority is reported only when it is rare, outside quotation marks, book-title marks and brackets "
        "(where names and quotations keep their own form), and outside paragraphs written in the other "
        "standard. The fix to Simplified is certain; the fix to Traditional is offered only when the table "
        "has one Traditional form, and only with --unsafe-fixes."
    ),
    languages=("zh",),
    bad=(
        Example(
            "我们这个公司的发展很快，但是現在的市场变化很大，这对我们来说是一个新的问题。",
            (Expected("現", 1, 15, "现"),),
        ),
    ),
    good=(
        Example("我们这个公司的发展很快，正如《紅樓夢》里说的，这对我们来说是一个新的问题，也是“與時俱進”。"),
        Example("這個問題我們已經討論過很多次了，大家對這個結果都很滿意，希望這樣的會議繼續開下去。"),
    ),
    source=__name__,
)


class HanVariantMix:
    meta = META

    def __init__(self, data: ScriptData) -> None:
        self._to_simp = data.trad_to_simp
        self._to_trad = data.simp_to_trad
        self._trad = regex.compile("[" + "".join(sorted(data.trad_to_simp)) + "]")
        self._simp = regex.compile("[" + "".join(sorted(data.simp_to_trad)) + "]")
        chars = "".join(sorted(data.trad_to_simp))
        # several short classes: the scanner compiles short literal classes fastest
        self.triggers = tuple(f"[{chars[i : i + 200]}]" for i in range(0, len(chars), 200))

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        trad = sum(1 for _ in self._trad.finditer(doc.text, timeout=ctx.timeout))
        simp = sum(1 for _ in self._simp.finditer(doc.text, timeout=ctx.timeout))
        if simp >= MIN_MAJORITY and trad <= simp * MAX_MINORITY_SHARE:
            stray, major, candidates, target = self._trad, self._simp, lines(doc, ctx), "Simplified"
        elif trad >= MIN_MAJORITY and simp <= trad * MAX_MINORITY_SHARE:
            stray, major, candidates, target = self._simp, self._trad, lines(doc, _all(ctx)), "Traditional"
        else:
            return
        for _, line in candidates:
            if language(doc, line) != "zh":
                continue
            found = list(stray.finditer(line.text, timeout=ctx.timeout))
            if not found:
                continue
            if len(found) * 2 > sum(1 for _ in major.finditer(line.text, timeout=ctx.timeout)):
                continue  # this paragraph is written in the other standard: a quotation, not a stray
            protected = [m.span() for m in _PROTECTED.finditer(line.text, timeout=ctx.timeout)]
            for m in found:
                if any(a <= m.start() < b for a, b in protected):
                    continue
                yield self._hit(line.start + m.start(), m.group(), target)

    def _hit(self, offset: int, ch: str, target: str) -> Hit:
        if target == "Simplified":
            fix: str | None = self._to_simp[ch]
            return Hit(offset, offset + 1, f"Traditional '{ch}' in Simplified Chinese text (Simplified: {fix})", fix)
        fix = self._to_trad.get(ch)
        hint = f" (Traditional: {fix})" if fix else ""
        return Hit(offset, offset + 1, f"Simplified '{ch}' in Traditional Chinese text{hint}", fix, fix_safe=False)


def _all(ctx: Context) -> Context:
    return Context(lines=None, corpus=ctx.corpus, timeout=ctx.timeout, settings=ctx.settings)
