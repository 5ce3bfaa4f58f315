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
        summary="A quotation mark or Spanish ¿ ¡ that never pairs up, in its paragraph or the ones it runs into.",
        docs=(
            "Pairs the quotation marks (“ ” « » 「 」 『 』, straight double quotes, and 〝 〞 〟 read as “ ”) "
            "and the Spanish inverted marks ¿ ¡ with their ? !, and reports an opening mark that is never "
            "closed, a closing mark that closes nothing, an inverted mark whose ? or ! falls on the other side "
            'of a closing quote ("¡Si el banco no cambia…"! — fixed to …!"), and a paragraph that opens with '
            "the closing mark of the quotation the previous paragraph left open (a paragraph break inserted "
            "inside the quotation: both marks). Segmenters, translators and truncation split quotations "
            "apart; unbalanced quotes make everything after them look quoted. Marks are paired within each "
            "paragraph, then across paragraphs, as well-edited text does: a quotation continued over "
            "paragraphs (each one reopens it, only the last closes it: novels, quoted law amendments, and » "
            "opening a Spanish paragraph), a quotation interrupted by verse lines, a list or a block and "
            "closed within the next 16 paragraphs, and a question or exclamation running over verse lines "
            "(¿ ¡ carried while the lines stop mid-sentence). Also not reported: straight quotes when their "
            'count is even (the text pairs; only the reading is doubtful), 5" (inches), a paragraph that '
            'opens a quotation and leaves it open (a block quotation), and ¡…!?" (a question ending with '
            "an exclamation it quotes)."
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
            Example(
                "他们的理由总是“时间不够。\n”、“预算太少。\n”之类的话。",
                (Expected("“", 1, 8), Expected("”", 2, 1), Expected("“", 2, 3), Expected("”", 3, 1)),
            ),
        ),
        good=(
            Example('¿Por qué Jack Ma dijo antes: "Si el banco no cambia, entonces cambiaremos el banco"?'),
            Example('He said: “We will change the bank.\n“And the bank will follow,” he added, with a 5" screen.'),
            Example("马云说：“如果银行不改变，我们就改变银行。”《蚂蚁金服》一书对此有「详细」记载。"),
            Example(
                "Ella contó: «Vivimos en el valle,\n\ncantando bajo el sol,\ny bajo la luna,\n\nhasta el invierno.»"
            ),
            Example("-¿Dónde estás, amiga mía,\nque no ves mi pena?\n-dijo el pastor."),
            Example('Y ¿no recuerdas que gritó la gente: "¡Viva el campeón!?" Nadie lo olvidó.'),
        ),
        source=__name__,
    )
