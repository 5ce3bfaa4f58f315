"""NAME006: a space inside a word at its apostrophe (``Yu 'ebao``, ``Levi 's``, ``T 'ien``, ``Xi' an``)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import is_ordinary, is_pinyin
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_W = r"[\p{L}\p{M}]"
#: a contraction or possessive cut off from its word by a space: Levi 's, Boeing 's, don 't
_CONTRACTION = regex.compile(
    rf"(?<={_W}) (['’](?:s|ll|re|ve|d|m|t(?! \p{{Lu}})))(?![\p{{L}}\p{{M}}\p{{N}}'’])", regex.V1
)
#: a word, then a space on either side of an apostrophe, then lower-case letters
_SPLIT = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’])({_W}+)(?: (['’])|(['’]) )(\p{{Ll}}{_W}*)(?!{_W})", regex.V1)
#: a Wade-Giles initial (consonants only) whose aspiration mark was cut off: T 'ien, Ch 'ang
_WADE_GILES = regex.compile(r"\p{Lu}[b-df-hj-np-tv-z]{0,2}")
#: the rest of the line holds a closing quote: the apostrophe opened a quotation
_CLOSING = regex.compile(r"['’](?![\p{L}\p{M}])")
QUOTE_REACH = 80

META = RuleMeta(
    code="NAME006",
    name="apostrophe-space",
    family="name",
    severity=Severity.WARNING,
    summary="A space inside a word at its apostrophe: Yu 'ebao, Levi 's Stadium, Shih T 'ien-tse, Yu' ebao.",
    docs=(
        "Tokenisers and machine translation split words at apostrophes and the detokeniser glues them back with "
        "a space: a possessive or contraction stands alone ('Levi 's Stadium', 'Boeing 's'), and a pinyin "
        "syllable boundary mark comes loose from its name ('Yu 'ebao' for Yu'ebao 余额宝, 'Yu' ebao', "
        "'T 'ien' in Wade-Giles). A model learns the broken token as a word. Reported: a space before 's 't 'll "
        "'re 've 'd 'm that ends a word (not before a capital: 't Hooft); a space on either side of an apostrophe "
        "between two pinyin words where the second starts with a, e or o (the only place pinyin puts an "
        "apostrophe) and is no ordinary English or Spanish word (wordfreq, Zipf >= 3); a space after a "
        "consonant-only Wade-Giles initial. An apostrophe that opens a quotation closed later on the line is "
        "left alone. The fix removes the space."
    ),
    bad=(
        Example(
            "Users of Yu 'ebao use the original Alipay account.",
            (Expected("Yu 'ebao", 1, 10, "Yu'ebao"),),
        ),
        Example("El partido se jugó en el Levi 's Stadium.", (Expected("Levi 's", 1, 26, "Levi's"),)),
        Example("Shi Tianze (Shih T 'ien-tse) served the Yuan.", (Expected("T 'ien", 1, 18, "T'ien"),)),
        Example("Savers moved money into Yu' ebao.", (Expected("Yu' ebao", 1, 25, "Yu'ebao"),)),
    ),
    good=(
        Example("The sign read 'ebao' for Yu'ebao, and Levi's Stadium is in Santa Clara."),
        Example("He wrote Yu 'ebao' in quotes, and the theorist Gerard 't Hooft agreed."),
        Example("They sang 'ole' in chorus; the boys' army left; ma 'am."),
    ),
    source=__name__,
)


def _quoted(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    stop = min(len(text) if line_end == -1 else line_end, end + QUOTE_REACH)
    return _CLOSING.search(text, end, stop) is not None


class ApostropheSpace:
    meta = META
    triggers = (r"\p{L} ['’]\p{Ll}", r"\p{L}['’] \p{Ll}")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        lines = range(len(doc.line_starts)) if ctx.lines is None else ctx.lines
        for index in lines:
            span = doc.line_span(index)
            start, chunk = span.start, span.text
            for m in _CONTRACTION.finditer(chunk):
                a, b = start + m.start(), start + m.end()
                word_start = a
                while word_start > span.start and text[word_start - 1].isalpha():
                    word_start -= 1
                yield _hit(text, word_start, b, a)
            for m in _SPLIT.finditer(chunk):
                left, right = m.group(1), m.group(4)
                before = m.group(2) is not None
                if not _broken_name(left, right, before) or _quoted(text, start + m.end()):
                    continue
                space = start + (m.start(2) - 1 if before else m.end(3))
                yield _hit(text, start + m.start(), start + m.end(), space)


def _broken_name(left: str, right: str, before: bool) -> bool:
    if before and _WADE_GILES.fullmatch(left):
        return True
    return right[0] in "aeo" and is_pinyin(left) and is_pinyin(right) and not is_ordinary(right)


def _hit(text: str, start: int, end: int, space: int) -> Hit:
    broken = text[start:end]
    fixed = text[start:space] + text[space + 1 : end]
    return Hit(start, end, f"'{broken}' has a space inside the word at its apostrophe: write '{fixed}'", fix=fixed)
