"""Helpers the script rules share: the lines a rule may look at, their language, character classes."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.pairs import analyse
from seedlint.document import Document, Span
from seedlint.finding import Hit
from seedlint.rule import Context, RuleMeta

FAMILY = "script"

#: Letters of the scripts written without spaces between words (Han, kana, Hangul).
CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
#: CJK punctuation that opens or closes a phrase (quotes, brackets, book-title marks).
CJK_OPENERS = "“‘「『（〝《〈【〔"
CJK_CLOSERS = "”’」』）〞〟》〉】〕"
#: CJK sentence punctuation that may stand before or after a half-width mark that should be full-width.
CJK_PUNCT = "，。、；：？！…—"

# Small explicit classes for triggers: the scanner compiles short literal classes far faster than
# Unicode properties (the checks themselves use the full properties).
T_HAN = "㐀-䶿一-鿿豈-﫿"
T_CJK = T_HAN + "ぁ-ヿ가-힯"
T_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
T_LOWER = "a-zß-öø-ÿ"

_CJK_CHAR = regex.compile(rf"[{CJK_CLASS}]")
_LATIN_CHAR = regex.compile(r"\p{Latin}")


def lines(doc: Document, ctx: Context) -> Iterator[tuple[int, Span]]:
    """The non-blank lines a rule should look at: those its triggers flagged (all without triggers)."""
    indices = ctx.lines if ctx.lines is not None else range(len(doc.line_starts))
    for index in indices:
        span = doc.line_span(index)
        if span.text.strip():
            yield index, span


def language(doc: Document, span: Span) -> str:
    """Language of the paragraph a line holds (scraped corpora keep one paragraph per line)."""
    lead = len(span.text) - len(span.text.lstrip())
    return doc.language_at(span.start + lead)


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_CHAR.match(ch) is not None


def is_latin(ch: str) -> bool:
    return bool(ch) and _LATIN_CHAR.match(ch) is not None


def pinyin_split(word: str, syllables: frozenset[str], limit: int = 4) -> list[str] | None:
    """``word`` (lower case) as the fewest pinyin syllables, at most ``limit`` of them, or None."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        for begin in range(max(0, end - 6), end):
            if begin in best and word[begin:end] in syllables:
                candidate = [*best[begin], word[begin:end]]
                if end not in best or len(candidate) < len(best[end]):
                    best[end] = candidate
    found = best.get(len(word))
    return found if found and len(found) <= limit else None


def prev_nonspace(text: str, index: int) -> tuple[int, str]:
    """Index and character of the last non-blank character before ``index`` (-1, '' if none)."""
    i = index - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i, text[i] if i >= 0 else ""


def next_nonspace(text: str, index: int) -> tuple[int, str]:
    """Index and character of the first non-blank character at or after ``index`` (len, '' if none)."""
    i = index
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    return i, text[i] if i < len(text) else ""


# -- SCRIPT013-SCRIPT015: quotes, inverted marks and brackets that do not pair up
QUOTE_CHARS = '“”〝〞〟«»「」『』"¿¡'
BRACKET_CHARS = r"()\[\]（）【】《》〈〉〔〕"
_CONTINUES = '“«»「『"'


def _continued(doc: Document, index: int) -> bool:
    """Whether the next non-blank line opens with a quotation mark (a quotation over paragraphs)."""
    for j in range(index + 1, min(index + 4, len(doc.line_starts))):
        text = doc.line_span(j).text.strip()
        if text:
            return text[0] in _CONTINUES
    return False


class PairRule:
    meta: RuleMeta
    kinds: tuple[str, ...] = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if doc.hard_wrapped:  # a line is not a paragraph there: pairs legitimately span lines
            return
        for index, line in lines(doc, ctx):
            for issue in analyse(line.text):
                if issue.kind not in self.kinds or (issue.continuable and _continued(doc, index)):
                    continue
                fix_range = None
                if issue.fix_range is not None:
                    fix_range = (line.start + issue.fix_range[0], line.start + issue.fix_range[1])
                yield Hit(
                    line.start + issue.start, line.start + issue.end, issue.message, issue.fix, True, None, fix_range
                )
