"""CHROME067 instrument-code: Reuters instrument codes left in the text by stripped quote links."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class InstrumentCode(ClassifiedRule):
    kinds = frozenset({"code"})
    meta = RuleMeta(
        code="CHROME067",
        name="instrument-code",
        family="chrome",
        severity=Severity.WARNING,
        summary="Reuters instrument codes left by stripped quote links (.DJI, LCOc1, US10YT=RR, EUR=).",
        docs=(
            "Wire-service market reports link each instrument to a quote page; when the links are stripped, "
            "the Reuters Instrument Codes stay in the sentence: index codes ('.DJI', '.SPX', "
            "'.MIWD00000PUS'), continuous futures ('CLc1', 'LCOc1'), yields ('US10YT=RR'), currencies and "
            "metals ('EUR=', 'XAU='), LME metals ('CMCU3'). The RIC shapes are Refinitiv's public naming "
            "scheme. One such token proves little (a '.NET' or an 'EUR=' in a formula), so the rule reports "
            "only in a document with three or more different ones. The fix deletes the code (unsafe)."
        ),
        bad=(
            Example(
                "U.S. crude CLc1 fell 3.38% and Brent LCOc1 was down 2.74%. The Dow Jones Industrial "
                "Average .DJI fell 102 points.",
                (Expected("CLc1", 1, 12, ""), Expected("LCOc1", 1, 38), Expected(".DJI", 1, 93)),
            ),
        ),
        good=(Example("The Dow Jones Industrial Average .DJI fell 102 points, and the euro EUR= rose slightly."),),
        source=__name__,
    )
