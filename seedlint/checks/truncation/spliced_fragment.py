"""TRUNC012 spliced-fragment: a sentence stops mid-way and another fragment is glued onto it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from seedlint.checks.truncation.analysis import at
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, RuleMeta

# Capitalised words that start sentences (pronouns, articles, demonstratives, conjunctions of
# en/es): after a lower-case letter with no space, a new sentence was glued onto a cut one.
# Prepositions (In, On, At, Con…) are left out: they end brand names (LinkedIn, AddOn).
STARTERS = frozenset(
    {
        "The", "This", "That", "These", "Those", "There", "They", "Their", "He", "His", "She", "Her", "It",
        "Its", "We", "Our", "But", "And", "When", "While", "After", "Although", "However", "El", "La", "Los",
        "Las", "Este", "Esta", "Estos", "Estas", "Pero", "Cuando", "Aunque", "Ella", "Ellos",
    }
)  # fmt: skip
# The lower-case run is possessive and an upper-case letter must follow it: a starter begins with
# one, so no shorter run could match, and the regex no longer tries every starter at every letter.
_GLUED = regex.compile(
    r"(?<![\p{L}\p{N}'’_])(\p{Lu}?\p{Ll}++)(?=\p{Lu})("
    + "|".join(sorted(STARTERS, key=lambda w: (-len(w), w)))
    + r")(?=\s+\p{Ll})",
    regex.V1,
)
#: where _GLUED can match: a starter right after a lower-case letter (the standard engine skips to the
#: starters' first letters in C; _GLUED itself tries every letter of the line)
_STARTER = re.compile("|".join(sorted(STARTERS, key=lambda w: (-len(w), w))))
# two clitics on one word ("didn’t’s"): a contraction ended one sentence, a possessive another
_DOUBLE_CLITIC = regex.compile(r"(?<![\p{L}])\p{L}++['’](?:t|re|ll|ve|d|m)['’]s\b", regex.V1)
_CLITICS = regex.compile(r"['’](?:t|re|ll|ve|d|m)['’]s")  # what every double clitic contains: a cheap guard
# cheap candidates: any lower-to-upper join inside a word, any second clitic
_TRIGGERS = (r"[a-z][A-Z][a-z]", r"['’][a-z]{1,2}['’]s")

_GLUED_EX = "Alipay and the banks\nThe bank refused the loan and ItThe company grew anyway, with other lenders."
_CLITIC_EX = "Alipay and the banks\nThe bank didn’t’s plan changed after the meeting."
META = RuleMeta(
    code="TRUNC012",
    name="spliced-fragment",
    family="truncation",
    severity=Severity.WARNING,
    summary="A sentence stops mid-way and another is glued onto it ('ItThe company', 'didn’t’s').",
    docs=(
        "When a scraper drops an element (a quotation, an ad, a line of a list) it can leave the two "
        "pieces of text on each side glued together: a word that stops a sentence, then, without a space, "
        "the capitalised word that starts another ('ItThe rapper'); or a contraction that ended one "
        "fragment carrying the possessive of the next ('didn’t’s'). Reported on the glued word. The "
        "starters are the capitalised pronouns, articles, demonstratives and conjunctions of English and "
        "Spanish; prepositions are left out because brand names end in them (LinkedIn, AddOn), and "
        "camel-case names (YouTube, iPhone, McDonald) never end in a starter. No fix: the lost text "
        "cannot be recovered."
    ),
    bad=(
        Example(_GLUED_EX, (at(_GLUED_EX, "ItThe"),)),
        Example(_CLITIC_EX, (at(_CLITIC_EX, "didn’t’s"),)),
    ),
    good=(
        Example("She posted the video on YouTube and shared it on LinkedIn, and The Times wrote about it."),
        Example("It’s the bank’s rule: the guide lists the ’do’s and don’ts, and they’re the bank's clients."),
    ),
    source=__name__,
)


class SplicedFragment:
    """TRUNC012: a cut sentence glued to the start of another, inside one line."""

    meta = META
    triggers = _TRIGGERS

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for i in ctx.lines or ():
            span = doc.line_span(i)
            for m in _GLUED.finditer(span.text) if _glued_starter(span.text) else ():
                yield Hit(
                    span.start + m.start(),
                    span.start + m.end(),
                    f"'{m.group(1)}' stops a sentence and '{m.group(2)}' starts another without a space: "
                    "the text between them was dropped",
                )
            if not _CLITICS.search(span.text):
                continue
            for m in _DOUBLE_CLITIC.finditer(span.text):
                yield Hit(
                    span.start + m.start(),
                    span.start + m.end(),
                    f"'{m.group()}' carries two clitics: the end of one fragment glued to the next",
                )


def _glued_starter(line: str) -> bool:
    """A starter follows a lower-case ASCII letter or any other non-ASCII character (a superset of \\p{Ll})."""
    for m in _STARTER.finditer(line):
        before = line[m.start() - 1 : m.start()]
        if before.islower() or (before and not before.isascii()):
            return True
    return False
