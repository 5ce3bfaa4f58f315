"""What surrounds a date: its sentence, the document's own publication date, future and past cues."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from seedlint.checks.dates.grammar import DateExpr, Ymd, parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.document import Document, Span

# A label that states when the document itself was published or updated, followed by a date. Bare
# 时间:/Date:/Fecha: labels are not enough: on document-sharing pages and notices they give an upload,
# crawl or event time that need not bound the dates of the text.
_PUB_AT_START = LazyRegex(
    r"^\s*(?:(?:发布|發布|发表|發表|更新|刊发|刊發|出版)(?:时间|時間|日期)|"
    r"(?i:publication\s+date|date\s+published|fecha\s+de\s+publicaci[oó]n|published|posted|updated|last\s+updated|"
    r"publicado|actualizado|publicada))\s*[:：]\s*",
    regex.V1,
)
_PUB_ANYWHERE = LazyRegex(
    r"(?:^|[|·•／/]\s*|\s{2,})(?:(?:发布|發布|发表|發表|更新)(?:于|於)|(?:Published|Posted|Updated|Publicado|Publicada|"
    r"Actualizado)(?:\s+(?:on|el|en))?\s*[:：]?)\s*",
    regex.V1,
)
_PUB_MAX_LINE = 120
LABEL_LINE = LazyRegex(r"^\s*[^\s:：]{1,12}\s*[:：]")  # 'key: value' metadata lines
LIST_LINE = LazyRegex(r"^\s*(?:[-–—•·*|>▪►]|\d{1,3}[.)、])")

# Cues that a sentence speaks of the future, a plan or a deadline: a later date there is no contradiction.
FUTURE = LazyRegex(
    r"将|將|预计|預計|预期|預期|计划|計劃|拟于|擬於|有望|争取|爭取|力争|力爭|目标|目標|届时|屆時|即将|即將|未来|未來|明年|"
    r"下一|之前|以前|前完成|截止|截至|有效期|到期|报名|報名|举行|舉行|举办|舉辦|召开|召開|起施行|施行|生效|预告|預告|"
    r"(?<![\p{L}])(?:will|shall|would|going\s+to|expect\w*|plan\w*|schedul\w*|upcoming|forecast\w*|project\w*|"
    r"by\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?:\d|[A-Z][a-z]+\s+\d)|until|till|before|deadline|due|next|"
    r"target\w*|aim\w*|set\s+to|should|could|(?-i:may)|might|intend\w*|hope\w*|"
    r"valid|expir\w*|coming|future|will|ser[aá]n?|va\s+a|van\s+a|se\s+espera|prev[eé]\w*|previst\w*|planea\w*|"
    r"programad\w*|pr[oó]xim\w*|hasta|antes\s+de|plazo|vence\w*|podr[ií]a\w*|deber[ií]a\w*|futur\w*|"
    r"para\s+(?:(?:el|la|finales\s+de|mediados\s+de|principios\s+de)\s+)?(?:\d|[\p{L}]+\s+de\s+\d)|"
    r"\w+r(?:á|án|ás|é)|\w+remos|takes?\s+effect|effective|starts?|begins?|opens?|runs?|closes?|ends?|"
    r"launch(?:es)?|takes?\s+place|(?:is|are)\s+(?:held|due|set|expected)|registration|apply|applications?|tickets?|"
    r"from|through|entra\s+en\s+vigor|vigencia|comienza\w*|empieza\w*|abre|cierra|termina|se\s+celebra\w*|"
    r"inscripci\w+|a\s+partir\s+del?|desde)(?![\p{L}])|(?<=[日月年号])起|开幕|開幕|闭幕|閉幕|开始|開始|期间|期間|至(?!今)",
    regex.V1 | regex.IGNORECASE,
)
# Cues that a sentence speaks of the distant past (years before 1000 are then plausible).
PAST = LazyRegex(
    r"公元|前\s*\d|朝|古代|世纪|世紀|(?<![\p{L}])(?:BCE?|CE|AD|A\.D\.|B\.C\.|a\.\s?C\.|d\.\s?C\.|century|centuries|"
    r"siglos?|dynasty|dinast[ií]a|emperor|emperador|empire|imperio|king|rey|reina|queen|caliph\w*|califa\w*|"
    r"medieval|ancient|antig[uü]\w*|roman[oa]?s?|middle\s+ages|edad\s+media)(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
FUTURE_TOPIC = LazyRegex(
    r"未来|未來|科幻|预言|預言|(?<![\p{L}])(?:future|futur[oa]|science\s+fiction|ciencia\s+ficci[oó]n|sci-fi|"
    r"prophec\w*|profec\w*|predict\w*|predic\w*|millenni\w*|milenio|will|ser[aá])(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Publication:
    """The date a document gives for itself, where it says so."""

    date: Ymd
    precision: int  # 3: day, 2: month
    line: int  # 0-based line index of the statement

    def text(self) -> str:
        y, m, d = self.date
        return f"{y:04d}-{m:02d}-{d:02d}" if self.precision == 3 else f"{y:04d}-{m:02d}"


def sentence_at(doc: Document, offset: int) -> Span:
    """The sentence holding ``offset`` (its paragraph when no sentence does)."""
    paragraph = doc.paragraph_at(offset)
    if paragraph is None:
        line = doc.line_span(doc.line_index(offset))
        return line
    for sentence in doc.sentences(paragraph):
        if sentence.start <= offset < max(sentence.end, sentence.start + 1):
            return sentence
    return paragraph


def _publication_in_line(text: str) -> DateExpr | None:
    if len(text) > _PUB_MAX_LINE:
        return None
    label = _PUB_AT_START.match(text) or _PUB_ANYWHERE.search(text)
    if label is None:
        return None
    for expr in parse_line(text):
        if expr.start == label.end() and expr.year is not None and expr.month is not None and expr.valid:
            return expr
    return None


def is_publication_line(text: str) -> bool:
    return _publication_in_line(text) is not None


_PUB_KEYS = ("发布", "發布", "发表", "發表", "更新", "刊发", "刊發", "出版", "ublished", "osted", "pdated", "ublicad",
             "ctualizad", "ublicaci", "UBLISHED", "OSTED", "PDATED", "UBLICAD", "CTUALIZAD")  # fmt: skip


def lines_holding(doc: Document, keys: tuple[str, ...]) -> list[int]:
    """Sorted indices of the lines of ``doc`` that contain any of ``keys`` (plain substrings)."""
    text = doc.text
    lines: set[int] = set()
    for key in keys:
        at = text.find(key)
        while at != -1:
            lines.add(doc.line_index(at))
            at = text.find(key, at + len(key))
    return sorted(lines)


def year_spots(doc: Document, first: int) -> dict[int, list[tuple[int, int]]]:
    """Line index -> line-relative spans of every year from ``first`` to the last plausible one."""
    years = "|".join(str(y) for y in range(first, max(first, max_plausible_year()) + 1))
    candidates = regex.compile(rf"(?<![0-9])(?:{years})(?![0-9])")
    spots: dict[int, list[tuple[int, int]]] = {}
    for m in candidates.finditer(doc.text):
        index = doc.line_index(m.start())
        base = doc.line_starts[index]
        spots.setdefault(index, []).append((m.start() - base, m.end() - base))
    return spots


def publication(doc: Document) -> Publication | None:
    """The latest publication/update date the document states on a metadata line, if any."""
    best: Publication | None = None
    for index in lines_holding(doc, _PUB_KEYS):
        expr = _publication_in_line(doc.line_span(index).text)
        if expr is None or expr.year is None or expr.month is None:
            continue
        precision = 3 if expr.day is not None else 2
        candidate = Publication((expr.year, expr.month, expr.day or 31), precision, index)
        if best is None or candidate.date > best.date:
            best = candidate
    return best


@functools.lru_cache(maxsize=1)
def max_plausible_year() -> int:
    """The current year plus ten: the default upper bound of a plausible year."""
    import datetime

    return datetime.date.today().year + 10


@functools.lru_cache(maxsize=1)
def current_year() -> int:
    import datetime

    return datetime.date.today().year
