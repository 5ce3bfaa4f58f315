"""Clean, well-edited control texts: the script rules (SCRIPT001-SCRIPT099) must stay silent on them.

Each control holds the legitimate uses the rules must tell apart from damage: Latin brand names,
numbers, units, URLs and English quotations in Chinese; Chinese names with their characters in
parentheses in English and Spanish; Greek letters in Spanish formulas; Japanese mixed kanji and
kana; Traditional Chinese; abbreviations, quotations over paragraphs, list markers and intervals.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.rule import Rule
from tests.conftest import all_rules, run_text


def script_rules() -> list[Rule]:
    return [r for r in all_rules() if r.meta.code.startswith("SCRIPT0")]


ZH_MIXED = "\n".join(
    (
        "蚂蚁集团（Ant Group）前身为支付宝，2004年由阿里巴巴集团创立。2013年6月，支付宝与天弘基金"
        "合作推出余额宝，上线不到一年，用户数就超过1亿，规模突破5,000亿元。",
        "据公司披露，2023年第三季度，Alipay的国际业务覆盖了60多个国家和地区，日均交易笔数约为1.2"
        "亿笔，同比增长12.5%。会议于10:30开始，持续约2小时。",
        '乔布斯在斯坦福大学的演讲中说过一句名言："Stay hungry, stay foolish."这句话后来被很多创业'
        "者引用。马云也曾说：“If the bank does not change, we change the bank.”",
        "淘宝、天猫、eBay和Amazon都是电子商务平台。G20杭州峰会期间，B2B与C2C业务、O2O模式、iPhone"
        "和iPad的移动支付都成为讨论热点。",
        "该设备重约3.5 kg，功率为200 W，工作温度为-20 ℃至45 ℃，屏幕尺寸为6.1英寸，分辨率为2532×1170。",
        "《红楼梦》是中国古典小说的巅峰之作，书中写道：“满纸荒唐言，一把辛酸泪。”（见第一回）",
        "详情请访问 https://www.example.com/zh/about?id=12&lang=zh 或发送邮件至 service@example.com。",
        "“双十一”购物节始于2009年，当年参与的商家只有27家；到2019年，天猫“双十一”的成交额达到2684亿元。",
        '他问：“你今天去银行了吗？”她回答：“去了！”比例为3:1，版本号为v2.3.1，函数调用写作 print("hello")。',
    )
)

ZH_TRADITIONAL = "\n".join(
    (
        "螞蟻集團前身為支付寶，二〇〇四年由阿里巴巴集團創立。這家公司的業務覆蓋了許多國家和地區，用戶數量增長得很快。",
        "他們說，這個問題已經討論過很多次了，大家對結果都很滿意，希望這樣的會議能繼續開下去。",
    )
)

EN_NAMES = "\n".join(
    (
        "Jack Ma (马云) founded Alibaba in 1999 with seventeen partners in Hangzhou. In 2004 the group"
        " launched Alipay (支付宝), and in 2013 Yu'e Bao (余额宝) became the largest money-market"
        " fund in China.",
        '"If the bank does not change, we change the bank," Ma told a forum in 2008. Critics, e.g.'
        " the People's Bank of China, called the remark provocative; others, i.e. younger users, agreed.",
        "The company's U.S. listing in Sept. 2014 raised $25 billion. Mr. Ma said at 9 a.m. on Friday"
        ' that the deal would close "soon".',
        'Peng Lei ("the CFO who became CEO") said the bank would focus on three areas: (1) payments,'
        " (2) credit, and (3) wealth management.",
        "Options: a) pay online, b) pay on delivery, c) pay in store. The ratio was 3 : 1 in favour"
        " of online payment :)",
        "The word guanxi (关系) means connections; the character 人 means person, and in Chinese "
        "银行 is written with two characters.",
        "Alibaba founder Ma Yun 马云 and Jack Ma 马云 are the same person; Huabei 花呗 is a credit product.",
        "Xi'an, Chang'an and Tian'anmen are written with a syllable apostrophe in pinyin; it's the"
        " rule, and the banks' reports follow it.",
        'He paused . . . and then said: "We are not a bank. We are a technology company."',
        "Visit https://www.alipay.com/intl/index.htm?lang=en or write to press@antgroup.com for details.",
        "The film's budget was ¥120 million (about $17 million), according to Variety, and the screen"
        ' measured 65" across.',
        "He told the crowd: “We will change the bank.",
        "“And the bank will follow us,” he added, for the interval [0, 1) of the model (see Fig. 2 and pp. 14-15).",
    )
)

ES_NAMES_MATH = "\n".join(
    (
        "Jack Ma (马云) fundó Alibaba en 1999 junto con diecisiete socios en Hangzhou. En 2004 lanzó"
        " Alipay (支付宝) y, en 2013, Yu'e Bao («余额宝»), hoy uno de los mayores fondos del mundo.",
        "¿Por qué los bancos quieren cooperar con Alipay? ¡Por supuesto que es por la sensación de"
        " crisis! Según el Sr. Ma, «si el banco no cambia, nosotros cambiaremos el banco».",
        "En la fórmula de la energía cinética, E = ½ m v², y en la del movimiento circular, v = ω"
        " r, donde ω es la velocidad angular. Los ángulos α y β suman π/2 cuando el triángulo es rectángulo;"
        " la desviación típica σ mide la dispersión y Δx el incremento.",
        "Los EE. UU. y la UE, p. ej. en 2014, firmaron acuerdos con China; el comercio creció un 12,5"
        " % y alcanzó 1.200 millones de dólares.",
        'El informe (véase la pág. 12) cita al presidente: "Nuestra prioridad es el cliente". Las'
        " opciones eran: a) pagar en línea; b) pagar en tienda.",
        "La palabra china 关系 significa relaciones, y el carácter 人 significa persona.",
        "«Esperamos ver los primeros resultados el próximo año —dijo la directora—, aunque el camino es largo.",
        "»Los bancos tradicionales tendrán que adaptarse», concluyó.",
        "Visite https://www.antgroup.com/es o escriba a prensa@antgroup.com para más información.",
    )
)

JA_MIXED = "\n".join(
    (
        "アリババグループは1999年に馬雲によって杭州で設立されました。2004年には決済サービスのアリ"
        "ペイを開始し、現在では世界中で利用されています。",
        "彼は〝天才〟と呼ばれていますが、本人は「まだ学ぶことが多い」と言っています。東京の会議は10"
        "時30分に始まりました。",
    )
)

CONTROLS = {
    "zh-mixed": ZH_MIXED,
    "zh-traditional": ZH_TRADITIONAL,
    "en-names": EN_NAMES,
    "es-names-math": ES_NAMES_MATH,
    "ja-mixed": JA_MIXED,
}


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_clean_control_has_no_script_findings(name: str) -> None:
    found = run_text(script_rules(), CONTROLS[name])
    assert [(f.rule, f.line, f.column, f.snippet) for f in found] == []


def test_controls_exercise_every_python_rule_trigger() -> None:
    """The controls are not vacuous: most rules' triggers fire on them, and the checks still say nothing."""
    from seedlint.document import Document
    from seedlint.engine import Engine

    rules = tuple(script_rules())
    engine = Engine(rules)
    scanner = object.__getattribute__(engine, "_scanner")
    fired: set[str] = set()
    for text in CONTROLS.values():
        doc = Document("c.txt", text)
        fired |= {rules[i].meta.code for i in scanner.scan(doc.text, doc.utf8)}
    assert {"SCRIPT001", "SCRIPT003", "SCRIPT013", "SCRIPT014", "SCRIPT015", "SCRIPT030"} <= fired


@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it_deterministically(text: str) -> None:
    rules = script_rules()
    first = run_text(rules, text)
    assert first == run_text(rules, text)
    for f in first:
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert 0 <= f.fix_range[0] <= f.fix_range[1] <= len(text)


@given(st.text(alphabet='“”"«»¿¡?!()（）[]【】《》 a文,.，', max_size=80))
def test_pairing_never_crashes_on_punctuation_soup(text: str) -> None:
    for f in run_text(script_rules(), text):
        assert text[f.offset : f.end_offset] == f.snippet
