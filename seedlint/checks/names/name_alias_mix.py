"""NAME002: two names of one entity (canonical form and alias) in one document and language."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.glossary import LANGUAGES, is_han
from seedlint.checks.names.index import GlossaryIndex
from seedlint.checks.names.phrases import PhraseMatch
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: an alias this close to another name of the entity, in the same sentence, glosses it: "Jack Ma (Ma Yun)"
GLOSS_WINDOW = 40
_SENTENCE_END = regex.compile(r"[.!?;]\s|[。！？；]")

META = RuleMeta(
    code="NAME002",
    name="name-alias-mix",
    family="name",
    severity=Severity.WARNING,
    summary="One entity called by two of its names in one document (Jack Ma and Ma Yun; Evergrande and Hengda).",
    docs=(
        "Finds documents that call one glossary entity by two different names in the same language, such as "
        "'Jack Ma' and 'Ma Yun' or 'Evergrande' and 'Hengda': machine translation picks a rendering per sentence, "
        "and a corpus that mixes them teaches a model that one entity is two. The finding stands at the less "
        "used name (the later one on a tie) and names the line and column of the other; the suggested fix, "
        "applied only with --unsafe-fixes, is the more used name. A name glossed beside the other on the same "
        "sentence ('Jack Ma (Ma Yun)', 'WeChat, known as Weixin') is not reported, nor are forms the glossary lists "
        "under 'also' (former names, short and long forms)."
    ),
    bad=(
        Example(
            "Evergrande also has no money for the transfer.\n(Note: Ali has become a shareholder in Hengda football.)",
            (Expected("Hengda", 2, 40, "Evergrande"),),
        ),
        Example(
            "Jack Ma founded Alibaba in 1999.\nSome analysts believe that Ma Yun may reshape banking. Jack Ma agreed.",
            (Expected("Ma Yun", 2, 28, "Jack Ma"),),
        ),
    ),
    good=(
        Example("Jack Ma (Ma Yun in pinyin) founded Alibaba.\nJack Ma stepped down in 2019."),
        Example("Jack Ma spoke in Hangzhou.\n马云在杭州发表讲话。"),
        Example(
            "Ant Group, formerly Ant Financial, runs Alipay.\n"
            "Ant Group's listing was halted in 2020. Jack Ma founded it."
        ),
    ),
    source=__name__,
)


class AliasMix:
    meta = META

    def __init__(self, index: GlossaryIndex) -> None:
        self.index = index
        self.triggers = index.conflict_phrases.triggers

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        index = self.index
        groups: dict[tuple[str, str], dict[str, list[PhraseMatch]]] = {}
        for m in index.conflict_phrases.finditer(doc, ctx.lines, ctx.timeout):
            lang = doc.language_at(m.start)
            if lang not in LANGUAGES:
                lang = "zh" if is_han(m.text) else "en"
            for entity_id, member_lang in index.members.get(m.key, ()):
                if member_lang == lang:
                    groups.setdefault((entity_id, lang), {}).setdefault(m.key, []).append(m)
        for (entity_id, _lang), forms in groups.items():
            if len(forms) < 2:
                continue
            ranked = sorted(forms, key=lambda f: (-len(forms[f]), forms[f][0].start))
            main = ranked[0]
            first = forms[main][0]
            line, column = doc.line_col(first.start)
            others = [m for f in ranked for m in forms[f]]
            entity = index.entities[entity_id]
            for form in ranked[1:]:
                for m in forms[form]:
                    if _glossed(doc, m, [o for o in others if o.key != form]):
                        continue
                    yield Hit(
                        m.start,
                        m.end,
                        f"'{m.text}' and '{first.text}' ({line}:{column}) both name {entity.label} in this "
                        f"document: use one name",
                        fix=first.text,
                        fix_safe=False,
                    )


def _glossed(doc: Document, m: PhraseMatch, others: list[PhraseMatch]) -> bool:
    line = doc.line_index(m.start)
    for o in others:
        if doc.line_index(o.start) != line:
            continue
        between = doc.text[o.end : m.start] if o.end <= m.start else doc.text[m.end : o.start]
        if len(between) <= GLOSS_WINDOW and not _SENTENCE_END.search(between):
            return True
    return False
