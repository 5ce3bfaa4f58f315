"""Chrome inside body lines: the title pasted into the text, a breadcrumb before it, a chrome line glued on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from seedlint.checks.chrome.shapes import WORD, Measures
from seedlint.checks.chrome.verdicts import LineVerdict, SpanVerdict

_QUOTES = (("《", "》"), ("“", "”"), ("「", "」"), ('"', '"'), ("‘", "’"), ("«", "»"))


def quoted(text: str, start: int, length: int) -> bool:
    before, after = text[:start], text[start + length :]
    return any(
        (before.count(a) % 2 == 1 if a == b else before.count(a) > before.count(b)) and b in after for a, b in _QUOTES
    )


def title_pasted(lines: Sequence[str], index: list[int], feats: list[Measures]) -> list[SpanVerdict]:
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
            if not quoted(text, start, len(title)):
                found.append((index[k], lead + start))
            start = text.find(title, start + len(title))
    if len(found) < 2:
        return []
    reason = f"the title (line {index[0] + 1}) pasted into the body text ({len(found)} times)"
    return [SpanVerdict(i, s, s + len(title), "stuffing", 0.8, reason) for i, s in found]


_PATH_SEP = re.compile(r" [-–|»>] ")
_HOME = re.compile(r"^(?:首页|主页)(?=[\u4e00-\u9fff])")


def title_path(lines: Sequence[str], index: list[int], feats: list[Measures]) -> list[SpanVerdict]:
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


def glued_repeats(
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
