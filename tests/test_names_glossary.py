"""Name glossaries: every entry exercised, load-time validation, and user glossaries from config."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.checks.names import RULES
from seedlint.checks.names.glossary import Entity, Wrong, name_key
from seedlint.checks.names.glossary_pack import load_glossaries
from seedlint.checks.names.index import GlossaryIndex
from seedlint.packs import PackError, load_pack
from seedlint.registry import PluginContext
from seedlint.rule import Rule
from tests.conftest import ROOT, run_text

GLOSSARIES = tuple(sorted((ROOT / "rules" / "names").glob("*.yaml")))
GLOSSARY = load_glossaries(GLOSSARIES)
INDEX = GlossaryIndex(GLOSSARY)
NAME_RULES = RULES(PluginContext(GLOSSARIES))
WRONG = GLOSSARY.wrong
ENTITIES = GLOSSARY.entities


def codes(*wanted: str) -> list[Rule]:
    return [r for r in NAME_RULES if r.meta.code in wanted]


def test_builtin_glossary_is_large_and_sourced() -> None:
    assert len(ENTITIES) >= 40 and len(WRONG) >= 100
    assert all(e.source.strip() for e in ENTITIES)
    assert {e.type for e in ENTITIES} == {"person", "company", "product", "place", "concept"}


def test_glossary_files_are_not_rule_packs() -> None:
    assert all(load_pack(p) == [] for p in GLOSSARIES)


@pytest.mark.parametrize("wrong", WRONG, ids=lambda w: f"{w.entity}:{w.form}")
def test_every_wrong_rendering_is_found_with_its_fix(wrong: Wrong) -> None:
    source = wrong.context[0] if wrong.context else "she"
    found = run_text(codes("NAME001"), f"Yesterday the {wrong.form} report came out, {source} said.")
    assert [(f.line, f.column, f.snippet, f.fix) for f in found] == [(1, 15, wrong.form, wrong.fix)]


@pytest.mark.parametrize("wrong", [w for w in WRONG if w.context], ids=lambda w: f"{w.entity}:{w.form}")
def test_ambiguous_wrong_rendering_is_silent_without_context(wrong: Wrong) -> None:
    assert run_text(codes("NAME001"), f"Yesterday the {wrong.form} report came out, she said.") == []


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.id)
def test_accepted_forms_are_never_reported(entity: Entity) -> None:
    lines = [f"Yesterday {form} said it had grown, analysts said." for form in entity.accepted()]
    found = run_text(codes("NAME001", "NAME005"), "\n".join(lines))
    assert [(f.rule, f.snippet) for f in found] == []


@pytest.mark.parametrize("entity", [e for e in ENTITIES if e.aliases], ids=lambda e: e.id)
def test_every_alias_mixed_with_the_canonical_form_is_reported(entity: Entity) -> None:
    alias = entity.aliases["en"][0]
    canonical = entity.canonical_for("en")
    text = f"Reporters said {canonical} had grown.\nAnalysts in London said {alias} had not grown much at all."
    found = run_text(codes("NAME002"), text)
    assert [(f.line, f.column, f.snippet, f.fix) for f in found] == [(2, 25, alias, canonical)]


PINYIN = [
    (e, k)
    for k, entry in INDEX.key_map.items()
    if not entry.forms
    for e in [entry.entity]
    if e.canonical["zh"] in entry.han
]


@pytest.mark.parametrize(("entity", "key"), PINYIN, ids=lambda x: x if isinstance(x, str) else x.id)
def test_bare_pinyin_of_every_chinese_name_is_found(entity: Entity, key: str) -> None:
    word = key.capitalize()
    found = run_text(codes("NAME005"), f"Yesterday the analysts at {word} said it had grown.")
    assert [(f.snippet, f.fix) for f in found] == [(word, entity.canonical_for("en"))]


def test_pinyin_keys_cover_the_seed_entities() -> None:
    keys = INDEX.key_map
    assert keys["zhifubao"].entity.id == "alipay" and keys["tianmao"].entity.id == "tmall"
    assert keys["yuebao"].forms == ("Yu'e Bao", "Yu'ebao") and keys["mayun"].forms == ("Ma Yun",)
    assert "ali" not in keys  # 阿里: too short to tell from other names


# -- validation -----------------------------------------------------------------------------------

GOOD_ENTITY = """\
  - id: acme
    type: company
    source: acme.example
    canonical: {en: Acme Corp, zh: 阿克米}
"""


def write(tmp_path: Path, body: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("kind: glossary\nentities:\n" + GOOD_ENTITY + "    colour: red\n", ":7: unknown key 'colour'"),
        ("kind: glossary\nentities:\n" + GOOD_ENTITY.replace("company", "firm"), ":4: unknown entity type 'firm'"),
        ("kind: glossary\nentities:\n" + GOOD_ENTITY.replace("    source: acme.example\n", ""), ":3: entity 'acme'"),
        ("kind: glossary\nentities:\n" + GOOD_ENTITY.replace("{en:", "{fr: Acme, en:"), ":6: unknown language 'fr'"),
        ("kind: glossary\nentities:\n" + GOOD_ENTITY + "    wrong:\n      - {form: acme co, lang: en}\n", ":8: "),
        (
            "kind: glossary\nentities:\n" + GOOD_ENTITY + "    wrong:\n      - {form: Acme Corp, lang: en, note: x}\n",
            ":8: wrong form 'Acme Corp' is an accepted form of 'acme'",
        ),
        (
            "kind: glossary\nentities:\n" + GOOD_ENTITY + "    wrong:\n      - {form: Acme-Corp, lang: en, note: x}\n",
            "only respells 'Acme Corp'",
        ),
        ("kind: glossary\nentities:\n" + GOOD_ENTITY + GOOD_ENTITY, ":7: duplicate entity id 'acme'"),
        ("kind: glossary\nentities: []\n", ":2: 'entities' must be a non-empty list"),
        ("kind: glossary\nentities:\n  - id: [unclosed\n", "invalid YAML"),
    ],
)
def test_invalid_glossaries_fail_with_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(PackError) as info:
        load_glossaries([path])
    assert str(info.value).startswith(str(path)) and message in str(info.value)


def test_a_missing_note_names_the_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, "kind: glossary\nentities:\n" + GOOD_ENTITY + "    wrong:\n      - {form: acme co, lang: en}\n"
    )
    with pytest.raises(PackError, match=r"g\.yaml:8: wrong rendering of 'acme': missing required key 'note'"):
        load_glossaries([path])


def test_two_entities_with_one_spelling_key_are_rejected(tmp_path: Path) -> None:
    other = GOOD_ENTITY.replace("acme\n", "acme2\n").replace("Acme Corp, zh: 阿克米", "AcmeCorp")
    path = write(tmp_path, "kind: glossary\nentities:\n" + GOOD_ENTITY + other)
    with pytest.raises(PackError, match="same spelling key 'acmecorp'"):
        load_glossaries([path])


def test_a_user_glossary_from_config_adds_entities(tmp_path: Path) -> None:
    body = (
        "kind: glossary\nentities:\n"
        + GOOD_ENTITY
        + ("    aliases: {en: [Akemi]}\n    wrong:\n      - {form: Ah Grams Rice, lang: en, note: calque of 阿克米}\n")
    )
    user = write(tmp_path, body, "acme.yaml")
    rules = RULES(PluginContext((*GLOSSARIES, user)))
    text = "Acme Corp grew.\nThe Ah Grams Rice plant and Akemi staff.\nAkemi is big. Acme-Corp and Akemi said so."
    found = [(f.rule, f.snippet, f.fix) for f in run_text(rules, text)]
    assert ("NAME001", "Ah Grams Rice", "Acme Corp") in found
    assert ("NAME002", "Acme Corp", "Akemi") in found
    assert ("NAME005", "Acme-Corp", "Acme Corp") in found


def test_without_context_the_builtin_glossary_is_used() -> None:
    rules = RULES()
    assert {r.meta.code for r in rules} == {f"NAME{n:03d}" for n in range(1, 18)}
    mistranslation = next(r for r in rules if r.meta.code == "NAME001")
    assert len(mistranslation.triggers) == len({name_key(w.form) + w.form for w in WRONG})


def test_the_table_reads_every_run_it_answers_as_pypinyin_does() -> None:
    """data/readings.tsv and data/context_readings.txt stand in for pypinyin (0.4 s to import) in SCRIPT001."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.phrases_dict import phrases_dict

    from seedlint.checks.names.lexicon import readings, table_pinyin

    def pypinyin(run: str) -> list[str]:
        return [p.replace("ü", "v") for p in lazy_pinyin(run, style=Style.NORMAL)]

    answered = 0
    for char in readings():
        table = table_pinyin(char)
        if table is not None:
            answered += 1
            assert table == pypinyin(char), char
    for run in [*phrases_dict, "马云", "花呗", "绿色", "银行", "女人", "马云的银行"]:
        table = table_pinyin(run)
        if table is not None:
            assert table == pypinyin(run), run
    assert answered > 15000  # most characters need no pypinyin
    assert (
        table_pinyin("绿") == ["lv"]
        and table_pinyin("银行") == ["yin", "hang"]
        and table_pinyin("马云") == ["ma", "yun"]
    )
    assert table_pinyin("我的银行") is None  # the phrase inside a longer run: pypinyin segments it
    assert table_pinyin("也") == ["ye"] and table_pinyin("行") == pypinyin("行")
