"""NAME017: a Chinese person's name translated character by character beside its pinyin (Huang Ruo, 'yellow if').

Machine translation that does not know a person renders the name one character at a time: 黄若 (Huang
Ruo) becomes "yellow if" or "if yellow", 马云 (Ma Yun) "horse cloud". Where the document also writes the
name in pinyin, the glosses of its syllables (data/syllables.tsv, from CC-CEDICT and jieba's character
frequencies) tell the calque from prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from seedlint.checks.names.analysis import latin_words
from seedlint.checks.names.lexicon import about_china, syllable_glosses
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

#: a capitalised one-syllable surname and a capitalised given name of one or two syllables
#: the capital first, the character before it tested after (stdlib re skips to a capital in C)
_NAME = re.compile(r"([A-Z](?<![\w'’-].)[a-z]{0,5}) ([A-Z][a-z]{1,11})(?![\w'’-])")
#: a calque of one name is reported when the document uses it this often (once may be a phrase of English)
MIN_CALQUES = 2
MAX_NAMES = 40  # distinct candidate names looked at in one document

META = RuleMeta(
    code="NAME017",
    name="glossed-person-name",
    family="name",
    severity=Severity.WARNING,
    summary="A Chinese person's name translated character by character beside its pinyin: Huang Ruo, 'yellow if'.",
    docs=(
        "Machine translation that does not know a person renders the name a character at a time: 黄若 (Huang Ruo) "
        "as 'yellow if' and 'if yellow', 马云 as 'horse cloud'; the reader, and a model, meets a phrase where a "
        "person stands. The document's own pinyin names (a capitalised surname syllable that CC-CEDICT lists as "
        "a surname, and a given name of one or two pinyin syllables) are glossed syllable by syllable: for each "
        "syllable the English senses of its most frequent character (jieba's dictionary frequencies, "
        "pypinyin's first reading; CC-CEDICT senses; built by scripts/build_name_data.py into "
        "data/syllables.tsv). A run of those glosses, in Chinese order (surname first) or in English order "
        "(surname last), written in lower case after its first word, is reported when the document holds such "
        "runs for one name at least twice, in a document about China: one phrase alone may be ordinary English, "
        "and a syllable's rarer characters are left out ('go east' would gloss Wang Dong). The fix is the pinyin "
        "name."
    ),
    bad=(
        Example(
            "Huang Ruo left Dangdang in China. In June, yellow if retired; then if yellow joined a fund.",
            (Expected("yellow if", 1, 44, "Huang Ruo"), Expected("if yellow", 1, 68, "Huang Ruo")),
        ),
    ),
    good=(
        Example("Huang Ruo left Dangdang in China. In June, yellow if retired; he joined a fund."),
        Example("Wang Dong said Chinese firms go east; later they go east again, as the king of great firms."),
    ),
    source=__name__,
)


class GlossedPersonName:
    meta = META
    triggers = ()

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        if not about_china(text):
            return
        names = _names(text, latin_words(doc).folds)
        if not names:
            return
        found: dict[str, list[re.Match[str]]] = {}
        for name, pattern in names.items():
            for m in pattern.finditer(text):
                if not any(c.isupper() for c in m.group()[1:]):  # lower case after its first letter
                    found.setdefault(name, []).append(m)
        for name, matches in found.items():
            if len(matches) < MIN_CALQUES:
                continue
            for m in matches:
                message = f"'{m.group()}' is the name {name} translated character by character"
                yield Hit(m.start(), m.end(), message, fix=name, fix_safe=False)


def _names(text: str, folds: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    """The document's pinyin person names, each with the pattern of its glosses in either order; only the
    glosses that are words of the document (``folds``), and only names with one for every syllable."""
    table = syllable_glosses()
    out: dict[str, re.Pattern[str]] = {}
    for surname, given in dict.fromkeys(_NAME.findall(text)):
        name = f"{surname} {given}"
        entry = table.get(surname.lower())
        if name in out or entry is None or not entry[0]:
            continue
        syllables = _split(given.lower(), table)
        if syllables is None:
            continue
        glosses = [frozenset(g for g in words if g in folds) for words in (entry[1], *(table[s][1] for s in syllables))]
        if not all(glosses):
            continue
        orders = (glosses, [*glosses[1:], glosses[0]])
        out[name] = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(_sequence(o) for o in orders) + r")(?![\w'’-])", re.IGNORECASE
        )
        if len(out) >= MAX_NAMES:
            break
    return out


def _sequence(glosses: list[frozenset[str]]) -> str:
    return r"[ \t]+".join("(?:" + "|".join(re.escape(g) for g in sorted(words)) + ")" for words in glosses)


def _split(given: str, table: dict[str, tuple[bool, frozenset[str]]]) -> list[str] | None:
    """The given name as one syllable or two (the longer first syllable first), or None."""
    if given in table:
        return [given]
    for cut in range(len(given) - 1, 0, -1):
        if given[:cut] in table and given[cut:] in table:
            return [given[:cut], given[cut:]]
    return None
