"""One multi-pattern pass per document: which lines may interest which rule.

Every rule's trigger regexes are compiled once into a single Hyperscan database
(each distinct pattern once, whichever rules share it; in prefilter mode, so
lookarounds and other exotic syntax only widen the candidate set). Scanning a
document reports, per rule, the lines where a trigger matched; the rule's exact
(``regex``-module) logic then runs on those lines only.
Compiled databases are cached on disk, keyed by the patterns, so a pre-commit
run does not pay the compile. Without Hyperscan (an unsupported platform), each
trigger is searched with ``regex`` instead: slower, same result.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from seedlint import hsdb
from seedlint import prefilter as prefilter_module
from seedlint.hsdb import BASE_FLAGS, hyperscan
from seedlint.prefilter import prefilter

MAX_RAW_TRIGGER = 5000  # a longer regex is searched with `regex` instead (Hyperscan would balk)
# a V1 set operation or nested set ([[a-z]--[aeiou]], [\p{L}&&\p{Latin}]; not a POSIX [[:alpha:]]): Hyperscan
# reads it as another pattern, no superset of the rule's, so such a trigger is searched with `regex` instead
_SET_OPERATION = re.compile(r"\[(?:[^\]\\]|\\.)*?(?:(?<!\\)\[(?!:)|--|&&|\|\||~~)")
_END_SENSITIVE = re.compile(r"\\z|\(\?[=!]")  # \z and look-ahead: a buffer's end is not a line end to them


@dataclass(frozen=True, slots=True)
class Trigger:
    owner: int  # index of the rule that declared it
    pattern: str
    caseless: bool = False


class Scanner:
    """Maps a document to ``{rule index: sorted line indices}``."""

    def __init__(self, triggers: Sequence[Trigger], *, use_hyperscan: bool = True) -> None:
        self.triggers = tuple(triggers)
        # rules share triggers (a family's summary rule holds its members' ones): each distinct pattern is
        # compiled and reported once, then credited to every rule that declared it
        owners: dict[tuple[str, bool], list[int]] = {}
        for t in self.triggers:
            owners.setdefault((t.pattern, t.caseless), []).append(t.owner)
        self._distinct = tuple(Trigger(-1, pattern, caseless) for pattern, caseless in owners)
        self._owners = tuple(tuple(dict.fromkeys(o)) for o in owners.values())
        self._fallback: list[tuple[tuple[int, ...], regex.Pattern[str]]] = []
        self._db: Any = None
        # a trigger that can tell the end of the text from a line end (look-ahead, \z): a lone line is
        # then scanned as scan() does it, as written and terminated
        self._end_sensitive = any(_END_SENSITIVE.search(t.pattern) for t in self._distinct)
        if not self.triggers:
            return
        accepted = self._compile_hyperscan() if use_hyperscan and hyperscan is not None else set()
        for i, t in enumerate(self._distinct):
            if i not in accepted:
                flags = regex.IGNORECASE if t.caseless else 0
                pattern = regex.compile(t.pattern, flags | regex.V1 | regex.MULTILINE)
                self._fallback.append((self._owners[i], pattern))

    # -- compile --------------------------------------------------------------
    def _flags(self, t: Trigger) -> int:
        assert hyperscan is not None
        return BASE_FLAGS | (hyperscan.HS_FLAG_CASELESS if t.caseless else 0)

    def _compile_hyperscan(self) -> set[int]:
        """Compile what Hyperscan accepts; return the indices it accepted."""
        # keyed by the triggers as written and by the prefilter's own source, so a warm start
        # skips computing the prefilters too
        key = (
            repr([(t.pattern, t.caseless) for t in self._distinct]).encode()
            + str(MAX_RAW_TRIGGER).encode()
            + _SET_OPERATION.pattern.encode()  # what goes to `regex` instead is part of what was built
            + Path(prefilter_module.__file__ or "").read_bytes()
        )
        db, note = hsdb.cached("triggers", key, self._make)
        self._db = db
        return {int(x) for x in note.split()} if db is not None else set()

    def _make(self) -> tuple[Any, str]:
        # what Hyperscan compiles: each distinct trigger's prefilter (the trigger itself, made cheaper, when
        # short and plain; else its required literals)
        assert hyperscan is not None
        compiled = tuple(Trigger(t.owner, *prefilter(t.pattern, t.caseless)) for t in self._distinct)
        accepted = [
            i
            for i, t in enumerate(self._distinct)
            if len(t.pattern) <= MAX_RAW_TRIGGER and not _SET_OPERATION.search(t.pattern)
        ]
        if not accepted:
            return None, ""

        def build(indices: list[int]) -> Any:
            return hsdb.build(
                [compiled[i].pattern for i in indices], indices, [self._flags(compiled[i]) for i in indices]
            )

        try:
            db = build(accepted)
        except hyperscan.error:  # find the ones it refuses, one at a time
            accepted = [i for i in accepted if hsdb.compiles(compiled[i].pattern, self._flags(compiled[i]))]
            if not accepted:
                return None, ""
            db = build(accepted)
        return db, " ".join(map(str, accepted))

    # -- scan -----------------------------------------------------------------
    def scan(self, text: str, utf8: bytes, timeout: float | None = None) -> dict[int, list[int]]:
        """Candidate lines per rule. A trigger searched with ``regex`` (one Hyperscan refused, or
        too long for it) is stopped after ``timeout`` seconds: then every line is a candidate of its
        rule, whose own check runs under the same timeout and reports it stopped."""
        found: dict[int, set[int]] = {}
        if self._db is not None and utf8:
            ends: list[tuple[int, int]] = []

            def on_match(id_: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
                ends.append((id_, to))

            self._db.scan(utf8, match_event_handler=on_match)
            newlines = [m.start() for m in re.finditer(b"\n", utf8)] if ends or not utf8.endswith(b"\n") else []
            # a match ending right after a newline belongs to the line it ended; distinct
            # (trigger, line) pairs first: a document has hundreds of matches, on far fewer lines
            owners, where = self._owners, bisect.bisect_left
            for id_, line in {(id_, where(newlines, to - 1 if to else 0)) for id_, to in ends}:
                for owner in owners[id_]:
                    found.setdefault(owner, set()).add(line)
            if not utf8.endswith(b"\n"):
                # Hyperscan can miss a match that ends exactly at the end of the buffer when
                # the database holds multiline-anchored patterns: rescan the last line, terminated.
                last = len(newlines)
                for owner in self._terminated_owners(utf8[newlines[-1] + 1 if newlines else 0 :]):
                    found.setdefault(owner, set()).add(last)
        if self._fallback and text:
            line_starts = [0, *(n.end() for n in re.finditer("\n", text))]
            for fallback_owners, pattern in self._fallback:
                lines: set[int] = set()
                try:
                    for m in pattern.finditer(text, timeout=timeout):
                        pos = max(m.end() - 1, m.start())
                        lines.add(bisect.bisect_right(line_starts, pos) - 1)
                except TimeoutError:
                    lines.update(range(len(line_starts)))
                for owner in fallback_owners if lines else ():
                    found.setdefault(owner, set()).update(lines)
        return {owner: sorted(lines) for owner, lines in found.items()}

    def line_owners(self, line: str) -> list[int]:
        """The rules whose triggers match ``line`` (one line, no line end), sorted: ``sorted(scan(line))``.

        A lone line is one Hyperscan pass of the line terminated by a newline; :meth:`scan` would scan it
        as written and then again terminated (a match ending at the buffer's end can be missed), and
        without an end-sensitive trigger the first pass finds nothing the second does not. Callers that
        test many single lines (the chrome vocabulary's whole-line rules) save the second pass."""
        if self._db is None or not line or "\n" in line or self._end_sensitive:
            return sorted(self.scan(line, line.encode("utf-8", "surrogatepass")))
        owners = self._terminated_owners(line.encode("utf-8", "surrogatepass"))
        for fallback_owners, pattern in self._fallback:
            if pattern.search(line):
                owners.update(fallback_owners)
        return sorted(owners)

    def _terminated_owners(self, line: bytes) -> set[int]:
        """The rules whose Hyperscan triggers match one line scanned with a newline after it."""
        ids: set[int] = set()
        self._db.scan(line + b"\n", match_event_handler=lambda id_, *_: ids.add(id_))
        return {owner for id_ in ids for owner in self._owners[id_]}
