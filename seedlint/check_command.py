"""``seedlint check`` and ``seedlint baseline``: select rules, run, fix, compare, report."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from seedlint import baseline as baselines
from seedlint.cache import Cache, ruleset_fingerprint
from seedlint.config import Config
from seedlint.document import Document
from seedlint.engine import Engine, Result
from seedlint.files import discover, from_bytes, load, read
from seedlint.finding import Diagnostic, Finding, Severity
from seedlint.options import Options
from seedlint.registry import matches_selector, select_rules
from seedlint.report import FORMATS, ReportInput, display_path, get_reporter, visible
from seedlint.report.summary import fixable_notes, json_statistics, settings_text, step_summary
from seedlint.rule import Rule
from seedlint.runner import RunResult, default_jobs, keep, run
from seedlint.selection import UsageError, only_changed, scope_of, select_files, with_selection
from seedlint.suppress import SuppressionError, Suppressor, load_sidecar

DEFAULT_BASELINE = ".seedlint-baseline.json"
MACHINE_FORMATS = ("json", "jsonl", "junit", "gitlab")


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


def _pairs(findings: Sequence[Finding], files: Sequence[str]) -> list[tuple[str, list[Finding], str | None]]:
    """Findings per file, for baselines: their fingerprints come from each finding's recorded context."""
    by_path: dict[str, list[Finding]] = {f: [] for f in files}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    return [(path, items, None) for path, items in by_path.items()]


def apply_fixes(prepared: Prepared, unsafe: bool, write: bool) -> tuple[list[str], int, list[Diagnostic]]:
    """Fix every file with fixable findings; return diffs, the count of fixes, problems.

    A file is refused (one error line, nothing written) when it is a link, has hard
    links, is read-only, does not re-encode to its own bytes, or changed meanwhile.
    """
    from seedlint.fixer import FixRefused, check_round_trip, fix_text, fixable, snapshot, unified_diff, write_atomic

    engine, config, evidence = prepared.engine, prepared.config, prepared.result.evidence
    suppressor = prepared.suppressor
    diffs: list[str] = []
    problems: list[Diagnostic] = []
    total = 0
    if write:
        from seedlint.fixer import remove_leftovers

        remove_leftovers(sorted({os.path.dirname(r.path) for r in prepared.result.results}))
    for res in prepared.result.results:
        if not fixable(res.findings, unsafe):
            continue
        path = res.path
        data, _ = read(path, config.max_file_size << 20)
        if data is None:
            continue
        loaded = from_bytes(path, data)
        if loaded.document is None or loaded.decoded is None:
            continue
        try:
            check_round_trip(loaded.decoded, data)
            original = snapshot(path, data) if write else None
        except (FixRefused, OSError) as exc:
            problems.append(Diagnostic(path, str(exc), Severity.ERROR))
            continue

        def check(text: str, path: str = path) -> list[Finding]:
            found = keep(engine.check(Document(path, text), evidence).findings, config, engine)
            return suppressor.filter(path, found, text, record=False) if suppressor else found

        fixed, count = fix_text(loaded.document.source, check, unsafe)
        if not count or fixed == loaded.document.source:
            continue
        if original is not None:
            try:
                write_atomic(path, fixed, loaded.decoded, original)
            except (FixRefused, OSError, UnicodeEncodeError) as exc:
                message = str(exc) if isinstance(exc, FixRefused) else f"fix not written: {exc}"
                problems.append(Diagnostic(path, message, Severity.ERROR))
                continue
        total += count
        diffs.append(unified_diff(path, loaded.document.source, fixed))
    return diffs, total, problems


def cmd_check(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    fmt = args.format or os.environ.get("SEEDLINT_OUTPUT_FORMAT") or ""
    if fmt and fmt not in FORMATS:
        raise UsageError(f"SEEDLINT_OUTPUT_FORMAT={fmt!r} is not a format (choose from {', '.join(FORMATS)})")
    fmt = fmt or ("rich" if sys.stdout.isatty() and not args.output_file else "concise")
    if args.fix and "-" in args.paths and not args.diff:
        raise UsageError("--fix cannot write back to stdin: use --diff")
    if args.show_files or args.show_settings:
        return _show(args, config, all_rules)
    args = dataclasses.replace(args, progress=sys.stderr.isatty() and not args.quiet)  # any format: on stderr
    prepared = prepare(args, config, all_rules)
    config = prepared.config
    findings = prepared.result.findings
    diagnostics = [*prepared.problems, *prepared.result.diagnostics]
    notes: list[str] = []
    if prepared.suppressor is not None:
        suppressed, unused = prepared.suppressor.notes(prepared.files)
        notes.extend(suppressed)
        diagnostics.extend(unused)
    if prepared.result.cached:
        notes.append(f"{prepared.result.cached} of {len(prepared.files)} files answered from the cache.")
    if args.fix or args.diff:
        diffs, count, problems = apply_fixes(prepared, args.unsafe_fixes, write=args.fix and not args.diff)
        diagnostics.extend(problems)
        if args.diff:
            sys.stdout.write("".join(diffs))
            return 1 if count else 0
        if count:
            notes.append(f"Fixed {count} finding{'s' if count != 1 else ''}.")
            prepared = prepare(args, config, all_rules)  # re-check what is left
            findings = prepared.result.findings
    baseline_path = args.baseline or config.baseline
    if baseline_path:
        base = baselines.load(Path(baseline_path))
        comparison = baselines.compare(base, _pairs(findings, prepared.files), set(prepared.files))
        findings = comparison.new
        stale = comparison.stale_count
        notes.append(
            f"Baseline {baseline_path}: {comparison.suppressed} known finding(s) suppressed, "
            f"{stale} baseline entr{'y is' if stale == 1 else 'ies are'} stale (fixed)."
        )
        if args.prune_baseline:
            pruned = {
                p: tuple(fp for fp in fps if fp not in set(comparison.stale.get(p, ())))
                for p, fps in base.entries.items()
            }
            baselines.dump(baselines.Baseline({p: v for p, v in pruned.items() if v}), Path(baseline_path))
            notes.append(f"Pruned {comparison.stale_count} stale entries from {baseline_path}.")
    failed = any(f.severity >= config.fail_on for f in findings) and not args.exit_zero
    if not args.fix:
        notes.extend(fixable_notes(findings, {r.meta.code: r.meta for r in all_rules}, args.show_fixes))
    if not args.quiet:
        color = (
            fmt == "rich"
            and not args.no_color
            and not os.environ.get("NO_COLOR")
            and sys.stdout.isatty()
            and not args.output_file
        )
        data = ReportInput(
            findings=findings,
            diagnostics=diagnostics,
            rules={r.meta.code: r.meta for r in all_rules},
            files_checked=len(prepared.files),
            statistics=args.statistics,
            color=color,
            notes=notes,
            files=prepared.files,
            fingerprints=_fingerprints(findings) if fmt == "gitlab" else {},
        )
        reporter = json_statistics if args.statistics and fmt == "json" else get_reporter(fmt)
        if fmt in MACHINE_FORMATS:  # they cannot carry run problems: tell them on stderr
            for d in diagnostics:
                if d not in prepared.problems or d.severity != Severity.ERROR:  # those end the run below
                    print(f"{display_path(d.path)}: {d.severity}: {visible(d.message)}", file=sys.stderr)
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            _append(os.environ["GITHUB_STEP_SUMMARY"], step_summary(data))
        if args.output_file:
            try:
                with open(args.output_file, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as fh:
                    reporter(data, fh)
            except OSError as exc:
                raise UsageError(f"cannot write {args.output_file}: {exc.strerror or exc}") from None
        else:
            reporter(data, sys.stdout)
    missing = [d for d in prepared.problems if d.severity == Severity.ERROR]
    if missing:
        for d in missing:
            print(f"seedlint: error: {display_path(d.path)}: {visible(d.message)}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _fingerprints(findings: Sequence[Finding]) -> dict[Finding, str]:
    """Each finding's baseline fingerprint (rule, text, context, occurrence: no line number)."""
    out: dict[Finding, str] = {}
    for _, items, text in _pairs(findings, ()):
        out.update(zip(items, baselines.fingerprints(items, text), strict=True))
    return out


def _append(path: str, text: str) -> None:
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        print(f"seedlint: warning: cannot write the job summary {path}: {exc.strerror or exc}", file=sys.stderr)


def _show(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    """``--show-files`` / ``--show-settings``: what a run would use, without running it."""
    selection = select_files(args, config)
    files, problems = selection.files, selection.problems
    if args.show_settings:
        chosen = with_selection(args, config)
        engine = make_engine(chosen, all_rules)
        sys.stdout.write(settings_text(chosen, [r.meta.code for r in engine.rules], len(files)))
    if args.show_files:
        sys.stdout.write("".join(f + "\n" for f in files))
    missing = [d for d in problems if d.severity == Severity.ERROR]
    for d in missing:
        print(f"seedlint: error: {d.path}: {d.message}", file=sys.stderr)
    return 2 if missing else 0


def cmd_baseline(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    """Write the fingerprints of today's findings so a gate only fails on new ones."""
    prepared = prepare(args, config, all_rules)
    findings = prepared.result.findings
    output = Path(args.output or config.baseline or DEFAULT_BASELINE)
    base = baselines.build(_pairs(findings, prepared.files))
    baselines.dump(base, output)
    print(f"Wrote {output}: {base.count()} finding(s) in {len(base.entries)} file(s) accepted.")
    for d in prepared.problems:
        if d.severity == Severity.ERROR:
            print(f"seedlint: error: {display_path(d.path)}: {visible(d.message)}", file=sys.stderr)
            return 2
    return 0
