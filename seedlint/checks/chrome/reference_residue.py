"""CHROME065 reference-residue: wiki reference markers, maintenance tags and citation page numbers."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class ReferenceResidue(ClassifiedRule):
    kinds = frozenset({"ref"})
    meta = RuleMeta(
        code="CHROME065",
        name="reference-residue",
        family="chrome",
        severity=Severity.WARNING,
        summary="A wiki reference marker or maintenance tag left in the text ([2], [1] : 99, [cita requerida]).",
        docs=(
            "Text taken from a wiki keeps the rendered reference markers and maintenance templates: '[2]' or "
            "'[1] : 99' (with the cited page) glued to the word or punctuation before it, a letter footnote "
            "'[a]', and tags such as '[citation needed]', '[clarification needed]', '[cita requerida]', '[se "
            "necesitan aclaraciones]', '[需要引证]', '[来源请求]' (a bracket of at most 30 characters that "
            "names citation, reference, source, clarification, verification or neutrality, in en / es / zh, "
            "after Wikipedia's template names). When the markers were stripped, their page numbers stay "
            "behind a punctuation mark ('ortodoxo,: 10 tenía', 'Sekulić. : 32 Las'). A bracketed number at the "
            "start of a line (a numbered reference list) is left alone. The fix deletes the marker (unsafe)."
        ),
        bad=(
            Example(
                "Su mercado interno es el más grande del mundo. [1] : 99 Su crecimiento fue rápido.[2]",
                (Expected("[1] : 99", 1, 48, ""), Expected("[2]", 1, 83)),
            ),
            Example(
                "蒸汽机在十八世纪得到广泛应用[需要引证]，推动了工业革命。",
                (Expected("[需要引证]", 1, 15),),
            ),
        ),
        good=(
            Example("[1] Smith, J. (2004). A history of the bank. London: Penguin."),
            Example("The ratio was 3:1 in 2004, and [the bank] agreed to cooperate."),
        ),
        source=__name__,
    )
