"""SCRIPT013 unbalanced-quote: a quotation or inverted mark without its partner in the paragraph."""

from __future__ import annotations

from seedlint.checks.scripts.analysis import FAMILY, QUOTE_CHARS, PairRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class UnbalancedQuote(PairRule):
    kinds = ("quote",)
    triggers = (f"[{QUOTE_CHARS}]",)
    meta = RuleMeta(
        code="SCRIPT013",
        name="unbalanced-quote",
        family=FAMILY,
        severity=Severity.WARNING,
        summary="A quotation mark or Spanish ¿ ¡ that never pairs up within its paragraph.",
        docs=(
            "Pairs the quotation marks of each paragraph (“ ” « » 「 」 『 』, straight double quotes, and 〝 〞 〟 "
            "read as “ ”) and the Spanish inverted marks ¿ ¡ with their ? !, and reports an opening mark that "
            "is never closed, a closing mark that closes nothing, and an inverted mark whose ? or ! falls on the "
            'other side of a closing quote ("¡Si el banco no cambia…"! — fixed to …!"). Segmenters, '
            "translators and truncation split quotations apart; unbalanced quotes make everything after them "
            "look quoted. Not reported: a quotation running over paragraphs (the next paragraph opens with a "
            "quote), a paragraph that opens with » (Spanish continued quotation), straight quotes when their "
            'count is even (the text pairs; only the reading is doubtful), and 5" (inches).'
        ),
        bad=(
            Example(
                "作者为蚂蚁金服研究院副院长。“数字技术是否给普惠金融带来了机遇。大家知道在峰会上有两个议题。",
                (Expected("“", 1, 15),),
            ),
            Example(
                'Jack Ma dijo: "¡Si el banco no cambia, nosotros cambiaremos el banco"!',
                (Expected("¡", 1, 16, '!"'),),
            ),
        ),
        good=(
            Example('¿Por qué Jack Ma dijo antes: "Si el banco no cambia, entonces cambiaremos el banco"?'),
            Example('He said: “We will change the bank.\n“And the bank will follow,” he added, with a 5" screen.'),
            Example("马云说：“如果银行不改变，我们就改变银行。”《蚂蚁金服》一书对此有「详细」记载。"),
        ),
        source=__name__,
    )
