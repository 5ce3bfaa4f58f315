"""NAME001: a known wrong rendering of a name (a calque, a wrong romanisation) from a glossary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from seedlint.checks.names.glossary import Wrong, name_key
from seedlint.checks.names.index import GlossaryIndex
from seedlint.checks.names.phrases import PhraseMatch
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: an ambiguous rendering used this often is the document's term for the entity: the document's context suffices
MIN_TERM_USES = 3
#: a calque cut short keeps at least this many of its content words ('small and micro', not 'small')
MIN_CUT_WORDS = 2
#: words between the content words of a calque
_BETWEEN = frozenset({"and", "of", "the", "&", "y", "de", "del", "la", "el"})
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
        "it and garbles names elsewhere too or uses the rendering at least three times as its term for the thing. "
        "A calque the document uses is also reported where it stands cut short, its first two or more content "
        "words alone, ending the noun phrase ('the success of small and micro.' beside 'small and micro gold "
        "clothing'; not 'small and micro firms', 'Small and Micro Financial Services'). The fix is the "
        "canonical form."
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
        Example(
            "Peng Lei runs the small and micro gold clothing group. This success is the real success of small and "
            "micro.",
            (
                Expected("small and micro gold clothing", 1, 19, "Ant Financial"),
                Expected("small and micro", 1, 92, "Ant Financial"),
            ),
        ),
        Example(
            "He left the electricity supplier industry.\n\nThe electricity supplier grew for ten years.\n\n"
            "China's electricity supplier is impetuous, and Jingdong leads.",
            (
                Expected("electricity supplier", 1, 13, "e-commerce company"),
                Expected("electricity supplier", 3, 5, "e-commerce company"),
                Expected("electricity supplier", 5, 9, "e-commerce company"),
            ),
        ),
    ),
    good=(
        Example("The singer wore a gold suit on stage, and small business owners in the audience cheered."),
        Example("The electricity business of the utility is regulated by the state grid company."),
        Example(
            "In China the electricity supplier raised prices.\n\nJingdong sells heaters online.\n\n"
            "A second electricity supplier cut them."
        ),
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
            else:  # a rendering the document keeps using as its term, in a document that names the context
                uses = Counter(w.entity for _m, w in ambiguous)
                cued = [
                    (m, w)
                    for m, w in ambiguous
                    if uses[w.entity] >= MIN_TERM_USES and index.context_found(w, doc, m.start, m.end, ctx.timeout)
                ]
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
        yield from _cut_short(doc.text, certain)


def _cut_short(text: str, found: list[tuple[PhraseMatch, Wrong]]) -> Iterator[Hit]:
    """A calque of the document cut short: its first words, standing alone elsewhere ('small and micro' beside
    'small and micro gold clothing'). A translation that calques a name shortens it the same way."""
    taken = [(m.start, m.end) for m, _w in found]
    prefixes: dict[str, Wrong] = {}
    for m, wrong in found:
        words = m.text.split()
        content = [i for i, w in enumerate(words) if w.casefold() not in _BETWEEN]
        for i in content[MIN_CUT_WORDS - 1 : -1]:
            prefixes.setdefault(" ".join(words[: i + 1]), wrong)
    for prefix, wrong in prefixes.items():
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-]){regex.escape(prefix)}(?![\p{{L}}\p{{M}}'’-])", regex.I)
        for cut in pattern.finditer(text):
            if any(s <= cut.start() < e for s, e in taken) or not _stands_alone(text, cut.end()):
                continue
            note = f"'{cut.group()}' is the calque '{wrong.form}' cut short ({wrong.note}); write '{wrong.fix}'"
            yield Hit(cut.start(), cut.end(), note, fix=wrong.fix, fix_safe=False, severity=Severity.WARNING)


_NEXT_WORD = regex.compile(r"[ \t]*(\p{L}*)", regex.V1)
#: words after which a noun phrase has ended: a calque cut short before them is the name on its own
_AFTER_NAME = frozenset(
    regex.findall(
        r"\S+",
        """is are was were be been being has have had will would can could may might should must do does did
        and or but of in on at to for from with by as than that which who if when while so also not""",
    )
)


def _stands_alone(text: str, end: int) -> bool:
    """The cut calque ends its noun phrase: punctuation, the end, or a function word or auxiliary follows
    ('the success of small and micro.'; not 'small and micro financial services', another name)."""
    m = _NEXT_WORD.match(text, end)
    word = m.group(1) if m else ""
    return not word or word.casefold() in _AFTER_NAME
