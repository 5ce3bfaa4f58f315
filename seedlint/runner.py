"""A whole run: gather corpus evidence, check each file, filter by config.

Corpus-level rules see every document of the corpus (the configured corpus paths,
or the checked paths) before any report; findings are only reported for the
files asked for, so pre-commit can pass just the staged files.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from seedlint.config import Config
from seedlint.engine import Engine, Result
from seedlint.files import load
from seedlint.finding import Diagnostic, Finding
from seedlint.registry import matches_selector

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RunResult:
    results: tuple[Result, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]


def gather_corpus(engine: Engine, corpus_files: Sequence[str]) -> dict[str, Any] | None:
    if not engine.corpus_rules:
        return None
    summaries = []
    for path in corpus_files:
        loaded = load(path)
        if loaded.document is not None:
            summaries.append(engine.summarize(loaded.document))
    return engine.reduce(summaries)


def check_one(engine: Engine, path: str, corpus: dict[str, Any] | None, config: Config) -> Result:
    loaded = load(path)
    if loaded.document is None:
        return Result(path, (), loaded.diagnostics)
    result = engine.check(loaded.document, corpus)
    findings = [f for f in result.findings if _kept(f, config, engine)]
    return Result(path, tuple(findings), loaded.diagnostics + result.diagnostics)


def _kept(finding: Finding, config: Config, engine: Engine) -> bool:
    for pattern, selectors in config.per_file_ignores.items():
        if fnmatch.fnmatch(finding.path, pattern) or fnmatch.fnmatch(finding.path.rsplit("/", 1)[-1], pattern):
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
) -> RunResult:
    corpus = gather_corpus(engine, corpus_files if corpus_files is not None else files)
    results = []
    for path in files:
        results.append(check_one(engine, path, corpus, config))
        if progress:
            progress(path)
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RunResult(tuple(results), diagnostics)
