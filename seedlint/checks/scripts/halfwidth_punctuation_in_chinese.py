"""SCRIPT011: half-width , : ; ? ! ( ) between Chinese characters (one finding per line)."""

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
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
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
        "reported (parentheses: around Chinese text, after Chinese); on a line that has such marks, those "
        "between Chinese and a Latin word or number (拖住ebay,谁 / 融资,2022年) join them. Numbers (1,000, "
        "10:30, 1.77%), "
        "metadata such as 大小:31.05KB, code and Latin names keep their ASCII marks. A page that uses "
        "half-width commas throughout would give hundreds of identical findings, so each line gets one "
        "finding, at its first mark, counting the others; its fix rewrites every such mark on the line."
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
    ),
    good=(
        Example("阿里巴巴(Alibaba集团)在2014年上市，营收达到1,000亿元，增长率为1.77%，会议于10:30开始。"),
        Example(
            "大小:31.05KB\n时间:2023-04-18\n他说：“Stay hungry, stay foolish.”这句话很有名，"
            "他用Python(一种编程语言)写了这个工具。"
        ),
    ),
    source=__name__,
)


class HalfwidthPunctuationInChinese:
    meta = META
    triggers = (rf"[{T_CJK}{CJK_CLOSERS}][ \t]?[,:;?!()][ \t]?[{T_CJK}{CJK_OPENERS}]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for _, line in lines(doc, ctx):
            marks = _halfwidth_marks(line.text)
            if not marks or language(doc, line) != "zh":
                continue
            first, last = marks[0], marks[-1]
            fixed = _full_width(line.text, first, last, set(marks))
            counts = Counter(line.text[i] for i in marks)
            detail = ", ".join(f"{n} × '{ch}'" for ch, n in counts.most_common())
            more = f" ({len(marks)} on this line: {detail})" if len(marks) > 1 else ""
            yield Hit(
                line.start + first,
                line.start + first + 1,
                f"half-width '{line.text[first]}' in Chinese text, use '{FULL[line.text[first]]}'{more}",
                fix=fixed,
                fix_range=(line.start + first, line.start + last + 1),
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
