"""What the date rules share: one exact scan per document, and the marks of number damage.

**Spots.** One exact Hyperscan pass per document for the whole family: where each rule's patterns
match. The engine's scanner only tells a rule which lines hold its triggers' required literals
(年, a month name, 19…), so most lines of a Chinese or dated text qualify. The family
therefore scans each document once more with every rule's exact patterns and hands each
rule the code-point offsets where its patterns end; rules parse small windows around
those spots only. The result is remembered on the document (:meth:`Document.memo`), so the
rules of the family share one scan.

**Number damage.** Machine translation and site-wide find-and-replace leave the same marks in en,
es and zh text: corrupted years (202223年), Baidu-style numeral artefacts (``65438+0`` for 10),
markup residue fused to numbers. The weaker patterns of the family (a
number after 'in December,', 'in June 1' before a name) are only trusted in a document that already
shows a certain mark (:func:`has_damage`), the way DATE002 trusts a fused decimal only beside a
corrupted year; :func:`stated_date` reads the date a document gives itself, bare labels included.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import regex

from seedlint.checks.dates.grammar import parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import MON_EN, MON_ES, MON_ES_CAP
from seedlint.checks.dates.numerals import ascii_digits, words
from seedlint.checks.dates.windows import Window, cached_database, windows
from seedlint.document import Document, Span
from seedlint.hsdb import hyperscan

Spots = dict[int, list[int]]  # line index -> sorted code-point offsets (in the line) where a match ends


class FamilySpotter:
    def __init__(self, patterns: Mapping[str, Sequence[str]]) -> None:
        self._codes: list[str] = []
        self._patterns: list[str] = []
        for code, pats in patterns.items():
            for p in pats:
                self._codes.append(code)
                self._patterns.append(p)
        self._db: Any = None
        self._fallback: list[tuple[str, regex.Pattern[str]]] | None = None

    def _prepare(self) -> None:
        if self._db is not None or self._fallback is not None:
            return
        if hyperscan is not None:
            try:
                self._db = cached_database(tuple(self._patterns))
                return
            except hyperscan.error:
                pass
        self._fallback = [
            (c, regex.compile(p, regex.V1 | regex.MULTILINE)) for c, p in zip(self._codes, self._patterns, strict=True)
        ]

    def spots(self, doc: Document, code: str) -> Spots:
        return doc.memo((self, "spots"), lambda: self._scan(doc)).get(code, {})

    def _scan(self, doc: Document) -> dict[str, Spots]:
        self._prepare()
        out: dict[str, dict[int, set[int]]] = {}
        if self._fallback is not None:
            starts = doc.line_starts
            for code, pattern in self._fallback:
                for m in pattern.finditer(doc.text):
                    line = bisect.bisect_right(starts, max(m.end() - 1, m.start())) - 1
                    out.setdefault(code, {}).setdefault(line, set()).add(m.end() - starts[line])
            return {c: {k: sorted(v) for k, v in lines.items()} for c, lines in out.items()}
        data = doc.utf8
        found: set[tuple[int, int]] = set()

        def on_match(id_: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            found.add((id_, to))

        self._db.scan(data, match_event_handler=on_match)
        if not found:
            return {}
        byte_starts = [0, *(m.end() for m in re.finditer(b"\n", data))]
        size = len(data)
        ends: list[tuple[int, int]] = []
        for id_, end in found:
            while end < size and 0x80 <= data[end] < 0xC0:  # prefilter ends may fall inside a character
                end += 1
            ends.append((end, id_))
        # byte end -> code-point column, decoding each line once from its start to its last match
        # (not from the line's start for every match: quadratic on a long line)
        line, line_byte, line_column = -1, 0, 0
        for end, id_ in sorted(ends):
            at = bisect.bisect_right(byte_starts, max(end - 1, 0)) - 1
            if at != line:
                line, line_byte, line_column = at, byte_starts[at], 0
            line_column += len(data[line_byte:end].decode("utf-8", "surrogatepass"))
            line_byte = end
            out.setdefault(self._codes[id_], {}).setdefault(line, set()).add(line_column)
        return {c: {k: sorted(v) for k, v in lines.items()} for c, lines in out.items()}

    def lines(self, doc: Document, code: str) -> Iterator[Span]:
        """The lines of ``doc`` where a pattern of rule ``code`` matches."""
        for index in sorted(self.spots(doc, code)):
            yield doc.line_span(index)

    def windows(self, doc: Document, code: str, reach: int, before: int, after: int) -> Iterator[tuple[int, Window]]:
        """(line start offset, window) around every spot of rule ``code`` in ``doc``."""
        for index, ends in sorted(self.spots(doc, code).items()):
            line = doc.line_span(index)
            for w in windows(line.text, [(max(0, e - reach), e) for e in ends], before, after):
                yield line.start, w


# -- number damage: corrupted years (DATE001, DATE002) and the marks DATE011-DATE021 share ----------

_NUMBER = LazyRegex(
    r"(?<![A-Za-z0-9０-９_\-/#])(?<![0-9０-９][.,．])(?P<n>[1１][8-9８９][0-9０-９]{3,4}|[2２][0０][0-9０-９]{3,4})(?![0-9０-９])",
    regex.V1,
)
_BEFORE_WORD = LazyRegex(
    rf"(?:(?<![\p{{L}}])(?i:in|since|year|en|desde|hasta|año|from|until)|(?<![\p{{L}}])(?:{MON_EN})\.?,?(?:\s+of)?|"
    rf"(?<![\p{{L}}])(?i:{MON_ES})\s+(?i:de|del))\s+$",
    regex.V1,
)
# 年 followed by what makes the number a count of years (18500年前, 20300年的历史)
_DURATION_AFTER = LazyRegex(
    r"\s*年\s*(?:前|后|後|以前|以后|以後|之前|之后|之後|左右|多|余|餘|间|間|来|來|的?历史|的?歷史)"
)
_QUANTITY_BEFORE = LazyRegex(r"(?:约|大约|大約|距今|近|有|长达|長達|超过|超過|达|達|共|数|數|几|幾|逾|上下|第)\s*$")
_YEAR_AFTER = LazyRegex(r"\s*年")
_FOLLOW_OK = frozenset(
    words(
        "by and or when as the with at on after before was were he she it they we its his her their a an "
        "to for from but while y o el la los las cuando con por se fue tras antes después lo su sus un "
        "una al del de que"
    )
)
_NEXT_WORD = LazyRegex(r"\s*(?P<w>\p{L}+)", regex.V1)


def corrupted_years(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of every corrupted year in ``text``; offsets shifted by ``offset``."""
    for m in _NUMBER.finditer(text):
        digits = ascii_digits(m.group("n"))
        if int(digits) % 1000 == 0:
            continue  # 20000, 190000: round counts, not years
        start, end = m.span("n")
        if _YEAR_AFTER.match(text, end):
            if _DURATION_AFTER.match(text, end) or _QUANTITY_BEFORE.search(text[max(0, start - 4) : start]):
                continue
        elif _BEFORE_WORD.search(text[max(0, start - 20) : start]):
            word = _NEXT_WORD.match(text, end)
            if word and word.group("w").lower() not in _FOLLOW_OK:
                continue  # 'in 20231 cases': a count
        else:
            continue
        yield offset + start, offset + end, digits


# Baidu-style MT renders the Chinese numeral 一 inside some numbers as 65438 (10 → 65438+0,
# 12月 → 65438+2月, 1986 → 65438-0986); a dropped leading digit leaves 5438.
ARTEFACT = LazyRegex(
    r"(?<![0-9０-９.,\-+/])(?P<pre>(?:1[89]|20)[0-9]{2}\s?)?(?P<a>6?5438)(?P<op>\s*[+＋]\s*[0-9]{0,4}|[-–][0-9]{1,4})"
    r"(?![0-9]|[-–][0-9]|\s*[=＝×÷*/+＋])",
    regex.V1,
)
# markup residue left by a bad HTML strip: p>, /p>, br>, <p>, <br/> fused to a number
TAG = r"<?/?(?:p|br|div|span|strong|em|b|i|font|td|li)\s*/?>"
MARKUP_NUMBER = LazyRegex(
    rf"(?:(?<![\p{{L}}])(?:{MON_EN})\.?,?\s*(?:of\s+)?|(?<![\p{{L}}])(?:{MON_ES_CAP})\s+del?\s+|(?<![\p{{L}}])(?:in|In|since|"
    rf"Since|en|En|desde|Desde)\s+)(?P<tag>{TAG})(?P<n>[0-9]{{1,4}})(?![0-9])|(?P<n2>[0-9]{{1,4}})(?P<tag2>{TAG})\s*[年月]",
    regex.V1,
)


def _damaged(text: str) -> bool:
    return (
        next(corrupted_years(text), None) is not None
        or ("5438" in text and ARTEFACT.search(text) is not None)
        or (">" in text and MARKUP_NUMBER.search(text) is not None)
    )


def has_damage(doc: Document) -> bool:
    """True when ``doc`` holds a certain mark of number damage: the gate of the weaker patterns
    (DATE016, DATE017), as a corrupted year is DATE002's."""
    return doc.memo(("dates", "damage"), lambda: _damaged(doc.text))


# a label that dates the document or its upload, bare or qualified: 时间：, 日期：, Date:, Fecha:, Publicado:
_DATE_LABEL = LazyRegex(
    r"^\s*(?:(?:发布|發布|发表|發表|更新|上传|上傳|刊发|刊發|出版|创建|創建|提交|录入|錄入)?(?:时间|時間|日期)|"
    r"(?i:date|time|fecha|publicado|publicada|published|posted|updated|uploaded|actualizado)(?:\s+(?:on|el|en))?)"
    r"[ \t]*[:：][ \t]*",
    regex.V1 | regex.MULTILINE,
)
_LABEL_MAX_LINE = 80


def stated_date(doc: Document) -> tuple[tuple[int, int, int], int, str] | None:
    """The latest (date, line index, label) a label line gives for the document, bare labels included."""
    best: tuple[tuple[int, int, int], int, str] | None = None
    # matched on each short line: a scan of the whole text tried the label at every position
    for index, span in enumerate(doc.lines):
        line = span.text
        if len(line) > _LABEL_MAX_LINE:
            continue
        label = _DATE_LABEL.match(line)
        if label is None:
            continue
        for expr in parse_line(line):
            if expr.start == label.end() and expr.year is not None and expr.month is not None and expr.valid:
                date = (expr.year, expr.month, expr.day or 31)
                if best is None or date > best[0]:
                    best = (date, index, label.group().strip())
                break
    return best
