"""SCRIPT024 split-hyphenated-word: a word broken by a line-end hyphen that extraction kept (ser- vice)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.lexicon import is_ordinary
from seedlint.checks.scripts.analysis import FAMILY, T_LOWER, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# A piece of a word, a hyphen, one space, the rest of the word in lower case.
_SPLIT = regex.compile(r"(?<![\p{L}\p{N}\p{M}'’-])(\p{L}\p{Ll}*)-[ ](\p{Ll}+)(?![\p{L}\p{N}\p{M}'’-])", regex.V1)
# A suspended hyphen is English and Spanish grammar: "pre- and post-war", "long- or short-term",
# "mid- to late 1990s", "pre- y posguerra".
SUSPENDED = frozenset({"and", "or", "nor", "to", "through", "versus", "vs", "y", "e", "o", "u", "ni", "a"})
MIN_WORD = 5  # a joined word shorter than this is too likely an accident of two short words

META = RuleMeta(
    code="SCRIPT024",
    name="split-hyphenated-word",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A word split by a line-end hyphen that text extraction kept inside the line ('ser- vice').",
    docs=(
        "Text extracted from a PDF or a print layout joins its lines but keeps the hyphens that broke "
        "words at their ends: 'ser- vice', 'numer- ous', 'provid- ers'. Reported when the two pieces, "
        "joined, make an ordinary English or Spanish word (wordfreq's lists, Zipf frequency 3 or more: "
        "the data the name family ships, Apache-2.0 code, CC BY-SA 4.0 data) of five letters or more. "
        "A suspended hyphen ('pre- and post-war', 'long- or short-term', 'pre- y posguerra') is grammar, "
        "and a stutter in dialogue ('w- what', 'go- going') does not join into a word, so neither is "
        "reported. The fix joins the pieces (unsafe: the word may have been hyphenated, 'co-operation')."
    ),
    bad=(
        Example(
            "The ser- vice reached numer- ous towns.",
            (Expected("ser- vice", 1, 5, "service"), Expected("numer- ous", 1, 23, "numerous")),
        ),
    ),
    good=(
        Example("Pre- and post-war budgets, long- or short-term loans, pre- y posguerra."),
        Example('"W- what? I was go- going home," she said; a well- known shop.'),
    ),
    source=__name__,
)


class SplitHyphenatedWord:
    """SCRIPT024: the two halves of a word a line-end hyphen broke, glued back with a space between."""

    meta = META
    triggers = (f"[{T_LOWER}]- [{T_LOWER}]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            for m in _SPLIT.finditer(line.text, timeout=ctx.timeout):
                head, tail = m.groups()
                joined = head + tail
                if tail in SUSPENDED or len(joined) < MIN_WORD or not is_ordinary(joined):
                    continue
                yield Hit(
                    line.start + m.start(),
                    line.start + m.end(),
                    f"'{m.group()}' is the word '{joined}' split by a line-end hyphen",
                    fix=joined,
                    fix_safe=False,
                )
