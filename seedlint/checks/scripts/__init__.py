"""Rules of the ``script`` family: stray scripts, foreign punctuation and broken tokens (SCRIPT001-SCRIPT099).

One module per rule (metadata beside its check), named after the rule; :mod:`.analysis`
holds what they share, :mod:`.pairs` the quote and bracket pairing of a paragraph (:mod:`.marks` the
marks it pairs), :mod:`.data` the script
data. Rules backed by data read the ``kind: script-data`` pack through the plugin context's
pack files; ``SCRIPT010`` is a plain YAML rule. SCRIPT101-SCRIPT103 (Chinese conversion
artifacts) live in :mod:`.conversion` and are registered here.
"""

from __future__ import annotations

from seedlint.checks.scripts.apostrophe_look_alike import ApostropheLookAlike
from seedlint.checks.scripts.capital_after_apostrophe import CapitalAfterApostrophe
from seedlint.checks.scripts.conversion import conversion_rules_of
from seedlint.checks.scripts.cut_romanized_name import CutRomanizedName
from seedlint.checks.scripts.data import ScriptData
from seedlint.checks.scripts.fullwidth_punctuation_in_latin_text import FullwidthPunctuationInLatinText
from seedlint.checks.scripts.halfwidth_punctuation_in_chinese import HalfwidthPunctuationInChinese
from seedlint.checks.scripts.han_variant_mix import HanVariantMix
from seedlint.checks.scripts.mismatched_quote_style import MismatchedQuotes
from seedlint.checks.scripts.mixed_script_word import MixedScriptWord
from seedlint.checks.scripts.pinyin_fragment_in_han_word import PinyinFragmentInHanWord
from seedlint.checks.scripts.sentence_break_before_lowercase import SentenceBreakBeforeLowercase
from seedlint.checks.scripts.space_before_punctuation import SpaceBeforePunctuation
from seedlint.checks.scripts.spaced_han_characters import SpacedHanCharacters
from seedlint.checks.scripts.split_hyphenated_word import SplitHyphenatedWord
from seedlint.checks.scripts.stray_cjk_in_latin_text import StrayCjkInLatinText
from seedlint.checks.scripts.unbalanced_bracket import UnbalancedBracket
from seedlint.checks.scripts.unbalanced_quote import UnbalancedQuote
from seedlint.registry import PluginContext, plugin_context
from seedlint.rule import Rule


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """Build the family's rules with the script data and conversion pairs of ``context.packs``."""
    packs = plugin_context(context).packs
    data: ScriptData = packs.load("script-data")
    return (
        StrayCjkInLatinText(data),
        PinyinFragmentInHanWord(data),
        MixedScriptWord(),
        SpacedHanCharacters(),
        HalfwidthPunctuationInChinese(),
        FullwidthPunctuationInLatinText(),
        UnbalancedQuote(),
        MismatchedQuotes(),
        UnbalancedBracket(),
        SpaceBeforePunctuation(data),
        SentenceBreakBeforeLowercase(data),
        CutRomanizedName(data),
        CapitalAfterApostrophe(),
        SplitHyphenatedWord(),
        ApostropheLookAlike(),
        HanVariantMix(data),
        *conversion_rules_of(packs.load("conversion-pairs"), packs.load("conversion-residue")),
    )
