"""Command line: ``seedlint check | rules | explain``.

``main(argv) -> int`` is the whole contract: 0 nothing at or above fail-on,
1 findings at or above it, 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from seedlint import __version__
from seedlint.config import Config, ConfigError, find_config, load_config
from seedlint.engine import Engine
from seedlint.files import discover, load
from seedlint.finding import Severity
from seedlint.packs import PackError
from seedlint.registry import load_rules, select_rules
from seedlint.report import FORMATS, ReportInput, get_reporter
from seedlint.rule import Rule


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seedlint", description="Lint text corpora for scraping and translation damage."
    )
    parser.add_argument("--version", action="version", version=f"seedlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check files and report findings")
    check.add_argument("paths", nargs="*", help="files or directories (default: configured paths, else seeds/)")
    check.add_argument("--config", help="configuration file (default: discovered upward)")
    check.add_argument("--select", type=_csv, default=None, help="codes, prefixes, families or names to enable")
    check.add_argument("--ignore", type=_csv, default=None, help="codes, prefixes, families or names to disable")
    check.add_argument("--extend-select", type=_csv, default=None, help="enable these on top of the selection")
    check.add_argument("--rule-pack", action="append", default=[], help="extra YAML pack file or directory")
    check.add_argument(
        "--format", choices=FORMATS, default=None, help="output format (default: rich on a terminal, else concise)"
    )
    check.add_argument("--output-file", "-o", help="write the report here instead of stdout")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument(
        "--fail-on", choices=("error", "warning", "info"), default=None, help="lowest severity that fails the run"
    )
    check.add_argument("--no-color", action="store_true", help="never colour the output")
    check.add_argument("--quiet", "-q", action="store_true", help="print nothing; only the exit code tells")
    check.add_argument("--timeout", type=float, default=None, help="seconds one rule's regex may run on one line")

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--config")
    rules.add_argument("--rule-pack", action="append", default=[])
    rules.add_argument("--format", choices=("text", "json"), default="text")

    explain = sub.add_parser("explain", help="print a rule's documentation and examples")
    explain.add_argument("code")
    explain.add_argument("--config")
    explain.add_argument("--rule-pack", action="append", default=[])
    return parser


def _config(args: argparse.Namespace) -> Config:
    path = Path(args.config) if args.config else find_config(Path.cwd())
    return load_config(path)


def _rules(config: Config, extra: Sequence[str]) -> list[Rule]:
    return load_rules([Path(p) for p in (*config.rule_packs, *extra)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        config = _config(args)
        all_rules = _rules(config, args.rule_pack)
        if args.command == "rules":
            return cmd_rules(all_rules, args.format, sys.stdout)
        if args.command == "explain":
            return cmd_explain(all_rules, args.code, sys.stdout)
        return cmd_check(args, config, all_rules)
    except (ConfigError, PackError) as exc:
        print(f"seedlint: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def cmd_rules(rules: Sequence[Rule], fmt: str, out: TextIO) -> int:
    if fmt == "json":
        import json

        json.dump(
            [
                {
                    "code": r.meta.code,
                    "name": r.meta.name,
                    "family": r.meta.family,
                    "severity": str(r.meta.severity),
                    "languages": list(r.meta.languages),
                    "summary": r.meta.summary,
                }
                for r in rules
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    for r in rules:
        langs = ",".join(r.meta.languages) or "all"
        out.write(f"{r.meta.code:<10} {r.meta.family:<10} {r.meta.severity!s:<8} {langs:<10} {r.meta.summary}\n")
    return 0


def cmd_explain(rules: Sequence[Rule], code: str, out: TextIO) -> int:
    found = [r for r in rules if r.meta.code == code.upper() or r.meta.name == code]
    if not found:
        print(f"seedlint: error: no rule {code!r} (see `seedlint rules`)", file=sys.stderr)
        return 2
    meta = found[0].meta
    out.write(f"{meta.code} ({meta.name})\n\n")
    out.write(
        f"Family: {meta.family}    Severity: {meta.severity}    Languages: {', '.join(meta.languages) or 'all'}\n"
    )
    out.write(f"Defined in: {meta.source}\n\n")
    out.write(f"## What it does\n{meta.summary}\n\n## Why it matters\n{meta.docs}\n\n## Examples\n")
    for ex in meta.bad:
        out.write("Bad:\n" + _indent(ex.text) + "\n")
        for e in ex.expect:
            out.write(f"  -> flags {e.match!r}" + (f", fix {e.fix!r}" if e.fix is not None else "") + "\n")
    for ex in meta.good:
        out.write("Good:\n" + _indent(ex.text) + "\n")
    return 0


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _line_reader() -> Callable[[str, int], str | None]:
    @lru_cache(maxsize=64)
    def lines(path: str) -> tuple[str, ...]:
        loaded = load(path)
        return tuple(loaded.document.text.split("\n")) if loaded.document else ()

    def line_text(path: str, line: int) -> str | None:
        all_lines = lines(path)
        return all_lines[line - 1].rstrip("\r") if 0 < line <= len(all_lines) else None

    return line_text


def cmd_check(args: argparse.Namespace, config: Config, all_rules: Sequence[Rule]) -> int:
    from seedlint.runner import run

    if args.fail_on:
        config = replace(config, fail_on=Severity.parse(args.fail_on))
    if args.timeout:
        config = replace(config, timeout=args.timeout)
    select = args.select if args.select is not None else config.select
    ignore = args.ignore if args.ignore is not None else config.ignore
    extend = args.extend_select if args.extend_select is not None else config.extend_select
    rules = select_rules(all_rules, select, ignore, extend)
    unknown = [s for s in (*select, *ignore, *extend) if not any(_hits(r, s) for r in all_rules)]
    if unknown:
        print(f"seedlint: error: selector {unknown[0]!r} matches no rule (see `seedlint rules`)", file=sys.stderr)
        return 2
    engine = Engine(tuple(rules), severity=config.severity, timeout=config.timeout, languages=config.languages)
    paths = args.paths or list(config.paths)
    files, problems = discover(paths, config.exclude)
    corpus_files = None
    if config.corpus:
        corpus_files, _ = discover(config.corpus, config.exclude)
        corpus_files = sorted(set(corpus_files) | set(files))

    fmt = args.format or ("rich" if sys.stdout.isatty() and not args.output_file else "concise")
    color = (
        fmt == "rich"
        and not args.no_color
        and not os.environ.get("NO_COLOR")
        and sys.stdout.isatty()
        and not args.output_file
    )
    progress: _Tick | None = None
    if fmt == "rich" and len(files) > 5 and sys.stderr.isatty() and not args.quiet:
        progress = _Tick(len(files))
    result = run(engine, files, config, corpus_files, progress=progress)
    if progress:
        progress.close()
    findings = result.findings
    diagnostics = [*problems, *result.diagnostics]
    failed = any(f.severity >= config.fail_on for f in findings)
    missing = any(d.severity == Severity.ERROR and d.message == "no such file or directory" for d in problems)
    if not args.quiet:
        data = ReportInput(
            findings=findings,
            diagnostics=diagnostics,
            rules={r.meta.code: r.meta for r in all_rules},
            files_checked=len(files),
            statistics=args.statistics,
            color=color,
            line_text=_line_reader(),
        )
        reporter = get_reporter(fmt)
        if args.output_file:
            with open(args.output_file, "w", encoding="utf-8", newline="\n") as fh:
                reporter(data, fh)
        else:
            reporter(data, sys.stdout)
    if missing:
        for d in problems:
            if d.severity == Severity.ERROR:
                print(f"seedlint: error: {d.path}: {d.message}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _hits(rule: Rule, selector: str) -> bool:
    from seedlint.registry import matches_selector

    return matches_selector(rule, selector)


class _Tick:
    """A rich progress bar on stderr, advanced once per checked file."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(transient=True, console=Console(stderr=True))
        self.task = self.bar.add_task("checking", total=total)
        self.bar.start()

    def __call__(self, path: str) -> None:
        self.bar.update(self.task, advance=1, description=path[-40:])

    def close(self) -> None:
        self.bar.stop()
