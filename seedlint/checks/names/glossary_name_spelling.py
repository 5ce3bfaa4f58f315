"""NAME005: a glossary name spelled in a way the glossary does not accept (Yu Ebao, Wechat, Zhifubao)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.analysis import analysis
from seedlint.checks.names.glossary import LANGUAGES, name_key
from seedlint.checks.names.index import GlossaryIndex, KeyEntry
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: the commonest Chinese surnames in pinyin: "Wang Yi" is a person before it is the pinyin of 网易
SURNAMES = frozenset(
    regex.findall(
        r"\S+",
        """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du shen su ren yao lv
    cui zhong tan fan jin shi liao qiu xia fu fang bai zou meng xiong qin hou yin chang wan gu lai hao kong mao qiao
    wen duan lei qian long yi kang niu hong ou""",
    )
)

META = RuleMeta(
    code="NAME005",
    name="glossary-name-spelling",
    family="name",
    severity=Severity.WARNING,
    summary="A glossary name respelled (Yu Ebao, Yu'E Bao, Wechat) or given as bare pinyin (Zhifubao for Alipay).",
    docs=(
        "Compares every capitalised name of a document with the glossaries by spelling key (case, diacritics, "
        "apostrophes, hyphens and spaces ignored): a name whose key is that of an accepted form but whose "
        "spelling is not accepted ('Yu Ebao', 'Yu'E Bao' for Yu'e Bao; 'Wechat' for WeChat) gets the accepted "
        "spelling as a safe fix; a name whose key is the pinyin of an entity's Chinese name ('Zhifubao' for "
        "支付宝, 'Tianmao' for 天猫) is a romanisation where the entity has a name of its own, and gets that "
        "name as an unsafe fix. Both are how machine translation splits one entity into several; this works for "
        "every glossary entry without listing its misspellings."
    ),
    bad=(
        Example(
            "The front end will have O2O, Yu Ebao, recruit treasure and so on.",
            (Expected("Yu Ebao", 1, 30, "Yu'e Bao"),),
        ),
        Example(
            "Antes, todo el mundo depositaba su dinero en Yu'E Bao de Alipay.",
            (Expected("Yu'E Bao", 1, 46, "Yu'e Bao"),),
        ),
        Example(
            "Sellers on Tianmao were paid through Zhifubao.",
            (Expected("Tianmao", 1, 12, "Tmall"), Expected("Zhifubao", 1, 38, "Alipay")),
        ),
    ),
    good=(
        Example("Savers moved money from Alipay into Yu'e Bao, and Tmall sellers use WeChat Pay too."),
        Example("Peng Lei ran Alipay; Lucy Peng is the name she uses in English."),
    ),
    source=__name__,
)


class GlossarySpelling:
    meta = META
    # no triggers: a bare romanisation can be any capitalised word; the document's candidates are
    # computed once for the whole family (NAME004 summarises every document) and this is a lookup
    triggers = ()

    def __init__(self, index: GlossaryIndex) -> None:
        self.index = index

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        a = analysis(doc)
        key_map = self.index.key_map
        for key, surfaces in a.by_key.items():
            entry = key_map.get(key)
            if entry is None:
                continue
            accepted = self.index.accepted_plain[entry.entity.id]
            for surface in surfaces:
                if surface in accepted:
                    continue
                if not entry.forms and " " in surface and surface.split(" ", 1)[0].casefold() in SURNAMES:
                    continue  # a person's name that happens to sound like the entity
                if any(len(word) == 1 for word in surface.split(" ")):
                    continue  # 'Did I' is no spelling of DiDi: a one-letter word is a pronoun or an initial
                for occ in a.occurrences(surface):
                    yield self._hit(doc, entry, key, occ.start, occ.end)

    def _hit(self, doc: Document, entry: KeyEntry, key: str, start: int, end: int) -> Hit:
        text = doc.text[start:end]
        lang = doc.language_at(start)
        canonical = entry.entity.canonical_for(lang if lang in LANGUAGES else "en")
        if entry.forms:
            fix = canonical if name_key(canonical) == key else entry.forms[0]
            return Hit(start, end, f"'{text}' is a misspelling of {entry.entity.label}: write '{fix}'", fix=fix)
        return Hit(
            start,
            end,
            f"'{text}' is the pinyin of {entry.han}, which is called '{canonical}' in this language",
            fix=canonical,
            fix_safe=False,
        )
