"""``seedlint check``: prepare a run, fix or report it, compare it with the baseline, choose the exit code."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from seedlint import baseline as baselines
from seedlint.commands.baseline import baseline_pairs
from seedlint.commands.fixes import apply_fixes
from seedlint.commands.prepare import make_engine, prepare
from seedlint.config import Config
from seedlint.finding import Finding, Severity
from seedlint.options import Options
from seedlint.report import FORMATS, ReportInput, display_path, get_reporter, visible
from seedlint.report.summary import fixable_notes, json_statistics, settings_text, step_summary
from seedlint.rule import Rule
from seedlint.selection import UsageError, select_files, with_selection

MACHINE_FORMATS = ("json", "jsonl", "junit", "gitlab")  # formats that cannot carry run problems


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
        comparison = baselines.compare(base, baseline_pairs(findings, prepared.files), set(prepared.files))
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
    for d in missing:
        print(f"seedlint: error: {display_path(d.path)}: {visible(d.message)}", file=sys.stderr)
    # a file no rule could check, or a rule that failed on it, is not a pass (reported above with the findings)
    unchecked = sorted({d.path for d in prepared.result.diagnostics if d.severity == Severity.ERROR})
    if unchecked:
        print(f"seedlint: error: {len(unchecked)} file(s) not fully checked (see the errors above)", file=sys.stderr)
    if missing or unchecked:
        return 2
    return 1 if failed else 0


def _fingerprints(findings: Sequence[Finding]) -> dict[Finding, str]:
    """Each finding's baseline fingerprint (rule, text, context, occurrence: no line number)."""
    out: dict[Finding, str] = {}
    for _, items, text in baseline_pairs(findings, ()):
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
