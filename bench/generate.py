"""Write a deterministic mixed en/es/zh benchmark corpus with injected defects.

    python bench/generate.py --out bench/out/corpus --mb 50 --seed 1

Each file looks like a scraped page (10-30 KB by default): a title, paragraphs of
clean synthetic prose built from sentence templates and vocabularies, and, in most
files, a few injected defects of seedlint's families: date (fused years, the
``5438 +`` translation artefact, inverted ranges, impossible days, wrong zodiac
years), script (stray Han in Latin text, ``〞`` quotes, Cyrillic homoglyphs,
full-width commas, simplified/traditional conversion artefacts such as 效劳/开展/本钱),
encoding (mojibake, U+FFFD), name (calques such as "small and micro gold clothing",
"electric quotient", Yu'e Bao spelt "Yu Ebao"), truncation (the last sentence cut)
and chrome (document-sharing metadata, service numbers, share buttons, "Related
reading" lists). About one injected defect per 2 KB, some files clean.

The same ``--seed`` and options always give byte-identical files. Every injected
defect is listed in ``<out>.manifest.jsonl`` (file, 1-based line and column in code
points, family, kind, text) beside the corpus folder, so recall can be measured.
"""

from __future__ import annotations

import argparse
import calendar
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vocab import (
    EN,
    EN_FIXED,
    EN_HEADINGS,
    EN_SENTENCES,
    EN_TITLES,
    ES,
    ES_FIXED,
    ES_HEADINGS,
    ES_SENTENCES,
    ES_TITLES,
    MONTHS_EN,
    MONTHS_ES,
    NUMERALS_ZH,
    ZH,
    ZH_COLLOCATIONS,
    ZH_FIXED,
    ZH_HEADINGS,
    ZH_SENTENCES,
    ZH_TITLES,
    ZODIAC_EN,
    ZODIAC_ZH,
    Rng,
    Slot,
    day_of,
    two_years,
    year,
    zodiac_index,
)


class Slots(dict[str, str]):
    """``str.format_map`` source: each ``{NAME}`` draws a fresh value from the vocabulary."""

    def __init__(self, vocab: dict[str, Slot], rng: Rng, extra: dict[str, str]) -> None:
        super().__init__(extra)
        self.vocab = vocab
        self.rng = rng

    def __missing__(self, key: str) -> str:
        slot = self.vocab[key]
        return slot(self.rng) if callable(slot) else self.rng.choice(slot)


def capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


_MARKER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")


@dataclass(frozen=True)
class Language:
    code: str
    vocab: dict[str, Slot]
    sentences: tuple[str, ...]
    fixed: tuple[str, ...]  # sentences without slots: drawn rarely, or they would repeat on every page
    headings: tuple[str, ...]
    titles: tuple[str, ...]
    joiner: str  # between sentences of a paragraph

    def fill(self, template: str, rng: Rng, cap: bool = True, **extra: str) -> str:
        text = template.format_map(Slots(self.vocab, rng, extra))
        return capitalise(text) if cap and self.code != "zh" else text

    def sentence(self, rng: Rng) -> str:
        draw = rng.random()
        if draw < 0.06:
            return rng.choice(self.fixed)
        if self.code == "zh" and draw < 0.16:
            return _MARKER.sub(r"\1", self.fill(rng.choice(ZH_COLLOCATIONS), rng))
        return self.fill(rng.choice(self.sentences), rng)


LANGUAGES = {
    "en": Language("en", EN, EN_SENTENCES, EN_FIXED, EN_HEADINGS, EN_TITLES, " "),
    "es": Language("es", ES, ES_SENTENCES, ES_FIXED, ES_HEADINGS, ES_TITLES, " "),
    "zh": Language("zh", ZH, ZH_SENTENCES, ZH_FIXED, ZH_HEADINGS, ZH_TITLES, ""),
}


# ---------------------------------------------------------------------------
# defects
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Mark:
    family: str
    kind: str
    text: str  # the defect as it appears in the piece


@dataclass(slots=True)
class Piece:
    """A sentence (or a whole chrome line) with the defects it carries."""

    text: str
    marks: list[Mark] = field(default_factory=list)


Injector = Callable[[Language, Rng], Piece | None]


def _fused_year(rng: Rng) -> str:
    y = rng.randint(1998, 2022)
    return f"{y}{rng.randint(1, 9)}" if rng.random() < 0.2 else f"{y}{(y + rng.randint(1, 9)) % 100:02d}"


def inject_fused_year(lang: Language, rng: Rng) -> Piece:
    fused = _fused_year(rng)
    templates = {
        "zh": ("{F}年，{ORG}{VERB}{OBJ}。", "直到{F}年，{ORG}才{VERB}{OBJ}。"),
        "es": ("En {F}, {ORG} {VERB} {OBJ}.", "{ORG} {VERB} {OBJ} en {F}.", "Desde {F}, {ORG} {VERB} {OBJ}."),
        "en": ("In {F}, {ORG} {VERB} {OBJ}.", "{ORG} {VERB} {OBJ} in {F}.", "Since {F}, {ORG} has {VERB} {OBJ}."),
    }[lang.code]
    text = lang.fill(rng.choice(templates), rng, F=fused)
    return Piece(text, [Mark("date", "fused-year", fused)])


def inject_plus_5438(lang: Language, rng: Rng) -> Piece | None:
    y = year(rng)
    if lang.code == "es":
        snippet = f"{rng.choice(MONTHS_ES)} de 5438 + {rng.choice(MONTHS_ES)} de {y}"
        text = f"En {snippet}, " + lang.fill("{ORG} {VERB} {OBJ}.", rng, cap=False)
    elif lang.code == "en":
        snippet = f"{rng.choice(MONTHS_EN)} 5438 + {rng.choice(MONTHS_EN)} {y}"
        text = f"In {snippet}, " + lang.fill("{ORG} {VERB} {OBJ}.", rng, cap=False)
    else:
        return None
    return Piece(text, [Mark("date", "plus-5438", snippet)])


def inject_inverted_range(lang: Language, rng: Rng) -> Piece:
    a, b = two_years(rng)
    if lang.code == "zh":
        snippet = f"{b}年至{a}年"
        text = f"{snippet}间，" + lang.fill("{ORG}{VERB}{OBJ}。", rng)
    elif rng.random() < 0.5:  # months inverted within one year
        m2 = rng.randint(1, 11)
        m1 = rng.randint(m2 + 1, 12)
        months = MONTHS_ES if lang.code == "es" else MONTHS_EN
        if lang.code == "es":
            snippet = f"Desde {months[m1 - 1]} de {a} hasta {months[m2 - 1]} de {a}"
        else:
            snippet = f"From {months[m1 - 1]} {a} to {months[m2 - 1]} {a}"
        text = snippet + ", " + lang.fill("{ORG} {VERB} {OBJ}.", rng, cap=False)
    elif lang.code == "es":
        snippet = f"de {b} a {a}"
        text = lang.fill("{ORG} {VERB} {OBJ} ", rng) + f"{snippet}."
    else:
        snippet = f"from {b} to {a}"
        text = lang.fill("{ORG} {VERB} {OBJ} ", rng) + f"{snippet}."
    return Piece(text, [Mark("date", "inverted-range", snippet)])


def inject_bad_day(lang: Language, rng: Rng) -> Piece:
    y = year(rng)
    m, d = rng.choice(
        ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (2, 29 if not calendar.isleap(y) else 30))
    )
    if lang.code == "zh":
        snippet = f"{y}年{m}月{d}日" if rng.random() < 0.8 else f"{y}年{rng.randint(13, 19)}月"
        text = snippet + "，" + lang.fill("{ORG}{VERB}{OBJ}。", rng)
    elif lang.code == "es":
        snippet = f"el {d} de {MONTHS_ES[m - 1]} de {y}"
        text = lang.fill("{ORG} {VERB} {OBJ} ", rng) + snippet + "."
    else:
        snippet = f"{MONTHS_EN[m - 1]} {d}, {y}"
        text = lang.fill("{ORG} {VERB} {OBJ} on ", rng) + snippet + "."
    return Piece(text, [Mark("date", "impossible-day", snippet)])


def inject_zodiac(lang: Language, rng: Rng) -> Piece | None:
    y = rng.randint(2000, 2023)
    wrong = (zodiac_index(y) + rng.randint(1, 11)) % 12
    if lang.code == "zh":
        snippet = f"{y}年{ZODIAC_ZH[wrong]}年"
        text = snippet + "春节，" + lang.fill("{ORG}{VERB}{OBJ}。", rng)
    elif lang.code == "en":
        snippet = f"the {y} Year of the {ZODIAC_EN[wrong]}"
        text = "During " + snippet + ", " + lang.fill("{ORG} {VERB} {OBJ}.", rng, cap=False)
    else:
        return None
    return Piece(text, [Mark("date", "wrong-zodiac", snippet)])


HAN_STRAYS = ("倨", "的", "发展", "支付宝", "银行", "服务", "傲", "也", "金融")


def _latin_sentence(lang: Language, rng: Rng) -> str:
    while True:
        text = lang.sentence(rng)
        if len(text.split()) >= 6:
            return text


def inject_stray_han(lang: Language, rng: Rng) -> Piece | None:
    if lang.code == "zh":
        return None
    words = _latin_sentence(lang, rng).split(" ")
    candidates = [i for i in range(1, len(words) - 1) if words[i].isalpha()]
    if not candidates:
        return None
    han = rng.choice(HAN_STRAYS)
    words[rng.choice(candidates)] = han
    return Piece(" ".join(words), [Mark("script", "stray-han", han)])


HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "E": "Е", "O": "О", "C": "С"}


def inject_homoglyph(lang: Language, rng: Rng) -> Piece | None:
    if lang.code == "zh":
        return None
    words = _latin_sentence(lang, rng).split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha() and any(c in HOMOGLYPHS for c in w)]
    if not candidates:
        return None
    i = rng.choice(candidates)
    pos = [j for j, c in enumerate(words[i]) if c in HOMOGLYPHS]
    j = rng.choice(pos)
    words[i] = words[i][:j] + HOMOGLYPHS[words[i][j]] + words[i][j + 1 :]
    return Piece(" ".join(words), [Mark("script", "homoglyph", words[i])])


def inject_fullwidth_comma(lang: Language, rng: Rng) -> Piece | None:
    if lang.code == "zh":
        return None
    for _ in range(20):
        text = lang.sentence(rng)
        if ", " in text:
            return Piece(text.replace(", ", "，", 1), [Mark("script", "fullwidth-comma", "，")])
    return None


def inject_bad_quote(lang: Language, rng: Rng) -> Piece | None:
    if lang.code != "zh":
        return None
    quote = rng.choice(("功夫在诗外", "一分钱不收", "没文化真可怕", "金融行业的一小步", "光棍节", "出淘", "普惠金融"))
    snippet = f"“{quote}〞" if rng.random() < 0.8 else f"〝{quote}〞"
    text = rng.choice(("我们在感慨{Q}之余，更敬佩他的眼光。", "所谓{Q}，说的就是这个道理。", "{PERSON}对外声称{Q}。"))
    text = lang.fill(text, rng, Q=snippet)
    return Piece(text, [Mark("script", "cjk-quote", "〞")])


def inject_conversion(lang: Language, rng: Rng) -> Piece | None:
    if lang.code != "zh":
        return None
    text = lang.fill(rng.choice(ZH_COLLOCATIONS), rng)
    marks = [Mark("script", "conversion-artefact", m.group(2)) for m in _MARKER.finditer(text)]
    return Piece(_MARKER.sub(r"\2", text), marks)


def _mojibake(word: str, codec: str = "utf-8") -> str:
    """``word``'s bytes in ``codec`` read back as cp1252 (latin-1 for the five bytes cp1252 lacks)."""
    out = []
    for byte in word.encode(codec):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def inject_mojibake(lang: Language, rng: Rng) -> Piece | None:
    if lang.code == "zh":  # GBK bytes read as cp1252
        for _ in range(20):
            text = lang.sentence(rng)
            runs = [m for m in re.finditer(r"[\u4e00-\u9fff]{2,4}", text)]
            if runs:
                m = rng.choice(runs)
                bad = _mojibake(m.group(), "gbk")
                return Piece(text[: m.start()] + bad + text[m.end() :], [Mark("encoding", "mojibake", bad)])
        return None
    for _ in range(30):
        text = _latin_sentence(lang, rng)
        words = [w for w in re.findall(r"\w+", text) if any(ord(c) > 127 for c in w)]
        if words:
            word = rng.choice(words)
            bad = _mojibake(word)
            return Piece(text.replace(word, bad, 1), [Mark("encoding", "mojibake", bad)])
        if lang.code == "en" and "'" in text:
            word = re.search(r"\w+'\w*", text)
            if word:
                bad = word.group().replace("'", "â€™")
                return Piece(text.replace(word.group(), bad, 1), [Mark("encoding", "mojibake", bad)])
    name = rng.choice(("José Martínez", "Zoë Müller", "François Dubois", "Inês Araújo"))
    bad = _mojibake(name)
    return Piece(f"{bad} said the figures were encouraging.", [Mark("encoding", "mojibake", bad)])


def inject_replacement_char(lang: Language, rng: Rng) -> Piece | None:
    for _ in range(30):
        text = lang.sentence(rng)
        spots = [i for i, c in enumerate(text) if (ord(c) > 127 and c.isalpha())]
        if spots:
            i = rng.choice(spots)
            return Piece(text[:i] + "\ufffd" + text[i + 1 :], [Mark("encoding", "replacement-char", "\ufffd")])
    return None


CALQUES_EN = {
    "org": ("small and micro gold clothing", "the small gold suit", "ant gold clothing", "Ali mom", "nail nail"),
    "product": ("Yu Ebao", "Yu'E Bao", "Yuebao", "balance treasure", "flower chant", "borrow chant", "micro letter"),
    "sector": ("the electric quotient sector", "electric dealers", "the electricity business", "electric quotient"),
}
CALQUES_ES = {
    "org": ("la ropa de oro pequeña y micro", "el pequeño traje de oro", "la ropa de oro de hormiga"),
    "product": ("Yu Ebao", "Yu'E Bao", "Yuebao", "el tesoro del saldo"),
    "sector": ("el cociente eléctrico", "los comerciantes eléctricos"),
}


def inject_calque(lang: Language, rng: Rng) -> Piece | None:
    if lang.code == "zh":
        return None
    table = CALQUES_EN if lang.code == "en" else CALQUES_ES
    role = rng.choice(("org", "product", "sector"))
    calque = rng.choice(table[role])
    if lang.code == "en":
        template = {
            "org": ("{C} {VERB} {OBJ} {TIME}.", "Analysts said {C} would {EFFECT}.", "What is the positioning of {C}?"),
            "product": ("Users can move money from {C} to a bank card at any time.", "{C} now has {NUM} users."),
            "sector": ("Banks are now entering {C} as well.", "Competition in {C} is fierce {PLACE}."),
        }[role]
    else:
        template = {
            "org": ("{C} {VERB} {OBJ} {TIME}.", "Los analistas creen que {C} podría {EFFECT}."),
            "product": (
                "Los usuarios pueden transferir dinero de {C} a una tarjeta bancaria.",
                "{C} ya tiene {NUM} usuarios.",
            ),
            "sector": ("Los bancos también están entrando en {C}.", "La competencia en {C} es intensa {PLACE}."),
        }[role]
    text = lang.fill(rng.choice(template), rng, C=calque)
    if text.lower().startswith(calque.lower()):
        text = capitalise(text)
        calque = text[: len(calque)]
    return Piece(text, [Mark("name", "calque", calque)])


INJECTORS: dict[str, tuple[tuple[Injector, float], ...]] = {
    "date": (
        (inject_fused_year, 3),
        (inject_plus_5438, 1),
        (inject_inverted_range, 2),
        (inject_bad_day, 2),
        (inject_zodiac, 1),
    ),
    "script": (
        (inject_stray_han, 3),
        (inject_homoglyph, 1.5),
        (inject_fullwidth_comma, 1),
        (inject_bad_quote, 3),
        (inject_conversion, 3),
    ),
    "encoding": ((inject_mojibake, 3), (inject_replacement_char, 1)),
    "name": ((inject_calque, 1),),
}
FAMILY_WEIGHTS = {
    "en": {"date": 0.35, "script": 0.25, "encoding": 0.12, "name": 0.28},
    "es": {"date": 0.35, "script": 0.25, "encoding": 0.12, "name": 0.28},
    "zh": {"date": 0.40, "script": 0.45, "encoding": 0.15},
}


def draw_defect(family: str, lang: Language, rng: Rng) -> Piece:
    options = INJECTORS[family]
    while True:
        injector = rng.choices([f for f, _ in options], [w for _, w in options])[0]
        piece = injector(lang, rng)
        if piece is not None:
            return piece


# ---------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------
def _chrome(lines: Sequence[str], kind: str) -> list[Piece]:
    return [Piece(line, [Mark("chrome", kind, line)] if line.strip() else []) for line in lines]


def docshare_header(title: str, rng: Rng) -> list[Piece]:
    y = rng.randint(2015, 2023)
    m = rng.randint(1, 12)
    ext = rng.choice(("docx", "doc", "pdf", "pptx"))
    lines = [
        "分享",
        f"{title}.{ext}",
        "下载文档",
        "",
        f"ID:{rng.randint(100000, 9999999)}",
        "",
        f"大小:{rng.randint(12, 980)}.{rng.randint(0, 99):02d}KB",
        "",
        f"页数:{rng.randint(2, 80)}页",
        "",
        f"格式:{ext.upper()}",
        "",
        f"时间:{y}-{m:02d}-{day_of(rng, y, m):02d}",
        "",
        "收藏 分享赚钱",
        "温馨提示:",
        "1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。",
        "2. 本文档由用户上传,版权归属用户,本站负责整理代发布。如果您对本文档版权有争议请及时联系客服。",
        f"网站客服:{rng.randint(100000000, 3999999999)}",
    ]
    if rng.random() < 0.5:
        lines = lines[:3] + lines[4:15:2] + lines[15:]  # no blank lines between the fields
    return _chrome(lines, "docshare-header")


def docshare_footer(rng: Rng) -> list[Piece]:
    lines = ["此文档下载收益归作者所有", "下载文档", "猜你喜欢", "你可能关注的文档", "收起", "展开"]
    return _chrome(lines[: rng.randint(3, 6)], "docshare-footer")


def service_line(lang: Language, rng: Rng) -> list[Piece]:
    if lang.code == "zh":
        line = rng.choice(
            (
                f"客服电话：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"咨询热线:95{rng.randint(100, 999)}",
                f"网站客服：{rng.randint(100000000, 3999999999)}",
                f"服务热线 800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}（工作日9:00-18:00）",
            )
        )
    elif lang.code == "es":
        line = f"Atención al cliente: 900 {rng.randint(100, 999)} {rng.randint(100, 999)}"
    else:
        line = f"Customer service: 1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return _chrome([line], "service-number")


def share_line(lang: Language, rng: Rng) -> list[Piece]:
    line = {
        "en": ("Share this article: Facebook | Twitter | LinkedIn | Email", "Share: Facebook Twitter WhatsApp Print"),
        "es": ("Compartir en: Facebook | Twitter | WhatsApp | Correo", "Compartir: Facebook Twitter Imprimir"),
        "zh": ("分享到：微信 | 微博 | QQ空间", "分享 收藏 举报"),
    }[lang.code]
    return _chrome([rng.choice(line)], "share-buttons")


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def related_reading(lang: Language, rng: Rng) -> list[Piece]:
    n = rng.randint(4, 12)
    if lang.code == "zh":
        lines = ["相关阅读"] + [f"· {lang.fill(rng.choice(lang.titles), rng)}" for _ in range(n)]
        return _chrome(lines, "related-reading")
    sections = {
        "en": ("Company news", "Daily headlines", "Expert commentary", "Market watch", "Fashion brand"),
        "es": ("Noticias de empresa", "Titulares del día", "Opinión de expertos", "Mercados"),
    }[lang.code]
    lines = ["- Related reading" if lang.code == "en" else "- Lecturas relacionadas"]
    for i in range(n):
        headline = lang.fill(rng.choice(lang.titles), rng)
        if lang.code == "en":
            headline = _title_case(headline)
        lines.append(f"|{headline}" if i < 2 else f"- {rng.choice(sections)} | {headline}")
    return _chrome(lines, "related-reading")


def policy_lines(lang: Language, rng: Rng) -> list[Piece]:
    lines = {
        "en": ("This website uses cookies to improve your experience.", "Privacy Policy | Terms of Use | Contact Us"),
        "es": ("Este sitio web utiliza cookies para mejorar su experiencia.", "Política de privacidad | Aviso legal"),
        "zh": ("版权所有 © 本站 保留所有权利", "关于我们 | 联系我们 | 免责声明"),
    }[lang.code]
    return _chrome(list(lines[: rng.randint(1, 2)]), "footer-policy")


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------
@dataclass(slots=True)
class Doc:
    lang: Language
    header: list[Piece] = field(default_factory=list)
    title: Piece = field(default_factory=lambda: Piece(""))
    paragraphs: list[list[Piece]] = field(default_factory=list)
    footer: list[Piece] = field(default_factory=list)
    blank_between: bool = False
    long_lines: bool = False


def body(lang: Language, rng: Rng, target: int) -> list[list[Piece]]:
    paragraphs: list[list[Piece]] = []
    size = 0
    headings = rng.random() < 0.3
    while size < target:
        if headings and paragraphs and rng.random() < 0.12:
            heading = rng.choice(lang.headings)
            if lang.code == "zh":
                heading = f"{NUMERALS_ZH[min(len(paragraphs) // 4, 9)]}、{heading}"
            paragraphs.append([Piece(heading)])
        else:
            paragraphs.append([Piece(lang.sentence(rng)) for _ in range(rng.randint(3, 8))])
        size += sum(len(p.text.encode("utf-8")) + 1 for p in paragraphs[-1])
    if len(paragraphs[-1]) == 1:  # never end on a heading
        paragraphs.append([Piece(lang.sentence(rng)) for _ in range(rng.randint(3, 6))])
    return paragraphs


def cut_last_sentence(doc: Doc, rng: Rng) -> None:
    """Truncation: the last sentence of the body stops mid-way."""
    last = next(p for p in reversed(doc.paragraphs) if len(p) > 1)  # headings and chrome are one piece
    piece = last[-1]
    text = piece.text
    if doc.lang.code == "zh":
        cut = rng.randint(max(3, len(text) // 4), max(4, len(text) - 3))
        kept = text[:cut].rstrip("，、：；“”（。")
    else:
        words = text.split(" ")
        kept = " ".join(words[: rng.randint(2, max(2, len(words) - 2))]).rstrip(',;:"«')
    tail = rng.random()
    if tail < 0.15:
        kept += "…"
    elif tail < 0.25:
        kept += {"en": "... Read more", "es": "... Leer más", "zh": "…阅读全文"}[doc.lang.code]
    marks = [m for m in piece.marks if m.text in kept]
    last[-1] = Piece(kept, [*marks, Mark("truncation", "cut-sentence", kept)])


def make_doc(lang: Language, rng: Rng, target: int, budget: int) -> Doc:
    doc = Doc(lang, blank_between=rng.random() < 0.5, long_lines=lang.code == "zh" and rng.random() < 0.15)
    title = lang.fill(rng.choice(lang.titles), rng)
    doc.title = Piece(_title_case(title) if lang.code == "en" and rng.random() < 0.5 else title)
    doc.paragraphs = body(lang, rng, target)
    units: list[str] = []
    if budget and rng.random() < 0.3:
        units.append("truncation")
    if budget and rng.random() < 0.45:
        units.append("chrome")
        if budget > 8 and rng.random() < 0.4:
            units.append("chrome")
    weights = FAMILY_WEIGHTS[lang.code]
    rest = max(0, budget - len(units))
    drawn = rng.choices(list(weights), list(weights.values()), k=rest)
    pieces: list[Piece] = []
    if lang.code == "zh" and drawn.count("script") >= 3 and rng.random() < 0.5:
        # a whole document through a bad simplified/traditional round trip: several artefacts at once
        pieces += [p for _ in range(drawn.count("script")) if (p := inject_conversion(lang, rng))]
        drawn = [f for f in drawn if f != "script"]
    pieces += [draw_defect(f, lang, rng) for f in drawn]
    slots = [(i, j) for i, p in enumerate(doc.paragraphs) for j in range(len(p)) if len(p) > 1]
    for piece, (i, j) in zip(pieces, rng.sample(slots, min(len(slots), len(pieces))), strict=False):
        doc.paragraphs[i][j] = piece
    for unit in units:
        if unit == "truncation":
            cut_last_sentence(doc, rng)
            if lang.code == "zh" and rng.random() < 0.4:
                doc.footer += docshare_footer(rng)
        else:
            add_chrome(doc, rng)
    return doc


def add_chrome(doc: Doc, rng: Rng) -> None:
    lang = doc.lang
    choice = rng.random()
    if lang.code == "zh" and choice < 0.4 and not doc.header:
        doc.header = docshare_header(doc.title.text, rng)
    elif choice < 0.6:
        doc.footer += related_reading(lang, rng)
    elif choice < 0.75:
        at = rng.randrange(1, len(doc.paragraphs) + 1)
        doc.paragraphs.insert(at, share_line(lang, rng))
    elif choice < 0.9:
        at = rng.randrange(1, len(doc.paragraphs) + 1)
        doc.paragraphs.insert(at, service_line(lang, rng))
    else:
        doc.footer += policy_lines(lang, rng)


def _is_chrome(para: Sequence[Piece]) -> bool:
    return any(m.family == "chrome" for p in para for m in p.marks)


@dataclass(frozen=True, slots=True)
class Located:
    line: int  # 1-based
    column: int  # 1-based, code points
    mark: Mark


def render(doc: Doc) -> tuple[str, list[Located]]:
    lines: list[str] = []
    found: list[Located] = []

    def emit(pieces: Sequence[Piece], joiner: str) -> None:
        text = ""
        for k, piece in enumerate(pieces):
            if k:
                text += joiner
            for mark in piece.marks:
                col = piece.text.find(mark.text)
                found.append(Located(len(lines) + 1, len(text) + max(col, 0) + 1, mark))
            text += piece.text
        lines.append(text)

    for piece in doc.header:
        emit([piece], "")
    emit([doc.title], "")
    paragraphs = doc.paragraphs
    if doc.long_lines:  # several paragraphs on one physical line, as in some scraped zh pages
        merged: list[list[Piece]] = []
        for para in paragraphs:
            if merged and len(merged[-1]) < 60 and not _is_chrome(para) and not _is_chrome(merged[-1]):
                merged[-1] += [Piece(" "), *para]
            else:
                merged.append(list(para))
        paragraphs = merged
    for para in paragraphs:
        if doc.blank_between:
            lines.append("")
        emit(para, "" if doc.long_lines else doc.lang.joiner)
    for piece in doc.footer:
        emit([piece], "")
    return "\n".join(lines) + "\n", found


# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Options:
    out: Path
    mb: float
    seed: int
    min_kb: float = 10.0
    max_kb: float = 30.0
    defects_per_kb: float = 0.5
    clean_share: float = 0.2
    langs: tuple[tuple[str, float], ...] = (("en", 0.4), ("es", 0.3), ("zh", 0.3))


@dataclass(slots=True)
class Summary:
    files: int = 0
    bytes: int = 0
    injected: Counter[str] = field(default_factory=Counter)
    by_lang: Counter[str] = field(default_factory=Counter)


def generate(opts: Options) -> Summary:
    rng = random.Random(opts.seed)
    opts.out.mkdir(parents=True, exist_ok=True)
    for old in opts.out.glob("*.txt"):
        old.unlink()
    manifest_path = opts.out.with_name(opts.out.name + ".manifest.jsonl")
    summary = Summary()
    target_total = int(opts.mb * 1_000_000)
    codes = [c for c, _ in opts.langs]
    weights = [w for _, w in opts.langs]
    with open(manifest_path, "w", encoding="utf-8", newline="\n") as manifest:
        while summary.bytes < target_total:
            lang = LANGUAGES[rng.choices(codes, weights)[0]]
            target = int(rng.uniform(opts.min_kb, opts.max_kb) * 1024)
            expected = target / 1024 * opts.defects_per_kb / max(1e-9, 1 - opts.clean_share)
            budget = 0
            if rng.random() >= opts.clean_share and opts.defects_per_kb > 0:
                budget = max(1, round(rng.gauss(expected, math.sqrt(expected))))
            doc = make_doc(lang, rng, int(target * 0.97), budget)
            text, located = render(doc)
            name = f"{summary.files:05d}_{rng.getrandbits(64):016x}.txt"
            data = text.encode("utf-8")
            (opts.out / name).write_bytes(data)
            summary.files += 1
            summary.bytes += len(data)
            summary.by_lang[lang.code] += 1
            for loc in located:
                summary.injected[loc.mark.family] += 1
                record = {
                    "file": name,
                    "lang": lang.code,
                    "line": loc.line,
                    "column": loc.column,
                    "family": loc.mark.family,
                    "kind": loc.mark.kind,
                    "text": loc.mark.text,
                }
                manifest.write(json.dumps(record, ensure_ascii=False) + "\n")
    return summary


def _langs(value: str) -> tuple[tuple[str, float], ...]:
    out = []
    for part in value.split(","):
        code, _, weight = part.partition(":")
        if code.strip() not in LANGUAGES:
            raise argparse.ArgumentTypeError(f"unknown language {code!r} (choose from en, es, zh)")
        out.append((code.strip(), float(weight or 1)))
    return tuple(out)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Generate seedlint's benchmark corpus (deterministic for a seed).")
    p.add_argument(
        "--out", type=Path, default=Path("bench/out/corpus"), help="folder to write (its *.txt are replaced)"
    )
    p.add_argument("--mb", type=float, default=50.0, help="total size in MB (10^6 bytes)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--min-kb", type=float, default=10.0, help="smallest file, KiB")
    p.add_argument("--max-kb", type=float, default=30.0, help="largest file, KiB")
    p.add_argument("--defects-per-kb", type=float, default=0.5, help="injected defects per KiB over the corpus")
    p.add_argument("--clean-share", type=float, default=0.2, help="share of files with no injected defect")
    p.add_argument(
        "--langs", type=_langs, default=(("en", 0.4), ("es", 0.3), ("zh", 0.3)), help="e.g. en:0.4,es:0.3,zh:0.3"
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.min_kb <= 0 or args.max_kb < args.min_kb:
        print("generate: --min-kb must be > 0 and <= --max-kb", file=sys.stderr)
        return 2
    opts = Options(
        out=args.out,
        mb=args.mb,
        seed=args.seed,
        min_kb=args.min_kb,
        max_kb=args.max_kb,
        defects_per_kb=args.defects_per_kb,
        clean_share=min(max(args.clean_share, 0.0), 0.99),
        langs=args.langs,
    )
    s = generate(opts)
    langs = ", ".join(f"{k} {v}" for k, v in sorted(s.by_lang.items()))
    fams = ", ".join(f"{k} {v}" for k, v in sorted(s.injected.items()))
    print(f"{s.files} files, {s.bytes} bytes ({s.bytes / 1e6:.1f} MB) in {opts.out} [{langs}]")
    print(f"injected (manifest lines): {sum(s.injected.values())} [{fams}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
