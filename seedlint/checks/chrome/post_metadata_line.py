"""CHROME061 post-metadata-line: a byline or post-metadata line, with or without a list marker."""

from __future__ import annotations

from seedlint.checks.chrome.analysis import ClassifiedRule
from seedlint.finding import Severity
from seedlint.rule import Example, Expected, RuleMeta


class PostMetadataLine(ClassifiedRule):
    kinds = frozenset({"meta"})
    meta = RuleMeta(
        code="CHROME061",
        name="post-metadata-line",
        family="chrome",
        severity=Severity.WARNING,
        summary="A byline or post-metadata line (Posted in …, Editor|…, 来源：…, Por …), also behind a list marker.",
        docs=(
            "Pages print who wrote, edited, sourced or tagged a post on lines of their own: 'Posted December "
            "31, 2012 on AP', 'Editor|Li Wei', 'Image source: Visual China', 'Last updated by … at 2014/3/25', "
            "'Por' (an emptied byline), '来源：南方周末', '责任编辑：…', '本文关键词：…'. The line starts "
            "(after an optional list marker - • * ·) with one of a small trilingual vocabulary of meta keys "
            "(en, es, zh), then a separator (: | ｜) and a short value, or a name or date of at most eight "
            "words without a sentence ending. Lower-case keys count only with 'Posted' or a value of one or "
            "two words, so a verse line starting with 'por' is not a byline. Lines longer than 90 characters "
            "and lines ending in ',' or ';' are never flagged."
        ),
        bad=(
            Example(
                "Jaguars fire their general manager\n- Posted December 31, 2012 on AP\nEditor|Li Wei\n"
                "The Jacksonville Jaguars fired their general manager after four disappointing seasons.",
                (Expected("- Posted December 31, 2012 on AP", 2, 1, ""), Expected("Editor|Li Wei", 3, 1)),
            ),
            Example(
                "煤炭协会到集团调研\n来源：陕西煤业化工集团\n5月25日，协会副会长一行到集团开展专题调研，了解企业生产经营情况。",
                (Expected("来源：陕西煤业化工集团", 2, 1),),
            ),
        ),
        good=(
            Example("By the end of the week the council had approved the budget and the schools were funded."),
            Example("Por el camino de Sevilla venía un caballero, y con él su escudero, cansados del viaje."),
        ),
        source=__name__,
    )
