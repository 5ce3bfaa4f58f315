"""Rules of the ``date`` family: a small en/es/zh date grammar checked with calendar arithmetic.

One module per rule (metadata beside its check); the grammar lives in ``numerals``,
``lexicon``, ``grammar``, ``ranges``, ``relative`` and ``context``. The grammar rules share one
:class:`~seedlint.checks.dates.analysis.FamilySpotter`: a single exact scan per document
that tells each rule where its patterns match; the damage rules (DATE011-DATE021) share its
marks of number damage (:func:`~seedlint.checks.dates.analysis.has_damage`).
"""

from __future__ import annotations

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.corrupted_year import CorruptedYear
from seedlint.checks.dates.dated_after_publication import AfterPublication
from seedlint.checks.dates.founding_year_conflict import FoundingYearConflict
from seedlint.checks.dates.garbled_date import GarbledDate
from seedlint.checks.dates.garbled_date_structure import GarbledDateStructure
from seedlint.checks.dates.implausible_year import ImplausibleYear
from seedlint.checks.dates.impossible_date import ImpossibleDate
from seedlint.checks.dates.inverted_range import InvertedRange
from seedlint.checks.dates.long_year_in_date import LongYearInDate
from seedlint.checks.dates.lost_digit_year import LostDigitYear
from seedlint.checks.dates.markup_in_date import MarkupInDate
from seedlint.checks.dates.masked_date import MaskedDate
from seedlint.checks.dates.mt_numeral_artefact import NumeralArtefact
from seedlint.checks.dates.punctuation_in_date import PunctuationInDate
from seedlint.checks.dates.relative_span_contradiction import RelativeSpan
from seedlint.checks.dates.split_date_number import SplitDateNumber
from seedlint.checks.dates.stripped_timestamp import StrippedTimestamp
from seedlint.checks.dates.substituted_year import SubstitutedYear
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
# damage left by machine translation and site-wide replacement (DATE012-DATE021, and DATE011, which
# reads line starts only): found by the same spotter
_DAMAGE = (
    NumeralArtefact,
    LongYearInDate,
    SplitDateNumber,
    MarkupInDate,
    LostDigitYear,
    GarbledDateStructure,
    PunctuationInDate,
    MaskedDate,
    SubstitutedYear,
    FoundingYearConflict,
)


def build_rules() -> tuple[Rule, ...]:
    """The family's rules, sharing one spotter built from their trigger patterns."""
    spotted = (*_SPOTTED, *_DAMAGE)
    spotter = FamilySpotter({cls.meta.code: cls.spots for cls in spotted})
    return (
        *(cls(spotter) for cls in _SPOTTED),
        AfterPublication(),
        StrippedTimestamp(),
        *(cls(spotter) for cls in _DAMAGE),
    )


RULES: tuple[Rule, ...] = build_rules()
