"""The chrome line classifier (CHROME060-067): shapes, context revision, tail lists, in-line residue."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.checks.chrome.analysis import chrome_lines
from seedlint.checks.chrome.classifier import classify
from seedlint.checks.chrome.residue import residue
from seedlint.checks.chrome.shapes import line_shape, measure
from seedlint.document import Document

BODY_EN = "The council approved the new budget on Monday after a long debate about the funding of the schools."
BODY_ZH = "现场管理是企业管理的基础，整理、整顿、清扫、清洁和素养五个方面的工作要求每一位员工长期坚持下去。"


def _kinds(lines: list[str]) -> dict[int, str]:
    return {i: v.kind for i, v in classify(lines).lines.items()}


def test_shapes_name_their_reason() -> None:
    for text, reason in [
        ("第2页 / 共27页", "page counter"),
        ("24 07:46:04", "year and month were stripped"),
        ("发布网友 发布时间:2022-04-24 03:59", "a date and a time of day"),
        ("Posts: 3787", "'label: number'"),
        ("2个回答", "counts"),
        ("- Sign into an existing account >>", "arrow"),
        ("上传人:b****4 文档编号:24597320 上传时间:2023-05-29", "key: value"),
    ]:
        shaped = line_shape(text, measure(text))
        assert shaped is not None and reason in shaped[1], (text, shaped)


def test_sentences_and_headings_have_no_shape() -> None:
    for text in ["Chapter 12", "第三章 法律责任", BODY_EN, "He said: 12 of them.", "Y Sancho dijo:"]:
        shaped = line_shape(text, measure(text))
        assert shaped is None or shaped[0] < 0.8, (text, shaped)


def test_context_revision_needs_chrome_on_both_sides() -> None:
    head = ["Site News", "Posts: 3787", "Jacksonville Forum", "2 replies, 4 hours ago", BODY_EN, BODY_EN]
    assert _kinds(head).get(2) == "context"  # between two chrome lines at the head
    assert 0 not in _kinds(head)  # the title is never revised
    body = [BODY_EN, "The Budget Debate", BODY_EN]
    assert _kinds(body) == {}  # a heading between paragraphs is body


def test_weak_shapes_count_only_inside_chrome() -> None:
    assert _kinds([BODY_ZH, "诈骗手法：", BODY_ZH]) == {}
    assert _kinds(["标题", "页数:23", "资源描述:", BODY_ZH]).get(2) == "context"


def test_tail_headline_run_and_list_introduced_by_colon() -> None:
    tail = [BODY_EN, "Jaguars Fire GM Gene Smith", "Keith Toston Slated To Start", "Report: Jaguars Will Fire GM"]
    assert [v for v in _kinds(tail).values()] == ["list", "list", "list"]
    intro = [BODY_EN, "The plan has three parts:", "Build New Schools Now", "Hire More Teachers Soon", "Pay Them Well"]
    assert _kinds(intro) == {}


def test_refrain_repeated_inside_a_poem_is_not_chrome() -> None:
    refrain = ["Soneto", BODY_EN, "aquí lloró don Quijote", BODY_EN, "aquí lloró don Quijote", BODY_EN]
    assert _kinds(refrain) == {}


def test_title_pasted_into_body_but_not_when_quoted() -> None:
    stuffed = ["什么药治咳喘效果好", "先看病因，什么药治咳喘效果好。", "多喝水，什么药治咳喘效果好。"]
    assert [(s.index, s.start) for s in classify(stuffed).spans] == [(1, 5), (2, 4)]
    cited = ["中华人民共和国行政处罚法", "依照《中华人民共和国行政处罚法》处罚。", "适用《中华人民共和国行政处罚法》。"]
    assert classify(cited).spans == ()


def test_spam_brand_reports_the_common_continuation() -> None:
    lines = ["我国js333金沙线路的光伏产业发展迅速，js333金沙线路的装机容量世界第一。"]
    found = [(s.kind, lines[0][s.start : s.end]) for s in residue(lines)]
    assert found == [("spam", "js333金沙线路"), ("spam", "js333金沙线路")]
    assert list(residue(["这款iPhone15手机的电池续航更长。"])) == []


def test_instrument_codes_need_three_different_ones() -> None:
    two = ["The Dow .DJI fell and the euro EUR= rose."]
    assert [s for s in residue(two) if s.kind == "code"] == []
    three = ["Crude CLc1 fell, the Dow .DJI fell and the euro EUR= rose."]
    assert [three[0][s.start : s.end] for s in residue(three) if s.kind == "code"] == ["CLc1", ".DJI", "EUR="]


def test_chrome_lines_is_memoised_per_document() -> None:
    doc = Document("t.txt", f"{BODY_EN}\nPosts: 3787\n")
    first = chrome_lines(doc)
    assert chrome_lines(doc) is first
    assert first.lines[1].kind == "shape"


_CHARS = st.sampled_from("ab 第页共12:：|>[]。.\u4e00\u6587Ｂ-#js3金沙线路")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_CHARS, max_size=40), max_size=12))
def test_any_text_gives_verdicts_inside_its_lines(lines: list[str]) -> None:
    result = classify(lines)
    assert all(0 <= i < len(lines) and lines[i].strip() for i in result.lines)
    for s in (*result.spans, *residue(lines)):
        assert 0 <= s.start < s.end <= len(lines[s.index])


def test_photo_credit_after_a_caption_but_not_a_pipe_in_prose() -> None:
    caption = ["Existen varios tipos de detectores en tiendas especializadas | © example.com"]
    assert [caption[0][s.start : s.end] for s in residue(caption)] == ["| © example.com"]
    assert list(residue(["Revenue | 12.5 | the © sign is used for copyright."])) == []
