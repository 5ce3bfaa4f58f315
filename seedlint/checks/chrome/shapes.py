"""The shapes of chrome lines: what a line of page furniture looks like by itself, in any language.

Each shape is a mechanism, not a site's string: a page counter (第N页 / 共N页, Página N de M), a
navigation arrow, a timestamp whose year was stripped, a line that is a number, a "label: number"
statistic, a counted widget ("23 replies", 2个回答), a link or address, a read-more or previous/next
link, a message header, a file's own name in a sharing-site sentence, a row of key: value pairs,
a hashtag line, a byline or post-metadata line (a small trilingual vocabulary of meta keys), a
row of links separated by ``|``. :func:`line_shape` returns the first that fits, with a
confidence and a reason a person can check; ``None`` for anything else.

Confidence >= 0.8: the shape is chrome by itself. Below: it is chrome only inside page chrome (the
classifier's context revision decides): a label line ending in a colon, a keyword line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seedlint.stoplists import EN, ES, ZH

LATIN_STOP = EN | ES
MAX_SHAPE = 200  # a longer line is never furniture by its shape

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(HAN.pattern + "+")  # counted by runs: a match per run, not per character
_ZH_STOP = re.compile("[" + "".join(sorted(ZH)) + "]")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ANY_HAN = re.compile(r"[\u3400-\u9fff]")
MARKER = re.compile(r"^(?:[-–—•·*▪◦]|\d{1,2}[.、)）])\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?(?!\d)")
_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d[-/.年]\s?[01]?\d(?:[-/.月]\s?[0-3]?\d日?)?|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d\d"
    rf"|[0-3]?\d\s+{_MONTH}\s+(?:19|20)\d\d|{_MONTH}\s+[0-3]?\d,?\s+(?:19|20)\d\d)",
    re.I,
)
_STRIPPED_STAMP = re.compile(r"^\d{1,2}\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)")
URL = re.compile(
    r"(?:https?:)?//[\w-]+\.[\w.-]+\S*|\bwww\.\S+|\S+@\S+\.\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|cn|co\.uk|es|mx|info|io)\b"
)
_NAV = re.compile(r"(?:>>?|»|›|→)\s*$|^\s*(?:<<|«|‹|←)")
_NAV_END, _NAV_START = ">»›→", "<«‹←"
PAGE = re.compile(
    r"第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页|_第\d+页$|已阅读\d+页"
    r"|(?i:\bp[áa]gina\s+\d+\s+de\s+\d+\b|\bpage\s+\d+\s+of\s+\d+\b)"
)
_BARE_NUM = re.compile(r"^[\[(]?\d{1,5}[\])]?\s*[。.\]]?$|^\d{1,4}\s*[\]】)]$")
_KEYVAL_NUM = re.compile(r"^[^\d:：!?。！？，,]{1,12}[:：]\s*[\d.,]+\s*(?:[A-Za-z]{0,3}|[\u4e00-\u9fff]{0,2})$")
_COUNTED = (
    r"(?:repl(?:y|ies)|comments?|views?|posts?|reads?|visit(?:or)?s?|answers?|likes?|shares?|downloads?|pages?"
    r"|respuestas?|comentarios?|visitas?|lecturas?|p[áa]ginas?|descargas?"
    r"|个回答|条评论|条回复|次阅读|次浏览|次下载|人来访过|人阅读|人浏览|人评论|人收藏|个评论|页|篇|赞|评论|浏览|阅读|回复)"
)
_COUNT = re.compile(
    r"^(?:\D{0,6}\s?)?\(?\d[\d,.]*\)?\s*" + _COUNTED + r"(?:[,，|]\s*(?:\d[\d,.]*)?\s*\S*(?:\s+\S+){0,2})?$"
    r"|^" + _COUNTED + r"\s*[(（]\d+[)）]$",
    re.I,
)
HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百千零〇\d]+[章节条编部分款卷回]"
    r"|(?i:chapter|cap[íi]tulo|part|parte|section|secci[óo]n|art[íi]culo|article|book|libro)\b"
    r"|[IVXLC]+\.?$|[IVXLC]+\.\s)"
)
# links by their words: anchored at the line start (tried at one position), or anywhere (tried
# only when a word they need occurs: see _LINK_HINTS)
_LINK_START = re.compile(
    r"(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上一条|下一条|欢迎(?:来到|访问|光临)|(?:广告|返回顶部|跳到主要内容|关注我们)$"
    r"|(?i:(?:previous|next|older|newer)\s+(?:post|article|story|message|page|entry)s?\b"
    r"|(?:art[íi]culo|nota|noticia)s?\s+(?:anterior|siguiente)s?\b|(?:anterior|siguientes?)\s+(?:art[íi]culo|nota|noticia)s?\b"
    r"|visita\s+nuestr[oa]s?\b|(?:logo|logotipo)\b|(?:welcome to|bienvenid[oa]s? a)\b"
    r"|(?:found|showing)\s+\d+\s+\w+|(?:mostrando|se encontraron)\s+\d+"
    r"|(?:advertisement|publicidad|anuncio|skip to (?:main )?content|saltar al contenido|back to top|volver arriba)$"
    r"|(?:follow us|s[íi]guenos)\b"
    r"|(?:subscribe|sign up|suscr[íi]bete)\b.{0,40}\b(?:newsletter|bolet[íi]n|podcasts?)\b))"
)
_LINK_ANYWHERE = re.compile(
    r"(?:上一篇|下一篇)$|点击查看|点击进入|查看全文|阅读全文|发表评论|我要评论"
    r"|(?i:\b(?:click|clic|pulse|pincha|haga click|haz clic)\b.{0,24}\b(?:here|aqu[íi])\b"
    r"|\b(?:see|read|view)\s+(?:the\s+)?full\s+(?:page|article|story|post)\b"
    r"|\bleer\s+(?:el\s+)?(?:art[íi]culo|nota)\s+complet[oa]\b"
    r"|\bleave a comment\b|\bdeja(?:r)? (?:un|tu) comentario\b)"
)
_LINK_HINTS = ("篇", "点击", "全文", "评论", "cli", "pulse", "pincha", "full", "complet", "comment", "comentario")
_URL_HINTS = ("//", "www.", "@", ".com", ".net", ".org", ".cn", ".co", ".es", ".mx", ".info", ".io")
_FILE_HINTS = (".doc", ".pdf", ".ppt", ".xls", ".wps", ".png", ".jp", ".gif", ".zip", ".rar", ".txt")
_HEADER = re.compile(r"(?i:\bcharset=|\bcontent-type:|\bmime-version:|\bx-mailer:)")
_FILE_SIZE = re.compile(
    r"[\w\u4e00-\u9fff-]+\.(?:png|jpe?g|gif|docx?|pdf|pptx?|xlsx?|zip|rar|txt)\b.{0,12}\(?\d+(?:\.\d+)?\s?[KMG]B", re.I
)
_FILE_NAMED = re.compile(r"\S+\.(?:docx?|pdf|pptx?|xlsx?|wps)\b", re.I)
_SHARE_WORDS = re.compile(r"下载|分享|在线阅读|搜索|上传|会员|(?i:download|upload|shared by|descarga|subido)")
_KEY_VALUE = re.compile(r"(?:^|\s)[^\s:：]{1,8}[:：]\s?\S")
_HASHTAG = re.compile(r"^#[^\s#]")
# bylines and post metadata: the keys a page's meta line uses, in en / es / zh
_META_KEY = re.compile(
    r"^(?:[-–•*·]\s*)?(?:"
    r"(?i:posted(?: in| by| on)?|by|author|editor|edited by|text|photo|image|image source|image credit"
    r"|main image credit|source|credit|last updated(?: by)?|updated|published(?: on| by)?|tags?|tagged|category"
    r"|categories|filed under|teams?|por|autor|autora|fuente|foto|imagen|redacción|publicado(?: el| por)?"
    r"|actualizado|etiquetas|categoría|editado por)"
    r"|来源|作者|编辑|责任编辑|出处|发布时间|发布者|发布人|时间|点击量|点击数|浏览量|浏览次数|阅读量|阅读数|标签|关键词"
    r"|本文关键词|关键字|分类|摄影|图片来源|供稿|文章来源|稿源|发表时间|更新时间|上传时间|投稿)"
    r"(?P<sep>\s*[:：|｜]\s*|\s+(?=\S)|$)"
)
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’»」』）)]*$")
_ROW_SEP = re.compile(r"\s+\|\s+|\s*｜\s*")  # spaced: "a|b|c" is code (an alternation), not links
_NUMERIC = re.compile(r"[\d.,%\s-]+")


@dataclass(frozen=True, slots=True)
class Measures:
    """jusText's measures of one stripped line: length in units of its script, stop density, ending."""

    text: str
    cjk: bool  # Han-dominant: units are characters
    units: int  # Han characters or words (of the first SAMPLE characters)
    stop: float  # share of stop words (stop characters for Chinese)
    terminal: bool  # ends as a sentence or clause ends


SAMPLE = 200  # measures are taken on a line's first 200 characters: enough to tell its class
LONG = 250  # a longer line is a paragraph: good without measuring (no chrome shape fits it)


_CLOSERS = "'\"”’»」』）)]】"
_ENDERS = frozenset(".!?…。！？；;")


def ends_clause(text: str) -> bool:
    """The line ends as a sentence or clause ends (closing quotes and brackets after the mark allowed)."""
    return text.rstrip(_CLOSERS)[-1:] in _ENDERS


def measure(text: str) -> Measures:
    if len(text) > LONG:
        return Measures(text, False, LONG, 1.0, ends_clause(text))
    sample = text[:SAMPLE]
    han = sum(map(len, _HAN_RUN.findall(sample))) if _ANY_HAN.search(sample) else 0
    cjk = han > 0 and han * 3 >= len(sample)
    if cjk:
        units, stop = han, len(_ZH_STOP.findall(sample)) / han
    else:
        words = WORD.findall(sample)
        units = len(words)
        stop = sum(map(LATIN_STOP.__contains__, map(str.lower, words))) / units if units else 0.0
    return Measures(text, cjk, units, stop, ends_clause(text))


def _few_words(text: str, cjk_limit: int, latin_limit: int) -> bool:
    m = measure(text)
    return m.units <= (cjk_limit if m.cjk else latin_limit)


def meta_line(text: str) -> bool:
    """A byline or post-metadata line: a meta key, then a short value (a name, a date, a count)."""
    m = _META_KEY.match(text)
    if m is None or text[-1] in ";," or len(text) > 90:
        return False
    rest = text[m.end() :]
    words = rest.split()
    if text[:1].islower() and "Posted" not in text and len(words) > 2:
        return False  # "por Gaiferos preguntad": a verse line, not a byline
    if m.group("sep").strip():
        return len(rest) <= 60
    if not rest:
        return True
    capitalised = sum(w[:1].isupper() for w in words)
    has_digit = any(c.isdigit() for c in rest)
    return len(words) <= 8 and not _SENTENCE_END.search(text) and (has_digit or capitalised * 2 >= len(words))


def link_row(text: str) -> bool:
    """A row of short links separated by '|' (a Markdown table row, with outer pipes, is not one)."""
    if ("|" not in text and "｜" not in text) or text.startswith("|") or text.endswith("|"):
        return False
    parts = _ROW_SEP.split(text)
    if len(parts) < 3:
        return False
    short = [p for p in parts if p and len(p.split()) <= 4 and len(p) <= 24 and not _NUMERIC.fullmatch(p)]
    return len(short) >= 2 and len(short) >= len(parts) - 1


def line_shape(text: str, m: Measures) -> tuple[float, str, str] | None:
    """The chrome shape of a stripped line, as (confidence, reason, kind); None when it has none.

    ``kind`` is "meta" for bylines and post metadata, "row" for rows of links, "shape" otherwise.
    """
    n = len(text)
    if n > MAX_SHAPE:
        return None
    body = MARKER.sub("", text)
    if HEADING.match(body):
        return None
    lower = text.lower()
    if n <= 80 and (_LINK_START.match(body) or (any(h in lower for h in _LINK_HINTS) and _LINK_ANYWHERE.search(body))):
        return 0.9, "navigation, previous/next or read-more link", "shape"
    named = any(h in lower for h in _FILE_HINTS)
    if (("=" in text or ":" in text) and _HEADER.search(text)) or (n <= 80 and named and _FILE_SIZE.search(text)):
        return 0.9, "message header or attachment metadata", "shape"
    if n <= 120 and named and _FILE_NAMED.search(text) and _SHARE_WORDS.search(text):
        return 0.85, "names the document's own file in a sharing-site sentence", "shape"
    colon = ":" in text or "：" in text
    if n <= 140 and colon and len(_KEY_VALUE.findall(text)) >= 3:
        return 0.85, "a row of key: value metadata pairs", "shape"
    if n <= 30 and _HASHTAG.match(text):
        return 0.85, "hashtag / topic-tag line", "shape"
    if n <= 40 and PAGE.search(text):
        return 0.95, "page counter or page-thumbnail caption", "shape"
    if n <= 60 and (text[-1] in _NAV_END or text[0] in _NAV_START) and _NAV.search(text) and not m.terminal:
        return 0.9, "navigation link (arrow)", "shape"
    if _STRIPPED_STAMP.match(text):
        return 0.9, "timestamp whose year and month were stripped", "shape"
    stamped = n <= 70 and colon and _TIME.search(text) and _DATE.search(text)
    if stamped and _few_words(URL.sub("", _TIME.sub("", _DATE.sub("", text))), 12, 6):
        return 0.9, "post timestamp line (a date and a time of day)", "shape"
    if _BARE_NUM.match(text):
        return 0.8, "a line that is only a number (page number or widget counter)", "shape"
    if n <= 30 and _KEYVAL_NUM.match(body) and not m.terminal:
        return 0.85, "'label: number' page statistic", "shape"
    if n <= 40 and _COUNT.match(body):
        return 0.8, "a number and the thing it counts (widget counter)", "shape"
    linked = n <= 120 and text[0] not in "#$>" and any(h in lower for h in _URL_HINTS)
    if linked and URL.search(text) and _few_words(URL.sub("", text), 8, 7):
        return 0.85, "link or site address line", "shape"
    if meta_line(text):
        return 0.85, "byline or post-metadata line", "meta"
    if link_row(text):
        return 0.85, "row of links separated by '|'", "row"
    if n <= 16 and text[-1] in ":：" and m.units <= (6 if m.cjk else 3):
        return 0.6, "label line (ends with a colon, nothing after it)", "shape"
    return None


_KEYWORD_PUNCT = re.compile(r"[，。：:、,.!?！？]")


def keyword_line(m: Measures) -> bool:
    """Three or more short Chinese tokens separated by spaces, no punctuation (绩效 管理 细则 通用)."""
    if not m.cjk or len(m.text) > 60 or " " not in m.text:
        return False
    tokens = m.text.split()
    return len(tokens) >= 3 and all(len(t) <= 4 for t in tokens) and not _KEYWORD_PUNCT.search(m.text)
