"""A whole run: gather corpus evidence, check each file, filter by config.

Corpus-level rules see every document of the corpus (the configured corpus paths
plus the checked files) before any report; findings are only reported for the
files asked for, so pre-commit can pass just the staged files. Files are checked
in worker processes when there are enough of them; results come back in input
order, so the output is identical to a serial run. A :class:`~seedlint.cache.Cache`
skips files whose bytes (and rules, config, corpus evidence) have not changed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from seedlint.cache import Cache, Entry, content_hash, evidence_hash
from seedlint.config import Config
from seedlint.document import Document
from seedlint.engine import Engine, Result
from seedlint.files import from_bytes, read
from seedlint.finding import Diagnostic, Finding
from seedlint.registry import matches_selector
from seedlint.scope import matches

Progress = Callable[[str], None]  # called with each file's path as it is done
Phase = Callable[[str, int], None]  # called with a phase's name ("evidence", "check") and its count of files
PARALLEL_MIN_FILES = 8  # below this, starting workers costs more than it saves


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


def _summarize(job: _Job, path: str, keep_for_check: bool = False) -> Any:
    data, _ = read(path, job.config.max_file_size << 20)
    if data is None:
        return None
    key = f"s-{content_hash(data)}"
    if job.cache is not None:
        hit = job.cache.get(key)
        if isinstance(hit, tuple) and len(hit) == 1:
            return hit[0]
    doc, problem = _document(path, data)
    summary = job.engine.summarize(doc) if doc is not None else None
    if keep_for_check:
        _KEPT.put(path, data, doc, problem)
    if job.cache is not None:
        job.cache.put(key, (summary,))
    return summary


def _relocate(items: Sequence[Any], path: str) -> tuple[Any, ...]:
    return tuple(item if item.path == path else replace(item, path=path) for item in items)


def _check(job: _Job, path: str) -> tuple[Result, bool]:
    """Check one file; returns the result and whether it came wholly from the cache."""
    kept = _KEPT.pop(path)
    data, problem = (kept[0], None) if kept is not None else read(path, job.config.max_file_size << 20)
    if data is None:
        return Result(path, (), (problem,) if problem else ()), False
    digest = content_hash(data)
    doc_key = f"d-{digest}"
    corpus_key = f"c-{digest}-{job.evidence_key}"
    has_corpus = bool(job.engine.corpus_rules)
    cached_doc = job.cache.get_entry(doc_key) if job.cache else None
    cached_corpus: Entry | None = ((), ())  # no corpus rules: nothing to compute
    if has_corpus:
        cached_corpus = job.cache.get_entry(corpus_key) if job.cache else None
    if cached_doc is not None and cached_corpus is not None:
        hits = _relocate(cached_doc[0], path) + _relocate(cached_corpus[0], path)
        notes = _relocate(cached_doc[1], path) + _relocate(cached_corpus[1], path)
        return _finish(job, path, list(hits), list(notes)), True
    doc, problem = (kept[1], kept[2]) if kept is not None else _document(path, data)
    if doc is None:
        result = ((), (problem,) if problem else ())
        if job.cache:
            job.cache.put(doc_key, result)
            if has_corpus:
                job.cache.put(corpus_key, ((), ()))
        return Result(path, (), result[1]), False
    if cached_doc is None and cached_corpus is None:  # one whole-document scan serves both parts
        whole = job.engine.check(doc, job.evidence, part="all")
        codes = {r.meta.code for r in job.engine.corpus_rules}
        doc_part: Entry = (
            tuple(f for f in whole.findings if f.rule not in codes),
            tuple(d for d in whole.diagnostics if d.rule not in codes),
        )
        corpus_part: Entry = (
            tuple(f for f in whole.findings if f.rule in codes),
            tuple(d for d in whole.diagnostics if d.rule in codes),
        )
        cached_doc, cached_corpus = doc_part, corpus_part
        _put(job, doc_key, cached_doc)
        if has_corpus:
            _put(job, corpus_key, cached_corpus)
    elif cached_doc is None:
        part = job.engine.check(doc, job.evidence, part="document")
        cached_doc = (part.findings, part.diagnostics)
        _put(job, doc_key, cached_doc)
    elif cached_corpus is None:
        part = job.engine.check(doc, job.evidence, part="corpus")
        cached_corpus = (part.findings, part.diagnostics)
        _put(job, corpus_key, cached_corpus)
    # either part may come from the cache, written for another file with the same bytes
    assert cached_doc is not None and cached_corpus is not None
    findings = [*_relocate(cached_doc[0], path), *_relocate(cached_corpus[0], path)]
    problems = [*_relocate(cached_doc[1], path), *_relocate(cached_corpus[1], path)]
    return _finish(job, path, findings, problems), False


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


# -- process pool plumbing ----------------------------------------------------------
_WORKER_JOB: _Job | None = None  # set once per worker process by _init (fork inherits it)


def _init(job: _Job) -> None:
    global _WORKER_JOB
    _WORKER_JOB = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no traceback per worker


def _summarize_in_worker(path: str) -> Any:
    assert _WORKER_JOB is not None
    return _summarize(_WORKER_JOB, path)


def _check_in_worker(path: str) -> tuple[Result, bool]:
    assert _WORKER_JOB is not None
    return _check(_WORKER_JOB, path)


def _map(
    job: _Job, fn: Callable[[str], Any], worker_fn: Callable[[str], Any], paths: Sequence[str], jobs: int
) -> Iterator[Any]:
    if jobs <= 1 or len(paths) < PARALLEL_MIN_FILES or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, paths)
        return
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(64, len(paths) // (jobs * 8)))
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init, initargs=(job,))
    try:
        yield from pool.map(worker_fn, paths, chunksize=chunk)
    except BaseException:  # Ctrl-C, a broken pipe: stop the workers now, leave no orphan behind
        threading.excepthook = _quiet_pool_thread  # the pool's manager thread then fails on its futures
        pool.shutdown(wait=False)
        for child in multiprocessing.active_children():
            child.terminate()
        raise
    pool.shutdown()


def _quiet_pool_thread(args: threading.ExceptHookArgs) -> None:
    """Say nothing of the process pool's own thread failing while seedlint stops it."""
    if args.thread is not None and "ExecutorManagerThread" not in type(args.thread).__name__:
        threading.__excepthook__(args)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


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
    evidence: dict[str, Any] | None = None
    serial = jobs <= 1 or len(files) < PARALLEL_MIN_FILES
    if engine.corpus_rules:
        corpus = list(dict.fromkeys([*(corpus_files or ()), *files]))
        checked = set(files) if serial else set()

        def summarize(path: str) -> Any:
            return _summarize(job, path, keep_for_check=path in checked)

        if phase:
            phase("evidence", len(corpus))
        summaries = []
        for path, summary in zip(corpus, _map(job, summarize, _summarize_in_worker, corpus, jobs), strict=True):
            if summary:
                summaries.append(summary)
            if progress:
                progress(path)
        evidence = engine.reduce(summaries)
        job = _Job(engine, config, cache, evidence, evidence_hash(evidence))
    results: list[Result] = []
    cached = 0
    if phase:
        phase("check", len(files))
    try:
        for result, from_cache in _map(job, lambda p: _check(job, p), _check_in_worker, files, jobs):
            results.append(result)
            cached += from_cache
            if progress:
                progress(result.path)
    finally:
        _KEPT.items.clear()
        _KEPT.size = 0
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RunResult(tuple(results), diagnostics, cached, evidence)
