"""Rules of the ``date`` family: a small en/es/zh date grammar checked with calendar arithmetic.

One module per rule (metadata beside its check); the grammar lives in ``numerals``,
``lexicon``, ``grammar``, ``ranges``, ``relative`` and ``context``. All rules share one
:class:`~seedlint.checks.dates.analysis.FamilySpotter`: a single exact scan per document
that tells each rule where its patterns match.
"""

from __future__ import annotations

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.corrupted_year import CorruptedYear
from seedlint.checks.dates.dated_after_publication import AfterPublication
from seedlint.checks.dates.garbled_date import GarbledDate
from seedlint.checks.dates.implausible_year import ImplausibleYear
from seedlint.checks.dates.impossible_date import ImpossibleDate
from seedlint.checks.dates.inverted_range import InvertedRange
from seedlint.checks.dates.relative_span_contradiction import RelativeSpan
from seedlint.checks.dates.weekday_mismatch import WeekdayMismatch
from seedlint.checks.dates.year_fused_into_number import FusedYear
from seedlint.checks.dates.zodiac_year_mismatch import ZodiacYear
from seedlint.rule import Rule

_SPOTTED = (
    CorruptedYear,
    FusedYear,
    ImpossibleDate,
    InvertedRange,
    GarbledDate,
    ZodiacYear,
    WeekdayMismatch,
    RelativeSpan,
    ImplausibleYear,
)


def build_rules() -> tuple[Rule, ...]:
    """The family's rules, sharing one spotter built from their trigger patterns."""
    spotter = FamilySpotter({cls.meta.code: cls.spots for cls in _SPOTTED})
    return (*(cls(spotter) for cls in _SPOTTED), AfterPublication())


RULES: tuple[Rule, ...] = build_rules()
