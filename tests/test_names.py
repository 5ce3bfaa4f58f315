"""The ``name`` family on the seeds, on clean controls and on hand-made cases for each rule."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.names import RULES
from seedlint.checks.names.analysis import analyse
from seedlint.checks.names.glossary import name_key
from seedlint.checks.names.glossary_pack import load_glossaries
from seedlint.checks.names.index import GlossaryIndex
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding
from seedlint.registry import PluginContext
from seedlint.rule import Rule
from tests.conftest import ROOT, SEEDS, run_text

GLOSSARIES = tuple(sorted((ROOT / "rules" / "names").glob("*.yaml")))
NAME_RULES: tuple[Rule, ...] = RULES(PluginContext(GLOSSARIES))
GLOSSARY = load_glossaries(GLOSSARIES)


def by_code(code: str) -> Rule:
    return next(r for r in NAME_RULES if r.meta.code == code)


def found(text: str, *codes: str, corpus: tuple[str, ...] = ()) -> list[tuple[int, int, str, str, str | None]]:
    rules = [r for r in NAME_RULES if not codes or r.meta.code in codes]
    return [(f.line, f.column, f.rule, f.snippet, f.fix) for f in run_text(rules, text, corpus=corpus)]


def check_corpus(paths: list[Path]) -> dict[str, list[Finding]]:
    engine = Engine(NAME_RULES)
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in paths]
    evidence = engine.reduce([engine.summarize(d) for d in docs])
    return {d.path[:3]: list(engine.check(d, evidence).findings) for d in docs}


# -- the seeds -------------------------------------------------------------------------------------

AF, MY, EC = "Ant Financial", "MYbank", "e-commerce"
SEED_FINDINGS = {
    "000": [(69, 371, "NAME005", "Yu'E Bao", "Yu'e Bao")],
    "001": [],
    "002": [  # case-folded acronyms and a brand (the cased forms come from CC-CEDICT and the document itself)
        (23, 492, "NAME008", "b2b", "B2B"),
        (23, 501, "NAME007", "ebay", "eBay"),
        (23, 520, "NAME008", "c2c", "C2C"),
        (23, 529, "NAME007", "ebay", "eBay"),
        (23, 2879, "NAME008", "b2b", "B2B"),
        (23, 3901, "NAME008", "g20", "G20"),
        (23, 3946, "NAME008", "g20", "G20"),
        (23, 3955, "NAME008", "g20", "G20"),
    ],
    "003": [
        (2, 24, "NAME014", "Zhejiang ant small and micro financial services group Limited", None),
        (2, 87, "NAME001", "ALI small micro gold clothing", AF),
        (2, 229, "NAME014", "Ningbo Jin run asset management Co., Ltd.", None),
        (2, 303, "NAME001", "Internet Banking Bank", MY),
        (3, 34, "NAME001", "Internet commercial bank", MY),
        (3, 101, "NAME014", "Zhejiang banking regulatory bureau", "Zhejiang Banking Regulatory Bureau"),
        (4, 80, "NAME001", "small and micro gold clothing", AF),
        (4, 160, "NAME001", "small and micro gold clothing", AF),
        (5, 66, "NAME001", "small and micro gold clothing", AF),
        (5, 207, "NAME001", "small and micro gold clothing", AF),
        (5, 245, "NAME001", "network business bank", MY),
        (8, 249, "NAME001", "network business bank", MY),
        (9, 19, "NAME007", "YAHOO", "Yahoo"),
        (9, 38, "NAME001", "small gold suits", AF),
        (12, 214, "NAME001", "Internet banking", MY),
        (12, 364, "NAME001", "electric providers", "e-commerce companies"),
        (19, 28, "NAME001", "small and micro gold clothing", AF),
        (20, 123, "NAME005", "Yu Ebao", "Yu'e Bao"),
        (20, 132, "NAME015", "recruit treasure", None),
        (23, 56, "NAME001", "small and micro gold clothing", AF),
        (24, 27, "NAME001", "Small gold suit", AF),
        (26, 39, "NAME001", "small and micro gold clothing", AF),
        (27, 315, "NAME001", "small and micro", AF),
        (28, 158, "NAME001", "Internet banking", MY),
        (31, 118, "NAME001", "electricity providers", "e-commerce companies"),
        (32, 11, "NAME001", "little micro suit", AF),
        (36, 270, "NAME015", "entertainment treasure", None),
        (37, 293, "NAME002", "Hengda", "Evergrande"),
        (41, 42, "NAME001", "Electricity Supplier", "e-commerce company"),
        (52, 19, "NAME001", "New Hundred Lun", "New Balance"),
        (56, 22, "NAME016", "Hongkong", "Hong Kong"),
        (62, 45, "NAME001", "Wechat Payment", "WeChat Pay"),
    ],
    "004": [
        (1, 31, "NAME001", "Jingdong Mall", "JD.com"),
        (1, 56, "NAME001", "electric quotient", EC),
        (1, 137, "NAME001", "flashlight business", EC),
        (1, 176, "NAME014", "Bank of communications", None),
        (1, 399, "NAME001", "electric business", EC),
        (1, 486, "NAME014", "construction Bank", None),
        (2, 217, "NAME001", "electric dealers", "e-commerce companies"),
        (3, 20, "NAME001", "electric dealer", "e-commerce company"),
        (9, 46, "NAME014", "construction bank", None),
        (11, 49, "NAME001", "electricity business", EC),
    ],
}


def test_seed_findings_are_exact() -> None:
    results = check_corpus(sorted(SEEDS.glob("*.txt")))
    got = {k: [(f.line, f.column, f.rule, f.snippet, f.fix) for f in v] for k, v in results.items()}
    assert got == SEED_FINDINGS


def test_seed_messages_name_the_other_location_and_the_note() -> None:
    results = check_corpus(sorted(SEEDS.glob("*.txt")))
    hengda = next(f for f in results["003"] if f.rule == "NAME002")
    assert "'Evergrande' (37:36)" in hengda.message
    calque = next(f for f in results["003"] if f.snippet == "little micro suit")
    assert "小微金服" in calque.message and calque.severity.name == "ERROR" and not calque.fix_safe
    yue = results["000"][0]
    assert yue.fix_safe and "余额宝" in yue.message


# -- clean controls: many names, all spelled consistently ------------------------------------------

CONTROL_EN = """Alibaba Group reported higher quarterly revenue on Thursday, helped by Taobao and Tmall. Jack \
Ma, who founded \
the company in Hangzhou in 1999, stepped down as chairman in 2019. Mr Ma remains a partner of the group.
Ant Group, formerly Ant Financial, operates Alipay and the money-market fund Yu'e Bao. Its online lender \
MYbank serves \
small businesses across Zhejiang province, and small and micro enterprises borrow from it.
The People's Bank of China said on Monday that China Construction Bank, the Industrial and Commercial Bank of \
China and \
Bank of China would cut lending rates. ICBC is the world's largest bank by assets.
Change is coming to the sector. The Chang'e 5 mission returned lunar samples in December 2020, and Chang'e 6 followed.
Tencent's WeChat Pay competes with Alipay, while JD.com and Pinduoduo compete with Taobao in e-commerce. \
ByteDance, the \
owner of Douyin and TikTok, is based in Beijing.
Xi'an, the capital of Shaanxi, is home to the Terracotta Army. Visitors to Xi'an often continue to Chengdu by train.
Hong Kong's Hang Seng Index rose 1.2%, led by Xiaomi, Meituan and Baidu. Analysts at Morgan Stanley and \
JPMorgan Chase \
expect more gains in Hong Kong.
McDonald's opened its first restaurant in Shenzhen in 1990. Siobhan O'Brien, an analyst at Goldman Sachs, said \
McDonald's was still growing. O'Brien expects more openings.
Evergrande Group, the property developer, defaulted in 2021. China Evergrande shares were suspended in Hong Kong.
Interview With Lucy Peng: How Alipay Grew Into A Financial Giant
The electricity business of State Grid is regulated separately, and electricity suppliers in Europe face new rules.
Small business owners say the gold suit worn by the singer was the highlight of the night.
Wang Yi, the foreign minister, met Li Na and Hua Chunying in Beijing; Wang Yi later flew to Jakarta.
"""

CONTROL_ES = """¿Cómo convenció Alipay a los principales bancos? Como explicó Jack Ma en Hangzhou, el banco \
debía cambiar.
Ant Group, antes llamada Ant Financial, gestiona Alipay y el fondo Yu'e Bao. Alibaba y Taobao crecieron juntos.
El comercio electrónico creció en México y en Perú. José Martínez, director de Telefónica en América Latina, \
dijo que \
México es un mercado clave. Él añadió que Perú también lo es.
Según el Fondo Monetario Internacional, la economía de China crecerá un 5 %. Éste es el menor ritmo desde 1990.
En São Paulo, la filial de Alipay trabaja con Mercado Libre. Mercado Libre opera en Argentina, Brasil y México.
El Banco Central de Chile y el Banco de España publicaron informes. Él dijo que el Banco de España revisará \
sus cifras.
"""

CONTROL_ZH = """阿里巴巴集团周四公布季度业绩，淘宝和天猫的收入均有增长。马云于1999年在杭州创立了阿里巴巴。
蚂蚁集团（原蚂蚁金服）旗下有支付宝和余额宝，网商银行为小微企业提供贷款。
中国建设银行、中国工商银行和中国银行宣布下调贷款利率。腾讯的微信支付与支付宝展开竞争。
京东和拼多多是淘宝在电商领域的主要对手，字节跳动旗下的抖音也开始发展电商业务。
"""


@pytest.mark.parametrize("text", [CONTROL_EN, CONTROL_ES, CONTROL_ZH], ids=["en", "es", "zh"])
def test_clean_controls_have_no_findings(text: str) -> None:
    assert found(text, corpus=(CONTROL_EN, CONTROL_ES, CONTROL_ZH)) == []


def test_clean_controls_as_a_corpus_have_no_findings() -> None:
    engine = Engine(NAME_RULES)
    docs = [Document(f"{i}.txt", t) for i, t in enumerate((CONTROL_EN, CONTROL_ES, CONTROL_ZH))]
    evidence = engine.reduce([engine.summarize(d) for d in docs])
    assert [f for d in docs for f in engine.check(d, evidence).findings] == []


# -- NAME001: glossary wrong renderings --------------------------------------------------------------


def test_wrong_rendering_ignores_case_apostrophes_and_spacing() -> None:
    text = "He led the Small  And Micro Gold Clothing unit."
    assert found(text, "NAME001") == [(1, 12, "NAME001", "Small  And Micro Gold Clothing", AF)]


def test_wrong_rendering_needs_word_boundaries() -> None:
    assert found("The goldsuit and the small gold suitcase, sold by Alipay.", "NAME001") == []


def test_spanish_calque_matches_without_its_accent() -> None:
    text = "Alibaba domina el comercio electrico en China."
    assert found(text, "NAME001") == [(1, 19, "NAME001", "comercio electrico", "comercio electrónico")]


def test_ambiguous_rendering_needs_context_in_paragraph_or_a_garbled_document() -> None:
    plain_energy = "Taobao sells phones.\nThe electricity business of the utility is regulated."
    assert found(plain_energy, "NAME001") == []
    garbled = "Taobao sells phones in the electric quotient.\nThe electricity business grew fast."
    assert [f[3] for f in found(garbled, "NAME001")] == ["electric quotient", "electricity business"]


def test_capitalised_rendering_only_counts_as_a_name() -> None:
    assert found("She made a WeChat payment at the shop.", "NAME001") == []
    assert found("Pay with WeChat Payment at the shop.", "NAME001") == [
        (1, 10, "NAME001", "WeChat Payment", "WeChat Pay")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He led the Small  And Micro Gold Clothing unit and the  ALI small micro gold clothing team.",
        "Taobao: the electric\tquotient, the Yu’e treasure and 小微金服 and the comercio eléctrico del Taobao.",
    ],
)
def test_phrase_matching_is_the_same_without_pyahocorasick(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    index = GlossaryIndex(GLOSSARY)
    doc = Document("d.txt", text)
    with_automaton = list(index.wrong_phrases.finditer(doc, None, 1.0))
    monkeypatch.setitem(sys.modules, "ahocorasick", None)
    fallback = GlossaryIndex(GLOSSARY)
    without = list(fallback.wrong_phrases.finditer(doc, None, 1.0))
    assert fallback.wrong_phrases._automaton is None and with_automaton == without and len(without) >= 2


# -- NAME002: alias mixing ---------------------------------------------------------------------------


def test_alias_mix_reports_the_minority_with_the_other_location() -> None:
    text = "Jack Ma spoke first.\nLater Ma Yun answered.\nJack Ma closed the session."
    findings = run_text([by_code("NAME002")], text)
    assert [(f.line, f.column, f.snippet, f.fix) for f in findings] == [(2, 7, "Ma Yun", "Jack Ma")]
    assert "(1:1)" in findings[0].message


def test_alias_mix_is_per_language() -> None:
    assert found("Jack Ma spoke.\n马云在杭州发表讲话，马云说银行要改变。", "NAME002") == []


def test_alias_glossed_beside_the_other_name_is_fine() -> None:
    assert found("WeChat, known as Weixin in China, has a billion users. WeChat grew fast.", "NAME002") == []


# -- NAME003: spelling variants in a document -------------------------------------------------------


def test_variant_groups_by_key_and_suggests_the_majority() -> None:
    text = "Zhang Yiming founded the firm.\nInvestors backed Zhang Yiming early.\nZhang Yi-ming later resigned."
    assert found(text, "NAME003") == [(3, 1, "NAME003", "Zhang Yi-ming", "Zhang Yiming")]


def test_variant_diacritics_and_hyphens() -> None:
    text = "Fans of Pokémon met in Tokyo, and Pokémon sales rose. Critics said Pokemon was overrated."
    assert found(text, "NAME003") == [(1, 68, "NAME003", "Pokemon", "Pokémon")]


def test_sentence_initial_words_are_not_names() -> None:
    text = "Change is slow. The probe Chang'e landed. Xian is quiet. Tourists love Xi'an and Chang'e."
    assert found(text, "NAME003") == []


def test_title_case_headings_do_not_make_names() -> None:
    text = "Sea Side Dreams: A Novel Of Every Day Life\nEveryday life in the seaside town was quiet."
    assert found(text, "NAME003") == []


def test_tie_keeps_the_first_spelling_and_marks_the_fix_unsafe() -> None:
    findings = run_text([by_code("NAME003")], "We met McKinsey staff. Then the Mckinsey staff left.")
    assert [(f.snippet, f.fix, f.fix_safe) for f in findings] == [("Mckinsey", "McKinsey", False)]


def test_glossary_keys_are_left_to_name005() -> None:
    assert found("Money went into Yu'e Bao. Yu'e Bao grew. Later Yu Ebao shrank.", "NAME003") == []


# -- NAME004: the corpus ----------------------------------------------------------------------------


def test_corpus_variant_reports_the_corpus_minority() -> None:
    corpus = ("Tourists visit Xi'an in spring.", "Trains reach Xi'an from Beijing.", "We flew to Xi'an.")
    assert found("Trains reach Xian at noon.", "NAME004", corpus=corpus) == [(1, 14, "NAME004", "Xian", "Xi'an")]
    assert found("Trains reach Xian at noon.", "NAME004", corpus=corpus[:1]) == []


def test_corpus_variant_leaves_document_minorities_to_name003() -> None:
    corpus = ("We flew to Xi'an.", "Trains reach Xi'an.", "Tourists visit Xi'an.")
    text = "Trains reach Xian at noon. Buses reach Xian at night. Flights reach Xi'an."
    assert found(text, "NAME003", "NAME004", corpus=corpus) == [
        (1, 14, "NAME004", "Xian", "Xi'an"),
        (1, 40, "NAME004", "Xian", "Xi'an"),
        (1, 69, "NAME003", "Xi'an", "Xian"),
    ]


# -- NAME005: glossary spellings and bare pinyin ----------------------------------------------------


def test_glossary_spelling_variants_get_the_accepted_form() -> None:
    text = "Sellers on Ali Pay and Wechat moved money to Union Pay cards."
    assert found(text, "NAME005") == [
        (1, 12, "NAME005", "Ali Pay", "Alipay"),
        (1, 24, "NAME005", "Wechat", "WeChat"),
        (1, 46, "NAME005", "Union Pay", "UnionPay"),
    ]


def test_bare_pinyin_of_a_chinese_name_gets_the_english_name() -> None:
    findings = run_text([by_code("NAME005")], "Orders on Jingdong Shangcheng and Tianmao rose.")
    assert [(f.snippet, f.fix, f.fix_safe) for f in findings] == [
        ("Jingdong Shangcheng", "JD.com", False),
        ("Tianmao", "Tmall", False),
    ]


def test_pinyin_that_reads_as_a_person_is_left_alone() -> None:
    assert found("Tian Mao, a trader, met Wang Yi.", "NAME005") == []


def test_acronyms_are_not_respelled() -> None:
    assert found("Press Ctrl and type Abc, then Icbc.", "NAME005") == []


# -- properties -------------------------------------------------------------------------------------


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for f in run_text(NAME_RULES, text):
        assert 0 <= f.offset < f.end_offset <= len(text)


def test_keys_ignore_case_apostrophes_spaces_hyphens_and_diacritics() -> None:
    assert {name_key(s) for s in ("Yu'e Bao", "Yu Ebao", "Yu'E Bao", "Yuebao", "Yú'é Bǎo", "Yu-e-Bao")} == {"yuebao"}


def test_candidates_skip_possessives_contractions_and_capitals() -> None:
    a = analyse("Alibaba's growth. It's ICBC and YAHOO. Don't worry. Yu'e Bao grew. The Ali Pay app.")
    assert sorted(a.spellings) == ["Ali Pay", "Alibaba", "Don", "Yu'e Bao"]
