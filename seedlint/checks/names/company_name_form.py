"""NAME014: a company or institution name in a broken form (lower-case words before Co., Ltd.; 有限公司有限公司)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: English legal suffixes that close a company name
_SUFFIX = regex.compile(r"(?<=\p{L} )(?:Co\.,? Ltd\.?|Company Limited|Limited|Inc\.|Corporation|Corp\.)(?![\p{L}])")
#: words that end a name when walking back from its suffix (and start the sentence around it)
_STOP = frozenset(
    regex.findall(
        r"\S+",
        """the a an that which who whose this these those by with from to in on at as is are was were be been has
        have had said says and/or or but while when where if than then its their his her our your my we they he she
        it also both each every all any some such without within about into over under after before between through
        against across among near toward towards upon via per including""",
    )
)
#: words a name may keep in lower case
_LINKS = frozenset({"of", "and", "&", "for", "de", "del", "y", "la", "el", "los", "las"})
_WORD = regex.compile(r"[\p{L}&][\p{L}\p{M}'’&.-]*", regex.V1)
#: an institution word in capitals beside a lower-case part of its own name
_INSTITUTION_WORDS = ("Bank", "Bureau", "Ministry", "Commission")
_INSTITUTION = f"(?:{'|'.join(_INSTITUTION_WORDS)})"
_OF_LOWER = regex.compile(rf"(?<![\p{{L}}])({_INSTITUTION} of (\p{{Ll}}{{4,}}))(?![\p{{L}}])", regex.V1)
_LOWER_BEFORE = regex.compile(rf"(?<![\p{{L}}])\p{{Ll}}+ ((\p{{Ll}}{{4,}}) {_INSTITUTION})(?![\p{{L}}])", regex.V1)
_LOWER_INSTITUTIONS = ("bureau", "commission", "ministry", "committee", "administration")
#: a Title Case name of an institution: its lower-cased copies elsewhere in the document are miscased
_TITLE_INSTITUTION = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4} (?:Bureau|Commission|Ministry|Committee|Administration))"
    r"(?![\p{L}])",
    regex.V1,
)
#: a Chinese company suffix written twice
_DOUBLED = regex.compile(r"(股份有限公司|有限责任公司|有限公司|集团公司|集团)\1")
MAX_NAME_WORDS = 10

META = RuleMeta(
    code="NAME014",
    name="company-name-form",
    family="name",
    severity=Severity.WARNING,
    summary="A company or institution name in a broken form: 'Ningbo Jin run asset management Co., Ltd.', "
    "'construction Bank', 'Bank of communications', 有限公司有限公司.",
    docs=(
        "A company's legal name is written with every word capitalised before its suffix (Co., Ltd., Limited, "
        "Inc., Corporation); machine translation lower-cases the words it translated ('Ningbo Jin run asset "
        "management Co., Ltd.'), and keeps a capital only on the institution word ('construction Bank', 'Bank "
        "of communications'). Spinning tools double a Chinese suffix (有限公司有限公司). Reported: a run that "
        "starts with a capitalised word and ends in a legal suffix, holding a lower-case word other than of, "
        "and, for (the run stops at determiners, pronouns, verbs of saying and punctuation); Bank, Bureau, "
        "Ministry or Commission capitalised next to a lower-case word of four letters or more that is part of "
        "the name ('<word> Bank' after a lower-case word, 'Bank of <word>'; not 'of the'); an institution the "
        "document writes in Title Case (Zhejiang Banking Regulatory Bureau) copied elsewhere with its words in "
        "lower case, and the lower-case copies of a name reported for a lower-case word ('the construction bank' "
        "beside 'construction Bank'); a doubled Chinese company suffix. The Title Case form and the single suffix "
        "are fixes."
    ),
    bad=(
        Example(
            "Shares went to Ningbo Jin run asset management Co., Ltd. and others.",
            (Expected("Ningbo Jin run asset management Co., Ltd.", 1, 16),),
        ),
        Example(
            "The launch of the Bank of communications came first; the construction Bank followed.",
            (Expected("Bank of communications", 1, 19), Expected("construction Bank", 1, 58)),
        ),
        Example(
            "The most eye-catching is the construction Bank. Then the construction bank began to sell.",
            (Expected("construction Bank", 1, 30), Expected("construction bank", 1, 58)),
        ),
        Example("中国科学院有限公司有限公司投资了该企业。", (Expected("有限公司有限公司", 1, 6, "有限公司"),)),
        Example(
            "The Zhejiang Banking Regulatory Bureau approved it; the Zhejiang banking regulatory bureau watches.",
            (Expected("Zhejiang banking regulatory bureau", 1, 57, "Zhejiang Banking Regulatory Bureau"),),
        ),
    ),
    good=(
        Example("Shares went to Ningbo Jinrun Asset Management Co., Ltd. and to the company Limited by shares."),
        Example("The Bank of Communications and China Construction Bank lend; the Bank of the West, too."),
        Example("China Construction Bank lends to builders; a construction bank loan is rare, said the Bank."),
        Example("中国科学院控股有限公司投资了该企业，集团公司也参与。"),
    ),
    source=__name__,
)


class CompanyNameForm:
    meta = META
    triggers = (r"Co\.,? Ltd|Limited|Inc\.|Corp|Bank|Bureau|Ministry|Commission|有限公司|集团",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        # each pass only where its anchor occurs: a substring test first, the regex scan after
        suffixes = any(a in text for a in ("Ltd", "Limited", "Inc.", "Corp"))
        for m in _SUFFIX.finditer(text) if suffixes else ():
            start = _name_start(text, m.start())
            if start is None:
                continue
            words = [w for w in _WORD.findall(text[start : m.start()])]
            if any(w[0].islower() and w.casefold() not in _LINKS for w in words):
                name = text[start : m.end()]
                yield Hit(start, m.end(), f"'{name}' is a company name with words in lower case", fix_safe=False)
        lines = range(len(doc.line_starts)) if ctx.lines is None else ctx.lines
        half_lower: set[str] = set()
        for index in lines:  # the lines that hold an institution word or a suffix (the triggers)
            span = doc.line_span(index)
            if not any(a in span.text for a in _INSTITUTION_WORDS):
                continue
            for pattern in (_OF_LOWER, _LOWER_BEFORE):
                for m in pattern.finditer(text, span.start, span.end):
                    if m.group(2) in _STOP or m.group(2) in _LINKS:
                        continue
                    name = m.group(1)
                    half_lower.add(name)
                    yield Hit(m.start(1), m.end(1), f"'{name}' is an institution name with a word in lower case")
        yield from _lowered_copies(text, half_lower)
        lowered_institution = any(a in text for a in _LOWER_INSTITUTIONS)
        for found in set(_TITLE_INSTITUTION.findall(text)) if lowered_institution else ():
            words = found.split(" ")
            while words and words[0].casefold() in _STOP:
                words.pop(0)  # 'The Zhejiang Banking Regulatory Bureau' starting a sentence
            if len(words) < 3:
                continue
            title = " ".join(words)
            first, rest = title.split(" ", 1)
            lowered = regex.compile(rf"(?<![\p{{L}}]){regex.escape(first)} {regex.escape(rest.lower())}(?![\p{{L}}])")
            for m in lowered.finditer(text):
                yield Hit(
                    m.start(), m.end(), f"'{m.group()}' is written '{title}' elsewhere in this document", fix=title
                )
        for m in _DOUBLED.finditer(text) if "公司" in text or "集团" in text else ():
            suffix = m.group(1)
            yield Hit(m.start(), m.end(), f"'{m.group()}' repeats the company suffix: write '{suffix}'", fix=suffix)


def _name_start(text: str, end: int) -> int | None:
    """Where the name before a suffix at ``end`` starts: walk back over words to a stop; it must be capitalised."""
    words = list(_WORD.finditer(text, max(0, end - 200), end))
    kept: list[regex.Match[str]] = []
    for w in reversed(words[-MAX_NAME_WORDS:]):
        gap = text[w.end() : end if not kept else kept[-1].start()]
        if regex.search(r"[,;:()\"“”\n]|[.!?]\s", gap) or w.group().casefold() in _STOP:
            break
        kept.append(w)
    while kept and kept[-1].group().casefold() in _LINKS:
        kept.pop()  # ', and Ningbo Jin run … Co., Ltd.': the name starts after the link word
    if not kept or not kept[-1].group()[0].isupper():
        return None
    return kept[-1].start()


def _lowered_copies(text: str, names: set[str]) -> Iterator[Hit]:
    """The half-lower-case institution names of the document copied all in lower case ('construction Bank', then
    'the construction bank began'): the same name, with its last capital lost too."""
    for name in names:
        lowered = name.lower()
        pos = text.find(lowered)
        while pos != -1:
            end = pos + len(lowered)
            if not (pos and text[pos - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                yield Hit(pos, end, f"'{lowered}' is the institution name '{name}' in lower case")
            pos = text.find(lowered, end)
