"""DATE011 stripped-timestamp: a line that starts with a day and a time but no month or year (24 07:46:04)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_STAMP = LazyRegex(
    r"^\s*(?:(?:(?:发布|發布|更新)?(?:时间|時間|日期)\s*[:：]|(?i:posted|updated|published|publicado|actualizado)(?:\s+(?:on|el))?"
    r"\s*[:：]?)\s*)?(?P<stamp>(?P<d>0?[1-9]|[12][0-9]|3[01])(?:(?:\s*[日号]\s*|\s+)(?P<t>(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?P<s>:[0-5][0-9])?)|\s*[日号])?)"
    r"(?P<rest>(?:\s+.*)?)$",
    regex.V1,
)
# byline and page-meta labels that follow a publication stamp (zh, en, es)
_META = LazyRegex(
    r"^\s*(?:(?:责任)?编辑|来源|來源|作者|出处|出處|记者|記者|发布者|點擊|点击(?:量|数)?|浏览(?:量|次数)?|阅读(?:量|数)?|评论|評論|"
    r"(?i:source|author|editor|by|fuente|autor|por|views?|comments?))\s*[:：(（]",
    regex.V1,
)
_SENTENCE = LazyRegex(r"[。！？!?；;]|[.](?:\s|$)|[，,].*[，,]")
# the previous line ends with the year and month this stamp continues (a date wrapped over two lines)
_WRAPPED = LazyRegex(r"(?:[-/.年月]|(?<![\p{L}])\p{Lu}\p{Ll}{2,8}\.?)\s*$", regex.V1)


def stripped_stamp(line: str, previous: str) -> tuple[int, int, str] | None:
    """(start, end, what) of a day-and-time stamp at the start of ``line`` with its month and year lost."""
    m = _STAMP.match(line)
    if m is None or _WRAPPED.search(previous):
        return None
    rest = m.group("rest").strip()
    if m.group("t") is None:
        # a bare day before a byline label: '26 编辑：…'
        if not rest or not _META.match(rest):
            return None
        return m.start("stamp"), m.end("stamp"), "a day of the month"
    programme = m.group("s") is None or len(rest) > 40 or _SENTENCE.search(rest) is not None
    if rest and not _META.match(rest) and programme:
        return None  # '9 10:30 Opening remarks…' in a programme, or a sentence
    return m.start("stamp"), m.end("stamp"), "a day and a time"


class StrippedTimestamp:
    meta = RuleMeta(
        code="DATE011",
        name="stripped-timestamp",
        family="date",
        severity=Severity.WARNING,
        summary="A line that starts with a day and a time but no month or year (24 07:46:04): a cut timestamp.",
        docs=(
            "Web pages print their publication stamp (2022-05-24 07:46:04) above the text; extraction that cuts "
            "it on a separator or a link leaves only '24 07:46:04' or a bare '26' before the byline. The "
            "remnant is page furniture that no longer says when: no reader can tell the month or year. The rule "
            "reports a line that starts with a day number (1-31) followed by a time with seconds, or by a time "
            "or nothing but a byline label (编辑：, 来源：, 作者：, Source:, Por:), or a day and a time alone on "
            "their line. A stamp whose year and month end the previous line (a date wrapped over two lines) and "
            "programme lines ('9 10:30 Opening remarks, welcome') are left alone."
        ),
        bad=(
            Example("纳斯达克年内下跌12%\n24 07:46:04 郭施亮\n正文。", (Expected("24 07:46:04", 2, 1),)),
            Example("专题调研\n26 编辑：王小明 来源：某集团", (Expected("26", 2, 1),)),
            Example("Great post, thanks!\n29 14:17\n", (Expected("29 14:17", 2, 1),)),
        ),
        good=(
            Example("2022-05-\n24 07:46:04 郭施亮\n"),
            Example("Programme\n9 10:30 Opening remarks, welcome and introductions.\n12 people came."),
            Example("26 编者按语\n24 07:46 会议开始，主持人致辞，全体起立。"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"^\s*\d{1,2}\s+\d{1,2}:\d\d",
        r"^\s*\d{1,2}\s*[日号]\s*\d{1,2}:\d\d",
        r"^\s*(?:[^\x00-\x7f]{2,4}|[A-Za-z]{5,11}(?: on| el)?)\s*[:：]?\s*\d{1,2}\s+\d{1,2}:\d\d",
        r"^\s*\d{1,2}\s+\S{1,6}\s*[:：(（]",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in ctx.lines or ():
            line = doc.line_span(index)
            previous = doc.line_span(index - 1).text if index else ""
            found = stripped_stamp(line.text, previous)
            if found is None:
                continue
            start, end, what = found
            yield Hit(
                line.start + start,
                line.start + end,
                f"'{line.text[start:end]}' is a timestamp cut down to {what}: its month and year are lost",
            )
