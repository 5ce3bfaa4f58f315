"""A whole run: gather corpus evidence, check each file, filter by config.

Corpus-level rules see every document of the corpus (the configured corpus paths
plus the checked files) before any report; findings are only reported for the
files asked for, so pre-commit can pass just the staged files. Files are checked
in worker processes when there are enough of them; results come back in input
order, so the output is identical to a serial run. A :class:`~seedlint.cache.Cache`
skips files whose bytes (and rules, config, corpus evidence) have not changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from seedlint.cache import Cache, content_hash, evidence_hash
from seedlint.cache_codec import Entry
from seedlint.config import Config
from seedlint.document import Document
from seedlint.engine import Engine, Result
from seedlint.files import from_bytes, read
from seedlint.finding import Diagnostic, Finding
from seedlint.pool import in_parent, ordered_map
from seedlint.registry import matches_selector
from seedlint.scope import matches

Progress = Callable[[str], None]  # called with each file's path as it is done
Phase = Callable[[str, int], None]  # called with a phase's name ("evidence", "check") and its count of files


@dataclass(frozen=True)
class RunResult:
    results: tuple[Result, ...]
    diagnostics: tuple[Diagnostic, ...]
    cached: int = 0  # files answered from the cache
    evidence: dict[str, Any] | None = None  # reduced corpus evidence, for re-checks after fixes

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs; inherited by forked workers, never pickled."""

    engine: Engine
    config: Config
    cache: Cache | None
    evidence: dict[str, Any] | None
    evidence_key: str


def _document(path: str, data: bytes) -> tuple[Document | None, Diagnostic | None]:
    loaded = from_bytes(path, data)
    return loaded.document, (loaded.diagnostics[0] if loaded.diagnostics else None)


class _Kept:
    """What the summary pass read, kept for the check pass of a serial run so each file is read and decoded once.

    Bounded by :data:`KEEP_CHARS` bytes; workers of a parallel run keep nothing.
    """

    def __init__(self) -> None:
        self.items: dict[str, tuple[bytes, Document | None, Diagnostic | None]] = {}
        self.size = 0

    def put(self, path: str, data: bytes, doc: Document | None, problem: Diagnostic | None) -> None:
        if self.size + len(data) <= KEEP_CHARS:
            self.items[path] = (data, doc, problem)
            self.size += len(data)

    def pop(self, path: str) -> tuple[bytes, Document | None, Diagnostic | None] | None:
        item = self.items.pop(path, None)
        if item is not None:
            self.size -= len(item[0])
        return item


KEEP_CHARS = 64 << 20  # bytes of files kept between the passes of a serial run
_KEPT = _Kept()


_NO_SUMMARY = object()  # the cache has no summary of these bytes yet


@dataclass(frozen=True, slots=True)
class _Surveyed:
    """What the first pass learnt of one file: its corpus summary and, for a checked file, its per-document part."""

    summary: Any = None  # None: unreadable or not a document (no corpus part to check)
    digest: str = ""
    document: Entry | None = None  # per-document findings and notes, for checked files
    cached: bool = False  # the per-document part came from the cache


def _survey(job: _Job, item: tuple[str, bool, bool]) -> _Surveyed:
    """Read and decode ``path`` once: summarise it for the corpus rules and, when it is checked, run the
    per-document rules too (they need no evidence), so the second pass reads only what a corpus rule may
    report on. ``item``: (path, checked, keep what was decoded for the second pass)."""
    path, checked, keep_for_check = item
    data, problem = read(path, job.config.max_file_size << 20)
    if data is None:
        return _Surveyed(document=((), (problem,) if problem else ()) if checked else None)
    digest = content_hash(data)
    summary_key, doc_key = f"s-{digest}", f"d-{digest}"
    summary: Any = _NO_SUMMARY
    if job.cache is not None:
        hit = job.cache.get(summary_key)
        if isinstance(hit, tuple) and len(hit) == 1:
            summary = hit[0]
    entry = job.cache.get_entry(doc_key) if checked and job.cache is not None else None
    cached = entry is not None
    if summary is _NO_SUMMARY or (checked and entry is None):
        doc, problem = _document(path, data)
        if summary is _NO_SUMMARY:
            summary = job.engine.summarize(doc) if doc is not None else None
            if job.cache is not None:
                job.cache.put(summary_key, (summary,))
        if checked and entry is None:
            if doc is None:
                entry = ((), (problem,) if problem else ())
                if job.cache is not None:
                    job.cache.put(doc_key, entry)
            else:
                part = job.engine.check(doc, part="document")
                entry = (part.findings, part.diagnostics)
                _put(job, doc_key, entry)
        if keep_for_check and doc is not None:
            _KEPT.put(path, data, doc, problem)
    return _Surveyed(summary, digest, entry, cached)


def _corpus_part(job: _Job, item: tuple[str, str, frozenset[str]]) -> tuple[Entry, bool]:
    """The findings of the corpus rules ``codes`` on one file (and whether they came from the cache);
    ``item``: (path, digest, codes).

    The key holds the evidence; the codes follow from the bytes' summary and the evidence, so an entry
    written for other files with the same bytes holds."""
    path, digest, codes = item
    key = f"c-{digest}-{job.evidence_key}"
    hit = job.cache.get_entry(key) if job.cache is not None else None
    if hit is not None:
        return hit, True
    kept = _KEPT.pop(path)
    if kept is not None:
        doc = kept[1]
    else:
        data, _ = read(path, job.config.max_file_size << 20)
        doc = _document(path, data)[0] if data is not None else None
    if doc is None:  # gone or changed since the first pass, which reported what it read
        return ((), ()), False
    part = job.engine.check(doc, job.evidence, part="corpus", only=codes)
    entry: Entry = (part.findings, part.diagnostics)
    _put(job, key, entry)
    return entry, False


def _relocate(items: Sequence[Any], path: str) -> tuple[Any, ...]:
    return tuple(item if item.path == path else replace(item, path=path) for item in items)


def _check(job: _Job, path: str) -> tuple[Result, bool]:
    """Check one file when no corpus rule is selected; returns the result and whether it came from the cache."""
    data, problem = read(path, job.config.max_file_size << 20)
    if data is None:
        return Result(path, (), (problem,) if problem else ()), False
    doc_key = f"d-{content_hash(data)}"
    entry = job.cache.get_entry(doc_key) if job.cache else None
    if entry is not None:  # perhaps written for another file with the same bytes
        return _finish(job, path, list(_relocate(entry[0], path)), list(_relocate(entry[1], path))), True
    doc, problem = _document(path, data)
    if doc is None:
        entry = ((), (problem,) if problem else ())
        if job.cache:
            job.cache.put(doc_key, entry)
        return Result(path, (), entry[1]), False
    part = job.engine.check(doc, part="document")
    _put(job, doc_key, (part.findings, part.diagnostics))
    return _finish(job, path, list(part.findings), list(part.diagnostics)), False


def _put(job: _Job, key: str, value: tuple[tuple[Finding, ...], tuple[Diagnostic, ...]]) -> None:
    """Cache a result unless a rule was stopped or failed: that depends on load, not on the text."""
    if job.cache is not None and not any(d.rule for d in value[1]):
        job.cache.put(key, value)


def _finish(job: _Job, path: str, findings: list[Finding], diagnostics: list[Diagnostic]) -> Result:
    return Result(path, tuple(keep(findings, job.config, job.engine)), tuple(diagnostics))


def keep(findings: Sequence[Finding], config: Config, engine: Engine) -> list[Finding]:
    """Findings that survive ``per-file-ignores``, sorted."""
    return sorted(f for f in findings if _kept(f, config, engine))


def _kept(finding: Finding, config: Config, engine: Engine) -> bool:
    for pattern, selectors in config.per_file_ignores.items():
        if matches(finding.path, (pattern,), config.root):  # relative to the config file's folder
            rule = next(r for r in engine.rules if r.meta.code == finding.rule)
            if any(matches_selector(rule, s) for s in selectors):
                return False
    return True


def run(
    engine: Engine,
    files: Sequence[str],
    config: Config,
    corpus_files: Sequence[str] | None = None,
    progress: Progress | None = None,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    phase: Phase | None = None,
) -> RunResult:
    job = _Job(engine, config, cache, None, "")
    if engine.corpus_rules:
        return _run_with_corpus(job, files, corpus_files, progress, jobs, phase)
    results: list[Result] = []
    cached = 0
    if phase:
        phase("check", len(files))
    for result, from_cache in ordered_map(job, _check, files, jobs):
        results.append(result)
        cached += from_cache
        if progress:
            progress(result.path)
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RunResult(tuple(results), diagnostics, cached, None)


def _run_with_corpus(
    job: _Job,
    files: Sequence[str],
    corpus_files: Sequence[str] | None,
    progress: Progress | None,
    jobs: int,
    phase: Phase | None,
) -> RunResult:
    """Two passes: every corpus file summarised (the checked ones also get their per-document part), the
    summaries reduced to evidence, then the corpus part of the checked files a corpus rule may report on."""
    engine = job.engine
    corpus = list(dict.fromkeys([*(corpus_files or ()), *files]))
    checked = set(files)
    surveyed: dict[str, _Surveyed] = {}
    if phase:
        phase("evidence", len(corpus))
    keep = in_parent(jobs, len(corpus))  # what the parent decoded, it keeps for the second pass
    items = [(path, path in checked, keep and path in checked) for path in corpus]
    try:
        for (path, is_checked, _), found in zip(items, ordered_map(job, _survey, items, jobs), strict=True):
            if is_checked:
                surveyed[path] = found
            elif found.summary is not None:
                surveyed.setdefault(path, found)
            if progress:
                progress(path)
        evidence = engine.reduce([s.summary for s in surveyed.values() if s.summary])
        job = _Job(engine, job.config, job.cache, evidence, evidence_hash(evidence))
        if phase:
            phase("check", len(files))
        wanted = []
        for path in files:
            s = surveyed[path]
            codes = engine.relevant(s.summary, evidence) if s.summary is not None else frozenset()
            if codes:
                wanted.append((path, s.digest, codes))
        parts = dict(
            zip(
                (w[0] for w in wanted),
                ordered_map(job, _corpus_part, wanted, jobs),
                strict=True,
            )
        )
    finally:
        _KEPT.items.clear()
        _KEPT.size = 0
    results: list[Result] = []
    cached = 0
    for path in files:
        s = surveyed[path]
        document = s.document or ((), ())
        corpus_part, corpus_cached = parts.get(path, (((), ()), True))
        findings = [*_relocate(document[0], path), *_relocate(corpus_part[0], path)]
        notes = [*_relocate(document[1], path), *_relocate(corpus_part[1], path)]
        results.append(_finish(job, path, findings, notes))
        cached += s.cached and corpus_cached
        if progress:
            progress(path)
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RunResult(tuple(results), diagnostics, cached, evidence)
