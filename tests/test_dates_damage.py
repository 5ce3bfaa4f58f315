"""The date-damage rules (DATE011-DATE021): MT numeral artefacts, damaged years, garbled date structure,
cut timestamps, masked dates, and the document-level evidence that gates the weaker patterns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.dates import RULES
from seedlint.checks.dates.analysis import has_damage, stated_date
from seedlint.document import Document
from seedlint.finding import Finding
from tests.conftest import run_text

CODES = {r.meta.code: r for r in RULES}


def _found(code: str, text: str) -> list[str]:
    return [f.snippet for f in run_text([CODES[code]], text) if f.rule == code]


def _all(text: str) -> list[Finding]:
    return [f for f in run_text(RULES, text) if f.rule >= "DATE011"]


# -- document evidence ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "damaged"),
    [
        ("支付宝202223年起建立分公司。", True),
        ("Sales hit 65438+0000 yuan.", True),
        ("In May p>2009, the firm listed.", True),
        ("The brand stage (1984- 199 1 year) took seven years.", False),  # a split is weaker evidence
        ("Sales hit 10000 yuan in May 2009; 1984-1991 was the brand stage.", False),
    ],
)
def test_damage_evidence_gates_the_weaker_patterns(evidence: str, damaged: bool) -> None:
    assert has_damage(Document("d.txt", evidence)) is damaged
    text = evidence + "\nin December, 24, AliPay became independent. The report said that in June 1 Monetary Fund grew."
    assert bool(_found("DATE016", text)) is damaged
    assert bool(_found("DATE017", text)) is damaged


def test_stated_date_reads_bare_labels_and_keeps_the_latest() -> None:
    doc = Document("d.txt", "格式:DOCX\n时间:2023-04-18\n\n正文。\nFecha: 3 de mayo de 2023\nDate: not a date")
    assert stated_date(doc) == ((2023, 5, 3), 4, "Fecha:")
    long = "时间:2023-04-18 " + "很长的一行正文，" * 20
    assert stated_date(Document("d.txt", long)) is None


# -- substituted years ------------------------------------------------------------------------------

_HEAD = "时间:2023-04-18\n202223年起，支付宝建立分公司，用户增长很快，开拓了新市场，到客户身边去。"


def test_substitution_needs_three_past_events_in_the_stated_year() -> None:
    two = _HEAD + "2023年前行长的加入让阿里转向合规。2023年，网商银行获批。"
    assert _found("DATE020", two) == []
    three = two + "阿里云自2023年承担了购票平台的技术支持工作。"
    assert _found("DATE020", three) == ["2023年", "2023年", "2023年"]


def test_substitution_reports_later_dates_and_skips_plans() -> None:
    text = _HEAD + "2023年6月份的钱荒让收益冲高。预计2023年7月推出新产品。"
    assert _found("DATE020", text) == ["2023年6月"]
    # without corrupted years the same page says nothing: a bare 时间: may be an upload time
    assert _found("DATE020", text.replace("202223年", "2007年")) == []


def test_substitution_leaves_dates_after_a_formal_publication_date_to_date009() -> None:
    text = _HEAD.replace("时间:", "发布时间：") + "2023年6月份的钱荒让收益冲高。"
    found = run_text(RULES, text)
    assert [(f.rule, f.snippet) for f in found if f.rule in ("DATE009", "DATE020")] == [("DATE009", "2023年6月")]


# -- the certain patterns ---------------------------------------------------------------------------


def test_numeral_artefact_says_date_or_number() -> None:
    (date,) = run_text([CODES["DATE012"]], "The plant opened in March 5438+ 12.")
    (number,) = run_text([CODES["DATE012"]], "公司有员工65438+0000人，")
    assert "in a date" in date.message and "in a number" in number.message
    # the seeds' operator between two dates is DATE005's: not reported twice
    assert _found("DATE012", "En junio de 5438 + octubre de 2003, Taobao lanzó Alipay.") == []


def test_stripped_timestamp_needs_a_cut_stamp_at_the_line_start() -> None:
    assert _found("DATE011", "标题\n24 07:46:04 郭施亮\n") == ["24 07:46:04"]
    assert _found("DATE011", "标题\n24日 07:46:04\n") == ["24日 07:46:04"]
    assert _found("DATE011", "Updated 12 18:22:51 by admin\n") == ["12 18:22:51"]
    assert _found("DATE011", "2022-05-\n24 07:46:04 郭施亮\n") == []  # the date wraps over two lines
    assert _found("DATE011", "24 07:46 会议开始，主持人致辞，全体起立。") == []
    assert _found("DATE011", "On 24 May at 07:46:04 the server failed.") == []


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Posted on March 3, 20125 likes", "20125"),
        ("Posted 5 March, 200915 comments", "200915"),
        ("el 3 de marzo de 201012 inauguraron la sede", "201012"),
    ],
)
def test_long_year_after_a_day(text: str, snippet: str) -> None:
    assert _found("DATE013", text) == [snippet]


def test_long_year_leaves_counts_alone() -> None:
    assert _found("DATE013", "On March 3, 2012, 20125 people came; on 5 March 20000 more.") == []
    assert _found("DATE013", "On May 5, 20500 protesters marched.") == []
    # right after the month the year is DATE001's: one finding, not two
    found = run_text(RULES, "On 5 March 200915 the firm listed.")
    assert [(f.rule, f.snippet) for f in found] == [("DATE001", "200915")]


@given(st.integers(min_value=1800, max_value=2039))
def test_split_year_found_and_whole_year_left_alone(year: int) -> None:
    digits = str(year)
    assert _found("DATE014", f"The firm grew. In {digits} it listed.") == []
    assert _found("DATE014", f"The firm grew. In {digits[:3]} {digits[3]} it listed.") == [f"{digits[:3]} {digits[3]}"]


def test_split_year_leaves_quantities_alone() -> None:
    text = "Revenue was 190 1 million. He scored 200 3 times. Bus 201 5 minutes away. In 2018 12 people died."
    assert _found("DATE014", text) == []
    assert _found("DATE014", "La lista de 2018. 2018 12 18 ¿El Comité otorgó la medalla?") == ["2018 12 18"]


def test_markup_and_punctuation_inside_dates() -> None:
    assert _found("DATE015", "In May p>2009, the firm listed. in March br>12 it grew.") == ["p>2009", "br>12"]
    assert _found("DATE015", "The code uses <p>2009</p> as an example.") == []
    (stop,) = run_text([CODES["DATE018"]], "中共党员,1988.年7月参加工作。")
    assert (stop.snippet, stop.fix, stop.fix_safe) == ("1988.年", "1988年", True)


def test_garbled_structure_in_three_languages() -> None:
    assert _found("DATE017", "On February 2 1 day, the regulator met.") == ["February 2 1 day"]
    assert _found("DATE017", "El 2 de febrero 1 día, el regulador se reunió.") == ["2 de febrero 1 día"]
    assert _found("DATE017", "三月5年，2019年\n") == ["三月5年，2019年"]
    assert _found("DATE017", "2020年4月2日，2020年。On February 21, a 1 day meeting.") == []


def test_masked_dates() -> None:
    assert _found("DATE019", "A partir de ***, más de 29.000 marcas.") == ["A partir de ***"]
    assert _found("DATE019", "Rated ***; see note *** below. Desde **Madrid** hasta **Lima**.") == []


def test_founding_year_conflict_needs_a_gap_and_one_year() -> None:
    stated = "\n\nAlipay was founded in 2003."
    assert _found("DATE021", "It goes back to 2014. Jack Ma created Alipay." + stated) == ["2014"]
    assert _found("DATE021", "It goes back to 2004. Jack Ma created Alipay." + stated) == []
    assert _found("DATE021", "In 2014 and 2015, Jack Ma created Alipay." + stated) == []


@given(st.text(alphabet=st.sampled_from(list("2003年10月 5438+65-p>日:07 de junio*, Feb19 1")), max_size=80))
def test_spans_lie_inside_the_text(text: str) -> None:
    for f in _all(text):
        assert 0 <= f.offset < f.end_offset <= len(text)
        assert text[f.offset : f.end_offset] == f.snippet
