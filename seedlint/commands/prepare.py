"""Everything a run needs before it reports: the selected engine, the files, the results (cache and
workers), suppressions applied."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from seedlint.cache import Cache, ruleset_fingerprint
from seedlint.config import Config
from seedlint.engine import Engine, Result
from seedlint.files import discover, load
from seedlint.finding import Diagnostic, Severity
from seedlint.options import Options
from seedlint.pool import default_jobs
from seedlint.registry import matches_selector, select_rules
from seedlint.rule import Rule
from seedlint.runner import RunResult, run
from seedlint.selection import UsageError, only_changed, scope_of, select_files, with_selection
from seedlint.suppress import SuppressionError, Suppressor, load_sidecar


@dataclass(frozen=True)
class Prepared:
    config: Config
    engine: Engine
    files: list[str]
    problems: list[Diagnostic]
    result: RunResult
    suppressor: Suppressor | None = None


def prepare(args: Options, config: Config, all_rules: Sequence[Rule]) -> Prepared:
    """Apply CLI overrides, select rules, find files, and run the engine over them."""
    if args.fail_on:
        config = replace(config, fail_on=Severity.parse(args.fail_on))
    if args.timeout:
        config = replace(config, timeout=args.timeout)
    engine = make_engine(with_selection(args, config), all_rules)
    rules = engine.rules
    selection = select_files(args, config)
    files, problems = selection.files, selection.problems
    corpus_files: list[str] = []
    if engine.corpus_rules:
        corpus_paths = [p for p in (config.corpus or config.paths) if Path(p).exists()]
        corpus_files, _ = discover(corpus_paths, scope=scope_of(args, config))
    cache = None
    if not args.no_cache:
        from seedlint.registry import pack_files

        packs = [p.read_bytes() for p in pack_files([Path(p) for p in (*config.rule_packs, *args.rule_pack)])]
        settings = (
            config.severity,
            config.languages,
            config.timeout,
            sorted(config.per_file_ignores.items()),
            sorted(config.rule_settings.items()),
            packs,
        )
        cache = Cache(Path(config.cache_dir), ruleset_fingerprint(rules, settings))
    jobs = args.jobs if args.jobs else default_jobs()
    progress = None
    if args.progress:
        from seedlint.report.progress import Tick, wanted

        progress = Tick(len(files)) if wanted(len(files) + len(corpus_files), args.quiet) else None
    try:
        phase = progress.phase if progress else None
        result = run(engine, files, config, corpus_files, progress=progress, jobs=jobs, cache=cache, phase=phase)
    finally:
        if progress:
            progress.close()
    if selection.changes is not None:
        result = replace(result, results=tuple(only_changed(r, selection) for r in result.results))
    suppressor = make_suppressor(config, all_rules, args.suppressions)
    if suppressor.active:
        result = replace(result, results=tuple(suppress_result(suppressor, r) for r in result.results))
    return Prepared(config, engine, files, problems, result, suppressor)


def make_suppressor(config: Config, all_rules: Sequence[Rule], sidecar: str | None = None) -> Suppressor:
    """The config's accepted terms, ignore patterns and sidecar file (``sidecar`` overrides the config's)."""
    source = sidecar or config.suppressions
    try:
        entries = load_sidecar(Path(source)) if source else ()
        return Suppressor(
            {r.meta.code: r for r in all_rules},
            config.accepted_terms,
            config.extend_ignore_re,
            entries,
            source,
            config.timeout,
        )
    except SuppressionError as exc:
        raise UsageError(str(exc)) from None


def suppress_result(suppressor: Suppressor, result: Result) -> Result:
    if not result.findings:
        return result
    text = None
    if suppressor.patterns or suppressor.entries:
        loaded = load(result.path)
        text = loaded.document.text if loaded.document else None
    return replace(result, findings=tuple(suppressor.filter(result.path, result.findings, text)))


def make_engine(config: Config, all_rules: Sequence[Rule]) -> Engine:
    """The engine for the config's selection, severity overrides, languages, timeout and rule settings
    (each checked against the rules: an unknown code or option is a config error)."""
    from seedlint.rule_config import checked_rule_settings

    select, ignore, extend = config.select, config.ignore, config.extend_select
    unknown = [s for s in (*select, *ignore, *extend) if not any(matches_selector(r, s) for r in all_rules)]
    if unknown:
        raise UsageError(f"selector {unknown[0]!r} matches no rule (see `seedlint rules`)")
    return Engine(
        tuple(select_rules(all_rules, select, ignore, extend)),
        severity=config.severity,
        timeout=config.timeout,
        languages=config.languages,
        settings=checked_rule_settings(config, all_rules),
    )
