"""CHROME053: lines repeated verbatim across many documents of the corpus (a site's template).

CCNet's language-agnostic boilerplate test: normalise each line (lower-case, digits → 0,
punctuation and symbols removed, spaces collapsed), hash it, and count in how many documents
each hash occurs. A line shared by ``min_documents`` documents or more is the furniture of the
site that produced them: navigation, footers, notices, "related reading" blocks. Very short lines
(under ``min_chars`` letters) are ignored, and so are long ones (over
``max_chars``): a long paragraph repeated verbatim is duplicated content, not a template.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.kinds import line_range
from seedlint.rule import Context, Example, Expected, RuleMeta, RuleOption

if TYPE_CHECKING:
    from seedlint.checks.chrome.analysis import ChromeAnalyzer

MIN_DOCUMENTS = 3
MIN_CHARS = 10
MAX_CHARS = 160
EDGE_LINES = 3  # a cluster of repeated lines this close to an end is a header or footer
DUPLICATE_SHARE = 0.6  # above this share of repeated lines the document is a near-duplicate
_DIGIT = re.compile(r"[0-9０-９]")
# a line ending as a sentence or a lead-in ends: "…自公布之日起施行。", "By the end of this section, you will:"
_STRUCTURE_END = re.compile(r"[.!?。！？:：][\"'”’」』)）]*$")
# punctuation and symbols: ASCII, Latin-1, General Punctuation to Misc. Symbols, CJK and full-width
# forms (a stdlib class of ranges: several times faster than ``regex``'s [\p{P}\p{S}])
_PUNCT = re.compile(
    "[!-/:-@\\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u2bff\u3000-\u303f\u30fb"
    "\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\U0001f000-\U0001faff]+"
)

_CORPUS = ("About the bank\nBank news daily — all the stories that matter\nThe bank opened a branch.",)
_TEMPLATE = "Bank news daily — all the stories that matter"


def normalise(line: str) -> str:
    """CCNet's line normalisation: lower-case, digits to 0, punctuation removed, spaces collapsed."""
    text = _DIGIT.sub("0", _PUNCT.sub("", line.lower()))
    return " ".join(text.split())


def line_hash(normalised: str) -> int:
    return int.from_bytes(hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest(), "big")


def _hashes(doc: Document, min_chars: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """(line index, hash) of every line long enough to be a template line."""
    for i, text in enumerate(doc.text.split("\n")):
        if not min_chars <= len(text) <= max_chars + 40:
            continue
        norm = normalise(text)
        letters = len(norm) - norm.count(" ") - norm.count("0")  # digit-only rows (tables) never count
        if letters >= min_chars and len(norm) <= max_chars:
            yield i, line_hash(norm)


class TemplateLine:
    """A corpus rule: summarise each document's line hashes, count documents per hash, flag repeats."""

    meta = RuleMeta(
        code="CHROME053",
        name="template-line",
        family="chrome",
        severity=Severity.INFO,
        summary="A line repeated verbatim in several documents of the corpus (a site template line).",
        docs=(
            "CCNet's boilerplate test: every line is normalised (lower-case, digits to 0, punctuation removed), "
            "hashed, and counted across the documents of the corpus. A line found in 3 or more documents "
            "(min_documents) is the template of the site that produced them: navigation, footers, notices, "
            "link lists. Lines with fewer than 10 letters or over 160 normalised characters are ignored, lines "
            "a pack rule already flags are left to it, and a document that repeats most of its lines elsewhere "
            "is a duplicate, not a template, and is skipped. A repeated line is reported only beside chrome (a "
            "pack rule's line, or another repeated line within three lines of an end) or as the document's "
            "last line: a repeated heading or quotation inside the body is not a template. A repeated line that "
            "ends as a sentence or a lead-in does (。 . ! ? or a colon: a textbook's 'By the end of this section, "
            "you will be able to:', an amendment's '本修正案自公布之日起施行。') is the text's own structure and "
            "counts only beside a pack rule's line. Warning beside "
            "known chrome or in twice the threshold of documents; info otherwise."
        ),
        bad=(
            Example(
                f"Alipay and the banks\nThe banks agreed to cooperate in 2005.\n{_TEMPLATE}\nShare",
                (Expected(_TEMPLATE, 3, 1, ""),),
                corpus=(*_CORPUS, f"Mobile payments\nPayments grew fast.\n{_TEMPLATE}"),
            ),
        ),
        good=(
            Example(
                f"Alipay and the banks\nThe banks agreed to cooperate in 2005.\n{_TEMPLATE}\nShare", corpus=_CORPUS
            ),
            Example(
                "Alipay and the banks\nWhat happens next for the banks\nThe banks agreed to cooperate in 2005.",
                corpus=(
                    "Mobile payments\nWhat happens next for the banks\nPayments grew fast.",
                    "Card fees\nWhat happens next for the banks\nFees fell in 2019.",
                ),
            ),
        ),
        source=__name__,
        options=(
            RuleOption(
                "min_documents",
                int,
                MIN_DOCUMENTS,
                "documents of the corpus a line must appear in to be a template line",
                minimum=2,
            ),
        ),
    )
    triggers: tuple[str, ...] = ()  # whole-document: every line is hashed

    def __init__(
        self,
        analyzer: ChromeAnalyzer | None = None,
        min_documents: int = MIN_DOCUMENTS,
        min_chars: int = MIN_CHARS,
        max_chars: int = MAX_CHARS,
    ) -> None:
        self.analyzer = analyzer
        self.min_documents = min_documents
        self.min_chars = min_chars
        self.max_chars = max_chars

    def summarize(self, doc: Document) -> frozenset[int]:
        return frozenset(h for _i, h in _hashes(doc, self.min_chars, self.max_chars))

    def reduce(self, summaries: Sequence[frozenset[int]]) -> dict[int, int]:
        counts: Counter[int] = Counter()
        for hashes in summaries:
            counts.update(hashes)
        return {h: n for h, n in counts.items() if n >= 2}

    def relevant(self, summary: frozenset[int], evidence: dict[int, int]) -> bool:
        """The check reports only lines whose hash other documents share."""
        return not evidence.keys().isdisjoint(summary)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        counts: dict[int, int] = ctx.corpus or {}
        if not counts:
            return
        threshold = ctx.settings.get("min_documents", self.min_documents)
        lines = list(_hashes(doc, self.min_chars, self.max_chars))
        repeated = {i: counts[h] for i, h in lines if counts.get(h, 0) >= threshold}
        if not repeated or (len(lines) >= 5 and len(repeated) > DUPLICATE_SHARE * len(lines)):
            return
        nonblank = [i for i, text in enumerate(doc.text.split("\n")) if text.strip()]
        position = {i: k for k, i in enumerate(nonblank)}
        # a text's own structure repeats across its parts: a lead-in ending in a colon, a sentence
        structural = {i for i in repeated if _STRUCTURE_END.search(doc.line_span(i).text.rstrip())}
        template = {i: n for i, n in repeated.items() if i not in structural}
        for i in sorted(repeated):
            span = doc.line_span(i)
            if self._known(doc, i):
                continue
            k = position[i]
            prev = nonblank[k - 1] if k > 0 else None
            nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
            beside_chrome = any(j is not None and self._known(doc, j) for j in (prev, nxt))
            at_edge = k < EDGE_LINES or k >= len(nonblank) - EDGE_LINES
            beside_template = at_edge and any(j is not None and j in template for j in (prev, nxt))
            if not beside_chrome and (i in structural or not (beside_template or nxt is None)):
                continue  # a repeated heading, lead-in, sentence or quotation of the text, not a template
            lead = len(span.text) - len(span.text.lstrip())
            start, end = span.start + lead, span.start + len(span.text.rstrip())
            n = repeated[i]
            strong = beside_chrome or n >= 2 * threshold
            yield Hit(
                start,
                end,
                f"line repeated verbatim in {n} documents of the corpus, inside the page chrome: a site template line",
                fix="",
                fix_safe=False,
                severity=Severity.WARNING if strong else Severity.INFO,
                fix_range=line_range(doc, start),
            )

    def _known(self, doc: Document, index: int) -> bool:
        return self.analyzer is not None and self.analyzer.known_line(doc, index) is not None
