"""The vocabulary of page chrome: the packs' line patterns, notice words, and the shape of a line.

What :mod:`seedlint.checks.chrome.analysis` classifies lines with: the whole-line rules of the
``chrome`` family in every rule pack (``rules/chrome/*.yaml``; users extend the vocabulary in
their own packs), the notice headings and terms of download/copyright blocks, and
:func:`shape`, the jusText-style measures of one line (length in words or Han characters,
stop-word density, Title Case, markers, terminal punctuation).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from seedlint.kinds import PatternRule
from seedlint.langid import EN_STOP, ES_STOP
from seedlint.packfile import read_pack_file
from seedlint.packs import rules_of
from seedlint.rule import Rule

LONG_LINE = 300  # a longer line is never furniture: body, whatever it says

ZH_STOP = frozenset("的了是在和有也就不都而与及着或这那我你他她它们之其被把从对为以于将但所到会要能很还个一")
LATIN_STOP = EN_STOP | ES_STOP
TERMINAL = frozenset(".!?…。！？”」』）)]»\"'’〞．｡~～")
MARKERS = frozenset("-–—|•·*▪◦>»")

# stdlib ``re`` on purpose: these run on every line a zone walk looks at, and for plain
# character classes it is several times faster than ``regex``
_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_ZH_STOP_CHAR = re.compile("[" + "".join(sorted(ZH_STOP)) + "]")
_EDGE_PUNCT = ".,;:!?¡¿\"'“”‘’«»()[]|-–—•·*"
_TAG_SPLIT = re.compile(r"[\s,，、|/]+")
_SENTENCE_PUNCT = re.compile(r"[.!?;:。！？；：…]")
_CJK_SENTENCE_END = re.compile(r"[。！？]")

NOTICE_HEADING = regex.compile(
    r"^[ \t]*(?:[-•*·][ \t]*)?[【\[]?(?:温馨提示|特别提示|友情提示|重要提示|下载须知|下载说明|下载提示|下载声明"
    r"|免责声明|版权声明|版权说明|特别声明|使用声明|使用须知"
    r"|(?i:aviso(?: legal| importante)?|descargo de responsabilidad|disclaimer|important notice|notice"
    r"|please note|copyright notice))[】\]]?[ \t]*[:：]?[ \t]*$",
    regex.V1,
)
NEVER = r"[\x00-\x01]"  # a branch no text matches: keeps a trigger anchored (see rules/chrome/zh.yaml)
NOTICE_TRIGGER = (
    r"^[ \t]*(?:[-•*·][ \t]*)?[【\[]?(?:温馨提示|特别提示|友情提示|重要提示|下载须知|下载说明|下载提示|下载声明"
    r"|免责声明|版权声明|版权说明|特别声明|使用声明|使用须知"
    r"|[Aa]viso|[Dd]escargo de responsabilidad|[Dd]isclaimer|[Ii]mportant notice|[Nn]otice|[Pp]lease note"
    r"|[Cc]opyright notice|" + NEVER + ")"
)
ALWAYS = r"\Z"  # a trigger that fires on every non-empty document (at its end)
NOTICE_TERMS = regex.compile(
    r"下载|上传|版权|侵权|预览|本站|客服|付费|投诉|(?i:download|upload|copyright|infring|preview|refund"
    r"|this (?:site|website)|descarg|derechos de autor|subid[oa]s? por|vista previa|reembolso|este sitio)",
    regex.V1,
)
_ITEM = regex.compile(r"^[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[①②③④⑤⑥⑦⑧⑨⑩])[.、．)）:：]")


def is_item(text: str) -> bool:
    """A numbered item ("1. …", "一、…", "①…"), as in notice blocks."""
    return bool(_ITEM.match(text))


# -- the vocabulary: whole-line rules of the chrome packs -----------------------------------------
@dataclass(frozen=True, slots=True)
class LinePattern:
    """One whole-line chrome rule of a pack, as the detector uses it."""

    code: str
    name: str
    rule: PatternRule  # compiled on first use: a one-file run should not compile every pack
    triggers: tuple[str, ...]
    caseless: bool = False
    inline: bool = False  # a prefix/suffix rule: makes a line chrome only when it covers all of it

    def matches(self, text: str, timeout: float) -> bool:
        pattern, unless = self.rule.compiled()
        m = pattern.search(text, timeout=timeout)
        if m is None or (self.inline and m.group().strip() != text.strip()):
            return False
        return unless is None or not unless.search(text, timeout=timeout)

    @property
    def link_heading(self) -> bool:
        """Rules named ``…link-list-heading`` open a list of other pages' headlines."""
        return self.name.endswith("link-list-heading")


def chrome_pack_files(pack_files: Iterable[Path]) -> tuple[Path, ...]:
    """The packs that may describe page chrome: every ``kind: rules`` pack (its chrome-family rules count)."""
    return tuple(p for p in pack_files if read_pack_file(p).kind == "rules")


def line_patterns(rules: Iterable[Rule]) -> tuple[LinePattern, ...]:
    """The chrome-family pattern rules among ``rules``, in code order.

    Whole-line (``delete_line``) rules make a line chrome; the others (Q&A formulas and labels
    glued to an answer) only when their match is the whole line ("最佳答案", "Best answer").
    """
    out: list[LinePattern] = []
    for rule in rules:
        if isinstance(rule, PatternRule) and rule.meta.family == "chrome":
            inline = not rule.delete_line
            triggers = tuple(rule.triggers)
            out.append(LinePattern(rule.meta.code, rule.meta.name, rule, triggers, rule.ignorecase, inline))
    return tuple(sorted(out, key=lambda p: p.code))


@functools.lru_cache(maxsize=8)
def load_line_patterns(pack_files: tuple[Path, ...]) -> tuple[LinePattern, ...]:
    """The chrome line patterns of the given pack files (for callers without a plug-in context)."""
    return line_patterns(rules_of([read_pack_file(p) for p in chrome_pack_files(pack_files)]))


# -- the shape of one line -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Shape:
    """What the classifiers look at in one stripped line (at most :data:`LONG_LINE` characters)."""

    text: str
    cjk: bool  # Han-dominant: units are characters
    units: int  # Han characters (cjk) or words
    stop: float  # share of stop words (stop characters for cjk)
    title: float  # share of capitalised words (Latin)
    terminal: bool  # ends as a sentence ends
    marker: bool  # starts with a list/link marker (- | • · *)
    pipe: bool  # "category | headline"
    sentences: bool  # sentence punctuation before the end

    @property
    def thin(self) -> bool:
        """jusText's "short or low stop-word density" class, in units of the script."""
        if self.cjk:
            return self.units < 20 or self.stop < 0.05
        return self.units < 8 or self.stop < 0.15

    @property
    def headline(self) -> bool:
        """Shaped like a link's headline: marked, piped, Title Case, or a short sentence-less line."""
        if len(self.text) > 200:
            return False
        if self.marker or self.pipe:
            return True
        if self.cjk:
            return self.units <= 40 and not _CJK_SENTENCE_END.search(self.text[:-1])
        return 3 <= self.units <= 30 and self.title >= 0.6

    @property
    def tag_line(self) -> bool:
        """Three or more short keyword tokens and no sentence punctuation (蚂蚁金服 2023 年读 蚂蚁 有感 重生)."""
        if _SENTENCE_PUNCT.search(self.text):
            return False
        tokens = [t for t in _TAG_SPLIT.split(self.text) if t]
        limit = 8 if self.cjk else 20
        return len(tokens) >= 3 and all(len(t) <= limit for t in tokens) and (self.cjk or self.stop <= 0.1)


@functools.lru_cache(maxsize=4096)
def shape(text: str) -> Shape:
    """Classify a stripped line; callers keep it under :data:`LONG_LINE` characters.

    Memoised (a pure function of the text, its result frozen): the chrome zones and the truncation
    family ask for the same lines, and sites repeat their furniture across documents (on the benchmark
    sample, 7,552 calls for 2,548 distinct lines)."""
    han = len(_HAN_CHAR.findall(text))
    cjk = han > 0 and han * 3 >= len(text)
    title = 0.0
    if cjk:
        units = han
        stop = len(_ZH_STOP_CHAR.findall(text)) / han
    else:
        tokens = [w.strip(_EDGE_PUNCT) for w in text.split()]
        words = [w for w in tokens if w[:1].isalpha()]
        units = len(words)
        stop = sum(1 for w in words if w.lower() in LATIN_STOP) / units if units else 0.0
        long_words = [w for w in words if len(w) > 1]
        title = sum(1 for w in long_words if w[0].isupper()) / len(long_words) if long_words else 0.0
    last = text[-1] if text else ""
    return Shape(
        text=text,
        cjk=cjk,
        units=units,
        stop=stop,
        title=title,
        terminal=last in TERMINAL,
        marker=bool(text) and text[0] in MARKERS,
        pipe=" | " in text or "｜" in text,
        sentences=bool(_SENTENCE_PUNCT.search(text[:-1])),
    )
