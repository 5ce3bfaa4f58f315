"""TRUNC001 unterminated-ending: one of the four verdicts on a document's end (:class:`~.analysis.EndingAnalyzer`)."""

from __future__ import annotations

from seedlint.checks.truncation.analysis import EndingRule, at_end
from seedlint.finding import Severity
from seedlint.rule import Example, RuleMeta

_EN_CUT = "Alipay and the banks\nThe banks agreed to cooperate because both sides could earn fees from every payment"
_ITEM_CUT = (
    "Shields\nAll information given is kept confidential.\n* Orders from shops that want to sell the new shield are"
)
_LABEL_CUT = (
    "Noticias\nLos bancos aceptaron cooperar con la empresa tras años de negociaciones. Ambas partes ganaban "
    "comisiones y el banco central pidió datos a todas las empresas del sector financiero\n\nView Full Page"
)
_ZH_CUT = (
    "支付宝的发展\n支付宝成立于2004年，最初只是淘宝的担保交易工具，后来逐步发展成为覆盖支付、理财和保险的综合金融平台\n"
    "下载文档\n猜你喜欢"
)

META = RuleMeta(
    code="TRUNC001",
    name="unterminated-ending",
    family="truncation",
    severity=Severity.WARNING,
    summary="The document's last body line does not end as a sentence does (no . ! ? … 。 ！ ？ ” 」 ）).",
    docs=(
        "After skipping trailing page chrome and blank lines, the last body line of a document should end "
        "with the terminal punctuation of its script: . ! ? … 。 ！ ？ or a closing quote or bracket "
        "(datatrove's set plus the closers it lacks). A prose line that stops without it lost its end "
        "when the page was scraped or the text was cut to a length. Titles, headings (Title Case), short "
        "list items, table rows, URLs and a lone first line (a question as a title) are not judged. "
        "Structural guards do not hide a cut: a list item that is a sentence (6 words, mostly lower-case) "
        "is judged as one; a long line carrying a '|' running header is judged on its last cell; a short "
        "label line after a prose paragraph (a button such as 'View Full Page', often in another "
        "language than the page) is furniture, and the paragraph before it is judged. The message quotes "
        "the chrome that follows. TRUNC002, TRUNC003 and TRUNC006 take precedence."
    ),
    bad=(
        Example(_EN_CUT, (at_end(_EN_CUT, 2),)),
        Example(_ZH_CUT, (at_end(_ZH_CUT, 2),)),
        Example(_ITEM_CUT, (at_end(_ITEM_CUT, 3),)),
        Example(_LABEL_CUT, (at_end(_LABEL_CUT, 2),)),
    ),
    good=(
        Example("Alipay and the banks\nThe banks agreed to cooperate because both sides earn fees.\nShare"),
        Example("¿Cómo convenció Alipay a los principales bancos para que cooperaran?"),
        Example("Los acuerdos:\n1. Pagos en línea\n2. Tarjetas de crédito"),
        Example("Noticias\nLos bancos aceptaron cooperar con la empresa tras años de negociaciones.\n\nView Full Page"),
    ),
    source=__name__,
)


class UnterminatedEnding(EndingRule):
    """TRUNC001 unterminated-ending: reports the shared verdict on the document's end when it is this rule's."""

    meta = META
