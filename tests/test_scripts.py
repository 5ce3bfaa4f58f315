"""Behaviour of the script rules (SCRIPT001-SCRIPT099): the seeds, the edge cases, the fixes, the data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from seedlint.checks.scripts.data import parse_script_data
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding
from seedlint.fixer import fix_text
from seedlint.packs import PackError
from seedlint.rule import Rule
from tests.conftest import SEEDS, all_rules, rule, run_text


def script_rules() -> list[Rule]:
    return [r for r in all_rules() if r.meta.code.startswith("SCRIPT0")]


def check_seed(prefix: str) -> list[Finding]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return list(Engine(tuple(script_rules())).check(Document(str(path), text)).findings)


def spots(findings: list[Finding]) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in findings]


# -- the seeds: every finding, with its span and fix ------------------------------------------------


def test_seed_000_spanish_broken_tokens() -> None:
    found = check_seed("000")
    assert spots(found) == [
        ("SCRIPT021", 7, 359),  # primera vez. buscar inversión
        ("SCRIPT022", 13, 261),  # Yu'. El segmento Bao
        ("SCRIPT020", 15, 235),  # ese año. .
        ("SCRIPT020", 27, 246),  # etc. , el banco
        ("SCRIPT020", 33, 244),  # del banco. , sino
        ("SCRIPT021", 61, 123),  # personalizados. y servicios
        ("SCRIPT021", 65, 62),  # código QR. de CCB
        ("SCRIPT021", 69, 191),  # libremente. un método
        ("SCRIPT023", 69, 374),  # Yu'E Bao
    ]
    by_spot = {(f.line, f.column): f for f in found}
    assert (by_spot[13, 261].snippet, by_spot[13, 261].fix) == ("Yu'", None)
    assert (by_spot[15, 235].snippet, by_spot[15, 235].fix) == (". .", ".")
    assert (by_spot[27, 246].snippet, by_spot[27, 246].fix) == (" ,", ",")
    assert (by_spot[33, 244].snippet, by_spot[33, 244].fix, by_spot[33, 244].fix_safe) == (". ,", ",", False)
    assert (by_spot[69, 374].snippet, by_spot[69, 374].fix) == ("E", "e")


def test_seed_001_inverted_mark_outside_the_quote() -> None:
    found = check_seed("001")
    assert spots(found) == [("SCRIPT013", 6, 84)]
    f = found[0]
    assert (f.snippet, f.fix) == ("¡", '!"')


def test_seed_002_chinese_punctuation() -> None:
    found = check_seed("002")
    counts = Counter(f.rule for f in found)
    assert counts == {"SCRIPT010": 24, "SCRIPT011": 1, "SCRIPT013": 1}
    primes = [f for f in found if f.rule == "SCRIPT010"]
    assert {(f.snippet, f.fix) for f in primes} == {("〞", "”")}
    assert [(f.line, f.column) for f in primes][:3] == [(23, 196), (23, 589), (23, 760)]
    # the document's punctuation is half-width throughout: one finding, at its main paragraph
    (halfwidth,) = [f for f in found if f.rule == "SCRIPT011"]
    assert (halfwidth.line, halfwidth.column) == (23, 36)
    assert "half-width throughout (232 marks on 5 lines, 0 full-width)" in halfwidth.message
    (unclosed,) = [f for f in found if f.rule == "SCRIPT013"]
    assert (unclosed.line, unclosed.column, unclosed.snippet) == (23, 3708, "“")


def test_seed_002_metadata_and_numbers_are_not_reported() -> None:
    found = check_seed("002")
    assert not [f for f in found if f.line in range(1, 17)]  # 大小:31.05KB, 时间:2023-04-18, 温馨提示:


def test_seed_003_english_tokens() -> None:
    found = check_seed("003")
    assert spots(found) == [("SCRIPT020", 30, 60), ("SCRIPT023", 50, 30), ("SCRIPT023", 60, 24)]
    assert [(f.snippet, f.fix) for f in found] == [(" ?", "?"), ("T", "t"), ("S", "s")]


def test_seed_004_stray_han_and_doubled_closing_quote() -> None:
    found = check_seed("004")
    assert spots(found) == [("SCRIPT001", 7, 74), ("SCRIPT014", 7, 393)]
    stray, doubled = found
    assert (stray.snippet, stray.fix) == ("倨", None)
    assert (doubled.snippet, doubled.fix) == ("”", "")


def test_fixing_the_seeds_removes_what_was_certain() -> None:
    rules = tuple(script_rules())

    def check(text: str) -> list[Finding]:
        return list(Engine(rules).check(Document("x.txt", text)).findings)

    zh = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    fixed, applied = fix_text(zh, check, unsafe=False)
    assert applied == 24 + 1
    assert "〞" not in fixed and "“功夫在诗外”，培训" in fixed
    assert "查看预览时可能会显示错乱或异常，文件下载后无此问题，" in fixed
    assert "如果没有“出淘”（走出淘宝，走到市场和客户中去），支付宝" in fixed
    assert "大小:31.05KB" in fixed and "1.77%" in fixed and "12306" in fixed
    en = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    fixed, _ = fix_text(en, check, unsafe=False)
    assert 'we change the bank."\n' in fixed


# -- SCRIPT001 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 24,000 发展 attended the meeting.", ["发展"]),
        ("In rural districts, 支付宝 1,312 households pay by phone.", ["支付宝"]),
        ("La 金融 fase costó unos 16 millones de euros.", ["金融"]),
        ("Ahmed 金融 said the decision would take time.", ["金融"]),
        ("Users move money from Yu'e Bao (余额宝) to a card.", []),
        ("The 福 character is hung upside down at the New Year.", []),
        ("Zhang Wei 张伟 said the results were good.", []),
    ],
)
def test_stray_cjk_contexts(text: str, expected: list[str]) -> None:
    assert [f.snippet for f in run_text([rule("SCRIPT001")], text)] == expected


def test_stray_cjk_is_not_judged_in_chinese_or_japanese_paragraphs() -> None:
    text = "淘宝网最早做的是b2b业务，为应对ebay进入中国后的竞争。\nアリババはiPhoneで使える決済サービスです。"
    assert run_text([rule("SCRIPT001")], text) == []


# -- SCRIPT002, SCRIPT003 --------------------------------------------------------------------------


def test_pinyin_fragment_needs_the_document_to_spell_the_word() -> None:
    alone = "很多用户把零钱转入余e宝，随时可以取出。这是一种理财方式。"
    assert run_text([rule("SCRIPT002")], alone) == []
    text = "蚂蚁金服旗下有很多产品。蚂yi金服的用户很多。"
    (f,) = run_text([rule("SCRIPT002")], text)
    assert (f.snippet, f.fix, f.fix_safe) == ("yi", "蚁", False)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Аlipay", [("Аlipay", "Alipay", True)]),
        ("the cοmpany", [("cοmpany", "company", True)]),
        ("Прiвет", [("Прiвет", "Прівет", False)]),
        ("NFκB and IκBα, Kα, TNFα, 5 μg, /ˈbɛθəl/", []),
    ],
)
def test_mixed_script_words(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(f.snippet, f.fix, f.fix_safe) for f in run_text([rule("SCRIPT003")], text)] == found


# -- SCRIPT011, SCRIPT012 --------------------------------------------------------------------------


def test_halfwidth_marks_are_grouped_per_line_with_one_fix() -> None:
    text = "读蚂蚁金服有感,笔者有幸参加;为应对ebay,谁都没料到,融资,2022年。\n大小:31.05KB,比例3:1"
    (f,) = run_text([rule("SCRIPT011")], text)
    assert (f.line, f.column, f.snippet) == (1, 8, ",")
    assert f.fix == "，笔者有幸参加；为应对ebay，谁都没料到，融资，"
    assert "throughout (5 marks on 1 line, 0 full-width)" in f.message
    # in a document that writes full-width commas, the half-width ones of a line are outliers
    text = (
        "会议讨论了预算，大家都同意，会后他说,明天再来,然后离开了。"
        "第二天，他们又来了，继续讨论，直到晚上，灯灭了，才散会。"
    )
    (f,) = run_text([rule("SCRIPT011")], text)
    assert (f.column, f.fix) == (text.index(",") + 1, "，明天再来，")
    assert "2 on this line" in f.message


def test_fullwidth_marks_in_latin_text() -> None:
    text = "«Esperamos ver resultados»，declaró la directora，y añadió：«pronto»."
    found = run_text([rule("SCRIPT012")], text)
    assert [(f.snippet, f.fix) for f in found] == [("，", ", "), ("，", ", "), ("：", ": ")]


# -- SCRIPT013-SCRIPT015 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ZoÃ« MÃ¼ller said the figures were good, and mÃ¡s people came.",  # mojibake, not quotes
        "与这家物Á÷ÆóÒµ²»同，这家连锁超市不收取转账手续费。",
        "«Esperamos ver resultados antes del verano»，declaró el entrenador.",
        'He measured 12" and 5" boards; she said "fine".',
    ],
)
def test_pairing_ignores_lookalike_marks(text: str) -> None:
    assert run_text([rule("SCRIPT013"), rule("SCRIPT014")], text) == []


def test_quote_opened_and_closed_in_different_styles() -> None:
    found = run_text([rule("SCRIPT014")], 'He called it “the reverse scales" and «nothing" else.')
    assert [(f.snippet, f.fix) for f in found] == [('"', "”"), ('"', "»")]


def test_unbalanced_brackets_and_their_exceptions() -> None:
    found = run_text([rule("SCRIPT015")], "Alipay (launched 2004, see [1] and [0, 1).\nA list: a) one, 2) two :)")
    assert [(f.line, f.column, f.snippet) for f in found] == [(1, 8, "(")]
    (f,) = run_text([rule("SCRIPT015")], "支付宝（Alipay)是支付平台。")
    assert (f.snippet, f.fix) == (")", "）")


# -- SCRIPT020-SCRIPT023 ---------------------------------------------------------------------------


def test_space_before_punctuation_variants() -> None:
    text = "Is it right ? Yes , it is . Really? . The ratio 3 : 1 stays, . . . and :) too."
    found = run_text([rule("SCRIPT020")], text)
    assert [(f.snippet, f.fix) for f in found] == [(" ?", "?"), (" ,", ","), (" .", "."), (" .", "")]


def test_sentence_break_keeps_abbreviations() -> None:
    text = "Vino el Sr. López, p. ej. en 2014, y los EE. UU. también. Luego llegó tarde. y se fue."
    found = run_text([rule("SCRIPT021")], text)
    assert [(f.column, f.fix, f.fix_safe) for f in found] == [(text.index("tarde.") + 6, "", False)]


def test_cut_romanized_name_joins_a_detached_syllable() -> None:
    (f,) = run_text([rule("SCRIPT022")], "The plant moved to Xi' an last year.")
    assert (f.snippet, f.fix) == ("Xi' an", "Xi'an")


# -- SCRIPT030 -------------------------------------------------------------------------------------


def test_traditional_in_simplified_and_the_reverse() -> None:
    simp = "我们这个公司的发展很快，但是現在的市场变化很大，这对我们来说是一个新的问题。"
    (f,) = run_text([rule("SCRIPT030")], simp)
    assert (f.snippet, f.fix, f.fix_safe) == ("現", "现", True)
    trad = "這個問題我們已經討論過很多次了，大家对這個結果都很滿意，希望這樣的會議繼續開下去。"
    (g,) = run_text([rule("SCRIPT030")], trad)
    assert (g.snippet, g.fix, g.fix_safe) == ("对", "對", False)


def test_variant_mix_spares_quotations_and_mixed_documents() -> None:
    quoted = "我们这个公司的发展很快，他引用了《紅樓夢》和「與時俱進」，这对我们来说是一个新的问题。"
    assert run_text([rule("SCRIPT030")], quoted) == []
    mixed = "我们这个发展们这个。這個問題們這個。"  # neither standard dominates: not judged
    assert run_text([rule("SCRIPT030")], mixed) == []


# -- the data file ---------------------------------------------------------------------------------


def test_script_data_is_validated() -> None:
    path = Path("script.data.yaml")
    with pytest.raises(PackError, match="unknown key 'colour'"):
        parse_script_data(path, {"kind": "script-data", "colour": 1})
    with pytest.raises(PackError, match="two different characters"):
        parse_script_data(path, {"kind": "script-data", "han_variants": "們们 这这"})
    with pytest.raises(PackError, match="twice"):
        parse_script_data(path, {"kind": "script-data", "han_variants": "們们 們们"})
    data = parse_script_data(path, {"kind": "script-data", "han_variants": "後后 發发 髮发", "shared_simplified": "后"})
    assert data.trad_to_simp == {"後": "后", "發": "发", "髮": "发"}
    assert data.simp_to_trad == {"发": None}  # two Traditional forms: no certain fix; 后 is shared


def test_a_word_split_by_a_kept_line_end_hyphen_joins_into_a_known_word() -> None:
    from seedlint.checks.scripts.split_hyphenated_word import SplitHyphenatedWord

    rules = [SplitHyphenatedWord()]
    text = "Ser- vice to numer- ous tenants; los provee- dores y la distri- bución."
    found = run_text(rules, text)
    assert [(f.snippet, f.fix, f.fix_safe) for f in found] == [
        ("Ser- vice", "Service", False),
        ("numer- ous", "numerous", False),
        ("provee- dores", "proveedores", False),
        ("distri- bución", "distribución", False),
    ]
    fine = (
        "Pre- and post-war, long- or short-term, mid- to late 1990s, pre- y posguerra. "
        '"W- what? I was go- going," she said; a well- known shop; an x- ray; co-operation.'
    )
    assert run_text(rules, fine) == []


def test_a_prime_accent_or_backtick_standing_for_an_apostrophe() -> None:
    from seedlint.checks.scripts.apostrophe_look_alike import ApostropheLookAlike

    rules = [ApostropheLookAlike()]
    found = run_text(rules, "The 1990′s and it´s l´homme, didn`t they? They’re fine.")
    assert [(f.snippet, f.fix) for f in found] == [("′", "’"), ("´", "’"), ("´", "’"), ("`", "’")]
    fine = "At 45°30′N, 5′ 11″ tall, f′(x) slope; the accent ´ alone; run `ls` and `git`s log; it's."
    assert run_text(rules, fine) == []
