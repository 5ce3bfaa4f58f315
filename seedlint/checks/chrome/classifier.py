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

from seedlint.checks.chrome.inline_spans import glued_repeats, title_pasted, title_path
from seedlint.checks.chrome.shapes import (
    HEADING,
    SAMPLE,
    WORD,
    Measures,
    keyword_line,
    line_shape,
    measure,
)
from seedlint.checks.chrome.verdicts import Classification, LineVerdict

STRONG = 0.8  # a shape at least this confident is chrome by itself
GOOD_SKIP = 90  # a good line longer than this is not tested for shapes (none fits a paragraph)
REPEAT_MAX = 120  # only lines up to this long are counted for repetition
_SENTENCE_INSIDE = re.compile(r"[。！？]")
_ENUMERATOR = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、)）]|[一二三四五六七八九十]+、)")
_PUNCT = re.compile(r"[\W_]+")


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
        *title_pasted(lines, index, feats),
        *glued_repeats(lines, index, feats, out, weak),
        *title_path(lines, index, feats),
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
