"""SCRIPT011: half-width , : ; ? ! ( ) between Chinese characters, judged against the document's own style."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from seedlint.checks.scripts.analysis import (
    CJK_CLOSERS,
    CJK_OPENERS,
    CJK_PUNCT,
    FAMILY,
    T_CJK,
    is_cjk,
    language,
    lines,
    next_nonspace,
    prev_nonspace,
)
from seedlint.document import Document, Span
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
#: A mark is an outlier where at most this share of its uses between Chinese is half-width.
OUTLIER_SHARE = 0.25
#: Half-width throughout: at least this many marks and three times as many as full-width ones.
THROUGHOUT_MIN = 3
_MARK = regex.compile(r"[,:;?!]")
_PARENS = regex.compile(r"\(([^()\n]*)\)")
_WORDLIKE = regex.compile(r"[\p{Latin}\p{N}]")

META = RuleMeta(
    code="SCRIPT011",
    name="halfwidth-punctuation-in-chinese",
    family=FAMILY,
    severity=Severity.WARNING,
    summary="Half-width , : ; ? ! ( ) between Chinese characters where Chinese uses ，：；？！（）.",
    docs=(
        "Finds ASCII punctuation written between Chinese characters (的文件,查看 / 第二篇:数字 / "
        "“出淘〞(走出淘宝…)): Chinese typesetting (GB/T 15834) uses the full-width marks ，：；？！（）. "
        "Text that went through an English-centred encoder or translator comes back with half-width marks, "
        "which break Chinese sentence splitting and tokenisation. Only marks with Chinese on both sides are "
        "considered (parentheses: around Chinese text, after Chinese); on a line that has such marks, those "
        "between Chinese and a Latin word or number (拖住ebay,谁 / 融资,2022年) join them. Numbers (1,000, "
        "10:30, 1.77%), metadata such as 大小:31.05KB, code and Latin names keep their ASCII marks. "
        "It is a house-style check, judged against the document itself: where the document writes a mark "
        "full-width and its half-width uses are at most a quarter of them, each line with such outliers gets "
        "one finding; a mark the document never writes full-width is its own habit and is not reported. A "
        "document whose Chinese punctuation is half-width throughout (at least three marks, three times as "
        "many as full-width ones: a normalised or converted file) gets one finding, at the paragraph with the "
        "most marks, whose fix restores every mark of the document."
    ),
    languages=("zh",),
    bad=(
        Example(
            "文件下载后无此问题,请放心下载;如有疑问:请联系客服。",
            (Expected(",", 1, 10, "，请放心下载；如有疑问："),),
        ),
        Example(
            "如果没有“出淘”(走出淘宝,走到市场中去),支付宝将永远只是附属品。",
            (Expected("(", 1, 9, "（走出淘宝，走到市场中去），"),),
        ),
        Example("我们讨论了这个问题，大家都同意，会后他说,明天再来，然后离开了。", (Expected(",", 1, 21, "，"),)),
    ),
    good=(
        Example("阿里巴巴(Alibaba集团)在2014年上市，营收达到1,000亿元，增长率为1.77%，会议于10:30开始。"),
        Example(
            "大小:31.05KB\n时间:2023-04-18\n他说：“Stay hungry, stay foolish.”这句话很有名，"
            "他用Python(一种编程语言)写了这个工具。"
        ),
        Example("这台机器的效率受材料的限制，工作范围非常小; 在高温下，部件的寿命较短，维护成本也较高。"),
    ),
    source=__name__,
)


class HalfwidthPunctuationInChinese:
    meta = META
    triggers = (rf"[{T_CJK}{CJK_CLOSERS}][ \t]?[,:;?!()][ \t]?[{T_CJK}{CJK_OPENERS}]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        found = [(line, marks) for _, line in lines(doc, ctx) if (marks := _halfwidth_marks(line.text))]
        found = [(line, marks) for line, marks in found if language(doc, line) == "zh"]
        if not found:
            return
        half = Counter(_KIND[line.text[i]] for line, marks in found for i in marks)
        full = {kind: sum(doc.text.count(FULL[ch]) for ch in _MEMBERS[kind]) for kind in half}
        total_full = sum(doc.text.count(ch) for ch in FULL.values())
        if half.total() >= THROUGHOUT_MIN and half.total() >= 3 * total_full:
            yield _throughout(doc, found, total_full)
            return
        outliers = {k for k, n in half.items() if full[k] >= 2 and n <= OUTLIER_SHARE * (n + full[k])}
        for line, marks in found:
            kept = [i for i in marks if _KIND[line.text[i]] in outliers]
            if kept:
                yield _line_hit(line, kept)


_KIND = {",": ",", ":": ":", ";": ";", "?": "?", "!": "!", "(": "()", ")": "()"}
_MEMBERS = {",": ",", ":": ":", ";": ";", "?": "?", "!": "!", "()": "()"}


def _line_hit(line: Span, marks: list[int]) -> Hit:
    """One finding for the line, at its first mark; the fix rewrites every mark of the line."""
    text = line.text
    first, last = marks[0], marks[-1]
    counts = Counter(text[i] for i in marks)
    detail = ", ".join(f"{n} × '{ch}'" for ch, n in counts.most_common())
    more = f" ({len(marks)} on this line: {detail})" if len(marks) > 1 else ""
    return Hit(
        line.start + first,
        line.start + first + 1,
        f"half-width '{text[first]}' in Chinese text, use '{FULL[text[first]]}'{more}",
        fix=_full_width(text, first, last, set(marks)),
        fix_range=(line.start + first, line.start + last + 1),
    )


def _throughout(doc: Document, found: list[tuple[Span, list[int]]], total_full: int) -> Hit:
    """One finding for a document whose Chinese punctuation is half-width throughout, at the
    paragraph with the most marks; its fix restores every mark of the document."""
    line, marks = max(found, key=lambda f: len(f[1]))
    base = found[0][0].start
    offsets = sorted(span.start - base + i for span, ms in found for i in ms)
    fixed = _full_width(doc.text[base : found[-1][0].end], offsets[0], offsets[-1], set(offsets))
    at = line.start + marks[0]
    ch = doc.text[at]
    lines_ = f"{len(found)} line{'s' if len(found) > 1 else ''}"
    return Hit(
        at,
        at + 1,
        f"half-width '{ch}' in Chinese text, use '{FULL[ch]}': the document's Chinese punctuation is half-width "
        f"throughout ({len(offsets)} marks on {lines_}, {total_full} full-width)",
        fix=fixed,
        fix_range=(base + offsets[0], base + offsets[-1] + 1),
    )


def _full_width(text: str, first: int, last: int, marks: set[int]) -> str:
    """``text[first:last + 1]`` with each mark made full-width and the blanks beside it dropped
    (full-width marks carry their own spacing)."""
    out: list[str] = []
    after_mark = False
    for i in range(first, last + 1):
        ch = text[i]
        if i in marks:
            out.append(FULL[ch])
            after_mark = True
        elif ch in " \t":
            if not after_mark and next_nonspace(text, i)[0] not in marks:
                out.append(ch)
        else:
            out.append(ch)
            after_mark = False
    return "".join(out)


def _cjk_side(ch: str, side: str) -> bool:
    if is_cjk(ch):
        return True
    if side == "before":
        return ch in CJK_CLOSERS or ch in CJK_PUNCT
    return ch in CJK_OPENERS


def _halfwidth_marks(text: str) -> list[int]:
    """Indices of half-width marks standing between Chinese text, in order."""
    marks: set[int] = set()
    for m in _PARENS.finditer(text):
        inner = m.group(1).strip()
        if not inner or not is_cjk(inner[0]) or not (is_cjk(inner[-1]) or inner[-1] in CJK_CLOSERS):
            continue
        _, before = prev_nonspace(text, m.start())
        if _cjk_side(before, "before"):
            marks.update((m.start(), m.end() - 1))
    for m in _MARK.finditer(text):
        i = m.start()
        b, before = prev_nonspace(text, i)
        a, after = next_nonspace(text, i + 1)
        left = _cjk_side(before, "before") or (before == ")" and b in marks)
        right = _cjk_side(after, "after") or (after == "(" and a in marks)
        if left and right:
            marks.add(i)
    if marks:  # the line writes Chinese with half-width marks: also those between Chinese and a Latin word or number
        for m in _MARK.finditer(text):
            i = m.start()
            _, before = prev_nonspace(text, i)
            _, after = next_nonspace(text, i + 1)
            if (_cjk_side(before, "before") and _WORDLIKE.match(after)) or (
                _WORDLIKE.match(before) and _cjk_side(after, "after")
            ):
                marks.add(i)
    return sorted(marks)
