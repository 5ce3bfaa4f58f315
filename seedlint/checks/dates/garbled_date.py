"""DATE005 garbled-date: operators or a second month spliced into a date (junio de 5438 + octubre de 2003)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.grammar import DateExpr, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES, MON_ES_CAP
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_OPERATOR = LazyRegex(r"\s*[+＋×*＊=＝÷]\s*")
_TWO_MONTHS = (
    LazyRegex(
        rf"(?<![\p{{L}}])(?:{MON_ES})\s+(?:de|del)\s+(?:{MON_ES})(?![\p{{L}}])(?:\s+(?:de|del)\s+\d{{3,4}}(?!\d))?",
        regex.V1 | regex.IGNORECASE,
    ),
    LazyRegex(
        rf"(?<![\p{{L}}])(?:{MON_EN})\.?\s+(?:of\s+)?(?:{MON_EN})\.?,?\s+\d{{1,4}}(?!\d)(?:,?\s+\d{{4}}(?!\d))?",
        regex.V1,
    ),
    LazyRegex(
        r"(?:(?<![0-9])[0-9]{4}\s*年\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
        r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*[0-9]{1,2}\s*[日号])?)|"
        r"(?<![0-9年])[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]",
        regex.V1,
    ),
)


def _is_datepart(expr: DateExpr) -> bool:
    return expr.form in ("zh", "es", "en", "iso", "quarter") or (expr.form == "year" and expr.marked)


def garbled_spans(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of garbled dates in ``line`` (line-relative offsets)."""
    exprs = parse_line(line)
    seen: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(exprs):
        op = _OPERATOR.fullmatch(line, a.end, b.start)
        if op and _is_datepart(a) and _is_datepart(b) and (a.month is not None or b.month is not None):
            seen.append((a.start, b.end))
            yield a.start, b.end, f"'{op.group().strip()}' spliced between two dates"
    for pattern in _TWO_MONTHS:
        for m in pattern.finditer(line):
            if any(s <= m.start() < e for s, e in seen):
                continue
            yield m.start(), m.end(), "two months in one date"


class GarbledDate:
    meta = RuleMeta(
        code="DATE005",
        name="garbled-date",
        family="date",
        severity=Severity.ERROR,
        summary="A date with an operator or a second month spliced in (junio de 5438 + octubre de 2003).",
        docs=(
            "Machine translation of dates written with unusual numerals sometimes emits arithmetic or two "
            "month names for one date: 'junio de 5438 + octubre de 2003' for 2003年10月, 'junio de octubre de "
            "2003', '2003年6月10月'. No reader can recover the date from such text. The rule reports two date "
            "expressions joined by +, ×, = or ÷, and dates naming two months."
        ),
        bad=(
            Example(
                "En junio de 5438 + octubre de 2003, Alibaba Group Taobao.com lanzó Alipay.",
                (Expected("junio de 5438 + octubre de 2003", 1, 4),),
            ),
            Example("Se fundó en junio de octubre de 2003.", (Expected("junio de octubre de 2003"),)),
            Example("支付宝于2003年6月10月上线。", (Expected("2003年6月10月"),)),
            Example("It launched in June October 2003.", (Expected("June October 2003"),)),
        ),
        good=(
            Example("En octubre de 2003 lanzó Alipay; de junio a octubre de 2004 creció. 5 + 3 = 8."),
            Example("2003年10月上线，6月至10月增长了3+2倍。From June to October 2003, revenue rose."),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"[+＋×*＊=＝÷]",
        rf"(?:{MON_ES_CAP}) del? ",
        rf"(?:{MON_EN})\.? (?:of )?(?:{MON_EN})",
        r"月(?:1|2|3|4|5|6|7|8|9|10|11|12|一|二|三|四|五|六|七|八|九|十|十一|十二)月",
    )

    spots = fast_all(
        r"\d\s*[+＋×*＊=＝÷]\s*[A-Za-z]",
        r"[年月]\s*[+＋×*＊=＝÷]",
        r"\d\s*[+＋×*＊=＝÷]\s*\d{1,4}\s*[年月]",
        rf"(?:{MON_ES_CAP})\s+del?\s+(?:{MON_ES_CAP})",
        rf"(?:{MON_EN})\.?\s+(?:of\s+)?(?:{MON_EN})",
        r"\d\s*月\s*\d{1,2}\s*月",
        r"[一二三四五六七八九十]\s*月\s*[一二三四五六七八九十]+\s*月",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for base, w in self._spots.windows(doc, self.meta.code, 40, 32, 40):
            for start, end, why in garbled_spans(w.text):
                if w.inside(start, end):
                    text = w.text[start:end]
                    offset = base + w.offset
                    yield Hit(offset + start, offset + end, f"garbled date '{text}': {why}")
