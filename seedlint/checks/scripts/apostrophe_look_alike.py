"""SCRIPT025 apostrophe-look-alike: a prime, acute accent or backtick standing for an apostrophe (2004′s, it´s)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import FAMILY, lines
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_CLITIC = r"(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{M}])"
# a prime only before an English clitic (WordPress's texturize turns the apostrophe after a digit
# into ′: 1990′s); an acute accent or a backtick also between two letters (l´homme, O`Brien)
_LOOK_ALIKE = regex.compile(
    rf"(?<=[\p{{L}}\p{{N}}])′(?={_CLITIC})|(?<=\p{{L}})[´`](?=\p{{L}})",
    regex.V1,
)
_NAMES = {"′": "prime", "´": "acute accent", "`": "backtick"}

META = RuleMeta(
    code="SCRIPT025",
    name="apostrophe-look-alike",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="A prime, acute accent or backtick standing for an apostrophe (2004′s, it´s, didn`t).",
    docs=(
        "Three characters look like an apostrophe and are not one: the prime ′ (WordPress's "
        "texturize filter turns the apostrophe after a digit into it: 2004′s, the 1990′s), the acute "
        "accent ´ and the backtick ` (typed for an apostrophe on keyboards without one: it´s, didn`t, "
        "l´homme). Search, tokenisers and spell checkers no longer see the word. Reported for a prime "
        "only before an English clitic (s, t, re, ll, ve, d, m), so minutes and feet (45°30′N, 5′ 11″) "
        "are not; an accent or backtick between two letters; a backtick on a line with another "
        "backtick (code) is left alone. The fix is the apostrophe the document uses most (’ or ')."
    ),
    bad=(
        Example(
            "In 2004′s album it´s clear he didn`t care.",
            (Expected("′", 1, 8, "'"), Expected("´", 1, 19, "'"), Expected("`", 1, 35, "'")),
        ),
    ),
    good=(
        Example("The peak is at 45°30′N, he is 5′ 11″ tall, and the integral of f′dx is the slope; it's 2004's album."),
        Example("Run `git log` and `ls`s output; the accent ´ alone."),
    ),
    source=__name__,
)


class ApostropheLookAlike:
    """SCRIPT025: the characters that stand in for an apostrophe inside a word."""

    meta = META
    triggers = (r"′(?:s|t|re|ll|ve|d|m)", "´", "`")  # candidates; the check looks at the letters around

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        apostrophe = doc.memo(ApostropheLookAlike, lambda: "’" if doc.text.count("’") > doc.text.count("'") else "'")
        for _, line in lines(doc, ctx):
            code = line.text.count("`") > 1
            for m in _LOOK_ALIKE.finditer(line.text, timeout=ctx.timeout):
                if m.group() == "`" and code:
                    continue
                start = line.start + m.start()
                yield Hit(
                    start,
                    start + 1,
                    f"{_NAMES[m.group()]} '{m.group()}' stands for an apostrophe",
                    fix=apostrophe,
                )
