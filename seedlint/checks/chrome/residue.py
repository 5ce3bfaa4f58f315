"""Chrome inside body lines: spam strings, reference markers, markup and widget residue.

What a whole-line classifier cannot see because the furniture was glued into the text:

* **spam**: gambling/SEO brand strings, Latin letters and digits glued to a short Han string that
  ends in the vocabulary of such sites (官网, 线路, 娱乐, 下载, 注册…), and bracketed site brands
  (【…网站】); a token repeated in the document is reported with its common continuation;
* **ref**: wiki reference markers glued to the text (``[2]``, ``[1] : 99``, ``[a]``), maintenance
  tags (``[citation needed]``, ``[cita requerida]``, ``[需要引证]``) and the page-number residue of
  stripped citations (``ortodoxo,: 10 tenía``);
* **markup**: HTML attribute residue (``" target="_blank">``), Markdown images, page counters and
  PDF running headers inside a line, view/comment counters, widget words glued to a line's end
  (编辑, 分享到, Enditem), a site's domain as a dateline;
* **code**: Reuters instrument codes left by stripped quote links (``.DJI``, ``LCOc1``, ``EUR=``),
  only where a document has three or more different ones.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

from seedlint.checks.chrome.verdicts import SpanVerdict

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# Patterns start with a literal or a character class, never a lookbehind, so ``re`` can skip ahead;
# what must precede a match is checked in code (``_Located.find``'s ``before``), and each pattern
# runs only when a literal it needs occurs in the document at all.
_SPAM_HEAD = re.compile(r"([A-Za-z]{1,6}\d{2,5})([" + _HAN + r"]{2,8})")
_SPAM_WORD = re.compile(
    r"官网|线路|网址|娱乐|平台|下载|注册|登录|投注|彩票|博彩|棋牌|真人|体育|首页|网站|网页版|开户|入口"
)
_SPAM_BRACKET = re.compile(r"【[" + _HAN + r"\w]{1,8}(?:网站|官网|娱乐|平台|线路|网址|娱乐城)】")
_RIC = re.compile(
    r"(?:\.[A-Z][A-Z0-9]{2,12}|[A-Z]{2,5}c\d|[A-Z]{2}\d{1,2}[A-Z]{1,3}=RR|[A-Z]{3}=|CM[A-Z]{2}\d)(?![\w=])"
)
_REF = re.compile(r"\[(?:\d{1,3}|[a-z])\](?:[ \t]?:[ \t]?\d{1,4}(?:[-–]\d{1,4})?)?")
_TAG = re.compile(
    r"\[(?=[^\]\n]{2,30}\])[^\]\n]*(?:cita|cit(?:ation|e)|referenc|fuente|aclaraci|clarif|verific|dudos|neutral"
    r"|引证|引用|来源|出处|查证|中立)[^\]\n]*\]",
    re.I,
)
_PAGE_REF = re.compile(r"[.,;] ?: ?\d{1,4}(?:[.,]\d{1,4})?(?= \w)|\. :$", re.M)
_HTML = re.compile(
    r"\"[ \t]*(?:target|rel|class|href|style)=\"[^\"\n]*\"[ \t]*/?>|<a[ \t]+href=|!\[[^\]\n]*\]\([^)\n]*\)"
)
_COUNTER_WORD = re.compile(r"次阅读|个评论|条评论|次浏览|人阅读|人浏览|已关闭评论|字阅读|阅读\d+分\d+秒|[ \t]浏览[ \t]")
_PAGE_COUNTER = re.compile(r"第[ \t]*\d+[ \t]*页[ \t]*[/／]?[ \t]*共[ \t]*\d+[ \t]*页")
_RUNNING_HEADER = re.compile(r"\d{1,4} ?\| ?[A-Z][A-Z0-9 &'.-]{3,40}(?: ?\|)+(?: ?[A-Z][a-z]+ \d{4})?")
_COUNTER = re.compile(
    r"已关闭评论|\(?\d+\)?[ \t]*(?:次阅读|个评论|条评论|次浏览|人阅读|人浏览)|\d+[ \t]浏览(?=[ \t])"
    r"|阅读\d+分\d+秒|\d+字阅读"
)
_EDIT_LINK = re.compile(r"编辑$|[ \t][" + _HAN + r"]{2,8}编辑(?=[ \t])", re.M)  # an encyclopedia's edit link
_END_ITEM = re.compile(r"(?:Enditem|END ?ITEM)$", re.M | re.I)  # a wire service's end marker
_SHARE = re.compile(r"(?:分享到|分享至|(?i:share(?: this)?|compartir))[:：]?$", re.M)  # a share widget's label
_DATELINE = re.compile(r"^(?:www\.)?[\w-]+\.(?:com|net|org|cn|info)(?:\.cn)?[ \t]*[:：](?=[ \t]*\S)", re.M)
_CREDIT = re.compile(r"[|｜][ \t]*(?:©|\(c\)|(?i:photo|foto|image|imagen|图片|摄影)[ \t]*[:：])[ \t]*\S.{0,48}$", re.M)
_TEASER = re.compile(r"^(?:本文摘要|本文导读|内容摘要|文章摘要)[:：](?=[ \t]*\S)", re.M)
_DOT_CODE = re.compile(r"\.[A-Z]{3}")
_ANY_HAN = re.compile(r"[\u3400-\u9fff]")
_CITED_PAGE = re.compile(r": ?\d")  # cheap gates: a literal first, so ``re`` skips ahead
_DOMAIN_COLON = re.compile(r"\.(?:com|net|org|cn|info)[ \t]*[:：]")
_SPAM_GLUE = re.compile(r"([A-Za-z]{1,6}\d{2,5})([" + _HAN + r"]{0,6})$")
_WORDISH = re.compile(r"[\w.,;:)\]。，" + _HAN + "]")


def _after_word(text: str, start: int) -> bool:
    """A reference marker follows a word or punctuation, directly or after one space."""
    if start == 0:
        return False
    prev = text[start - 1]
    if prev == " ":
        return start >= 2 and bool(_WORDISH.match(text[start - 2])) and text[start - 2] not in "。，"
    return bool(_WORDISH.match(prev))


def _after_sentence(text: str, start: int) -> bool:
    """A wire service's end marker follows the last sentence, glued or after one space."""
    prev = text[start - 1] if start else "\n"
    if prev in " \t" and start >= 2:
        prev = text[start - 2]
    return prev in '.!?"”'


def _after_word_and_space(text: str, start: int) -> bool:
    """A share widget's label ends a line of text, after a space."""
    return start >= 2 and text[start - 1] in " \t" and not text[start - 2].isspace()


def _not_in_word(text: str, start: int) -> bool:
    """The match does not continue a Latin word or number (a Han character before it is fine)."""
    prev = text[start - 1] if start else " "
    return not ((prev.isascii() and prev.isalnum()) or prev in "._" or ("\u00c0" <= prev <= "\u024f"))


class _Located:
    """Offsets of the whole text mapped back to (line, column): each pattern runs once per document."""

    def __init__(self, lines: Sequence[str], text: str | None = None, starts: Sequence[int] | None = None) -> None:
        if text is None or starts is None:
            text, offsets = "\n".join(lines), [0]
            for line in lines[:-1]:
                offsets.append(offsets[-1] + len(line) + 1)
            starts = offsets
        self.text = text
        self.starts = starts

    def find(
        self,
        pattern: re.Pattern[str],
        kind: str,
        confidence: float,
        reason: str,
        before: Callable[[str, int], bool] | None = None,
    ) -> Iterator[SpanVerdict]:
        for m in pattern.finditer(self.text):
            start = m.start()
            if m.end() > start and (before is None or before(self.text, start)):
                i = bisect.bisect_right(self.starts, start) - 1
                line_start = self.starts[i]
                line_end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
                if pattern in _GLUED and self.text[line_start:line_end].strip() == m.group().strip():
                    continue  # a line that is only the widget word is the line rules' business
                yield SpanVerdict(i, start - line_start, m.end() - line_start, kind, confidence, reason)


_GLUED = (_EDIT_LINK, _END_ITEM, _SHARE, _DATELINE, _TEASER)


def residue(
    lines: Sequence[str], text: str | None = None, starts: Sequence[int] | None = None
) -> Iterator[SpanVerdict]:
    """Every in-line chrome span of a document given as lines (and, to save joining them again, as
    ``text`` = ``"\\n".join(lines)`` with the offsets ``starts`` of its lines)."""
    doc = _Located(lines, text, starts)
    text = doc.text
    han = _ANY_HAN.search(text) is not None  # Chinese-only residue needs Han text at all
    if han and _SPAM_WORD.search(text):
        yield from _spam(doc)
    if "[" in text:
        yield from doc.find(_REF, "ref", 0.9, "wiki reference marker left in the text", _after_word)
        yield from doc.find(_TAG, "ref", 0.9, "wiki maintenance tag left in the text")
    if _CITED_PAGE.search(text):
        reason = "page number of a stripped citation, after punctuation"
        yield from doc.find(
            _PAGE_REF, "ref", 0.7, reason, lambda t, s: s > 0 and (t[s - 1].isalnum() or t[s - 1] == ")")
        )
    if '="' in text or "](" in text:
        yield from doc.find(_HTML, "markup", 0.95, "HTML or Markdown residue")
    if han and "共" in text:
        yield from doc.find(_PAGE_COUNTER, "markup", 0.9, "page counter inside the text")
    if "| " in text:
        yield from doc.find(_RUNNING_HEADER, "markup", 0.9, "PDF running header inside the text", _not_in_word)
    if han and ("阅读" in text or "评论" in text or "浏览" in text) and _COUNTER_WORD.search(text):
        yield from doc.find(_COUNTER, "markup", 0.8, "view/comment counter inside the text")
    glued = "widget word, site name or label glued to the text"
    if "编辑" in text:
        han_before = lambda t, s: t[s] != "编" or (s > 0 and "\u3400" <= t[s - 1] <= "\u9fff")  # noqa: E731
        yield from doc.find(_EDIT_LINK, "markup", 0.8, glued, han_before)
    if any(w in text for w in ("nditem", "NDITEM", "nd item", "ND ITEM")):
        yield from doc.find(_END_ITEM, "markup", 0.8, glued, _after_sentence)
    if any(w in text for w in ("分享", "hare", "HARE", "ompartir", "OMPARTIR")):
        yield from doc.find(_SHARE, "markup", 0.8, glued, _after_word_and_space)
    if _DOMAIN_COLON.search(text):
        yield from doc.find(_DATELINE, "markup", 0.8, glued)
    if "|" in text or "｜" in text:
        yield from doc.find(_CREDIT, "markup", 0.8, "photo credit glued to a caption", _after_word_and_space)
    if "摘要" in text or "导读" in text:
        yield from doc.find(_TEASER, "markup", 0.8, glued)
    if "=" in text or _DOT_CODE.search(text):
        codes = {m.group() for m in _RIC.finditer(text) if _not_in_word(text, m.start())}
        if len(codes) >= 3:
            reason = f"Reuters instrument code left by a stripped quote link ({len(codes)} in the document)"
            yield from doc.find(_RIC, "code", 0.8, reason, _not_in_word)


def _spam(doc: _Located) -> Iterator[SpanVerdict]:
    """Latin-digit heads glued to Han text that runs into the vocabulary of spam sites.

    Only the few characters before each vocabulary word are searched, so the cost follows the
    number of such words, not the length of the document.
    """
    text = doc.text
    seen: dict[int, tuple[str, str]] = {}  # head start -> (head, Han continuation)
    for w in _SPAM_WORD.finditer(text):
        window_start = max(0, w.start() - 12)
        g = _SPAM_GLUE.search(text, window_start, w.start())
        if g is None or not _not_in_word(text, g.start()):
            continue
        run = g.end(1)
        end = run
        while end < len(text) and end - run < 8 and "\u3400" <= text[end] <= "\u9fff":
            end += 1
        seen[g.start()] = (g.group(1), text[run:end])
    heads: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)  # head -> (line, column, head, tail)
    for start, (head, tail) in sorted(seen.items()):
        i = bisect.bisect_right(doc.starts, start) - 1
        heads[head.lower()].append((i, start - doc.starts[i], head, tail))
    brackets = Counter(m.group() for m in _SPAM_BRACKET.finditer(text))
    for occurrences in heads.values():
        tails = [tail for _i, _c, _h, tail in occurrences]
        common = tails[0]
        for t in tails[1:]:
            k = 0
            while k < min(len(common), len(t)) and common[k] == t[k]:
                k += 1
            common = common[:k]
        repeated = len(occurrences) >= 2 and len(common) >= 2
        for i, column, head, tail in occurrences:
            cont = common if repeated else tail
            ends = [w.end() for w in _SPAM_WORD.finditer(cont)]
            if not ends:
                continue
            cont = cont[: ends[-1] if repeated else ends[0]]
            count = f" ({len(occurrences)} times in the document)" if repeated else ""
            reason = f"gambling/SEO brand string: Latin letters and digits glued to '{cont}'{count}"
            yield SpanVerdict(i, column, column + len(head) + len(cont), "spam", 0.9, reason)
    for m in _SPAM_BRACKET.finditer(doc.text) if brackets else ():
        i = bisect.bisect_right(doc.starts, m.start()) - 1
        times = brackets[m.group()]
        reason = f"bracketed site brand ({times} times in the document)" if times > 1 else "bracketed site brand"
        column = m.start() - doc.starts[i]
        yield SpanVerdict(i, column, column + len(m.group()), "spam", 0.8 if times > 1 else 0.6, reason)
