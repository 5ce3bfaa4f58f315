"""One exact Hyperscan pass per document for the whole family: where each rule's patterns match.

The engine's scanner only tells a rule which lines hold its triggers' required literals
(年, a month name, 19…), so most lines of a Chinese or dated text qualify. The family
therefore scans each document once more with every rule's exact patterns and hands each
rule the code-point offsets where its patterns end; rules parse small windows around
those spots only. The result is remembered on the document (:meth:`Document.memo`), so the
ten rules of the family share one scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import regex

from seedlint.checks.dates.windows import Window, cached_database, windows
from seedlint.document import Document
from seedlint.hsdb import hyperscan

Spots = dict[int, list[int]]  # line index -> sorted code-point offsets (in the line) where a match ends


class FamilySpotter:
    def __init__(self, patterns: Mapping[str, Sequence[str]]) -> None:
        self._codes: list[str] = []
        self._patterns: list[str] = []
        for code, pats in patterns.items():
            for p in pats:
                self._codes.append(code)
                self._patterns.append(p)
        self._db: Any = None
        self._fallback: list[tuple[str, regex.Pattern[str]]] | None = None

    def _prepare(self) -> None:
        if self._db is not None or self._fallback is not None:
            return
        if hyperscan is not None:
            try:
                self._db = cached_database(tuple(self._patterns))
                return
            except hyperscan.error:
                pass
        self._fallback = [
            (c, regex.compile(p, regex.V1 | regex.MULTILINE)) for c, p in zip(self._codes, self._patterns, strict=True)
        ]

    def spots(self, doc: Document, code: str) -> Spots:
        return doc.memo((self, "spots"), lambda: self._scan(doc)).get(code, {})

    def _scan(self, doc: Document) -> dict[str, Spots]:
        self._prepare()
        out: dict[str, dict[int, set[int]]] = {}
        if self._fallback is not None:
            starts = doc.line_starts
            for code, pattern in self._fallback:
                for m in pattern.finditer(doc.text):
                    line = bisect.bisect_right(starts, max(m.end() - 1, m.start())) - 1
                    out.setdefault(code, {}).setdefault(line, set()).add(m.end() - starts[line])
            return {c: {k: sorted(v) for k, v in lines.items()} for c, lines in out.items()}
        data = doc.utf8
        found: set[tuple[int, int]] = set()

        def on_match(id_: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            found.add((id_, to))

        self._db.scan(data, match_event_handler=on_match)
        if not found:
            return {}
        byte_starts = [0, *(m.end() for m in re.finditer(b"\n", data))]
        size = len(data)
        for id_, end in found:
            while end < size and 0x80 <= data[end] < 0xC0:  # prefilter ends may fall inside a character
                end += 1
            line = bisect.bisect_right(byte_starts, max(end - 1, 0)) - 1
            column = len(data[byte_starts[line] : end].decode("utf-8", "surrogatepass"))
            out.setdefault(self._codes[id_], {}).setdefault(line, set()).add(column)
        return {c: {k: sorted(v) for k, v in lines.items()} for c, lines in out.items()}

    def windows(self, doc: Document, code: str, reach: int, before: int, after: int) -> Iterator[tuple[int, Window]]:
        """(line start offset, window) around every spot of rule ``code`` in ``doc``."""
        for index, ends in sorted(self.spots(doc, code).items()):
            line = doc.line_span(index)
            for w in windows(line.text, [(max(0, e - reach), e) for e in ends], before, after):
                yield line.start, w
