# ruff: noqa: E501
"""The date family: seeds, clean controls in en/es/zh, and each rule's behaviour at exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.dates import RULES, build_rules
from seedlint.finding import Finding, Severity
from tests.conftest import SEEDS, run_text

CODES = {r.meta.code: r for r in RULES}

CLEAN_EN = """Ant Group: a short history
Published: May 2, 2024
By the editorial team | Updated: May 5, 2024

Alipay was launched in October 2003 as an escrow service for Taobao and became independent in December 2004. From 2004 to 2008 it grew from a payment button into a platform; between 2009 and 2013 it added mobile payments. In the first quarter of 2005 (Q1 2005), ICBC signed a cooperation agreement, and by the end of 2014 Ant Financial had been formed.
The company was founded on Tuesday, October 18, 2011, fourteen years after the first online bank opened in 1997. Ten years later, in 2014, Yu'e Bao had 100 million users. The 2014–15 season saw revenue rise 12.5% to $2.3 billion (about ¥15.8 billion), while the non-performing loan ratio stayed at 1.2%.
Call customer service on 400-820-8820 or 95188, or write to QQ 3074922707. Office hours are 9:00–17:30, Monday to Friday; the hotline closes at 23:59 on 31 December.
The app's version 10.2.3 (build 2023.04.18) was released on 2023-04-18. See ISBN 978-7-5086-4215-2 and ISBN 0-306-40615-2 for the book, pages 2010–2015.
Chinese New Year 2014 began the Year of the Horse; 2023 was the Year of the Rabbit. In the 1990s the bank had 20000 employees; in 2019 it served 1.2 billion people, and 19500 branches were renovated between 1998 and 2002.
The survey covered 20231 households. Sales fell from 2000 to 1500 units. About ten years ago, in 2012, the first branch closed. The meeting was held on 29 February 2024 and on February 28, 2023.
Temperatures ranged from -5 to 12 °C; the score was 3-1; the ratio is 1.2019 on the index, with a 4.2% rise. Events ran from 10 to 12 May 2019 and from May 10 to May 12, 2019.
In May 3000 employees went on strike, and in March 2500 more joined them. The 2030 target is ambitious.
The certificate is valid until 2099-12-31; the plan runs to June 2060.
"""

CLEAN_ES = """Alipay y los bancos
Publicado el 2 de mayo de 2024

Alipay se estableció en 2003 y operó de forma independiente en 2004. En el primer trimestre de 2005, ICBC cooperó oficialmente con Alipay. A finales de 2014 se fundó Ant Financial, y desde junio de 2004 hasta febrero de 2005 la empresa creció un 35,5 %.
Entre 2006 y 2008 el volumen de transacciones se multiplicó por diez; de 2010 a 2015 los ingresos pasaron de 1.200 a 4.500 millones de euros. El martes 18 de abril de 2023 se presentó el informe anual, y el 29 de febrero de 2024 se celebró la junta.
Hace catorce años, Alibaba quería que los bancos fueran garantes. Diez años después, en 2014, lanzó Yu'e Bao. La Ley 13/2003 y el Real Decreto 1720/2007 regulan la protección de datos; el expediente 2019/2020 sigue abierto.
El servicio de atención al cliente (teléfono 902 123 456, horario de 9:00 a 18:30) atiende de lunes a viernes. La versión 3.14.2 de la aplicación salió el 05/06/2022; el ISBN es 978-84-376-0494-7.
En los años noventa la banca tradicional dominaba; en 2019 el 80 % de los pagos ya eran digitales y 2023 fue el año del Conejo. La tasa de morosidad fue del 1,2 % y la rentabilidad del 4,3 %.
En junio de 711 los musulmanes cruzaron el estrecho, según las crónicas del siglo VIII. El plan abarca de enero a marzo de 2024 y del 5 al 7 de julio de 2024.
La población pasó de 20150 habitantes en 2010 a 19870 en 2020, según el censo.
"""

CLEAN_ZH = """蚂蚁集团发展简史
发布时间：2024-05-06 10:30

支付宝于2003年10月上线，2004年12月独立运营。2005年第一季度，工商银行与支付宝正式合作；2014年底，蚂蚁金服成立。从2004年到2008年，支付宝用户数增长了十倍；2009年至2013年间，移动支付快速普及。
2013年6月的钱荒让余额宝的收益一度超过6%，用户数量和资金规模飞速增长。2014年马年春节，抢红包开始流行；2023年是兔年，2024年是龙年（甲辰年）。二〇〇三年十月，淘宝推出担保交易。
2023年4月18日（星期二）发布年报，不良率仅为1.2%，远低于1.77%的平均水平。客服电话400-820-8820，网站客服QQ：3074922707，工作时间9:00-18:00。
版本号V10.2.3于2023年4月发布，ISBN 978-7-5086-4215-2。二〇二四年二月二十九日是闰日；农历二月三十日也是节日。
十四年前，马云创立了支付宝。中华文明有5000年历史，这片冰川形成于约18500年前。1990年代，传统银行占据主导；2023年前杭州银行行长俞胜法加入阿里。
公元前2070年至公元前1600年为夏朝。该项目的周期为2019年1月至2020年12月，预计2030年6月完工。市政府计划2030年前征求居民意见，2015年至2022年间完成了投资。
２０２３年４月１８日，公司召开股东大会；香港办事处电话2877-2323。他说这事要等到猴年马月。
"""


def _date_findings(text: str, rules: tuple[object, ...] = RULES) -> list[Finding]:
    return [f for f in run_text(list(rules), text) if f.family == "date"]  # type: ignore[arg-type]


def _spans(findings: list[Finding]) -> list[tuple[str, int, int, str]]:
    return sorted((f.rule, f.line, f.column, f.snippet) for f in findings)


# -- the seeds ---------------------------------------------------------------------------------------


def _seed(prefix: str) -> str:
    path = next(p for p in sorted(SEEDS.glob("*.txt")) if p.name.startswith(prefix))
    return Path(path).read_text(encoding="utf-8")


def test_seed_003_004_have_no_date_defects() -> None:
    for prefix in ("003", "004"):
        assert _date_findings(_seed(prefix)) == [], prefix


def test_seed_000_dates_the_creation_of_alipay_twice() -> None:
    (found,) = _date_findings(_seed("000"))
    assert (found.rule, found.line, found.snippet) == ("DATE021", 7, "2014")
    assert "Alipay" in found.message and "2003" in found.message


def test_seed_001_translation_garble_and_inverted_range() -> None:
    found = _date_findings(_seed("001"))
    assert _spans(found) == [
        ("DATE004", 3, 1, "Desde junio de 2004 hasta febrero de 2004"),
        ("DATE005", 2, 4, "junio de 5438 + octubre de 2003"),
    ]
    by_rule = {f.rule: f for f in found}
    assert "ends (2004-02) before it starts (2004-06)" in by_rule["DATE004"].message
    assert by_rule["DATE004"].severity is Severity.ERROR


def test_seed_002_corrupted_years_fused_percentage_and_zodiac() -> None:
    text = _seed("002")
    found = _date_findings(text)
    corrupted = [f for f in found if f.rule == "DATE001"]
    assert [f.snippet for f in corrupted] == ["202223"] * 5
    assert [text.count("202223")] == [5]
    assert [(f.rule, f.snippet) for f in found if f.rule not in ("DATE001", "DATE020")] == [
        ("DATE006", "2023年马年"),
        ("DATE002", "1.2023%"),
    ]
    # the site replaced past years by the upload year (时间:2023-04-18): six events dated 2023
    substituted = [f.snippet for f in found if f.rule == "DATE020"]
    assert substituted == ["2023年6月", "2023年", "2023年", "2023年", "2023年", "2023年"]
    zodiac = next(f for f in found if f.rule == "DATE006")
    assert zodiac.fix == "2023年兔年" and not zodiac.fix_safe
    assert "Rabbit" in zodiac.message and "2014" in zodiac.message and "2026" in zodiac.message
    # 时间:2023-04-18 is an upload time, not a publication date, for DATE009; DATE020 reads it only
    # because the page also shows corrupted years
    assert not any(f.rule == "DATE009" for f in found)


# -- clean controls ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [CLEAN_EN, CLEAN_ES, CLEAN_ZH], ids=["en", "es", "zh"])
def test_clean_controls_give_no_findings(text: str) -> None:
    found = _date_findings(text)
    assert [(f.rule, f.line, f.snippet, f.message) for f in found] == []


def test_every_rule_is_in_the_family_with_examples() -> None:
    assert sorted(CODES) == [f"DATE{i:03d}" for i in range(1, 22)]
    for rule in RULES:
        assert rule.meta.family == "date" and rule.meta.bad and rule.meta.good


def test_build_rules_gives_independent_rule_sets() -> None:
    first, second = build_rules(), build_rules()
    assert [r.meta.code for r in first] == [r.meta.code for r in second]
    text = "202223年起，支付宝分别建立北京分公司。"
    assert _spans(_date_findings(text, first)) == _spans(_date_findings(text, second)) == [("DATE001", 1, 1, "202223")]


# -- DATE001 / DATE002 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 202223 the bank opened.", ["202223"]),
        ("直到202223年的年会。", ["202223"]),
        ("en junio de 201415, Alipay", ["201415"]),
        ("融资,202223年与建设银行合作", ["202223"]),
        ("约18500年前；20000年的历史；共19000余年；in 20231 cases; de 19870 habitantes", []),
        ("电话13800138000，QQ 3074922707，邮编100086，订单号2023112233。", []),
    ],
)
def test_corrupted_year(text: str, expected: list[str]) -> None:
    assert [f.snippet for f in _date_findings(text, (CODES["DATE001"],))] == expected


def test_fused_year_needs_document_evidence() -> None:
    clean = "不良率仅为1.2023%，2023年网商银行获批。"
    assert _date_findings(clean, (CODES["DATE002"],)) == []
    damaged = "202223年与建设银行合作。\n不良率仅为1.2023%，2023年网商银行获批。"
    found = _date_findings(damaged, (CODES["DATE002"],))
    assert [(f.line, f.column, f.snippet) for f in found] == [(2, 6, "1.2023%")]
    assert found[0].severity is Severity.WARNING


# -- DATE003 impossible dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "why"),
    [
        ("会议于2023年2月29日召开。", "2023年2月29日", "not a leap year"),
        ("2月30日", "2月30日", "day 30"),
        ("el 31 de junio de 2004", "31 de junio de 2004", "June has 30 days"),
        ("On June 31, 2004 it rained.", "June 31, 2004", "June has 30 days"),
        ("报告于2005年13月发布", "2005年13月", "no month 13"),
        ("Dated 2023-02-30.", "2023-02-30", "February has 28 days"),
        ("Fecha: 31/02/2023", "31/02/2023", "neither"),
        ("二〇〇四年四月三十一日", "二〇〇四年四月三十一日", "April has 30 days"),
        ("２０２３年２月３０日", "２０２３年２月３０日", "February has 28 days"),
        ("el quinto trimestre de 2005", "quinto trimestre de 2005", "no quarter 5"),
        ("The 32 March deadline", "32 March", "March has 31 days"),
    ],
)
def test_impossible_date(text: str, snippet: str, why: str) -> None:
    found = _date_findings(text, (CODES["DATE003"],))
    assert [f.snippet for f in found] == [snippet]
    assert why in found[0].message
    assert found[0].severity is Severity.ERROR


def test_impossible_date_leaves_real_and_lunar_dates_alone() -> None:
    text = (
        "2024年2月29日；农历二月三十；腊月三十日；12/31/2023 和 31/12/2023；2023.13.1 版本；"
        "el 29 de febrero; February 29; 3月31日; 十二月三十一日"
    )
    assert _date_findings(text, (CODES["DATE003"],)) == []


# -- DATE004 ranges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "severity"),
    [
        ("该项目2006年至2004年由他负责。", "2006年至2004年", Severity.ERROR),
        ("从2006年到2004年", "从2006年到2004年", Severity.ERROR),
        ("It ran from March 2010 to May 2008.", "from March 2010 to May 2008", Severity.ERROR),
        ("Sales grew between 2006 and 2004, oddly.", "between 2006 and 2004", Severity.WARNING),
        ("del 2012 al 2008, según el informe", "del 2012 al 2008", Severity.ERROR),
        ("El plan se aplicó de 2012 a 2012.", "de 2012 a 2012", Severity.WARNING),
        ("2010-2008年，公司亏损。", "2010-2008年", Severity.ERROR),
    ],
)
def test_inverted_or_empty_range(text: str, snippet: str, severity: Severity) -> None:
    found = _date_findings(text, (CODES["DATE004"],))
    assert [(f.snippet, f.severity) for f in found] == [(snippet, severity)]


def test_ranges_that_count_backwards_or_are_not_years() -> None:
    text = (
        "公元前2070年至公元前1600年；距今2000年至1500年；from 2000 to 1500 employees；GB 2010-2008；"
        "电话2877-2323；010-2010-2008；2004-2006；2006-04-18；2020年至今；1999-2000"
    )
    assert _date_findings(text, (CODES["DATE004"],)) == []


# -- DATE005 garbled ---------------------------------------------------------------------------------


def test_garbled_dates() -> None:
    text = "Se fundó en junio de octubre de 2003.\n支付宝于2003年6月10月上线。\nEn junio de 5438 + octubre de 2003."
    found = _date_findings(text, (CODES["DATE005"],))
    assert _spans(found) == [
        ("DATE005", 1, 13, "junio de octubre de 2003"),
        ("DATE005", 2, 5, "2003年6月10月"),
        ("DATE005", 3, 4, "junio de 5438 + octubre de 2003"),
    ]
    assert _date_findings("3 + 5 = 8; de junio a octubre de 2003; 6月、10月", (CODES["DATE005"],)) == []


# -- DATE006 zodiac ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "fix"),
    [
        ("2023年马年春节", "2023年马年", "2023年兔年"),
        ("2014年（羊年）", "2014年（羊年", "2014年（马年"),
        ("2015, the Year of the Horse", "2015, the Year of the Horse", "2015, the Year of the Goat"),
        ("2018 fue el año del Perro y 2023 el año del gato", None, None),
        ("2019 fue el año del Perro", "2019 fue el año del Perro", "2019 fue el año del Cerdo"),
        ("2014年乙未年", "2014年乙未年", "2014年甲午年"),
    ],
)
def test_zodiac(text: str, snippet: str | None, fix: str | None) -> None:
    found = _date_findings(text, (CODES["DATE006"],))
    if snippet is None:
        assert found == []
    else:
        assert [(f.snippet, f.fix) for f in found] == [(snippet, fix)]


def test_zodiac_allows_january_and_february_of_the_next_year() -> None:
    assert _date_findings("2015年1月（马年）", (CODES["DATE006"],)) == []


# -- DATE007 weekday ---------------------------------------------------------------------------------


def test_weekday_mismatch_and_fixes() -> None:
    text = "2023年4月18日（周一）\nMonday, April 18, 2023\nlunes 18 de abril de 2023\n2023年4月16日（星期天）"
    found = _date_findings(text, (CODES["DATE007"],))
    assert [(f.line, f.snippet, f.fix) for f in found] == [
        (1, "周一", "周二"),
        (2, "Monday", "Tuesday"),
        (3, "lunes", "martes"),
    ]


# -- DATE008 relative spans --------------------------------------------------------------------------


def test_relative_span_contradictions() -> None:
    rule = (CODES["DATE008"],)
    later = _date_findings("Alipay se fundó en 2004 y diez años después, en 2010, creó Ant Financial.", rule)
    assert [f.snippet for f in later] == ["diez años después, en 2010"]
    assert "2014" in later[0].message
    zh = _date_findings("支付宝2004年成立，十年后的2012年成立了蚂蚁金服。", rule)
    assert [f.snippet for f in zh] == ["十年后的2012年"]
    dated = _date_findings("Publicado: 2023-04-18\nHace catorce años, en 2003, Alibaba lanzó Alipay.", rule)
    assert [(f.line, f.snippet) for f in dated] == [(2, "Hace catorce años, en 2003")]
    assert _date_findings("Publicado: 2023-04-18\nHace catorce años, en 2009, Alibaba lanzó Alipay.", rule) == []
    future = _date_findings("Twenty years ago, in 2030, the bank opened.", rule)
    assert [(f.snippet, f.severity) for f in future] == [("Twenty years ago, in 2030", Severity.ERROR)]


# -- DATE009 after publication ----------------------------------------------------------------------


def test_dated_after_publication() -> None:
    rule = (CODES["DATE009"],)
    text = "发布时间：2023-04-18\n2023年6月份的钱荒让余额宝的收益一度冲高。预计2023年9月上线新功能。"
    assert [(f.line, f.column, f.snippet) for f in _date_findings(text, rule)] == [(2, 1, "2023年6月")]
    # a bare 时间: label is an upload or event time, not the document's date
    assert _date_findings("时间:2023-04-18\n2023年6月份的钱荒让余额宝的收益一度冲高。", rule) == []
    # titles in a list of related articles carry their own dates
    related = "Published: March 3, 2019\n- Bank opens branch, June 2020\nIt opened in May 2018."
    assert _date_findings(related, rule) == []


# -- DATE010 implausible years ------------------------------------------------------------------------


def test_implausible_year() -> None:
    rule = (CODES["DATE010"],)
    found = _date_findings("El banco abrió en junio de 5438 su primera sucursal. 该公司于5438年10月成立。", rule)
    assert [f.snippet for f in found] == ["junio de 5438", "5438年10月"]
    assert _date_findings("The novel is set in the future, in June 3150. In May 3000 employees left.", rule) == []
    # the garbled '+' date is reported once, by DATE005, not again as an implausible year
    assert _date_findings("En junio de 5438 + octubre de 2003, Alibaba lanzó Alipay.", rule) == []


# -- grammar -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2003年10月", [(2003, 10, None)]),
        ("2014年底", [(2014, None, None)]),
        ("2023-04-18", [(2023, 4, 18)]),
        ("2003/10", [(2003, 10, None)]),
        ("junio de 2004", [(2004, 6, None)]),
        ("a finales de 2014", [(2014, None, None)]),
        ("June 2004", [(2004, 6, None)]),
        ("the end of 2014", [(2014, None, None)]),
        ("10/2003", [(2003, 10, None)]),
        ("二〇〇三年十月", [(2003, 10, None)]),
        ("２０２３年４月１８日", [(2023, 4, 18)]),
        ("Tuesday, April 18, 2023", [(2023, 4, 18)]),
        ("18 de abril de 2023", [(2023, 4, 18)]),
        ("13/05/2004", [(2004, 5, 13)]),
    ],
)
def test_grammar_values(text: str, values: list[tuple[int | None, int | None, int | None]]) -> None:
    from seedlint.checks.dates.grammar import parse_line

    assert [(e.year, e.month, e.day) for e in parse_line(text)] == values


def test_grammar_quarters_decades_and_relative_spans() -> None:
    from seedlint.checks.dates.grammar import parse_line
    from seedlint.checks.dates.relative import find_relative

    assert [(e.form, e.year, e.quarter) for e in parse_line("el primer trimestre de 2005; Q1 2005")] == [
        ("quarter", 2005, 1),
        ("quarter", 2005, 1),
    ]
    assert [(e.form, e.year) for e in parse_line("the 1990s; 1990年代")] == [("decade", 1990), ("decade", 1990)]
    spans = find_relative("hace catorce años; five days ago; 十四年前; 2023年前")
    assert [(r.amount, r.unit, r.direction) for r in spans] == [
        (14, "year", "ago"),
        (5, "day", "ago"),
        (14, "year", "ago"),
    ]


# -- robustness --------------------------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from(list("2003年10月至2004-06-12 de junio hasta+QQ.%马兔年 Mar31/0")), max_size=80))
def test_spans_lie_inside_the_text_and_runs_are_deterministic(text: str) -> None:
    first = _date_findings(text)
    assert first == _date_findings(text)
    for f in first:
        assert 0 <= f.offset < f.end_offset <= len(text)
        assert text[f.offset : f.end_offset] == f.snippet


@given(st.text(max_size=200))
def test_no_crash_on_any_text(text: str) -> None:
    for f in _date_findings(text):
        assert text[f.offset : f.end_offset] == f.snippet


# -- machinery ---------------------------------------------------------------------------------------


def test_same_findings_without_hyperscan(monkeypatch: pytest.MonkeyPatch) -> None:
    import seedlint.checks.dates.analysis as spots
    from seedlint.document import Document
    from seedlint.engine import Engine

    monkeypatch.setattr(spots, "hyperscan", None)
    rules = build_rules()
    for prefix in ("001", "002"):
        text = _seed(prefix)
        plain = Engine(rules, use_hyperscan=False).check(Document("doc.txt", text)).findings
        assert _spans(list(plain)) == _spans(_date_findings(text)), prefix


def test_fast_trigger_rewrite_keeps_classes_valid() -> None:
    from seedlint.checks.dates.windows import fast

    assert fast(r"\d{4}\s*[^\d\n]{0,3}") == "[0-9]{4}[ \\t]*[^0-9\\n]{0,3}"
    assert fast(r"[\s,]\\d") == "[ \\t,]\\\\d"


def test_windows_snap_to_spaces_and_mark_cut_edges() -> None:
    from seedlint.checks.dates.windows import windows

    line = "Alipay se fundó en junio de 2004 y creció."
    (w,) = windows(line, [(28, 32)], 8, 4)
    assert line[w.offset : w.offset + len(w.text)] == w.text
    assert not w.cut_left and not w.cut_right
    (han,) = windows("中" * 100 + "2004年" + "中" * 100, [(100, 105)], 10, 10)
    assert han.cut_left and han.cut_right and not han.inside(0, 3)
