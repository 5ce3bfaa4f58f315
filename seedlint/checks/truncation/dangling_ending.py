"""TRUNC002 dangling-ending: one of the four verdicts on a document's end (:class:`~.analysis.EndingAnalyzer`)."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import EndingRule, at_end
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_ZH_DANGLING = (
    "普惠金融的历史\n普惠金融至少包含了几个层面的内容。在传统的普惠金融可以追溯到\n\n此文档下载收益归作者所有\n下载文档"
)
_EN_DANGLING = "The report\nThe banks agreed to cooperate, and the central bank asked them to share data with the"
_ES_DANGLING = (
    "El informe\nLos bancos aceptaron cooperar con Alipay porque ambas partes ganaban comisiones de\n\nCompartir"
)
_EN_ELLIPSIS = "The utility\nThe debate is likely to continue. The water utility was founded in…"

META = RuleMeta(
    code="TRUNC002",
    name="dangling-ending",
    family="truncation",
    severity=Severity.ERROR,
    summary="The document ends on a word or mark no sentence ends on (the/of/and, de/que/y, 追溯到/以及, a comma).",
    docs=(
        "A last body line that ends on a function word (en: the, a, of, to, and, such as; es: de, que, y, "
        "el, la, por; zh: 追溯到, 以及, 因为, 而且) or on a comma or colon cannot be a complete sentence: "
        "the text was cut; so does an ellipsis right after a preposition ('founded in…'). Chinese single "
        "characters that also end words or sentences (的, 了, 到, 在) are left to TRUNC001. The finding "
        "sits on the last character of the body and names the chrome that follows it, if any."
    ),
    bad=(
        Example(_ZH_DANGLING, (at_end(_ZH_DANGLING, 2),)),
        Example(_EN_DANGLING, (at_end(_EN_DANGLING, 2),)),
        Example(_ES_DANGLING, (at_end(_ES_DANGLING, 2),)),
        Example(_EN_ELLIPSIS, (at_end(_EN_ELLIPSIS, 2),)),
    ),
    good=(
        Example("The report\nThe banks agreed to cooperate with the central bank."),
        Example("El informe\nLos bancos aceptaron cooperar y el banco central también."),
    ),
    source=__name__,
)


class DanglingEnding(EndingRule):
    """TRUNC002 dangling-ending: reports the shared verdict on the document's end when it is this rule's."""

    meta = META
