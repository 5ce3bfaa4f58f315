"""Run rules over documents and turn their hits into located findings.

The engine is a value built from a rule list: it compiles one scanner for every
trigger, runs each rule on the lines its triggers flagged, scopes hits by the
rule's languages, maps offsets to line/column, applies severity overrides and
sorts. It never prints: callers get findings and diagnostics back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from seedlint.document import Document
from seedlint.finding import EXCERPT, Diagnostic, Finding, Hit, Severity, context_around
from seedlint.rule import Context, CorpusRule, Rule
from seedlint.scanner import Scanner, Trigger


@dataclass(frozen=True, slots=True)
class Result:
    path: str
    findings: tuple[Finding, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class Engine:
    rules: tuple[Rule, ...]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    timeout: float = 2.0  # seconds per regex call
    use_hyperscan: bool = True
    languages: tuple[str, ...] = ()  # report only in paragraphs of these languages (empty: all)
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # CODE -> rule options

    def __post_init__(self) -> None:
        triggers = [
            Trigger(i, t, bool(getattr(r, "ignorecase", False))) for i, r in enumerate(self.rules) for t in r.triggers
        ]
        object.__setattr__(self, "_scanner", Scanner(triggers, use_hyperscan=self.use_hyperscan))
        flags = tuple(isinstance(r, CorpusRule) for r in self.rules)
        object.__setattr__(self, "_is_corpus", flags)
        # what check() walks per document, made once: (index, rule, code, has triggers) for each part
        steps = [(i, r, r.meta.code, bool(r.triggers)) for i, r in enumerate(self.rules)]
        plans = {
            "all": tuple(steps),
            "document": tuple(step for step, corpus in zip(steps, flags, strict=True) if not corpus),
            "corpus": tuple(step for step, corpus in zip(steps, flags, strict=True) if corpus),
        }
        object.__setattr__(self, "_plans", plans)

    @property
    def corpus_rules(self) -> list[CorpusRule]:
        flags: tuple[bool, ...] = object.__getattribute__(self, "_is_corpus")
        return [r for r, is_corpus in zip(self.rules, flags, strict=True) if is_corpus]  # type: ignore[misc]

    # -- corpus evidence ---------------------------------------------------------
    def summarize(self, doc: Document) -> dict[str, Any]:
        """Each corpus rule's summary of ``doc``; a rule that fails leaves its summary out."""
        out: dict[str, Any] = {}
        for r in self.corpus_rules:
            with contextlib.suppress(Exception):  # its check then reports the failure, with the corpus it has
                out[r.meta.code] = r.summarize(doc)
        return out

    def reduce(self, summaries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Each corpus rule's evidence; a rule whose reduce fails (or meets a malformed summary) gets none."""
        out: dict[str, Any] = {}
        for r in self.corpus_rules:
            code = r.meta.code
            with contextlib.suppress(Exception):
                out[code] = r.reduce([s[code] for s in summaries if isinstance(s, Mapping) and code in s])
        return out

    def relevant(self, summary: Mapping[str, Any] | None, evidence: Mapping[str, Any] | None) -> frozenset[str]:
        """Codes of the corpus rules that may report on a document with this ``summary`` (see
        :class:`~seedlint.rule.CorpusRule`): a rule without evidence or whose ``relevant`` says no is left out;
        one without the method, without a summary of this document or whose method fails is kept."""
        out = []
        for r in self.corpus_rules:
            code = r.meta.code
            test = getattr(r, "relevant", None)
            if test is None or summary is None or code not in summary:
                out.append(code)
                continue
            found = (evidence or {}).get(code)
            try:
                if found and test(summary[code], found):
                    out.append(code)
            except Exception:  # its check then runs, and reports the failure
                out.append(code)
        return frozenset(out)

    # -- checking --------------------------------------------------------------
    def check(
        self,
        doc: Document,
        corpus: Mapping[str, Any] | None = None,
        part: str = "all",
        only: frozenset[str] | None = None,
    ) -> Result:
        """Run the rules on ``doc``. ``part``: "all", "document" (per-document rules only)
        or "corpus" (corpus-level rules only), so a cache can keep the two apart; ``only``: just these codes."""
        plans: dict[str, tuple[tuple[int, Rule, str, bool], ...]] = object.__getattribute__(self, "_plans")
        plan = plans.get(part, plans["all"])
        chosen = plan if only is None else tuple(step for step in plan if step[2] in only)
        candidates: dict[int, list[int]] = {}
        if any(step[3] for step in chosen):  # corpus rules alone need no scan
            scanner: Scanner = object.__getattribute__(self, "_scanner")
            try:
                candidates = scanner.scan(doc.text, doc.utf8, self.timeout)
            except Exception as exc:  # e.g. a text the scanner cannot encode: no rule can run on it
                message = f"not checked: the trigger scan failed: {type(exc).__name__}: {exc}"
                return Result(doc.path, (), (Diagnostic(doc.path, message, Severity.ERROR),))
        if corpus is None and self.corpus_rules and part != "document":
            corpus = self.reduce([self.summarize(doc)])
        findings: list[Finding] = []
        diagnostics: list[Diagnostic] = []
        settings = self.settings
        for index, rule, code, triggered in chosen:
            lines: Sequence[int] | None = None
            if triggered:
                lines = candidates.get(index)
                if not lines:
                    continue
            options = settings.get(code)
            ctx = Context(
                lines=lines,
                corpus=corpus.get(code) if corpus else None,
                timeout=self.timeout,
                settings=dict(options) if options else {},
            )
            try:
                hits = list(rule.check(doc, ctx))
                located = [self._locate(doc, rule, hit) for hit in hits if self._scoped(rule, doc, hit)]
            except TimeoutError:
                diagnostics.append(
                    Diagnostic(
                        doc.path,
                        f"rule {rule.meta.code} stopped: a regex ran over {self.timeout:g}s",
                        rule=rule.meta.code,
                    )
                )
                continue
            except Exception as exc:  # a buggy rule must not stop the run
                diagnostics.append(
                    Diagnostic(
                        doc.path,
                        f"rule {rule.meta.code} failed: {type(exc).__name__}: {exc}",
                        Severity.ERROR,
                        rule.meta.code,
                    )
                )
                continue
            findings.extend(located)
        findings.sort()
        return Result(doc.path, tuple(_dedupe(findings)), tuple(diagnostics))

    def _scoped(self, rule: Rule, doc: Document, hit: Hit) -> bool:
        if not rule.meta.languages and not self.languages:
            return True
        lang = doc.language_at(hit.start)
        return (not rule.meta.languages or lang in rule.meta.languages) and (
            not self.languages or lang in self.languages
        )

    def _locate(self, doc: Document, rule: Rule, hit: Hit) -> Finding:
        line, column = doc.line_col(hit.start)
        end_line, end_column = doc.line_col(hit.end)
        meta = rule.meta
        severity = self.severity.get(meta.code) or hit.severity or meta.severity
        starts = doc.line_starts
        line_start = starts[line - 1]
        line_end = starts[line] if line < len(starts) else len(doc.text)
        left = max(line_start, hit.start - EXCERPT)
        right = min(line_end, max(hit.end, hit.start) + EXCERPT)
        excerpt = doc.text[left:right]
        if right == line_end:
            excerpt = excerpt.rstrip("\r\n")
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            rule=meta.code,
            end_line=end_line,
            end_column=end_column,
            family=meta.family,
            severity=severity,
            message=hit.message,
            fix=hit.fix,
            fix_safe=hit.fix_safe,
            offset=hit.start,
            end_offset=hit.end,
            snippet=doc.source[hit.start : hit.end],  # the file's own text, CRs kept
            fix_range=hit.fix_range or (hit.start, hit.end),
            excerpt=excerpt,
            excerpt_column=left - line_start + 1,
            context=context_around(doc.text, hit.start, hit.end),
        )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in findings:
        if out and (out[-1].rule, out[-1].offset, out[-1].end_offset) == (f.rule, f.offset, f.end_offset):
            continue
        out.append(f)
    return out
