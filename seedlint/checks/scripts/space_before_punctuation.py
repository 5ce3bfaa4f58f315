"""SCRIPT020: a blank before , ; : ? ! . in English or Spanish, often with a doubled mark (año. . / banco. , sino)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, T_LATIN, language, lines
from seedlint.checks.scripts.data import ScriptData
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_STRAY = regex.compile(
    r"(?P<word>[\p{L}\p{N}]+)[»”)]?(?P<p1>[.!?,;:]?)(?P<sp>[ \t]+)(?P<p2>[,;:?!]|\.(?![\p{N}.]))"
    r"(?=[ \t]|$|[\"”’»])"
)
# A blank between the end of a quoted sentence and its closing quote (with that. ”).
_BEFORE_CLOSER = regex.compile(r"(?<=[\p{L}\p{N}][.!?,])[ \t]”(?=[ \t]|$)")
# A tokenizer's split of a clitic (Joe 's Diner, do n't): the apostrophe belongs to the word before.
_CLITIC = regex.compile(r"(?<=[\p{L}\p{N}])(?P<sp>[ \t]+)(?:['’](?:s|re|ll|ve|d|m)|n['’]t)(?=[ \t,.;:!?)\]]|$)")
# a mark after a word, and the blanks before it (NBSP and narrow NBSP: French typography)
_HIGH_MARK = regex.compile(r"[\p{L}\p{N}»”’)]([ \t\u00a0\u202f]*)[?!:;](?!\p{N})")
_LABEL = regex.compile(r"[ \t]*(?:[-*•·][ \t]*)?[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:[ \t]+[\p{L}\p{N}'’.-]+){0,2}")

META = RuleMeta(
    code="SCRIPT020",
    name="space-before-punctuation",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A blank before a punctuation mark (responsibility ?), often a doubled one (año. . / banco. , sino).",
    docs=(
        "Finds a blank between a word and the punctuation mark that follows it in English and Spanish "
        "(responsibility ? / etc. , el banco), and the doubled marks that segment-by-segment translation "
        "leaves when it glues sentences back together (ese año. . / del banco. , sino directamente). Neither "
        "language puts a space before , ; : ? ! or a full stop; the stray marks split sentences in the wrong "
        "place. Also a blank after a closing quote or bracket («museo» .), before the closing ” of a "
        "quoted sentence (with that. ”), and before the apostrophe of a clitic (Joe 's Diner, do n't): "
        "a tokenizer's split (Penn Treebank style) detokenized badly. Not reported: spaced ellipses "
        "(. . .), ratios (3 : 1), spaced lists of numbers (1 , 2 , 3), decimals (.5), emoticons, French "
        "typography (« Où ? », or a paragraph that spaces every "
        "? ! : ; it has), the colon after a short label opening a line (Nota : …, Ingredients :), and a "
        "quoted letter ('s'). Fixes: the blank is dropped; of a doubled mark the second is kept, except "
        "after an abbreviation (etc., p. ej.), whose period stays. Replacing '. ,' by ',' is applied only "
        "with --unsafe-fixes."
    ),
    languages=("en", "es"),
    bad=(
        Example("Does Alipay undertake to connect everything? responsibility ?", (Expected(" ?", 1, 60, "?"),)),
        Example(
            "Los ingresos fueron 10 veces mayores ese año. .\n"
            "No era la oficina central del banco. , sino las sucursales.",
            (Expected(". .", 1, 45, "."), Expected(". ,", 2, 36, ",")),
        ),
        Example("Como pago, recarga, retiro de efectivo, etc. , el banco cobra.", (Expected(" ,", 1, 45, ","),)),
        Example("Cenamos en el Joe 's Diner en 2016.", (Expected(" 's", 1, 18, "'s"),)),
        Example(
            "Lo llamó «museo del agua» . Luego dijo: “basta ya. ”",
            (Expected(" .", 1, 26, "."), Expected(" ”", 1, 51, "”")),
        ),
    ),
    good=(
        Example("He paused . . . and then said the ratio was 3 : 1, with a .5 margin :) in the end."),
        Example("¿Qué cree que valora el ICBC en esta cooperación? Alipay puede generar ingresos estables ... y más."),
        Example("Le dijo: « Où vas-tu ? » y se fue.\nNota : la letra 's' no se pronuncia."),
    ),
    source=__name__,
)


class SpaceBeforePunctuation:
    meta = META
    triggers = (
        f"[{T_LATIN}0-9.!?,;:»”)][ \t]+[,;:?!.]",
        f"[{T_LATIN}0-9][ \t]+(?:['’][a-z]|n['’]t)",
        "[.!?,][ \t]”",  # one blank: with [ \t]+ the prefilter keeps only the literal ” (every quoted line)
    )

    def __init__(self, data: ScriptData) -> None:
        self._abbreviations = data.abbreviations

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            text = line.text
            hits = [hit for m in _STRAY.finditer(text, timeout=ctx.timeout) if (hit := self._judge(text, m))]
            for m in _BEFORE_CLOSER.finditer(text, timeout=ctx.timeout):
                hits.append((m.start(), m.end(), "space before the closing '”'", "”", True))
            for m in _CLITIC.finditer(text, timeout=ctx.timeout):
                clitic = text[m.end("sp") : m.end()]
                hits.append((m.start("sp"), m.end(), f"space before the apostrophe of '{clitic}'", clitic, True))
            if hits and language(doc, line) in META.languages:
                for start, end, message, fix, safe in sorted(hits):
                    yield Hit(line.start + start, line.start + end, message, fix, safe)

    def _judge(self, text: str, m: regex.Match[str]) -> tuple[int, int, str, str | None, bool] | None:
        word, p1, p2 = m.group("word"), m.group("p1"), m.group("p2")
        if _ellipsis(text, m):
            return None
        if p2 in ":,;" and not p1 and word.isdigit() and regex.match(r"[ \t]*\d", text[m.end() :]):
            return None  # a ratio (3 : 1) or a spaced list of numbers (1 , 2 , 3)
        if not p1:
            if p2 in "?!:;" and _spaced_on_purpose(text, m):
                return None
            return m.start("sp"), m.end(), f"space before '{p2}'", p2, True
        abbreviation = p1 == "." and (word.lower() in self._abbreviations or len(word) == 1)
        if abbreviation:
            return m.start("sp"), m.end(), f"space before '{p2}' after the abbreviation '{word}.'", p2, True
        span = m.start("p1"), m.end()
        if p1 == p2:
            return (*span, f"doubled '{p2}'", p2, True)
        if p1 in "?!" and p2 == ".":
            return m.start("sp"), m.end(), f"stray '.' after '{p1}'", "", True
        if p1 == "." and p2 in ",;:":
            return (*span, f"stray '.' before '{p2}': a sentence was split in the middle", p2, False)
        return (*span, f"stray '{p2}' after '{p1}'", None, True)


def _ellipsis(text: str, m: regex.Match[str]) -> bool:
    """Part of a spaced ellipsis (. . .)."""
    if m.group("p2") != ".":
        return False
    after = text[m.end() : m.end() + 3]
    before = text[max(0, m.start("p1") - 2) : m.start("p2")]
    return bool(regex.match(r"[ \t]\.", after)) or (m.group("p1") == "." and before.lstrip().startswith("."))


def _spaced_on_purpose(text: str, m: regex.Match[str]) -> bool:
    """A blank before ? ! : ; that the text puts there on purpose: French typography (inside « »,
    or every such mark of the paragraph spaced, at least twice), or a label's colon (Nota : …)."""
    if text.rfind("«", 0, m.start()) > text.rfind("»", 0, m.start()):
        return True
    if m.group("p2") == ":" and _LABEL.fullmatch(text, 0, m.start("sp")):
        return True
    return _every_high_mark_spaced(text)


@functools.lru_cache(maxsize=64)
def _every_high_mark_spaced(text: str) -> bool:
    """Every ? ! : ; of the paragraph has a blank before it, twice or more (once per line, not per mark)."""
    blanks = [bool(b.group(1)) for b in _HIGH_MARK.finditer(text)]
    return len(blanks) >= 2 and all(blanks)
