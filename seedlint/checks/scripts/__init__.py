"""Rules of the ``script`` family: stray scripts, foreign punctuation and broken tokens (SCRIPT001-SCRIPT099).

One module per rule (metadata beside its check). Rules backed by data read
``rules/script.data.yaml`` (a ``kind: script-data`` file) through the plugin
context's pack files; ``SCRIPT010`` is a plain table in ``rules/script.punctuation.yaml``.
"""

from __future__ import annotations

from seedlint.checks.scripts._data import load_script_data
from seedlint.checks.scripts.cut_romanized_name import CutRomanizedName
from seedlint.checks.scripts.fullwidth_punct import FullwidthPunctuationInLatinText
from seedlint.checks.scripts.halfwidth_punct import HalfwidthPunctuationInChinese
from seedlint.checks.scripts.han_variant import HanVariantMix
from seedlint.checks.scripts.mixed_script_word import MixedScriptWord
from seedlint.checks.scripts.pair_rules import MismatchedQuotes, UnbalancedBracket, UnbalancedQuote
from seedlint.checks.scripts.pinyin_fragment import PinyinFragmentInHanWord
from seedlint.checks.scripts.sentence_break import SentenceBreakBeforeLowercase
from seedlint.checks.scripts.space_before_punct import SpaceBeforePunctuation
from seedlint.checks.scripts.stray_cjk import StrayCjkInLatinText
from seedlint.checks.scripts.titlecase_apostrophe import CapitalAfterApostrophe
from seedlint.registry import PluginContext
from seedlint.rule import Rule


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """Build the family's rules with the script data found among ``context.pack_files``."""
    data = load_script_data(context.pack_files if context else ())
    return (
        StrayCjkInLatinText(data),
        PinyinFragmentInHanWord(data),
        MixedScriptWord(),
        HalfwidthPunctuationInChinese(),
        FullwidthPunctuationInLatinText(),
        UnbalancedQuote(),
        MismatchedQuotes(),
        UnbalancedBracket(),
        SpaceBeforePunctuation(data),
        SentenceBreakBeforeLowercase(data),
        CutRomanizedName(data),
        CapitalAfterApostrophe(),
        HanVariantMix(data),
    )
