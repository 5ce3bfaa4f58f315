"""SCRIPT013-SCRIPT015: quotation marks, inverted marks and brackets that do not pair up."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.scripts._common import FAMILY, lines
from seedlint.checks.scripts._pairs import analyse
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_QUOTE_CHARS = '“”〝〞〟«»「」『』"¿¡'
_BRACKET_CHARS = r"()\[\]（）【】《》〈〉〔〕"
_CONTINUES = '“«»「『"'


def _continued(doc: Document, index: int) -> bool:
    """Whether the next non-blank line opens with a quotation mark (a quotation over paragraphs)."""
    for j in range(index + 1, min(index + 4, len(doc.line_starts))):
        text = doc.line_span(j).text.strip()
        if text:
            return text[0] in _CONTINUES
    return False


class _PairRule:
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


class UnbalancedQuote(_PairRule):
    kinds = ("quote",)
    triggers = (f"[{_QUOTE_CHARS}]",)
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


class MismatchedQuotes(_PairRule):
    kinds = ("quote-style",)
    triggers = (r"[“”«»\"〝〞〟]",)
    meta = RuleMeta(
        code="SCRIPT014",
        name="mismatched-quote-style",
        family=FAMILY,
        severity=Severity.WARNING,
        summary='A quotation opened in one style and closed in another ("…” / “…"), or closed twice ("…" ”).',
        docs=(
            "Finds quotations whose closing mark does not match the opening one: straight quotes paired with "
            'curly or angle quotes (“…" , "…”, «…") and quotations closed twice in two styles '
            '("If the bank does not change, we change the bank." ” — one mark from the source, one added by '
            "the translator). Mixed styles come from text assembled from several converters; they confuse "
            "quote-aware tokenisers and leave a dangling mark. The fix makes the closing mark match the opening "
            "one, or deletes the second closing mark."
        ),
        bad=(
            Example(
                'Ma Yun echoed in the banking sector: "If the bank does not change, we change the bank." ”',
                (Expected("”", 1, 89, ""),),
            ),
            Example('He called it “the reverse scales" of the bank.', (Expected('"', 1, 33, "”"),)),
        ),
        good=(
            Example('He said “the bank will change” and added "soon" in an interview.'),
            Example('他说"你好"然后离开了，大家都说“好”。'),
        ),
        source=__name__,
    )


class UnbalancedBracket(_PairRule):
    kinds = ("bracket",)
    triggers = (f"[{_BRACKET_CHARS}]",)
    meta = RuleMeta(
        code="SCRIPT015",
        name="unbalanced-bracket",
        family=FAMILY,
        severity=Severity.WARNING,
        summary="A bracket that is never closed, closes nothing, or is closed by the other width ( （…) ).",
        docs=(
            "Pairs the brackets of each paragraph — ( ) [ ] （ ） 【 】 《 》 〈 〉 〔 〕 — and reports an opening "
            "bracket that is never closed, a closing one that closes nothing, and a full-width bracket closed "
            "by a half-width one or the reverse (fixed to match the opening bracket). Such leftovers come from "
            "segmentation and translation that cut an aside in two. Not reported: list markers (1), a), iv)), "
            "emoticons (:)) and half-open intervals ([0, 1))."
        ),
        bad=(
            Example("Alipay (launched in 2004 was spun off from Taobao.", (Expected("(", 1, 8),)),
            Example("支付宝（Alipay)是蚂蚁金服旗下的支付平台。", (Expected(")", 1, 11, "）"),)),
        ),
        good=(
            Example("Options: a) pay online, b) pay on delivery :) and the range [0, 1) of the model."),
            Example("《蚂蚁金服》一书（2017年出版）记录了【余额宝】的诞生。"),
        ),
        source=__name__,
    )
