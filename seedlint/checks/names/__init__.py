"""Python rules of the ``name`` family: calques, alias mixing and inconsistent spellings of names.

``RULES`` is called with the plugin context: it takes the validated data of every ``kind:
glossary`` pack in use (the built-in ``rules/names/*.yaml`` and any pack listed in config
``rule-packs``) from ``context.packs`` and builds the rules over one shared glossary index.

- NAME001 name-mistranslation: a wrong rendering the glossary lists (calque, wrong romanisation).
- NAME002 name-alias-mix: two names of one entity in one document and language.
- NAME003 name-spelling-variant: one name spelled several ways in a document (no glossary needed).
- NAME004 corpus-name-variant: a spelling most of the corpus spells another way.
- NAME005 glossary-name-spelling: a glossary name respelled, or given as bare pinyin.
"""

from __future__ import annotations

from seedlint.checks.names.corpus_name_variant import CorpusVariant
from seedlint.checks.names.glossary_name_spelling import GlossarySpelling
from seedlint.checks.names.index import GlossaryIndex
from seedlint.checks.names.name_alias_mix import AliasMix
from seedlint.checks.names.name_mistranslation import Mistranslation
from seedlint.checks.names.name_spelling_variant import SpellingVariant
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
    )


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    return build_rules(GlossaryIndex(plugin_context(context).packs.load("glossary")))
