"""The chrome family: seeds, pages from sites seedlint has never seen, and each rule's behaviour."""

# ruff: noqa: E501 - scraped pages keep one paragraph per line

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.chrome.analysis import analyzer_for, chrome_pack_files, shape
from seedlint.checks.chrome.template_line import TemplateLine, normalise
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding, Severity
from seedlint.kinds import PatternRule
from seedlint.registry import builtin_pack_dir, builtin_pack_files, load_rules
from seedlint.rule import Context, Rule
from seedlint.scanner import Scanner, Trigger
from tests.conftest import SEEDS, all_rules, rule, run_text


def chrome_rules() -> list[Rule]:
    return [r for r in all_rules() if r.meta.family == "chrome"]


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def check_seed(prefix: str) -> list[Finding]:
    others = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) if not p.name.startswith(prefix)]
    return run_text(chrome_rules(), seed_text(prefix), corpus=others)


def lines_and_rules(findings: list[Finding]) -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in findings]


# -- the seeds -----------------------------------------------------------------------------------
SEED_002 = [
    (1, "CHROME002"),  # 分享
    (2, "CHROME030"),  # …有感——迭代与重生.docx
    (3, "CHROME002"),  # 下载文档
    (5, "CHROME035"),  # ID:1200247
    (7, "CHROME001"),  # 大小:31.05KB
    (9, "CHROME001"),  # 页数:20页
    (11, "CHROME001"),  # 格式:DOCX
    (13, "CHROME001"),  # 时间:2023-04-18
    (15, "CHROME002"),  # 收藏 分享赚钱
    (16, "CHROME050"),  # 温馨提示:
    (17, "CHROME003"),
    (18, "CHROME003"),
    (19, "CHROME003"),
    (20, "CHROME003"),
    (21, "CHROME004"),  # 网站客服:3074922707
    (22, "CHROME052"),  # 蚂蚁金服 2023 年读 蚂蚁 有感 重生
    (25, "CHROME003"),  # 此文档下载收益归作者所有
    (27, "CHROME002"),  # 下载文档
    (28, "CHROME005"),  # 猜你喜欢
    (29, "CHROME005"),  # 你可能关注的文档
    (30, "CHROME002"),  # 收起
    (31, "CHROME002"),  # 展开
]


def test_seed_002_header_and_tail_furniture_every_line_once() -> None:
    found = check_seed("002")
    assert lines_and_rules(found) == SEED_002
    assert not any(f.line == 23 for f in found), "the body line is not chrome"


def test_seed_003_related_reading_list() -> None:
    found = check_seed("003")
    assert lines_and_rules(found) == [(39, "CHROME023"), *((n, "CHROME051") for n in range(40, 63))]
    assert found[0].snippet == "- Related reading"
    assert found[-1].snippet == "- Mobile Payment -- Cooperative Enterprise: Wechat Payment, Alipay"
    assert all("under '- Related reading' (line 39)" in f.message for f in found[1:])


def test_seed_000_qa_platform_boilerplate() -> None:
    found = check_seed("000")
    assert [(f.line, f.column, f.rule, f.snippet) for f in found] == [
        (41, 1, "CHROME016", "Punto de vista del oficial técnico de Lscssh:"),
        (45, 1, "CHROME014", "Hola, estaré encantado de responder a tu pregunta."),
    ]


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_clean_seeds_have_no_chrome(prefix: str) -> None:
    assert check_seed(prefix) == []


def test_whole_line_findings_offer_an_unsafe_line_deletion() -> None:
    text = seed_text("002")
    doc = Document("002", text)
    for f in check_seed("002"):
        start, end = f.fix_range
        line = doc.line_span(f.line - 1)
        assert (f.fix, f.fix_safe) == ("", False), f
        newline = "\n" if line.end < len(text) else ""  # the last line has none
        assert (start, end) == (line.start, line.end + len(newline)), f"{f.rule} line {f.line}: {f.fix_range}"
        assert text[start:end] == line.text + newline


def test_inline_attribution_removes_only_the_label() -> None:
    (f,) = [f for f in check_seed("000") if f.rule == "CHROME016"]
    assert (f.fix, f.fix_safe, f.fix_range) == ("", False, (f.offset, f.end_offset))


# -- pages from sites the seeds do not come from ---------------------------------------------------
EN_PAGE = """Home > Business > Banking
Posted on March 3, 2023
Share this article: Facebook | Twitter | LinkedIn | Email
How Ant Group Built Its Lending Business

Ant Group began lending to small merchants in 2010, using data from Taobao to judge their credit.
Within five years it had lent more than 400 billion yuan to over a million firms.

Tags: fintech, lending, China
Most read
- China's Central Bank Cuts Reserve Ratio
- Alipay Adds New Wealth Products
Privacy Policy | Terms of Use | Contact us
© 2023 Example Media Ltd. All rights reserved.
"""
ES_PAGE = """Inicio » Economía » Banca
Publicado el 12 de mayo de 2023
Los bancos chinos y el pago móvil

Los bancos chinos tardaron años en aceptar el pago móvil. Hoy compiten con Alipay y WeChat Pay por los clientes jóvenes.

Compartir en: Facebook | X | WhatsApp
Me gusta (34)
Te puede interesar
- El yuan digital llega a más ciudades
- Tencent amplía su negocio de crédito
Todos los derechos reservados
"""
ZH_PAGE = """当前位置：首页 > 财经 > 正文
发布时间：2023-05-12 10:30
支付宝与银行的合作历程

2005年，工商银行与支付宝签署合作协议，成为第一家与支付宝合作的大型银行。此后，各大银行纷纷跟进。

（责任编辑：张三）
扫一扫 分享到：微信 微博
热门推荐
· 央行发布数字人民币白皮书
· 微信支付推出新的小微商户服务
关于我们 | 联系我们 | 隐私政策
客服热线：400-820-8820
京ICP备12345678号
"""
EN_QA = """Why do banks work with Alipay?
Answered by Li Wei
Hello, I'm happy to answer your question. Banks earn a fee on every payment that passes through them, so volume matters more than rivalry.
Hope this helps!
Was this answer helpful?
"""
ZH_QA = """支付宝为什么能说服银行合作？
最佳答案：
你好，很高兴为你解答。银行与支付宝合作，是因为每一笔交易都能带来手续费收入，双方互利共赢。
希望对你有帮助，望采纳！
其他回答
热心网友
"""
ES_QA = """¿Por qué los bancos cooperan con Alipay?
Mejor respuesta
Los bancos cooperan porque cada pago les deja una comisión. Espero que te sirva de ayuda.
Gracias por tu pregunta
"""
DOC_SITE = """Download PDF
Annual Report 2022.pdf
File size: 2.4MB
Pages: 48
Format: PDF
Uploaded by: finance_team
Report this document
Annual Report 2022

The bank's net profit rose by 8% in 2022, driven by fees from mobile payments and wealth management.
Loan growth slowed in the second half as demand from property developers fell.

This document was uploaded by a user. If you believe this document infringes your copyright, please contact us.
Related documents
- Annual Report 2021
- Interim Report 2022
"""

PAGES = {
    "en_page": (
        EN_PAGE,
        [
            (1, "CHROME034"),
            (2, "CHROME020"),
            (3, "CHROME031"),
            (9, "CHROME020"),
            (10, "CHROME023"),
            (11, "CHROME051"),
            (12, "CHROME051"),
            (13, "CHROME033"),
            (14, "CHROME032"),
        ],
    ),
    "es_page": (
        ES_PAGE,
        [
            (1, "CHROME034"),
            (2, "CHROME010"),
            (7, "CHROME031"),
            (8, "CHROME011"),
            (9, "CHROME013"),
            (10, "CHROME051"),
            (11, "CHROME051"),
            (12, "CHROME032"),
        ],
    ),
    "zh_page": (
        ZH_PAGE,
        [
            (1, "CHROME034"),
            (2, "CHROME001"),
            (7, "CHROME001"),
            (8, "CHROME031"),
            (9, "CHROME005"),
            (10, "CHROME051"),
            (11, "CHROME051"),
            (12, "CHROME033"),
            (13, "CHROME004"),
            (14, "CHROME032"),
        ],
    ),
    "en_qa": (EN_QA, [(2, "CHROME026"), (3, "CHROME025"), (4, "CHROME024"), (5, "CHROME021")]),
    "zh_qa": (ZH_QA, [(2, "CHROME008"), (3, "CHROME007"), (4, "CHROME006"), (5, "CHROME008"), (6, "CHROME008")]),
    "es_qa": (ES_QA, [(2, "CHROME016"), (3, "CHROME015"), (4, "CHROME014")]),
    "doc_site": (
        DOC_SITE,
        [
            (1, "CHROME021"),
            (2, "CHROME030"),
            (3, "CHROME020"),
            (4, "CHROME020"),
            (5, "CHROME020"),
            (6, "CHROME020"),
            (7, "CHROME027"),
            (8, "CHROME052"),
            (13, "CHROME027"),
            (14, "CHROME023"),
            (15, "CHROME051"),
            (16, "CHROME051"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_unseen_pages_every_chrome_line_once(name: str) -> None:
    text, expected = PAGES[name]
    assert lines_and_rules(run_text(chrome_rules(), text)) == expected


def test_unseen_page_body_and_title_stay() -> None:
    """The title under the header chrome is not sandwiched and is kept; so is every body line."""
    flagged = {f.line for f in run_text(chrome_rules(), EN_PAGE)}
    assert not flagged & {4, 6, 7}


# -- single rules ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices rose by 3% after the bank announced the partnership with Alipay.",
        "You can download the annual report from the bank's website and print it.",
        "Read more about the history of mobile payments in the bank's 2016 report.",
        "Compartir los datos con los bancos fue la clave del acuerdo, según los expertos.",
        "Descargar la aplicación era gratuito, y eso facilitó que millones de usuarios vincularan sus tarjetas.",
        "Leer más sobre la historia del pago móvil no cambia la conclusión del informe.",
        "用户可以把文章分享到朋友圈，也可以下载文档或收藏。",
        "展开来说，这一政策有三层含义：降低成本、提高效率、扩大覆盖。",
        "相关阅读材料已经发给每一位与会代表。",
        "消费者可拨打客服电话反映问题，银行表示将在三个工作日内回复。",
        "Hola, dijo el presidente al llegar, y saludó a los periodistas.",
        "Copyright law in China has changed since 2001, and owners now register works online.",
    ],
)
def test_chrome_words_inside_sentences_are_not_chrome(sentence: str) -> None:
    text = f"Title\n{sentence}\nAnother sentence of the body follows here, and it ends properly."
    assert run_text(chrome_rules(), text) == []


def test_notice_block_needs_download_or_copyright_items() -> None:
    travel = "温馨提示：\n1. 出门请带好雨具。\n2. 雨天路滑，注意安全。\n正文从这里开始，内容与下载无关。"
    assert run_text([rule("CHROME050")], travel) == []
    site = "温馨提示：\n1. 预览时可能显示异常，下载后正常。\n2. 版权归上传者，如有问题请联系客服。\n正文。"
    found = run_text([rule("CHROME050")], site)
    assert [(f.line, f.snippet) for f in found] == [
        (1, "温馨提示："),
        (2, "1. 预览时可能显示异常，下载后正常。"),
        (3, "2. 版权归上传者，如有问题请联系客服。"),
    ]


def test_notice_block_at_the_tail() -> None:
    text = (
        "正文第一段，讲述支付宝与银行合作的经过。\n免责声明\n1. 本站文档均由用户上传，仅供预览。\n2. 如需下载请先登录。"
    )
    found = run_text([rule("CHROME050")], text)
    assert [f.line for f in found] == [2, 3, 4]


def test_link_list_stops_at_the_body() -> None:
    text = (
        "Intro line of the article that is long enough to be body text for the test.\n"
        "Related articles\n- Alipay Opens Branch In Singapore\n- Banks Cut Card Fees\n"
        "The cooperation continued for years, and both sides earned fees from every payment they processed.\n"
        "- Not a headline: a list item inside the body that follows a paragraph\n"
    )
    found = run_text([rule("CHROME051")], text)
    assert [f.line for f in found] == [3, 4]


def test_title_case_lines_after_body_need_an_anchor() -> None:
    """A body that ends with a Title Case list and no chrome keeps it."""
    text = "The plan has three parts, each led by a different bank in the province.\n- Mobile Payment Rollout\n- Card Fee Reform\n"
    assert run_text(chrome_rules(), text) == []


def test_edge_line_confidence_sets_severity() -> None:
    sandwiched = (
        "Share\nBanking Desk\nPrint\nThe bank said on Tuesday that it would cooperate with Alipay on mobile payments."
    )
    (f,) = run_text([rule("CHROME052")], sandwiched)
    assert (f.line, f.severity) == (2, Severity.WARNING)
    with_stop_words = "Share\nNews of the day\nPrint\nThe bank said on Tuesday that it would cooperate with Alipay on mobile payments."
    (g,) = run_text([rule("CHROME052")], with_stop_words)
    assert (g.line, g.severity) == (2, Severity.INFO)


# -- template lines (corpus) -----------------------------------------------------------------------
FOOTER = "Follow Example Daily for more stories about money and banking"
TOPICS = ("rates", "cards", "loans", "bonds")


def _doc(i: int) -> str:
    """A story of its own (CCNet maps digits to 0, so stories differ by words) and the site footer."""
    topic = TOPICS[i]
    return f"Story about {topic}\nThe central bank said {topic} would stay unchanged this quarter.\n{FOOTER}\n"


def test_template_line_needs_the_threshold() -> None:
    assert run_text([rule("CHROME053")], _doc(0), corpus=[_doc(1)]) == []
    found = run_text([rule("CHROME053")], _doc(0), corpus=[_doc(1), _doc(2)])
    assert [(f.line, f.snippet, f.severity) for f in found] == [(3, FOOTER, Severity.INFO)]
    assert "3 documents" in found[0].message


def test_template_threshold_is_configurable() -> None:
    doc = Document("a", _doc(0))
    r = TemplateLine(min_documents=2)
    evidence = r.reduce([r.summarize(doc), r.summarize(Document("b", _doc(1)))])
    assert [h.start for h in r.check(doc, Context(corpus=evidence))] == [doc.line_span(2).start]
    strict = Context(corpus=evidence, settings={"min_documents": 5})
    assert list(r.check(doc, strict)) == []


def test_template_skips_near_duplicate_documents_and_number_rows() -> None:
    copy = "Alpha line one is long enough\nBeta line two is long enough\nGamma line three is long\nDelta line four is long\nEpsilon line five\n"
    assert run_text([rule("CHROME053")], copy, corpus=[copy, copy, copy]) == []
    table = "Figures of the year for {t}\n| 2019 | 1,200 | 3.4% |\nThe bank grew in {t}."
    tables = [table.format(t=t) for t in TOPICS]
    assert run_text([rule("CHROME053")], tables[0], corpus=tables[1:]) == []


def test_ccnet_normalisation() -> None:
    assert normalise("Bank News — 2023 Edition!") == normalise("bank news 1999 edition")
    assert normalise("此文档下载收益归作者所有。") == "此文档下载收益归作者所有"


# -- the shared detector ---------------------------------------------------------------------------
def analyzer():  # type: ignore[no-untyped-def]
    return analyzer_for(chrome_pack_files(builtin_pack_files()))


def test_tail_of_seed_002_and_003() -> None:
    tail = analyzer().tail(Document("002", seed_text("002")))
    assert tail.body == 22 and [c.index for c in tail.chrome] == [24, 26, 27, 28, 29, 30]
    tail = analyzer().tail(Document("003", seed_text("003")))
    assert tail.body == 37 and [c.index for c in tail.chrome] == list(range(38, 62))


def test_shape_of_lines() -> None:
    tag = shape("蚂蚁金服 2023 年读 蚂蚁 有感 重生")
    assert tag.cjk and tag.tag_line and tag.thin
    headline = shape("- Fashion shoes | Nike Air Max 97 Shoes New Color Matching Release")
    assert headline.headline and headline.marker and headline.pipe
    body = shape("Peng Lei: we and Ma always feel a bit nervous. Chinese football has been scolded for years.")
    assert not body.headline and not body.thin and body.terminal


def _pack_rules() -> list[PatternRule]:
    return [r for r in all_rules() if isinstance(r, PatternRule) and r.meta.family == "chrome"]


def _sample_lines() -> list[str]:
    lines = [ln for p in sorted(SEEDS.glob("*.txt")) for ln in p.read_text(encoding="utf-8").split("\n")]
    for r in _pack_rules():
        for ex in (*r.meta.bad, *r.meta.good):
            lines += ex.text.split("\n")
    for text, _ in PAGES.values():
        lines += text.split("\n")
    return lines


def test_every_pattern_match_is_a_trigger_hit() -> None:
    """The engine only runs a pack rule where its triggers fire: they must cover the pattern,
    through the same prefilter and Hyperscan path the engine uses."""
    rules = _pack_rules()
    scanner = Scanner([Trigger(i, t, r.ignorecase) for i, r in enumerate(rules) for t in r.triggers])
    for line in _sample_lines():
        hit = scanner.scan(line, line.encode("utf-8"))
        for i, r in enumerate(rules):
            pattern, unless = r.compiled()
            if pattern.search(line) and not (unless and unless.search(line)):
                assert i in hit, f"{r.meta.code}: trigger misses {line!r}"


@given(st.text(max_size=300))
def test_chrome_spans_are_inside_the_text_and_deterministic(text: str) -> None:
    engine = Engine(tuple(chrome_rules()))
    first = engine.check(Document("x", text)).findings
    again = engine.check(Document("x", text)).findings
    assert first == again
    for f in first:
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert f.fix_range[0] <= f.offset and f.end_offset <= f.fix_range[1] <= len(text)


def test_packs_are_found_by_declared_kind_not_file_name(tmp_path: Path) -> None:
    root = builtin_pack_dir()
    names = {p.relative_to(root).as_posix() for p in chrome_pack_files(builtin_pack_files())}
    assert {"chrome/zh.yaml", "chrome/es.yaml", "chrome/en.yaml", "chrome/common.yaml"} <= names
    assert not names & {"scripts/data.yaml", "scripts/conversion.zh.yaml"}  # data packs: another kind
    renamed = tmp_path / "chrome.data.yaml"  # a chrome-like name does not make a data file a rule pack
    renamed.write_text("kind: script-data\n", encoding="utf-8")
    plain = tmp_path / "furniture.yaml"  # a rule pack is one whatever its name
    plain.write_text(FRENCH_PACK, encoding="utf-8")
    assert chrome_pack_files([renamed, plain]) == (plain,)


FRENCH_PACK = """\
pack: chrome.fr
description: French page chrome, added by a user.
defaults: {family: chrome, severity: warning, kind: pattern, delete_line: true, ignorecase: true}
rules:
  - code: CHROME090
    name: fr-link-list-heading
    summary: A French related-links heading.
    docs: >
      "Lire aussi", "À lire aussi" and "Articles similaires" open a list of links to other pages of the
      site; the heading and its headlines are page chrome.
    pattern: '^[ \\t]*(?:À\\ lire\\ aussi|Lire\\ aussi|Articles\\ similaires)[ \\t]*:?(?=[ \\t]*$)'
    message: "related-links heading: {match}"
    examples:
      bad: [{text: "Fin.\\nLire aussi", expect: [{match: "Lire aussi", line: 2, column: 1}]}]
      good: ["Il faut lire aussi le rapport de la banque."]
"""


def test_a_user_pack_extends_the_chrome_vocabulary(tmp_path: Path) -> None:
    """A rule pack from the configuration (whatever its file name) feeds the shared detector with
    its chrome rules: its heading opens a link list (CHROME051) and the truncation family sees it
    as trailing chrome."""
    pack = tmp_path / "fr-furniture.yaml"
    pack.write_text(FRENCH_PACK, encoding="utf-8")
    rules = [r for r in load_rules([pack]) if r.meta.family in ("chrome", "truncation")]
    text = (
        "Les banques\nLes banques chinoises ont accepté de coopérer avec Alipay parce que chaque paiement leur rapporte des\n"
        "Lire aussi\n- Le Yuan Numérique Arrive Dans De Nouvelles Villes\n- Tencent Élargit Son Activité De Crédit\n"
    )
    found = run_text(rules, text)
    assert [(f.line, f.rule) for f in found] == [(2, "TRUNC001"), (3, "CHROME090"), (4, "CHROME051"), (5, "CHROME051")]
    assert "'Lire aussi'" in found[0].message
