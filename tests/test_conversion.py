"""SCRIPT101-SCRIPT103: Chinese conversion artifacts, their evidence gate and the pair pack."""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.checks.scripts.conversion import conversion_rules, load_conversion_pack
from seedlint.engine import Engine
from seedlint.files import load
from seedlint.packs import PackError
from seedlint.registry import builtin_pack_files
from seedlint.rule import Rule
from tests.conftest import SEEDS, run_text


@functools.cache
def rules() -> tuple[Rule, ...]:
    return conversion_rules(builtin_pack_files())


def found(text: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(f.rule, f.line, f.column, f.snippet, f.fix) for f in run_text(rules(), text)]


# -- seeds/002: every artifact, nothing else ---------------------------------------------------
SEED_002 = [
    ("SCRIPT101", 310, "开展", "发展"),  # 开展为拥有
    ("SCRIPT101", 342, "效劳", "服务"),
    ("SCRIPT102", 433, "那么", "则"),  # 其背后那么是
    ("SCRIPT102", 603, "假设", "如果"),  # 假设想开展壮大
    ("SCRIPT101", 606, "开展", "发展"),  # 开展壮大
    ("SCRIPT101", 672, "效劳", "服务"),
    ("SCRIPT102", 1201, "开展", "发展"),  # 开展面临
    ("SCRIPT101", 1813, "效劳", "服务"),
    ("SCRIPT102", 1999, "局部", "部分"),  # 局部海外国家
    ("SCRIPT102", 2060, "到达", "达到"),  # 到达每秒12万笔
    ("SCRIPT102", 2137, "局部", "部分"),  # 局部技术支持工作
    ("SCRIPT101", 2661, "效劳", "服务"),
    ("SCRIPT102", 2817, "开展", "发展"),  # 再怎么开展也
    ("SCRIPT102", 3013, "那么", "则"),  # 阿里那么先后
    ("SCRIPT102", 3187, "参加", "参与"),  # 俞胜法的参加让
    ("SCRIPT101", 3434, "开展", "发展"),  # 深开展 = 深发展
    ("SCRIPT102", 3482, "那么", "则"),  # 本质那么是
    ("SCRIPT102", 3571, "根本", "基本"),  # 根本都遇到了
    ("SCRIPT101", 3759, "本钱", "成本"),  # 本钱的降低
    ("SCRIPT101", 3774, "效劳", "服务"),
    ("SCRIPT101", 3967, "那么", "则"),  # 原那么
    ("SCRIPT101", 3983, "那么", "则"),
    ("SCRIPT101", 4103, "效劳", "服务"),
    ("SCRIPT101", 4128, "效劳", "服务"),
    ("SCRIPT101", 4183, "效劳", "服务"),
    ("SCRIPT101", 4265, "根底", "基础"),  # 根底设施
    ("SCRIPT102", 4270, "比方", "比如"),  # 比方说
    ("SCRIPT101", 4283, "根底", "基础"),
    ("SCRIPT101", 4310, "效劳", "服务"),
    ("SCRIPT101", 4333, "效劳", "服务"),
    ("SCRIPT101", 4379, "效劳", "服务"),
    ("SCRIPT101", 4386, "效劳", "服务"),
    ("SCRIPT101", 4417, "以局部", "一部分"),
    ("SCRIPT101", 4442, "效劳", "服务"),
    ("SCRIPT101", 4476, "效劳", "服务"),
    ("SCRIPT101", 4517, "效劳", "服务"),
    ("SCRIPT101", 4544, "效劳", "服务"),
    ("SCRIPT101", 4553, "效劳", "服务"),
    ("SCRIPT102", 4560, "本钱", "成本"),  # 本钱是可承担的
    ("SCRIPT102", 4572, "本钱", "成本"),  # 这个本钱要能够比较低
    ("SCRIPT101", 4586, "效劳", "服务"),
    ("SCRIPT101", 4609, "效劳", "服务"),
    ("SCRIPT101", 4617, "效劳", "服务"),
    ("SCRIPT102", 4653, "根本", "基本"),  # 提供根本的理财
    ("SCRIPT101", 4664, "效劳", "服务"),
    ("SCRIPT101", 4752, "效劳", "服务"),
    ("SCRIPT101", 4768, "效劳", "服务"),
    ("SCRIPT101", 4780, "效劳", "服务"),
    ("SCRIPT102", 4799, "根本", "基本"),  # 根本的评价体系
]


def test_seed_002_every_artifact_with_span_and_fix() -> None:
    doc = load(str(next(SEEDS.glob("002_*.txt")))).document
    assert doc is not None
    findings = Engine(rules()).check(doc).findings
    got = [(f.rule, f.column, f.snippet, f.fix) for f in findings]
    assert got == SEED_002
    assert {f.line for f in findings} == {23}
    assert all(f.fix_safe for f in findings if f.rule == "SCRIPT101")
    assert not any(f.fix_safe for f in findings if f.rule == "SCRIPT102")


def test_seed_002_ordinary_uses_are_left_alone() -> None:
    doc = load(str(next(SEEDS.glob("002_*.txt")))).document
    assert doc is not None
    spans = {f.offset for f in Engine(rules()).check(doc).findings}
    text = doc.text
    for ordinary in ("世界那么大", "有幸参加", "陆续参加", "参加了战斗", "平安银行", "平安保险"):
        start = text.index(ordinary)
        assert not any(start <= s < start + len(ordinary) for s in spans), ordinary


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_other_seeds_have_no_conversion_findings(path: Path) -> None:
    doc = load(str(path)).document
    assert doc is not None
    counts = Counter(f.rule for f in Engine(rules()).check(doc).findings)
    expected = Counter({"SCRIPT101": 33, "SCRIPT102": 16}) if path.name.startswith("002") else Counter()
    assert counts == expected


# -- clean controls --------------------------------------------------------------------------
ZH_ORDINARY = """学校本周开展活动，组织同学们参加会议。代表团于昨日到达北京，受到热烈欢迎。
气象台预报，明天局部地区有雷阵雨。
那么，我们什么时候出发呢？世界那么大，我想去看看。他说：“你怎么走得那么快？”这件事并没有那么简单。
打个比方说，学习就像逆水行舟。年轻就是本钱，身体是革命的本钱。他的国学根底很深，书法根底也不错。
我们假设这个结论成立，那么可以推出下一个命题。研究假设需要经过假设检验。各地深入开展主题教育，确保各项工作顺利开展。
他根本不知道这件事，问题根本没有解决。从根本上解决问题是根本任务。平安银行与中国平安联合开展平安校园建设。
公司治理结构不断完善，污染治理成效明显。同学们踊跃报名参加比赛。他精力充沛，雨水充沛。我对这里很熟悉。
飞机于下午三点到达上海虹桥机场，旅客到达目的地后入住酒店。整体与局部的关系是辩证的。局部麻醉后进行手术。
他愿意为国家效劳。那么多人来参加活动，场面那么热闹。原来那么小的孩子已经长大了。"""

ZH_NEWS = """新华社北京3月5日电 国务院总理在政府工作报告中指出，今年国内生产总值增长预期目标为5%左右，要推动高质量发展。
华为公司发布了新款Mate 60 Pro手机，售价为6999元，搭载Kirin 9000S芯片。
苹果公司CEO蒂姆·库克表示："We are excited about China."
据统计，2023年全国粮食总产量达到13908亿斤，比上年增加178亿斤，增长1.3%。气温最高可达35℃，湿度为80%。
会议要求，各地区各部门要深入开展调查研究，坚持为人民服务，切实降低企业成本，夯实发展基础。"""


@pytest.mark.parametrize("text", [ZH_ORDINARY, ZH_NEWS], ids=["ordinary-uses", "news"])
def test_clean_zh_has_no_findings(text: str) -> None:
    assert found(text) == []


def test_ordinary_uses_stay_clean_even_in_a_damaged_document() -> None:
    damaged = "我们坚持可持续开展的原那么，提供优质效劳，降低本钱。\n" + ZH_ORDINARY
    assert found(damaged) == [
        ("SCRIPT101", 1, 8, "开展", "发展"),
        ("SCRIPT101", 1, 12, "那么", "则"),
        ("SCRIPT101", 1, 19, "效劳", "服务"),
        ("SCRIPT101", 1, 24, "本钱", "成本"),
    ]


def test_en_es_text_is_out_of_scope() -> None:
    assert found("The 开展 test: un texto en español sobre el desarrollo sostenible y los servicios.") == []


# -- the gate --------------------------------------------------------------------------------
AMBIGUOUS = "其背后那么是强大的组织，比方说清算。"


@pytest.mark.parametrize(
    ("evidence", "gated"),
    [
        ("", False),
        ("提供优质效劳，金融效劳。", False),  # 2 markers of 1 pair
        ("提供优质效劳，金融效劳，降低本钱。", True),  # 3 markers of 2 pairs
        ("可持续开展，原那么，根底设施。", True),
    ],
)
def test_ambiguous_uses_need_certain_evidence(evidence: str, gated: bool) -> None:
    got = [f for f in found(evidence + AMBIGUOUS) if f[0] == "SCRIPT102"]
    assert [g[3] for g in got] == (["那么", "比方"] if gated else [])


def test_certain_contexts_and_fixes() -> None:
    text = "经济开展迅速，开展中国家的大局部企业在此根底上降低本钱，充沛发挥踊跃作用，加强平安生产和财务治理。"
    assert [(f[3], f[4]) for f in found(text)] == [
        ("开展", "发展"),
        ("开展", "发展"),
        ("局部", "部分"),
        ("根底", "基础"),
        ("本钱", "成本"),
        ("充沛", "充分"),
        ("踊跃", "积极"),
        ("平安", "安全"),
        ("治理", "管理"),
    ]


def test_medium_confidence_pairs_are_warnings() -> None:
    findings = run_text(rules(), "加强平安生产，降低本钱。")
    assert [(f.snippet, str(f.severity)) for f in findings] == [("平安", "warning"), ("本钱", "error")]


def test_fingerprints() -> None:
    assert found("你在说什幺？被髮明的东西展示瞭如何使用。老幺和幺妹来了。") == [
        ("SCRIPT103", 1, 5, "幺", "么"),
        ("SCRIPT103", 1, 8, "髮", "發"),
        ("SCRIPT103", 1, 15, "瞭", "了"),
    ]


# -- the pack --------------------------------------------------------------------------------
def test_builtin_pack_loads_with_sources_and_gate() -> None:
    pack = load_conversion_pack(builtin_pack_files())
    wrong = {p.wrong for p in pack.pairs}
    assert {"效劳", "开展", "本钱", "根底", "局部", "那么", "到达", "参加", "比方", "假设", "根本"} <= wrong
    assert (pack.min_markers, pack.min_pairs) == (3, 2)
    assert {p.confidence for p in pack.pairs} == {"high", "medium"}
    assert all(f.source for f in pack.fingerprints)


def test_a_second_pack_adds_pairs(tmp_path: Path) -> None:
    extra = tmp_path / "spin.yaml"
    extra.write_text(
        "kind: conversion-pairs\npairs:\n  - wrong: 搜集\n    right: 收集\n    certain: ['数据搜集']\n",
        encoding="utf-8",
    )
    found_rules = conversion_rules([*builtin_pack_files(), extra])
    assert [(f.snippet, f.fix) for f in run_text(found_rules, "数据搜集和效劳。")] == [
        ("数据搜集", "数据收集"),
        ("效劳", "服务"),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("pairs:\n  - wrong: 效劳\n    right: 服务\n    colour: red\n", "bad.yaml:5: unknown key 'colour'"),
        ("pairs:\n  - wrong: 效劳\n    right: 服务\n    certain: ['服务质量']\n", "must contain the wrong word"),
        ("pairs:\n  - wrong: 效劳\n    right: 服务\n    certain: ['效劳(']\n", "bad regex"),
        ("pairs:\n  - wrong: 效劳\n    right: 服务\n    confidence: maybe\n", "confidence must be"),
        ("bogus: 1\n", "unknown key 'bogus'"),
    ],
)
def test_bad_packs_fail_loudly_with_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text("kind: conversion-pairs\n" + body, encoding="utf-8")
    with pytest.raises(PackError, match=message) as info:
        load_conversion_pack([pack])
    assert str(info.value).startswith(f"{pack}:")


def test_every_builtin_context_compiles() -> None:
    """The built-in packs' contexts are compiled on first use at run time, so this is where a bad one shows."""
    from seedlint.checks.scripts.conversion.analysis import compiled, conversion_pack_of
    from seedlint.registry import builtin_packs

    pack = conversion_pack_of(builtin_packs().of_kind("conversion-pairs"))
    sources = [c.source for p in pack.pairs for c in (*p.certain, *p.ambiguous)]
    sources += [o for p in pack.pairs for o in p.ordinary]
    assert len(sources) > 100
    assert all(compiled(s).pattern == s for s in sources)


def test_a_bad_regex_in_a_user_pack_is_reported_at_load_through_the_plugin_context(tmp_path: Path) -> None:
    """Only the built-in packs defer compiling: a pack given with --rule-pack is checked before any document."""
    from seedlint.checks.scripts.conversion.analysis import conversion_pack_of
    from seedlint.packfile import read_pack_file

    pack = tmp_path / "bad.yaml"
    body = "kind: conversion-pairs\npairs:\n  - wrong: 搜集\n    right: 收集\n    certain: ['搜集(']\n"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(PackError, match="bad regex") as info:
        conversion_pack_of([read_pack_file(pack)])
    assert str(info.value).startswith(f"{pack}:5:")


PIECES = ["效劳", "开展", "本钱", "局部", "那么", "原", "的", "是", "，", "。", "\n", "大", "以", "为"]


@settings(max_examples=150)
@given(st.lists(st.sampled_from(PIECES)))
def test_any_mix_gives_spans_inside_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    for f in run_text(rules(), text):
        assert text[f.offset : f.end_offset] == f.snippet and f.fix


def test_the_automaton_finds_the_pairs_a_substring_search_finds() -> None:
    from seedlint.checks.scripts.conversion.analysis import _present_pairs

    pack = load_conversion_pack(builtin_pack_files())
    words = [p.wrong for p in pack.pairs]
    lines = ["", "no Han here", "".join(words[::7]), words[3] + "与" + words[3] + words[-1], "企业企业开展"]
    for line in lines:
        assert _present_pairs(pack, line) == [p for p in pack.pairs if p.wrong in line]
    assert len(_present_pairs(pack, lines[2])) >= len(words[::7])
