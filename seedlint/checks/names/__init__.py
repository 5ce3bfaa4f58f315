"""Python rules of the ``name`` family: calques, alias mixing and inconsistent spellings of names.

``RULES`` is called with the plugin context: it takes the validated data of every ``kind:
glossary`` pack in use (the built-in ``rules/names/*.yaml`` and any pack listed in config
``rule-packs``) from ``context.packs`` and builds the rules over one shared glossary index.

- NAME001 name-mistranslation: a wrong rendering the glossary lists (calque, wrong romanisation).
- NAME002 name-alias-mix: two names of one entity in one document and language.
- NAME003 name-spelling-variant: one name spelled several ways in a document (no glossary needed).
- NAME004 corpus-name-variant: a spelling most of the corpus spells another way.
- NAME005 glossary-name-spelling: a glossary name respelled, or given as bare pinyin.
- NAME006 apostrophe-space: a space inside a word at its apostrophe (Yu 'ebao, Levi 's).
- NAME007 name-case: a name in the wrong case (pinduoduo beside Pinduoduo, ebay).
- NAME008 lowercase-acronym: an acronym in lower case (b2b, c2c).
- NAME009 near-name-variant: one name spelled two near ways (Chongqing/Chonqing, Qingnian/Qing Nian).
- NAME010 generated-calque: a Chinese brand name translated word by word (generated from CC-CEDICT).
- NAME011 pinyin-given-name-case: a given name in lower case after the surname (Liu qiangdong).
- NAME012 split-pinyin-name: a pinyin company or place name cut into syllables (Tian Hong Fund).
- NAME013 han-homophone-variant: a transliterated name written with a homophone character (冈瓦纳/冈瓦那).
- NAME014 company-name-form: a company or institution name with lower-case words, or a doubled suffix.
- NAME015 treasure-calque: a …宝 product translated as '… treasure' (recruit treasure).
- NAME016 joined-name: a name spaced by convention run together (Hongkong).
- NAME017 glossed-person-name: a person's name translated character by character beside its pinyin (yellow if).

NAME006–NAME017 need no glossary: they read the generated data in ``data/`` (see ``lexicon``).
"""

from __future__ import annotations

from seedlint.checks.names.apostrophe_space import ApostropheSpace
from seedlint.checks.names.company_name_form import CompanyNameForm
from seedlint.checks.names.corpus_name_variant import CorpusVariant
from seedlint.checks.names.generated_calque import GeneratedCalque
from seedlint.checks.names.glossary_name_spelling import GlossarySpelling
from seedlint.checks.names.glossed_person_name import GlossedPersonName
from seedlint.checks.names.han_homophone_variant import HanHomophoneVariant
from seedlint.checks.names.index import GlossaryIndex
from seedlint.checks.names.joined_name import JoinedName
from seedlint.checks.names.lowercase_acronym import LowercaseAcronym
from seedlint.checks.names.name_alias_mix import AliasMix
from seedlint.checks.names.name_case import NameCase
from seedlint.checks.names.name_mistranslation import Mistranslation
from seedlint.checks.names.name_spelling_variant import SpellingVariant
from seedlint.checks.names.near_name_variant import NearNameVariant
from seedlint.checks.names.pinyin_given_name_case import PinyinGivenName
from seedlint.checks.names.split_pinyin_name import SplitPinyinName
from seedlint.checks.names.treasure_calque import TreasureCalque
from seedlint.registry import PluginContext, plugin_context
from seedlint.rule import Rule

__all__ = ["RULES", "build_rules"]


def build_rules(index: GlossaryIndex) -> tuple[Rule, ...]:
    return (
        Mistranslation(index),
        AliasMix(index),
        SpellingVariant(index),
        CorpusVariant(index),
        GlossarySpelling(index),
        ApostropheSpace(),
        NameCase(),
        LowercaseAcronym(),
        NearNameVariant(),
        GeneratedCalque(),
        PinyinGivenName(),
        SplitPinyinName(),
        HanHomophoneVariant(),
        CompanyNameForm(),
        TreasureCalque(),
        JoinedName(),
        GlossedPersonName(),
    )


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    return build_rules(GlossaryIndex(plugin_context(context).packs.load("glossary")))
