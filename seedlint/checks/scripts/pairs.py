"""Pairing of quotation marks, Spanish inverted marks and brackets inside one paragraph.

A pure function of the paragraph text, shared (and memoised) by SCRIPT013, SCRIPT014
and SCRIPT015. Quotes and brackets are paired on separate stacks so that one doubtful
straight quote cannot make a correct bracket look unbalanced. What a paragraph leaves
unpaired is returned as ``Dangling`` marks, not as defects: well-edited text pairs some
marks across paragraphs, and ``analysis.resolve_pairs`` pairs them over the document.

Straight double quotes are read from their surroundings (after a space: opening;
before a space or punctuation: closing); between letters (Chinese has no spaces)
a straight quote closes the straight quote still open, else opens one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from seedlint.checks.scripts.marks import (
    BRACKET_CLOSE,
    BRACKET_OPEN,
    CLOSE_AFTER,
    EMOTICON_CLOSE,
    EMOTICON_OPEN,
    EVENT,
    INVERTED_CLOSE,
    INVERTED_OPEN,
    LATIN1_MARKS,
    LIST_MARKER,
    LIST_MARKER_ZH,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    QUOTE_PARTNER,
    SINGLE_OPENING,
    STRAIGHT_OPEN_BEFORE,
    first_nonspace,
    interval,
    matches,
    next_nonspace,
    open_end,
    prev_nonspace_end,
    punctuation_use,
    straight_count,
)


@dataclass(frozen=True, slots=True)
class PairIssue:
    """One pairing defect: ``kind`` selects the rule; offsets are relative to the paragraph."""

    kind: str  # "quote" (SCRIPT013), "quote-style" (SCRIPT014) or "bracket" (SCRIPT015)
    start: int
    end: int
    message: str
    fix: str | None = None
    fix_range: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Dangling:
    """A mark the paragraph leaves unpaired, which a neighbouring paragraph may pair.

    ``role``: "open" (an opening mark left open), "close" (a closing mark that closes nothing
    here) or "soft" (a ? or ! that closes no ¿ ¡ here: only a carried ¿ ¡ makes it a partner).
    """

    kind: str  # "quote" or "bracket"
    family: str  # quote family, "inverted", or the opening bracket
    role: str
    pos: int
    char: str
    initial: bool  # the paragraph's first non-blank character


@dataclass(frozen=True, slots=True)
class Pairing:
    """What :func:`analyse` finds in one paragraph."""

    issues: tuple[PairIssue, ...]
    dangling: tuple[Dangling, ...]
    reopened: dict[str, int] = field(default_factory=dict)  # quote family -> first non-initial opening
    open_end: bool = False  # the paragraph does not end a sentence: it continues in the next


@dataclass(frozen=True, slots=True)
class _Open:
    family: str  # quote family, "inverted" or a bracket opener
    pos: int
    char: str


@functools.lru_cache(maxsize=1024)
def analyse(text: str) -> Pairing:
    """Pairing of one paragraph: its defects, and the marks it leaves for its neighbours."""
    if EVENT.search(text) is None:  # most paragraphs hold no mark to pair
        return Pairing((), (), {}, open_end(text))
    state = _State(text, straight_count(text) % 2 == 1)
    for m in EVENT.finditer(text):
        i, ch = m.start(), m.group()
        if i in state.skip or (ch in LATIN1_MARKS and not punctuation_use(text, i, ch)):
            continue
        if ch in BRACKET_OPEN:
            state.brackets.append(_Open(ch, i, ch))
            if ch == "(" and EMOTICON_OPEN.search(text, max(i - 2, 0), i):  # an emoticon is two marks at most
                state.emoticons.add(i)  # :( — an emoticon, unless something closes it
        elif ch in BRACKET_CLOSE:
            state.close_bracket(i, ch)
        elif ch in INVERTED_OPEN:
            state.quotes.append(_Open("inverted", i, ch))
        elif ch in INVERTED_CLOSE:
            state.close_inverted(i, ch)
        elif ch == '"' and i > 0 and text[i - 1].isdigit() and not state.open_straight():
            continue  # 5" (inches, seconds), not a quotation mark
        else:
            state.quote(i, ch)
    first = first_nonspace(text)
    for o in state.quotes:
        if o.family == "straight" and not state.odd_straight:
            continue  # an even number of straight quotes pairs up: the reading was wrong, not the text
        state.dangling.append(Dangling("quote", o.family, "open", o.pos, o.char, o.pos == first))
    for o in state.brackets:
        if o.pos in state.emoticons:
            continue
        state.dangling.append(Dangling("bracket", o.family, "open", o.pos, o.char, o.pos == first))
    return Pairing(
        tuple(sorted(state.issues, key=lambda x: (x.start, x.kind))),
        tuple(sorted(state.dangling, key=lambda d: d.pos)),
        state.reopened,
        open_end(text),
    )


class _State:
    def __init__(self, text: str, odd_straight: bool) -> None:
        self.text = text
        self.first = first_nonspace(text)
        self.odd_straight = odd_straight
        self.quotes: list[_Open] = []
        self.brackets: list[_Open] = []
        self.issues: list[PairIssue] = []
        self.dangling: list[Dangling] = []
        self.reopened: dict[str, int] = {}
        self.skip: set[int] = set()
        self.emoticons: set[int] = set()
        self.last_closed_quote = -2  # end offset of the last quote that closed

    def add(
        self, kind: str, pos: int, message: str, fix: str | None = None, fix_range: tuple[int, int] | None = None
    ) -> None:
        self.issues.append(PairIssue(kind, pos, pos + 1, message, fix, fix_range))

    def open_straight(self) -> bool:
        return any(o.family == "straight" for o in self.quotes)

    # -- quotes -------------------------------------------------------------
    def quote(self, i: int, ch: str) -> None:
        role, family = self._role(i, ch)
        if role == "open":
            self.quotes.append(_Open(family, i, ch))
            if i != self.first:
                self.reopened.setdefault(family, i)
            return
        depth = self._find(family)
        if depth is not None:
            self._close_quote(i, ch, family, depth)
            self.last_closed_quote = i + 1
        elif prev_nonspace_end(self.text, i) == self.last_closed_quote:
            start = prev_nonspace_end(self.text, i)
            self.add("quote-style", i, f"'{ch}' closes a quotation that is already closed", "", (start, i + 1))
        elif family == "straight" and not self.odd_straight:
            return
        elif (single := self._single_opener(i)) is not None:
            self.add("quote-style", i, f"quotation opened with '{self.text[single]}' is closed with '{ch}'")
        else:
            self.dangling.append(Dangling("quote", family, "close", i, ch, i == self.first))

    def _single_opener(self, i: int) -> int | None:
        """A ‘ or ’ standing as the opening mark of the quotation ``i`` closes (’Go home now.”)."""
        for m in SINGLE_OPENING.finditer(self.text, max(self.last_closed_quote, 0), i):
            return m.start()
        return None

    def _role(self, i: int, ch: str) -> tuple[str, str]:
        text = self.text
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in QUOTE_OPEN:
            if before not in " \t" and after in " \t" and self._find(QUOTE_OPEN[ch]) is not None:
                return "close", QUOTE_OPEN[ch]  # bridge.“ Then: a closing mark typed the wrong way round
            return "open", QUOTE_OPEN[ch]
        if ch == "»" and i == self.first:
            return "open", "angle"  # Spanish «comillas de seguir»: a quotation continued from the last paragraph
        if ch in QUOTE_CLOSE:
            return "close", QUOTE_CLOSE[ch]
        if before in STRAIGHT_OPEN_BEFORE and after not in " \t":
            return "open", "straight"
        if before not in " \t" and after in CLOSE_AFTER:
            return "close", "straight"
        return ("close" if self.quotes and self.quotes[-1].family == "straight" else "open"), "straight"

    def _find(self, family: str) -> int | None:
        for depth in range(len(self.quotes) - 1, -1, -1):
            if matches(self.quotes[depth].family, family):
                return depth
        return None

    def _close_quote(self, i: int, ch: str, family: str, depth: int) -> None:
        opener = self.quotes[depth]
        for inner in self.quotes[depth + 1 :]:
            if inner.family != "inverted":
                self.add("quote", inner.pos, f"opening '{inner.char}' is never closed")
                continue
            j = next_nonspace(self.text, i + 1)
            if j < len(self.text) and self.text[j] in INVERTED_CLOSE:
                self.skip.add(j)
                self.add(
                    "quote",
                    inner.pos,
                    f"'{inner.char}' opens inside the quotation but its '{self.text[j]}' stands outside it",
                    self.text[j] + ch,
                    (i, j + 1),
                )
            else:
                self.add("quote", inner.pos, f"'{inner.char}' is never closed with '?' or '!'")
        del self.quotes[depth:]
        if opener.family != family or ch in QUOTE_OPEN:
            shown = f"'{ch}'" if ch not in QUOTE_OPEN else f"the opening mark '{ch}'"
            self.add(
                "quote-style",
                i,
                f"quotation opened with '{opener.char}' is closed with {shown}",
                QUOTE_PARTNER[opener.family],
            )

    def close_inverted(self, i: int, ch: str) -> None:
        depth = next((d for d in range(len(self.quotes) - 1, -1, -1) if self.quotes[d].family == "inverted"), None)
        if depth is None:
            # a plain ? or ! (Spanish often omits ¿ ¡ in informal text; English has none); a ¿ ¡ left
            # open by an earlier line (a question over verse lines) may close here
            self.dangling.append(Dangling("quote", "inverted", "soft", i, ch, False))
            return
        opener = self.quotes.pop(depth)
        if depth < len(self.quotes) and not self._stacked(i):
            # a quotation opened after ¿/¡ is still open: the ?/! is inside it
            self.add(
                "quote", opener.pos, f"'{opener.char}' opens outside the quotation but its '{ch}' stands inside it"
            )

    def _stacked(self, i: int) -> bool:
        """``¡…!?"``: the outer question's mark stacked on the quotation's own ! just before it closes."""
        j = next_nonspace(self.text, i + 1)
        return i > 0 and self.text[i - 1] in INVERTED_CLOSE and j < len(self.text) and self.text[j] in '"”»」』'

    # -- brackets -----------------------------------------------------------
    def close_bracket(self, i: int, ch: str) -> None:
        want = BRACKET_CLOSE[ch]
        partners = {want, {"(": "（", "（": "("}.get(want, want)}
        stack = self.brackets
        if stack and interval(self.text, stack[-1].char, stack[-1].pos, i, ch):
            stack.pop()
            return
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].char in partners:
                for inner in stack[depth + 1 :]:
                    self.add("bracket", inner.pos, f"'{inner.char}' is never closed")
                opener = stack[depth]
                del stack[depth:]
                if opener.char != want:
                    self.add("bracket", i, f"'{opener.char}' is closed with '{ch}'", BRACKET_OPEN[opener.char])
                return
        marker = LIST_MARKER if ch == ")" else LIST_MARKER_ZH
        window = max(0, i - 8)  # both patterns end at i and span at most 4 characters: look no further back
        if ch in ")）" and (marker.search(self.text, window, i) or EMOTICON_CLOSE.search(self.text, window, i)):
            return  # "1)", "a)", "iv)", "一）" list markers and ":)" emoticons close nothing
        self.dangling.append(Dangling("bracket", want, "close", i, ch, i == self.first))
