"""A line classifier for page chrome: features of each line, then context revision from neighbours.

jusText's design, adapted to one-paragraph-per-line text in en / es / zh:

1. every non-blank line gets its measures (length in words or Han characters, stop-word density
   against jusText's en/es lists and a zh stop-character list, terminal punctuation) and, where it
   has one, a chrome shape (:mod:`.shapes`); lines other rules already know as chrome (``anchors``)
   count as chrome;
2. classes: *bad* (a shape of confidence >= 0.8, or an anchor), *good* (long, sentence-like, enough
   stop words), *short* (short, not a sentence), *near* (the rest);
3. context revision: a short line whose nearest non-short neighbours on both sides are bad (or the
   document's edge, outside the body) and which touches a bad line is chrome; a weak shape (a label
   line, a keyword line, a short line repeated in the document) is chrome inside chrome or outside
   the body; the document's first line (its title) is never revised into chrome;
4. after the body's last good line, a run of three or more headline-like lines (or two at the very
   end, for Chinese) is a related-headline list, unless the body introduced it with a colon.

The thresholds (25 Han characters / 12 words for a good line, stop density 0.04 / 0.2) were set on
the development corpus and checked on well-edited novels, laws and news, where they flag nothing.
Cost: one pass over the lines plus one walk per short line to its nearest non-short neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from seedlint.checks.chrome.shapes import (
    HEADING,
    SAMPLE,
    WORD,
    Measures,
    keyword_line,
    line_shape,
    measure,
)

STRONG = 0.8  # a shape at least this confident is chrome by itself
GOOD_SKIP = 90  # a good line longer than this is not tested for shapes (none fits a paragraph)
REPEAT_MAX = 120  # only lines up to this long are counted for repetition
_SENTENCE_INSIDE = re.compile(r"[。！？]")
_ENUMERATOR = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、)）]|[一二三四五六七八九十]+、)")
_PUNCT = re.compile(r"[\W_]+")
_QUOTES = (("《", "》"), ("“", "”"), ("「", "」"), ('"', '"'), ("‘", "’"), ("«", "»"))


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """A chrome line. ``kind``: shape, meta, row, context, list or repeat."""

    index: int  # 0-based line
    kind: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class SpanVerdict:
    """Chrome inside a line: columns ``start``..``end`` (0-based, end exclusive) of line ``index``."""

    index: int
    start: int
    end: int
    kind: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class Classification:
    lines: dict[int, LineVerdict]
    spans: tuple[SpanVerdict, ...]


def good(m: Measures) -> bool:
    """jusText's *good* paragraph: long, sentence-like, with enough stop words."""
    long = len(m.text) > SAMPLE  # measured on a sample: a paragraph this long is no label
    if m.cjk:
        return m.units >= 25 and (m.terminal or long or m.units >= 60) and m.stop >= 0.04
    return m.units >= 12 and (m.terminal or long or m.units >= 30) and m.stop >= 0.2


def short(m: Measures) -> bool:
    if m.cjk:
        return m.units < 30 and not _SENTENCE_INSIDE.search(m.text[:-1])
    return m.units < 12 and len(m.text) < 90


def headline(m: Measures) -> bool:
    """Shaped like a link's headline: no enumerator, no sentence or clause ending, headline length."""
    if _ENUMERATOR.match(m.text) or m.text[-1] in "。.；;:：,，":
        return False
    if m.cjk:
        return 6 <= m.units <= 40
    words = WORD.findall(m.text)
    capitalised = sum(1 for w in words if w[0].isupper())
    return 3 <= len(words) <= 14 and capitalised * 10 >= len(words) * 3 and not m.text[0].isdigit()


def _key(text: str) -> str:
    return _PUNCT.sub("", text.lower())


def _quoted(text: str, start: int, length: int) -> bool:
    before, after = text[:start], text[start + length :]
    return any(
        (before.count(a) % 2 == 1 if a == b else before.count(a) > before.count(b)) and b in after for a, b in _QUOTES
    )


def classify(lines: Sequence[str], anchors: frozenset[int] = frozenset()) -> Classification:
    """Chrome lines and in-line chrome spans of a document given as lines (0-based indexes)."""
    rows = [(i, t) for i, t in enumerate(raw.strip() for raw in lines) if t]
    feats = [measure(t) for _i, t in rows]
    index = [i for i, _t in rows]
    keys = {i: _key(t) for i, t in rows if len(t) <= REPEAT_MAX}  # only short lines can be repeated chrome
    reps = Counter(keys.values())
    out: dict[int, LineVerdict] = {}
    weak: dict[int, str] = {}
    cls: list[str] = []
    for (i, text), m in zip(rows, feats, strict=True):
        is_good = good(m)
        # a long sentence-like paragraph has no chrome shape: skip the shape tests (most of a document)
        shaped = None if is_good and len(text) > GOOD_SKIP else line_shape(text, m)
        if shaped is None and keyword_line(m):
            shaped = (0.6, "keyword line (short tokens, no punctuation)", "shape")
        key = keys.get(i, "")
        if shaped is None and reps[key] >= 2 and len(key) >= 4 and not m.terminal and short(m):
            shaped = (0.6, f"short line repeated {reps[key]} times in the document", "repeat")
        if i in anchors:
            cls.append("bad")
        elif shaped is not None and shaped[0] >= STRONG:
            out[i] = LineVerdict(i, shaped[2], shaped[0], shaped[1])
            cls.append("bad")
        elif shaped is not None:
            weak[i] = shaped[1]
            cls.append("short")
        elif is_good:
            cls.append("good")
        elif short(m) or (m.cjk and headline(m) and not _SENTENCE_INSIDE.search(m.text[:-1].translate(_BANG))):
            cls.append("short")
        else:
            cls.append("near")
    _revise(index, feats, cls, weak, out)
    _tail_list(index, feats, cls, weak, out)
    spans = [
        *_title_pasted(lines, index, feats),
        *_glued_repeats(lines, index, feats, out, weak),
        *_title_path(lines, index, feats),
    ]
    return Classification(out, tuple(spans))


_BANG = str.maketrans("", "", "！？")


def _revise(
    index: list[int], feats: list[Measures], cls: list[str], weak: dict[int, str], out: dict[int, LineVerdict]
) -> None:
    """Context revision: short lines between chrome, and weak shapes inside chrome, are chrome.

    Three passes at most, as jusText iterates: a line revised into chrome vouches for its neighbours.
    """
    n = len(feats)
    goods = [k for k, c in enumerate(cls) if c == "good"]
    first_good, last_good = (goods[0], goods[-1]) if goods else (n, -1)
    for _ in range(3):
        changed = _revise_once(index, feats, cls, weak, out, first_good, last_good)
        if not changed:
            break
        for k in changed:
            cls[k] = "bad"


def _revise_once(
    index: list[int],
    feats: list[Measures],
    cls: list[str],
    weak: dict[int, str],
    out: dict[int, LineVerdict],
    first_good: int,
    last_good: int,
) -> list[int]:
    n = len(feats)
    up_cls, down_cls = ["edge"] * n, ["edge"] * n  # the nearest non-short class above / below each line
    for k in range(1, n):
        up_cls[k] = cls[k - 1] if cls[k - 1] != "short" else up_cls[k - 1]
    for k in range(n - 2, -1, -1):
        down_cls[k] = cls[k + 1] if cls[k + 1] != "short" else down_cls[k + 1]
    changed = []
    for k in range(n):
        m = feats[k]
        i = index[k]
        if cls[k] != "short" or HEADING.match(m.text) or m.text[-1] in "。；;." or i in out:
            continue
        if k == 0 and i not in weak:
            continue  # the document's title
        up, down = up_cls[k], down_cls[k]
        touches = (k > 0 and cls[k - 1] == "bad") or (k + 1 < n and cls[k + 1] == "bad")
        outside = k < first_good or k > last_good
        if i in weak and (outside or touches):
            out[i] = LineVerdict(i, "context", 0.7, weak[i] + ", inside page chrome")
            changed.append(k)
        elif up in ("bad", "edge") and down in ("bad", "edge") and touches and (outside or up == down == "bad"):
            where = "at the document's edge" if outside else "between chrome lines"
            out[i] = LineVerdict(i, "context", 0.7, f"short line without a sentence {where}, next to chrome")
            changed.append(k)
    return changed


def _tail_list(
    index: list[int], feats: list[Measures], cls: list[str], weak: dict[int, str], out: dict[int, LineVerdict]
) -> None:
    """A run of headline-like lines at the end, after the body: a related-headlines list.

    Walks up from the last line over headline-like short lines (chrome lines in between are
    skipped) and stops at anything else; the run counts when a good paragraph came before it and
    the line where the walk stopped does not introduce it with a colon.
    """
    run: list[int] = []
    k = len(feats) - 1
    while k >= 0 and (cls[k] == "bad" or index[k] in weak or (cls[k] == "short" and headline(feats[k]))):
        if cls[k] == "short" and index[k] not in weak:
            run.append(k)
        k -= 1
    if not run or k < 0 or feats[k].text[-1] in ":：" or "good" not in cls[: k + 1]:
        return
    run.reverse()
    end_pair = len(run) == 2 and run[-1] == len(feats) - 1 and all(feats[j].cjk and feats[j].units >= 10 for j in run)
    if len(run) >= 3 or end_pair:
        for j in run:
            if index[j] not in out:
                reason = f"headline-like line in a run of {len(run)} after the body's last paragraph"
                out[index[j]] = LineVerdict(index[j], "list", 0.7, reason)


def _title_pasted(lines: Sequence[str], index: list[int], feats: list[Measures]) -> list[SpanVerdict]:
    """Keyword stuffing: the title (first line) pasted verbatim into two or more body lines."""
    if not feats:
        return []
    title = feats[0].text
    long_enough = feats[0].units >= 6 if feats[0].cjk else len(WORD.findall(title)) >= 4
    if not long_enough or feats[0].terminal or len(title) > 60:
        return []
    found = []
    for k in range(1, len(feats)):
        text = feats[k].text
        if text == title:
            continue
        lead = len(lines[index[k]]) - len(lines[index[k]].lstrip())
        start = text.find(title)
        while start >= 0:
            if not _quoted(text, start, len(title)):
                found.append((index[k], lead + start))
            start = text.find(title, start + len(title))
    if len(found) < 2:
        return []
    reason = f"the title (line {index[0] + 1}) pasted into the body text ({len(found)} times)"
    return [SpanVerdict(i, s, s + len(title), "stuffing", 0.8, reason) for i, s in found]


_PATH_SEP = re.compile(r" [-–|»>] ")
_HOME = re.compile(r"^(?:首页|主页)(?=[\u4e00-\u9fff])")


def _title_path(lines: Sequence[str], index: list[int], feats: list[Measures]) -> list[SpanVerdict]:
    """The site name and category path before the title on the first line ('Site - Category - Title')."""
    if not feats or len(feats[0].text) > 200:
        return []
    title = feats[0].text
    lead = len(lines[index[0]]) - len(lines[index[0]].lstrip())
    home = _HOME.match(title)
    if home:
        return [
            SpanVerdict(
                index[0], lead, lead + home.end(), "shape", 0.7, "'home' link of a breadcrumb glued to the title"
            )
        ]
    seps = list(_PATH_SEP.finditer(title))
    if len(seps) < 2:
        return []
    segments = _PATH_SEP.split(title)[:-1]
    if any(len(seg.split()) > 6 or not seg or seg[-1] in ".!?。！？" for seg in segments):
        return []
    end = seps[-1].start()
    return [SpanVerdict(index[0], lead, lead + end, "shape", 0.7, "site name and category path before the page title")]


def _glued_repeats(
    lines: Sequence[str], index: list[int], feats: list[Measures], out: dict[int, LineVerdict], weak: dict[int, str]
) -> list[SpanVerdict]:
    """A repeated chrome line (a title shown twice) glued again to the start of a later body line."""
    counts = Counter(m.text for m in feats)
    chrome: dict[str, list[int]] = {}
    for k, m in enumerate(feats):
        if (index[k] in out or index[k] in weak) and len(m.text) >= 6 and counts[m.text] >= 2:
            chrome.setdefault(m.text[:6], []).append(k)
    found = []
    for k, m in enumerate(feats):
        i = index[k]
        if i in out or i in weak:
            continue
        for j in chrome.get(m.text[:6], ()):
            head = feats[j].text
            if j < k and m.text.startswith(head) and len(m.text) > len(head) + 10:
                lead = len(lines[i]) - len(lines[i].lstrip())
                reason = f"chrome line {index[j] + 1} repeated and glued to the start of the text"
                found.append(SpanVerdict(i, lead, lead + len(head), "stuffing", 0.8, reason))
                break
    return found
