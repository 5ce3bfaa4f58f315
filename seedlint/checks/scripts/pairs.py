"""Pairing of quotation marks, Spanish inverted marks and brackets inside one paragraph.

A pure function of the paragraph text, shared (and memoised) by SCRIPT013, SCRIPT014
and SCRIPT015. Quotes and brackets are paired on separate stacks so that one doubtful
straight quote cannot make a correct bracket look unbalanced.

Straight double quotes are read from their surroundings (after a space: opening;
before a space or punctuation: closing); between letters (Chinese has no spaces)
a straight quote closes the straight quote still open, else opens one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

# quote family -> (openers, closers); 〝〞〟 pair like “ ”, » may close « or open a continued quotation.
QUOTE_OPEN = {"“": "curly", "〝": "curly", "«": "angle", "「": "corner", "『": "white-corner"}
QUOTE_CLOSE = {"”": "curly", "〞": "curly", "〟": "curly", "»": "angle", "」": "corner", "』": "white-corner"}
QUOTE_PARTNER = {"curly": "”", "angle": "»", "corner": "」", "white-corner": "』", "straight": '"'}
INVERTED_OPEN = "¿¡"
INVERTED_CLOSE = "?!"
BRACKET_OPEN = {"(": ")", "[": "]", "（": "）", "【": "】", "《": "》", "〈": "〉", "〔": "〕"}
BRACKET_CLOSE = {v: k for k, v in BRACKET_OPEN.items()}

_EVENT = regex.compile(r"[“〝«「『”〞〟»」』\"¿¡?!()\[\]（）【】《》〈〉〔〕]")
# « » ¿ ¡ are also frequent mojibake characters (ZoÃ«, mÃ¡s, ²»ÊÕ): they count only where
# punctuation stands (after a blank or an opening mark; » before a blank or punctuation).
_LATIN1_MARKS = "«»¿¡"
_OPENING_CONTEXT = " \t\u3000([{“‘\"'«¿¡—–-/"
_CLOSING_CONTEXT = " \t\u3000.,;:!?)]}”’\"'»…—–-，。；：！？、）"
_INCH = regex.compile(r'(?<=\d)"')
_LIST_MARKER = regex.compile(r"(?:^|[\s(])[\p{L}\p{N}]{1,3}$")
_EMOTICON = regex.compile(r"[:;=8xX][-o']?$")
_STRAIGHT_OPEN_BEFORE = " \t([{¿¡—–-/“‘«"
_CLOSE_AFTER = " \t.,;:!?)]}…—–-/”’»"


@dataclass(frozen=True, slots=True)
class PairIssue:
    """One pairing defect: ``kind`` selects the rule; offsets are relative to the paragraph."""

    kind: str  # "quote" (SCRIPT013), "quote-style" (SCRIPT014) or "bracket" (SCRIPT015)
    start: int
    end: int
    message: str
    fix: str | None = None
    fix_range: tuple[int, int] | None = None
    continuable: bool = False  # an opening quote left open: fine when the next paragraph continues the quotation


@dataclass(frozen=True, slots=True)
class _Open:
    family: str  # quote family, "inverted" or a bracket opener
    pos: int
    char: str


@functools.lru_cache(maxsize=512)
def analyse(text: str) -> tuple[PairIssue, ...]:
    """Pairing defects of one paragraph. An opening quote left open is ``continuable``: a
    quotation running over paragraphs leaves it open when the next paragraph opens with a quote."""
    state = _State(text, _straight_count(text) % 2 == 1)
    for m in _EVENT.finditer(text):
        i, ch = m.start(), m.group()
        if i in state.skip or (ch in _LATIN1_MARKS and not _punctuation_use(text, i, ch)):
            continue
        if ch in BRACKET_OPEN:
            state.brackets.append(_Open(ch, i, ch))
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
    first = _first_nonspace(text)
    for o in state.quotes:
        if o.family == "inverted":
            state.add("quote", o.pos, f"'{o.char}' is never closed with '?' or '!'")
        elif o.family == "straight" and not state.odd_straight:
            continue  # an even number of straight quotes pairs up: the reading was wrong, not the text
        elif o.pos != first:
            state.issues.append(
                PairIssue("quote", o.pos, o.pos + 1, f"opening '{o.char}' is never closed", continuable=True)
            )
    for o in state.brackets:
        state.add("bracket", o.pos, f"'{o.char}' is never closed")
    return tuple(sorted(state.issues, key=lambda x: (x.start, x.kind)))


def _straight_count(text: str) -> int:
    """Straight double quotes that are not inch or second marks (5")."""
    return text.count('"') - len(_INCH.findall(text)) if '"' in text else 0


class _State:
    def __init__(self, text: str, odd_straight: bool) -> None:
        self.text = text
        self.odd_straight = odd_straight
        self.quotes: list[_Open] = []
        self.brackets: list[_Open] = []
        self.issues: list[PairIssue] = []
        self.skip: set[int] = set()
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
            return
        depth = self._find(family)
        if depth is not None:
            self._close_quote(i, ch, family, depth)
            self.last_closed_quote = i + 1
        elif _prev_nonspace_end(self.text, i) == self.last_closed_quote:
            start = _prev_nonspace_end(self.text, i)
            self.add("quote-style", i, f"'{ch}' closes a quotation that is already closed", "", (start, i + 1))
        elif i != _first_nonspace(self.text) and (family != "straight" or self.odd_straight):
            self.add("quote", i, f"closing '{ch}' without an opening quote")

    def _role(self, i: int, ch: str) -> tuple[str, str]:
        if ch in QUOTE_OPEN:
            return "open", QUOTE_OPEN[ch]
        if ch == "»" and i == _first_nonspace(self.text):
            return "open", "angle"  # Spanish «comillas de seguir»: a quotation continued from the last paragraph
        if ch in QUOTE_CLOSE:
            return "close", QUOTE_CLOSE[ch]
        text = self.text
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before in _STRAIGHT_OPEN_BEFORE and after not in " \t":
            return "open", "straight"
        if before not in " \t" and after in _CLOSE_AFTER:
            return "close", "straight"
        return ("close" if self.quotes and self.quotes[-1].family == "straight" else "open"), "straight"

    def _find(self, family: str) -> int | None:
        for depth in range(len(self.quotes) - 1, -1, -1):
            if _matches(self.quotes[depth].family, family):
                return depth
        return None

    def _close_quote(self, i: int, ch: str, family: str, depth: int) -> None:
        opener = self.quotes[depth]
        for inner in self.quotes[depth + 1 :]:
            if inner.family != "inverted":
                self.add("quote", inner.pos, f"opening '{inner.char}' is never closed")
                continue
            j = _next_nonspace(self.text, i + 1)
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
        if opener.family != family:
            self.add(
                "quote-style",
                i,
                f"quotation opened with '{opener.char}' is closed with '{ch}'",
                QUOTE_PARTNER[opener.family],
            )

    def close_inverted(self, i: int, ch: str) -> None:
        depth = next((d for d in range(len(self.quotes) - 1, -1, -1) if self.quotes[d].family == "inverted"), None)
        if depth is None:
            return  # a plain ? or ! (Spanish often omits ¿ ¡ in informal text; English has none)
        opener = self.quotes.pop(depth)
        if depth < len(self.quotes):  # a quotation opened after ¿/¡ is still open: the ?/! is inside it
            self.add(
                "quote", opener.pos, f"'{opener.char}' opens outside the quotation but its '{ch}' stands inside it"
            )

    # -- brackets -----------------------------------------------------------
    def close_bracket(self, i: int, ch: str) -> None:
        want = BRACKET_CLOSE[ch]
        partners = {want, {"(": "（", "（": "("}.get(want, want)}
        stack = self.brackets
        if stack and _interval(self.text, stack[-1], i, ch):
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
        before = self.text[:i]
        if ch == ")" and (_LIST_MARKER.search(before) or _EMOTICON.search(before)):
            return  # "1)", "a)", "iv)" list markers and ":)" emoticons close nothing
        self.add("bracket", i, f"'{ch}' closes nothing")


def _punctuation_use(text: str, i: int, ch: str) -> bool:
    """Whether ``ch`` (one of « » ¿ ¡) stands where punctuation stands, not inside mojibake."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == "»" and i == _first_nonspace(text):
        return True  # opens a continued quotation
    if ch == "»":
        return after in _CLOSING_CONTEXT and not ("\x80" <= before <= "\xbf" or before in "ÃÂ")
    return before in _OPENING_CONTEXT and not ("\x80" <= after <= "\xbf")


def _interval(text: str, opener: _Open, i: int, ch: str) -> bool:
    """Half-open interval notation: [0, 1) and (0, 1]."""
    if (opener.char, ch) not in (("[", ")"), ("(", "]")):
        return False
    return regex.fullmatch(r"[^,\[\]()]*,[^,\[\]()]*", text[opener.pos + 1 : i]) is not None


def _matches(open_family: str, close_family: str) -> bool:
    """Same family; or a straight quote against another quote family (reported as a style mismatch)."""
    if open_family == close_family:
        return True
    return "inverted" not in (open_family, close_family) and "straight" in (open_family, close_family)


def _prev_nonspace_end(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j


def _next_nonspace(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _first_nonspace(text: str) -> int:
    return _next_nonspace(text, 0)
