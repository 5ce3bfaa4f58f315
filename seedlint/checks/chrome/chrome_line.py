"""CHROME060 chrome-line: a line the classifier finds to be page chrome by its shape or context."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class ClassifiedLine(ClassifiedRule):
    kinds = frozenset({"shape", "context", "repeat"})
    meta = RuleMeta(
        code="CHROME060",
        name="chrome-line",
        family="chrome",
        severity=Severity.WARNING,
        summary="A line of page furniture found by its shape or its neighbours (counters, stamps, links, labels).",
        docs=(
            "A line classifier in jusText's manner, over features that hold across sites and languages. "
            "By its shape alone (confidence 0.8-0.95, warning): a page counter or page-thumbnail caption "
            "(第3页 / 共27页, Página 2 de 9, …_第1页), a navigation arrow (办公文档>, << Previous), a "
            "previous/next, read-more or welcome link, a timestamp whose year was stripped ('24 07:46:04') "
            "or a line that is only a date and a time of day, a line that is only a number (a PDF page "
            "number), a 'label: number' statistic (页数:23, Posts: 3787), a counted widget (2个回答, 23 "
            "replies), a link or address line, a message header, a file's own name in a sharing-site "
            "sentence, a row of three key: value pairs, a hashtag line. By context (confidence 0.7, info): "
            "jusText's revision, where a short line without a sentence whose nearest longer neighbours are "
            "chrome (or the document's edge, outside the body) and which touches a chrome line is chrome; "
            "weak shapes (a label ending in a colon, a keyword line, a short line repeated in the document) "
            "count only inside chrome. A document's first line (its title), numbered headings (第一章, "
            "Chapter, Capítulo) and sentences are never revised. Good lines: 25+ Han characters or 12+ "
            "words, a sentence ending, stop density 0.04 (zh) / 0.2 (en, es) against jusText's stop-lists "
            "(BSD) and stopwords-iso's zh characters (MIT). Thresholds were set on the development corpus "
            "and checked on novels, laws and news, where the rule flags nothing. Lines a pack rule or "
            "CHROME050-053 already report are left to them."
        ),
        bad=(
            Example(
                "5S现场管理法\n第1页 / 共27页\n点击查看更多>>\n现场管理是企业管理的基础，整理、整顿、清扫、清洁和素养"
                "五个方面的工作要求每一位员工长期坚持下去。",
                (Expected("第1页 / 共27页", 2, 1, ""), Expected("点击查看更多>>", 3, 1)),
            ),
            Example(
                "The council approved the new budget on Monday after a long debate about school funding.\n"
                "Posts: 3787\n8 replies, 4 hours ago",
                (Expected("Posts: 3787", 2, 1), Expected("8 replies, 4 hours ago", 3, 1)),
            ),
        ),
        good=(
            Example(
                "Chapter 4\nThe council approved the new budget on Monday after a long debate about the "
                "funding of the schools.\nThe vote: 12 to 3\nIt was the first vote of the year."
            ),
            Example("第一章 总 则\n第一条 为了规范管理，根据有关法律，制定本办法。\n第二条 本办法自公布之日起施行。"),
        ),
        source=__name__,
    )
