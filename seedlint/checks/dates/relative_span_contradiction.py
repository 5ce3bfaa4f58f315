"""DATE008 relative-span-contradiction: 'N years ago/later' beside an explicit year that does not fit."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.context import current_year, publication
from seedlint.checks.dates.grammar import DateExpr, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.relative import RelSpan, find_relative
from seedlint.checks.dates.windows import fast_all
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

# What may stand between a relative span and the year it restates: '…ago, in 2003', '十年后的2014年'
_APPOSITION = LazyRegex(
    r"[\s,，、:：;(（)）—–-]*(?:(?:in|en|el|the|year|año|of|de|del|that\s+is|es\s+decir|o\s+sea|即|也就是|也就是在|"
    r"就是|的|在|是|于|於)[\s,，、(（]*)*",
    regex.V1 | regex.IGNORECASE,
)
_HAS_YEAR = LazyRegex(r"[0-9０-９]{3,4}|[〇零○一二三四五六七八九]{4}")
_CLAUSE_BREAK = LazyRegex(r"[;；。!?！？]|\.(?=\s|$)")


def _year_expr(expr: DateExpr) -> bool:
    return expr.year is not None and (expr.form != "year" or expr.marked) and expr.form not in ("decade", "ym", "my")


def _appositive_after(line: str, rel: RelSpan, exprs: tuple[DateExpr, ...]) -> DateExpr | None:
    for expr in exprs:
        if expr.start >= rel.end:
            if _APPOSITION.fullmatch(line, rel.end, expr.start) and _year_expr(expr):
                return expr
            return None
    return None


def _appositive_before(line: str, rel: RelSpan, exprs: tuple[DateExpr, ...]) -> DateExpr | None:
    for expr in reversed(exprs):
        if expr.end <= rel.start:
            if _APPOSITION.fullmatch(line, expr.end, rel.start) and _year_expr(expr):
                return expr
            return None
    return None


def _anchor_before(line: str, rel: RelSpan, exprs: tuple[DateExpr, ...]) -> DateExpr | None:
    """The nearest explicit year earlier in the same clause: the point a 'later' span counts from."""
    for expr in reversed(exprs):
        if expr.end <= rel.start and _year_expr(expr):
            if _CLAUSE_BREAK.search(line, expr.end, rel.start):
                return None  # the year belongs to an earlier sentence or clause
            return expr
    return None


def contradictions(line: str, pub_year_of: Callable[[], int | None]) -> Iterator[tuple[int, int, str, Severity]]:
    exprs = parse_line(line)
    for rel in find_relative(line):
        if rel.unit != "year" or rel.approx or rel.amount == 0:
            continue
        written = line[rel.start : rel.end]
        zh_anchor = _appositive_before(line, rel, exprs) if rel.zh else None
        if rel.direction == "ago" and zh_anchor is None:
            target = _appositive_after(line, rel, exprs) or _appositive_before(line, rel, exprs)
            if target is None or target.year is None:
                continue
            implied_now = target.year + rel.amount
            start, end = min(rel.start, target.start), max(rel.end, target.end)
            pub_year = pub_year_of()
            if pub_year is not None:
                if abs(implied_now - pub_year) > 1:
                    yield (
                        start,
                        end,
                        f"'{written}' and {target.year} disagree: the document is dated {pub_year}, and "
                        f"{rel.amount} years before that is {pub_year - rel.amount}, not {target.year}",
                        Severity.WARNING,
                    )
            elif implied_now > current_year() + 1:
                yield (
                    start,
                    end,
                    f"'{written}' and {target.year} disagree: {target.year} plus {rel.amount} years is "
                    f"{implied_now}, which has not happened yet",
                    Severity.ERROR,
                )
            continue
        # 'later' / 'earlier' (or zh 前/后 counted from the year before it): anchor + amount = restated year
        target = _appositive_after(line, rel, exprs)
        if target is None or target.year is None:
            continue
        anchor = zh_anchor or _anchor_before(line, rel, exprs)
        if anchor is None or anchor.year is None or anchor is target:
            continue
        sign = 1 if rel.direction == "later" else -1
        expected = anchor.year + sign * rel.amount
        if abs(expected - target.year) > 1:
            yield (
                rel.start,
                target.end,
                f"'{written}' counted from {anchor.year} gives {expected}, not {target.year}",
                Severity.WARNING,
            )


class RelativeSpan:
    meta = RuleMeta(
        code="DATE008",
        name="relative-span-contradiction",
        family="date",
        severity=Severity.WARNING,
        summary="A relative span ('ten years later', 'hace catorce años', '十年后') that contradicts a year beside it.",
        docs=(
            "Relative spans are often restated with an explicit year: 'ten years later, in 2014', '十年后的2014年', "
            "'hace catorce años, en 2009'. When the span counts from a year given earlier in the same sentence, "
            "or from the document's own publication date, the arithmetic can be checked; a mismatch means one "
            "of the numbers was changed by translation or replacement. Approximate spans ('about ten years "
            "ago', '十多年前') are left alone, and a tolerance of one year allows for months."
        ),
        bad=(
            Example(
                "Alipay se fundó en 2004 y diez años después, en 2010, creó Ant Financial.",
                (Expected("diez años después, en 2010"),),
            ),
            Example("支付宝2004年成立，十年后的2012年成立了蚂蚁金服。", (Expected("十年后的2012年"),)),
            Example(
                "Publicado: 2023-04-18\nHace catorce años, en 2003, Alibaba lanzó Alipay.",
                (Expected("Hace catorce años, en 2003", 2, 1),),
            ),
            Example("Twenty years ago, in 2030, the bank opened.", (Expected("Twenty years ago, in 2030"),)),
        ),
        good=(
            Example("Alipay se fundó en 2004 y diez años después, en 2014, creó Ant Financial. 2023年前杭州银行行长。"),
            Example(
                "Publicado: 2023-04-18\nHace catorce años, en 2009, Alibaba lanzó Alipay. About ten years ago, in 2003."
            ),
            Example("Hace catorce años, Alibaba quería que los bancos fueran garantes; en 2014 cambió todo."),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"[Yy]ears? (?:ago|later|earlier)",
        r"[Aa]ños (?:después|más tarde|antes|atrás)",
        r"[Hh]ace ",
        r"年(?:前|后|後|之前|之后|之後|以前|以后|以後)",
    )

    spots = fast_all(
        r"(?:[Yy]ears?|[Aa]ños?)\s+(?:ago|later|earlier|before|after|después|más\s+tarde|antes|atrás)",
        r"[Hh]ace\s(?:\S+\s){1,4}años",
        r"[0-9０-９零一二两三四五六七八九十百]\s*多?\s*年\s*(?:前|后|後|之前|之后|之後|以前|以后|以後)",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        known: list[int | None] = []

        def pub_year_of() -> int | None:
            if not known:
                pub = publication(doc)
                known.append(pub.date[0] if pub else None)
            return known[0]

        for base, w in self._spots.windows(doc, self.meta.code, 40, 120, 48):
            if not _HAS_YEAR.search(w.text):
                continue
            for start, end, message, severity in contradictions(w.text, pub_year_of):
                if w.inside(start, end):
                    offset = base + w.offset
                    yield Hit(offset + start, offset + end, message, severity=severity)
