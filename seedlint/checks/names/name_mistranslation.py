"""NAME001: a known wrong rendering of a name (a calque, a wrong romanisation) from a glossary."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.names.glossary import Wrong, name_key
from seedlint.checks.names.index import GlossaryIndex
from seedlint.checks.names.phrases import PhraseMatch
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’])\p{Ll}")


def _capitalised(text: str) -> bool:
    """Every word starts with a capital: the phrase stands as a name ('WeChat Payment', not 'WeChat payment')."""
    return _LOWER_WORD.search(text) is None


META = RuleMeta(
    code="NAME001",
    name="name-mistranslation",
    family="name",
    severity=Severity.ERROR,
    summary="A company, product or person name rendered word by word or wrongly romanised (small gold suit).",
    docs=(
        "Finds renderings of Chinese names that a glossary (rules/names/*.yaml, kind: glossary) lists as wrong: "
        "literal calques such as 'small and micro gold clothing' for 小微金服 (Ant Financial), 'Hundred Lun' for "
        "新百伦 (New Balance) or 'electric quotient' for 电商 (e-commerce), and wrong romanisations. A model trained "
        "on them learns nonsense names, and that one entity is several. Matching ignores case, apostrophe style and "
        "accents, needs word boundaries around Latin text and none around Han. Renderings that are also ordinary "
        "phrases ('electricity business', 'gold suit') are reported, as warnings, only where their paragraph "
        "mentions the context the glossary gives (Alibaba, Taobao, e-commerce…), or where the document mentions "
        "it and garbles names elsewhere too. The fix is the canonical form."
    ),
    bad=(
        Example(
            "In the dialogue with Peng Lei, President of the small and micro gold clothing company, we asked why.",
            (Expected("small and micro gold clothing", 1, 49, "Ant Financial"),),
        ),
        Example(
            'When people are still in the "Jingdong Mall" and other electric quotient of the wind, banks move in.',
            (Expected("Jingdong Mall", 1, 31, "JD.com"), Expected("electric quotient", 1, 56, "e-commerce")),
        ),
        Example(
            "Taobao sellers on Alibaba's platform say the electricity business keeps growing.",
            (Expected("electricity business", 1, 46, "e-commerce"),),
        ),
    ),
    good=(
        Example("Small business owners borrow from MYbank, which Ant Financial set up in 2015."),
        Example("The electricity business of the utility is regulated by the state grid company."),
        Example(
            "Ant Financial runs Alipay and Yu'e Bao; JD.com and Tmall compete in e-commerce; "
            "a WeChat payment is as common."
        ),
    ),
    source=__name__,
)


class Mistranslation:
    meta = META
    ignorecase = True  # the engine compiles the triggers caseless

    def __init__(self, index: GlossaryIndex) -> None:
        self.index = index
        self.triggers = index.wrong_phrases.triggers

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        index = self.index
        certain: list[tuple[PhraseMatch, Wrong]] = []
        ambiguous: list[tuple[PhraseMatch, Wrong]] = []
        for m in index.wrong_phrases.finditer(doc, ctx.lines, ctx.timeout):
            wrong = index.wrong_by_key.get(m.key)
            if wrong is None or (wrong.capitalised and not _capitalised(m.text)):
                continue
            (ambiguous if wrong.context else certain).append((m, wrong))
        if ambiguous:
            # an ordinary phrase is a calque where its paragraph names the context, or where the
            # document names it and is evidently a translation that garbles names elsewhere
            cued = [(m, w) for m, w in ambiguous if index.context_in_paragraph(w, doc, m.start, m.end, ctx.timeout)]
            if certain or cued:
                cued = [(m, w) for m, w in ambiguous if index.context_found(w, doc, m.start, m.end, ctx.timeout)]
            certain.extend(cued)
        for m, wrong in sorted(certain, key=lambda mw: mw[0].start):
            yield Hit(
                m.start,
                m.end,
                f"'{m.text}' is a mistranslation: {wrong.note}; write '{wrong.fix}'",
                fix=wrong.fix,
                fix_safe=name_key(m.text) == name_key(wrong.fix),
                severity=Severity.WARNING if wrong.context else None,
            )
