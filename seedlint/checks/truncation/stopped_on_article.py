"""TRUNC013 stopped-on-article: a sentence inside a line ends on an article, a conjunction or a
possessive ("for the first time on the. Then…"): the words after it were lost."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.truncation.analysis import at
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, RuleMeta

# Words no English or Spanish sentence can end on: articles, coordinating conjunctions and
# possessive determiners. Prepositions are left out (English strands them: "what it is made of."),
# and so are words that end elliptical sentences ("que", "to"). Accented pronouns (él, tú, mí) are
# other words and never match.
EN_WORDS = ("the", "a", "an", "and", "or", "but", "nor", "my", "your", "our", "their", "its")
ES_WORDS = ("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "y", "ni", "su", "sus", "mis")
_WORDS = "|".join(sorted({*EN_WORDS, *ES_WORDS}, key=lambda w: (-len(w), w)))
# inside a sentence (a lower-case word and a space before it), a single stop after it, and then a
# new sentence or the end of the line: "a." opening a list item, "a.m.", "i.e." and "the..." never match
_STOPPED = regex.compile(
    rf"(?<=\p{{Ll}}[,;]?\s)({_WORDS})[.!?](?![.\p{{L}}\p{{N}}])(?=\s+[\"“¿¡(]?\p{{Lu}}|\s*$)",
    regex.V1 | regex.MULTILINE,
)
_TRIGGERS = (rf"\s(?:{_WORDS})[.!?]",)

_EX = (
    "Alipay and the banks\n"
    "The bank opened its first branch in the city on the. Then it lent money to farmers for years."
)
_ES_EX = (
    "Alipay y los bancos\nEl banco abrió su primera oficina en la ciudad de la. Luego prestó dinero a los agricultores."
)
META = RuleMeta(
    code="TRUNC013",
    name="stopped-on-article",
    family="truncation",
    severity=Severity.WARNING,
    summary="A sentence inside a line ends on an article, conjunction or possessive ('on the. Then…').",
    docs=(
        "A sentence cannot end on 'the', 'a', 'and', 'their' or on 'el', 'la', 'de', 'y', 'sus': when one "
        "does, followed by a new sentence or the end of the line, the words after it were lost (a "
        "scraper dropped a link or an inline element, a machine translation lost a phrase, an editor "
        "cut a sentence and kept its stop). Reported on the word and its stop. The words are the "
        "articles, coordinating conjunctions and possessive determiners of English and Spanish; "
        "prepositions are left out because English strands them ('what it is made of.'), and the word "
        "must follow a lower-case word inside the sentence, so a list item 'a. The first' or an "
        "abbreviation ('a.m.', 'i.e.') never matches. No fix: the lost words cannot be recovered."
    ),
    bad=(
        Example(_EX, (at(_EX, "the. ", 4),)),
        Example(_ES_EX, (at(_ES_EX, "la. ", 3),)),
    ),
    good=(
        Example("The meeting starts at 9 a.m. The board votes on the budget, i.e. the plan for the year."),
        Example("Options:\na. The first plan\nb. The second plan\nIt is the one they were all thinking of."),
        Example("Tickets were sold at the... The show started late, and the queue was long."),
    ),
    source=__name__,
)


class StoppedOnArticle:
    """TRUNC013: a sentence that stops on a word no sentence ends on, inside a line."""

    meta = META
    triggers = _TRIGGERS

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for i in ctx.lines or ():
            span = doc.line_span(i)
            for m in _STOPPED.finditer(span.text, timeout=ctx.timeout):
                yield Hit(
                    span.start + m.start(),
                    span.start + m.end(),
                    f"the sentence stops on '{m.group(1)}', a word no sentence ends on: the words after it were lost",
                )
