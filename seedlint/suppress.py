"""Targeted suppression for text that cannot carry ``# noqa`` comments.

Three mechanisms, all data (nothing read can run code):

* ``accepted-terms``: a table of selector (code, prefix, family, rule name or
  ``ALL``) to terms that are right in this corpus, as Vale's vocabularies and typos'
  ``extend-words``. A finding whose matched text is one of its rules' terms
  (whitespace normalised, case kept) is not reported.
* ``extend-ignore-re``: regular expressions (as typos' ``extend-ignore-re``); a
  finding whose span lies inside a match is not reported. They run with the
  configured per-regex timeout; a pattern that runs over it is skipped for that
  file with a warning.
* a reviewed sidecar file (``suppressions = "seedlint-suppressions.toml"``): one
  ``[[suppress]]`` table per accepted finding with ``path``, ``rule``, ``text``,
  ``reason`` and optionally ``context`` (the line-free context hash a baseline
  uses, written by ``seedlint suppress``). Hand-written, never rewritten or pruned
  by seedlint; an entry that matches nothing any more is reported as unused.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from seedlint.baseline import line_free_key
from seedlint.finding import Diagnostic, Finding, Severity
from seedlint.registry import matches_selector
from seedlint.rule import Rule

CONFIG_KEYS = frozenset({"accepted-terms", "extend-ignore-re", "suppressions"})
ENTRY_KEYS = frozenset({"path", "rule", "text", "context", "reason"})
MAX_SIDECAR_BYTES = 4 << 20


class SuppressionError(ValueError):
    """A malformed suppression setting or sidecar file (exit code 2)."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _string_list(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SuppressionError(f"'{key}' must be a list of non-empty strings")
    return tuple(value)


def config_values(data: Mapping[str, Any], base: Path) -> dict[str, Any]:
    """Config fields for the suppression keys of a ``[tool.seedlint]`` table whose file is in ``base``."""
    out: dict[str, Any] = {}
    if "accepted-terms" in data:
        table = data["accepted-terms"]
        if not isinstance(table, dict):
            raise SuppressionError("'accepted-terms' must be a table of selector = [terms]")
        out["accepted_terms"] = {k: _string_list(f"accepted-terms.{k}", v) for k, v in table.items()}
    if "extend-ignore-re" in data:
        patterns = _string_list("extend-ignore-re", data["extend-ignore-re"])
        for p in patterns:
            compile_pattern(p)
        out["extend_ignore_re"] = patterns
    if "suppressions" in data:
        value = data["suppressions"]
        if not isinstance(value, str) or not value.strip():
            raise SuppressionError("'suppressions' must be the path of a suppressions file")
        out["suppressions"] = _shown(base / value)
    return out


def _shown(path: Path) -> str:
    rel = os.path.relpath(path)
    return rel if not rel.startswith("..") else str(path.resolve())


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern, regex.VERSION1)
    except (regex.error, ValueError) as exc:
        raise SuppressionError(f"extend-ignore-re: bad pattern {pattern!r}: {exc}") from None


@dataclass(frozen=True)
class Entry:
    """One reviewed suppression from the sidecar file."""

    index: int  # 1-based position in the file, for messages
    path: str  # as written, relative to the sidecar file's folder
    target: str  # resolved absolute path
    rule: str
    text: str
    reason: str
    context: str | None = None

    def describe(self) -> str:
        return f"#{self.index} {self.path} {self.rule} {self.text!r}"


def load_sidecar(path: Path) -> tuple[Entry, ...]:
    """Read a suppressions file; any malformed entry is an error naming it."""
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise SuppressionError(f"{path}: too big for a suppressions file")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuppressionError(f"{path}: suppressions file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise SuppressionError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError, RecursionError) as exc:
        raise SuppressionError(f"{path}: cannot read: {exc}") from None
    unknown = sorted(set(data) - {"suppress"})
    if unknown:
        raise SuppressionError(f"{path}: unknown key '{unknown[0]}' (write [[suppress]] tables)")
    items = data.get("suppress", [])
    if not isinstance(items, list):
        raise SuppressionError(f"{path}: 'suppress' must be an array of tables ([[suppress]])")
    entries = []
    for i, item in enumerate(items, 1):
        where = f"{path}: suppress #{i}"
        if not isinstance(item, dict):
            raise SuppressionError(f"{where}: must be a table")
        bad = sorted(set(item) - ENTRY_KEYS)
        if bad:
            raise SuppressionError(f"{where}: unknown key '{bad[0]}' (allowed: {', '.join(sorted(ENTRY_KEYS))})")
        for key in ("path", "rule", "text", "reason"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise SuppressionError(f"{where}: '{key}' is required (a non-empty string)")
        context = item.get("context")
        if context is not None and not isinstance(context, str):
            raise SuppressionError(f"{where}: 'context' must be a string")
        target = str((path.parent / item["path"]).resolve())
        entries.append(Entry(i, item["path"], target, item["rule"], item["text"], item["reason"], context))
    return tuple(entries)


@dataclass
class Suppressor:
    """Filters findings by the three mechanisms and remembers what each suppressed."""

    rules: Mapping[str, Rule]  # code -> rule
    accepted: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: Sequence[str] = ()
    entries: Sequence[Entry] = ()
    source: str | None = None  # the sidecar file
    timeout: float = 2.0
    counts: Counter[str] = field(default_factory=Counter)
    used: set[int] = field(default_factory=set)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __post_init__(self) -> None:
        unknown = [s for s in (*self.accepted, *(e.rule for e in self.entries)) if not self._selects_any(s)]
        if unknown:
            raise SuppressionError(f"suppression selector {unknown[0]!r} matches no rule (see `seedlint rules`)")
        self._compiled = [compile_pattern(p) for p in self.patterns]
        self._terms = {s: frozenset(_norm(t) for t in terms) for s, terms in self.accepted.items()}

    def _selects_any(self, selector: str) -> bool:
        return any(matches_selector(r, selector) for r in self.rules.values())

    @property
    def active(self) -> bool:
        return bool(self.accepted or self.patterns or self.entries)

    def _selected(self, finding: Finding, selector: str) -> bool:
        rule = self.rules.get(finding.rule)
        return rule is not None and matches_selector(rule, selector)

    def _ignored_spans(self, path: str, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pattern in self._compiled:
            try:
                spans.extend(m.span() for m in pattern.finditer(text, timeout=self.timeout))
            except TimeoutError:
                message = f"extend-ignore-re {pattern.pattern!r} skipped: it ran over {self.timeout:g}s"
                self.diagnostics.append(Diagnostic(path, message, Severity.WARNING))
        return spans

    def filter(self, path: str, findings: Sequence[Finding], text: str | None, record: bool = True) -> list[Finding]:
        """The findings of one file that no mechanism suppresses (``record``: count them, mark entries used)."""
        if not record:
            counts, used, problems = Counter(self.counts), set(self.used), list(self.diagnostics)
            try:
                return self.filter(path, findings, text)
            finally:
                self.counts, self.used, self.diagnostics = counts, used, problems
        if not self.active or not findings:
            return list(findings)
        target = str(Path(path).resolve())
        entries = [e for e in self.entries if e.target == target]
        spans = self._ignored_spans(path, text) if self._compiled and text is not None else []
        kept = []
        for f in findings:
            snippet = _norm(f.snippet)
            if any(snippet in terms and self._selected(f, s) for s, terms in self._terms.items()):
                self.counts["accepted-terms"] += 1
            elif any(a <= f.offset and f.end_offset <= b for a, b in spans):
                self.counts["extend-ignore-re"] += 1
            elif self._match_entry(f, entries, text):
                self.counts["suppressions"] += 1
            else:
                kept.append(f)
        return kept

    def _match_entry(self, finding: Finding, entries: Sequence[Entry], text: str | None) -> bool:
        context = None
        for e in entries:
            if _norm(e.text) != _norm(finding.snippet) or not self._selected(finding, e.rule):
                continue
            if e.context is not None:
                context = context or line_free_key(finding, text).split(":")[1]
                if e.context != context:
                    continue
            self.used.add(e.index)
            return True
        return False

    def unused(self, checked: Sequence[str]) -> list[Entry]:
        """Entries for checked (or vanished) files that suppressed nothing."""
        targets = {str(Path(p).resolve()) for p in checked}
        return [
            e for e in self.entries if e.index not in self.used and (e.target in targets or not Path(e.target).exists())
        ]

    def notes(self, checked: Sequence[str]) -> tuple[list[str], list[Diagnostic]]:
        """Summary lines for the report, and a warning per unused sidecar entry."""
        notes = [f"{n} finding(s) suppressed by {how}." for how, n in sorted(self.counts.items()) if n]
        problems = list(self.diagnostics)
        for e in self.unused(checked):
            message = f"unused suppression {e.describe()}: nothing matches it any more (reason: {e.reason})"
            problems.append(Diagnostic(self.source or "suppressions", message, Severity.WARNING))
        return notes, problems


def entry_toml(path: str, finding: Finding, text: str | None, reason: str) -> str:
    """One ``[[suppress]]`` table for ``finding`` (``path`` as it should be written)."""

    def q(value: str) -> str:  # a JSON string is a TOML basic string once DEL is escaped too
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")

    context = line_free_key(finding, text).split(":")[1]
    return (
        f"\n[[suppress]]\npath = {q(path)}\nrule = {q(finding.rule)}\ntext = {q(_norm(finding.snippet))}\n"
        f"context = {q(context)}\nreason = {q(reason)}\n"
    )
