"""Each speed shortcut gives exactly what the general path it skips would give."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from seedlint import langid
from seedlint.checks.names import phrases
from seedlint.document import Document, _letters

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)
BLANKS = st.text(alphabet=st.sampled_from("ab \t\u00a0'`’é"), max_size=40)

LATIN = regex.compile(r"\p{Latin}")  # what the shortcuts stand in for
LATIN_WORD = regex.compile(r"[\p{Latin}']+")

PARAGRAPHS = [
    "The committee said on Monday that the plan was approved by the board.",
    "El gobierno dijo que el plan fue aprobado por la junta de la ciudad.",
    "委员会周一表示，该计划已获董事会批准，并将于明年实施。",
    "ID:1200247",
    "Новый план был одобрен советом директоров.",
    "Zhang Wei, Beijing",
]


@given(ASCII)
def test_ascii_letters_count_what_the_latin_class_counts(text: str) -> None:
    assert langid.ascii_letters(text) == langid._count(LATIN, text)
    assert _letters(text) == len(regex.findall(r"\p{L}", text))
    assert _letters(text, 8) == min(8, len(regex.findall(r"\p{L}", text)))


@given(ASCII)
def test_ascii_words_are_the_latin_words(text: str) -> None:
    lower = text.lower()
    assert langid._ASCII_WORD.findall(lower) == LATIN_WORD.findall(lower)


@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=12))
def test_document_language_stops_early_on_the_same_leader(paragraphs: list[str]) -> None:
    doc = Document("t.txt", "\n".join(paragraphs) + "\n")
    weight: dict[str, int] = {}
    for p in doc.paragraphs:  # the full weighing the early stop shortens
        lang = langid.guess_language(p.text)
        weight[lang] = weight.get(lang, 0) + _letters(p.text)
    assert doc.language == max(weight, key=weight.__getitem__)


@given(ASCII)
def test_ascii_folding_is_the_table_folding(text: str) -> None:
    for caseless in (True, False):
        index = phrases.PhraseIndex(["Ant Group"], ignorecase=caseless)
        folded = text.translate(index._table)
        assert index._fold(text) == (folded.lower() if caseless else folded)


@given(st.text(alphabet=st.sampled_from("aÉé ñÑ’`ʼ\t\u00a0ǅĲ中-İ"), max_size=40))
def test_folding_one_match_at_a_time_is_the_table_folding(text: str) -> None:
    for caseless in (True, False):
        index = phrases.PhraseIndex(["Ant Group"], ignorecase=caseless)
        folded = text.translate(index._table)
        lower = folded.lower()
        expected = (
            (lower if len(lower) == len(folded) else "".join(c.lower()[:1] for c in folded)) if caseless else folded
        )
        assert index._fold(text) == expected


@given(BLANKS)
def test_single_spacing_shortcut_agrees_with_the_blank_run_pattern(text: str) -> None:
    spaced, jumps = phrases._single_spaced(text)
    if not phrases._SPACE_RUN.search(text):
        assert (spaced, jumps) == (text, [])
    else:
        assert spaced == regex.sub(r"[ \t\u00a0]+", " ", text)


def test_the_spelled_out_latin_class_is_the_latin_property() -> None:
    spelled = re.compile(f"[{langid.LATIN_CLASS}]")
    differ = [hex(cp) for cp in range(0x110000) if bool(spelled.match(chr(cp))) != bool(LATIN.match(chr(cp)))]
    assert not differ, differ[:10]  # a new regex release moved the Unicode tables: regenerate LATIN_CLASS


@given(st.text(alphabet=st.sampled_from("aZé ñ’“”'.Ωж中かк-"), max_size=60))
def test_latin_counts_and_words_in_the_standard_engine(text: str) -> None:
    assert sum(map(len, langid._LATIN_RUN_RE.findall(text))) == langid._count(LATIN, text)
    assert langid._WORD_RE.findall(text.lower()) == LATIN_WORD.findall(text.lower())


# -- a class first, the character before it tested after: ``X(?<!Y.)`` finds what ``(?<!Y)X`` finds ----
EDGES = st.text(alphabet=st.sampled_from("aZzÉé ñß’'.@/-_#\\\n\t0中Kaiwen LiuHua"), max_size=80)
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ\u0100-\u024f"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LEADING_ASSERTIONS = [  # (the pattern as written first, the rule module and the name of its fast form)
    (rf"\b[{_UP}][{_LOW}]+\b", "seedlint.checks.names.near_name_variant", "_WORD"),
    (
        rf"(?<![\w'’.@/-])([{_UP}][{_LOW}]+) ([{_UP}][{_LOW}]+)(?![\w'’@/-])",
        "seedlint.checks.names.near_name_variant",
        "_PAIR",
    ),
    (
        r"(?<![\w'’-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})(?![\w'’-])",
        "seedlint.checks.names.glossed_person_name",
        "_NAME",
    ),
    (r"\b[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]{3}", "seedlint.checks.names.analysis", "_LOWER_LONG"),
    (r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]{3}", "seedlint.checks.names.analysis", "_CAPITAL_LONG"),
    (
        rf"(?<![{_LATIN}0-9.@/\\_#-])([{_LATIN}][{_LATIN}0-9]*)(?![{_LATIN}0-9@/\\_-]|\.[{_LATIN}0-9])",
        "seedlint.checks.names.analysis",
        "_LATIN_WORD_RE",
    ),
]


@given(EDGES)
def test_a_leading_class_finds_what_the_leading_assertion_finds(text: str) -> None:
    import importlib

    for written, module, name in LEADING_ASSERTIONS:
        fast = getattr(importlib.import_module(module), name)
        reference = re.compile(written) if isinstance(fast, re.Pattern) else regex.compile(written, fast.flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)], name
        assert fast.findall(text) == reference.findall(text), name


GLUE_PARTS = st.sampled_from(["a", "é", "ж", " ", "The", "It", "Its", "Esta", "A", "b", "'", "_"])


@given(st.lists(GLUE_PARTS, max_size=12).map("".join))
def test_the_spliced_fragment_guard_passes_every_line_the_pattern_matches(text: str) -> None:
    from seedlint.checks.truncation import spliced_fragment

    if spliced_fragment._GLUED.search(text):
        assert spliced_fragment._glued_starter(text)


@given(st.text(alphabet=st.sampled_from("aZé µñ’“”'.Ωж中かк-ªº٣ب\u0301"), max_size=60))
def test_weighing_gives_the_guess_and_the_letter_count(text: str) -> None:
    assert langid.weigh(text) == (langid.guess_language(text), len(regex.findall(r"\p{L}", text)))


@given(st.lists(st.text(alphabet="aeinoruz", min_size=3, max_size=7), max_size=30))
def test_candidate_pairs_by_lookup_are_the_pairs_of_the_deletion_table(words: list[str]) -> None:
    from seedlint.checks.names import near_name_variant as nnv

    by_fold = {w: [w.capitalize()] for w in words}
    deleted: dict[str, list[str]] = {}  # the table the lookup replaced
    for g in by_fold:
        if len(g) >= nnv.MIN_LONG:
            for i in range(1, len(g)):
                deleted.setdefault(g[:i] + g[i + 1 :], []).append(g)
    expected = [(f, g) for f in by_fold if f in deleted for g in deleted[f] if nnv._variant(f, g)]
    assert nnv._candidate_pairs(by_fold) == expected


DATEY = st.lists(
    st.sampled_from(
        ["2004", "年", "6月", "5日", " ", "-", "/", "June", "5,", "de", "junio", "12", "Q3", "1990s", "至"]
    ),
    max_size=14,
).map("".join)


@given(DATEY)
def test_date_expressions_built_lazily_are_those_built_all_at_once(line: str) -> None:
    from seedlint.checks.dates import grammar

    built = [
        e
        for form, gate, pattern in grammar.FORMS
        if gate in grammar.gates(line)
        for m in pattern.finditer(line)
        if (e := grammar._build(form, m, line)) is not None
    ]
    built.sort(key=lambda e: (e.start, -(e.end - e.start)))
    expected, last_end = [], -1
    for e in built:
        if e.start >= last_end:
            expected.append(e)
            last_end = e.end
    assert grammar.parse_line.__wrapped__(line) == tuple(expected)


RELATIVE = st.lists(
    st.sampled_from(
        ["five", "3", " ", "days", "AGO", "ago", "hace", "HACE", "años", "después", "十四", "年", "前", "后"]
    ),
    max_size=10,
).map("".join)


@given(RELATIVE)
def test_relative_spans_guarded_by_their_words_are_the_unguarded_ones(line: str) -> None:
    from seedlint.checks.dates import relative

    unguarded = sorted(
        (m.start(), m.end())
        for pattern, _needs in relative._NEEDS
        for m in pattern.finditer(line)
        if relative.number(m.group("n")) is not None
    )
    assert [(r.start, r.end) for r in relative.find_relative.__wrapped__(line)] == unguarded
