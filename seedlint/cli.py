"""Command line: ``seedlint check | baseline | rules | explain``.

``main(argv) -> int`` is the whole contract: 0 nothing at or above fail-on,
1 findings at or above it, 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from seedlint import __version__
from seedlint.config import MAX_TIMEOUT, Config, ConfigError, find_config, load_config, valid_timeout
from seedlint.options import Options
from seedlint.packs import PackError
from seedlint.registry import load_rules
from seedlint.report import FORMATS, display_path


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not valid_timeout(number):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
    return number


class _Parser(argparse.ArgumentParser):
    """No abbreviated options: ``--form`` is an error, not ``--format``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def _selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="files or directories (default: configured paths, else seeds/)")
    parser.add_argument("--config", help="configuration file (default: discovered upward)")
    parser.add_argument("--select", type=_csv, default=None, help="codes, prefixes, families or names to enable")
    parser.add_argument("--ignore", type=_csv, default=None, help="codes, prefixes, families or names to disable")
    parser.add_argument("--extend-select", type=_csv, default=None, help="enable these on top of the selection")
    parser.add_argument("--rule-pack", action="append", default=[], help="extra YAML pack file or directory")
    parser.add_argument("--timeout", type=_seconds, default=None, help="seconds one rule's regex may run on one line")
    parser.add_argument("--jobs", "-j", type=_positive, default=None, help="worker processes (default: CPU count)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    parser.add_argument("--diff-base", metavar="REV", help="report only lines changed since the merge base with REV")
    parser.add_argument("--force-exclude", action="store_true", help="skip files named outright that a walk would skip")
    parser.add_argument("--no-respect-gitignore", action="store_true", help="walk into what .gitignore files ignore")
    parser.add_argument("--suppressions", metavar="FILE", help="reviewed suppressions file (default: config)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="seedlint", description="Lint text corpora for scraping and translation damage.")
    parser.add_argument("--version", action="version", version=f"seedlint {__version__}")
    sub: argparse._SubParsersAction[argparse.ArgumentParser]
    sub = parser.add_subparsers(dest="command", required=True)  # type: ignore[assignment]

    check = sub.add_parser("check", help="check files and report findings")
    _selection(check)
    check.add_argument(
        "--format",
        "--output-format",
        choices=FORMATS,
        default=None,
        help="default: $SEEDLINT_OUTPUT_FORMAT, else rich on a terminal, else concise",
    )
    check.add_argument("--output-file", "-o", help="write the report here instead of stdout")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None, help="lowest failing severity")
    check.add_argument("--no-color", action="store_true", help="never colour the output")
    check.add_argument("--quiet", "-q", action="store_true", help="print nothing; only the exit code tells")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings fail (2 still on errors)")
    check.add_argument("--stdin-filename", metavar="NAME", help="with '-': the name (and config path) of stdin")
    check.add_argument("--show-settings", action="store_true", help="print the resolved settings and exit")
    check.add_argument("--show-files", action="store_true", help="print the files that would be checked and exit")
    check.add_argument("--show-fixes", action="store_true", help="list the fixable findings per rule")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    check.add_argument("--prune-baseline", action="store_true", help="drop stale (fixed) entries from the baseline")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    check.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: unsafe fixes too")
    check.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    check.add_argument("--watch", action="store_true", help="check again whenever a file, the config or a pack changes")

    base = sub.add_parser("baseline", help="accept today's findings in a baseline file")
    _selection(base)
    base.add_argument(
        "--output", "-o", help=f"baseline file (default: config 'baseline', else {'.seedlint-baseline.json'})"
    )

    _eval_parser(sub)
    from seedlint.commands.suppress import add_parser as _suppress_parser

    _suppress_parser(sub)

    clean = sub.add_parser("clean", help="remove the results cache (config 'cache-dir')")
    clean.add_argument("--config")
    clean.add_argument("--rule-pack", action="append", default=[])

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--config")
    rules.add_argument("--rule-pack", action="append", default=[])
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    explain = sub.add_parser("explain", help="print a rule's documentation and examples")
    explain.add_argument("code")
    explain.add_argument("--config")
    explain.add_argument("--rule-pack", action="append", default=[])
    return parser


def _eval_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from seedlint.commands.eval import parse_recall_floor

    ev = sub.add_parser(
        "eval",
        help="score the rules against an annotation key",
        description="Run the configured rules over annotated documents and report recall per class and language, "
        "precision per rule and false positives per 50 KB of clean text. With --clean, every document "
        "given is a clean control and no key is read.",
    )
    ev.add_argument("key", nargs="?", metavar="KEY.yaml", help="the annotation key (omit with --clean)")
    _selection(ev)
    ev.add_argument("--clean", action="store_true", help="no key: every checked document is clean text")
    ev.add_argument("--format", choices=("text", "json"), default="text")
    ev.add_argument("--show-missed", action="store_true", help="list the entries no finding overlaps")
    ev.add_argument("--show-unmatched", action="store_true", help="list the findings that overlap no entry")
    ev.add_argument(
        "--min-recall",
        type=parse_recall_floor,
        action="append",
        default=[],
        metavar="CLASS=R",
        help="exit 1 when a class's recall (or 'all') is below R (0.8 or 80%%)",
    )
    ev.add_argument("--max-fp-per-50kb", type=float, default=None, metavar="X", help="exit 1 above X")


def _config(args: Options) -> Config:
    """``--config``, else the config found upward from the cwd; when the first path checked lies outside that
    config's folder (or none was found), the config found upward from that path instead, if any."""
    if args.config:
        return load_config(Path(args.config))
    found = find_config(Path.cwd())
    first = next((p for p in args.paths if p != "-"), args.stdin_filename)
    if first:
        start = Path(os.path.abspath(first))
        start = start if start.is_dir() else start.parent
        tree = Path(os.path.abspath(found.parent if found else Path.cwd()))
        if found is None or not (start == tree or tree in start.parents):
            found = find_config(start) or found
    return load_config(found)


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> Options:
    """Options may follow paths (``check a.txt --format concise b.txt``): each subcommand is parsed intermixed.
    The result is the frozen :class:`Options`: nothing below ``main`` sees argparse."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, argparse.ArgumentParser] = next(
        a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    )
    if argv and argv[0] in commands:
        args: argparse.Namespace = commands[argv[0]].parse_intermixed_args(argv[1:])
        args.command = argv[0]
        return Options.from_namespace(args)
    return Options.from_namespace(parser.parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # text that cannot be encoded is escaped, never a traceback
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("seedlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # a full disk or a closed terminal on stdout
        print(f"seedlint: error: cannot write the report: {exc.strerror or exc}", file=sys.stderr)
        _silence_stdout()
        return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


#: the commands that check documents: a batch run's collector settings apply (see :mod:`seedlint.gctune`)
BATCH_COMMANDS = frozenset({"check", "eval", "baseline", "suppress"})


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parse(parser, argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command == "check" and args.watch:
        if "-" in args.paths:
            print("seedlint: error: --watch cannot re-read stdin", file=sys.stderr)
            return 2
        from seedlint.watch import watch

        return watch(list(sys.argv[1:] if argv is None else argv), _main)
    from seedlint.baseline import BaselineError
    from seedlint.commands.baseline import cmd_baseline
    from seedlint.commands.check import cmd_check
    from seedlint.evaluation.key import KeyError_
    from seedlint.selection import UsageError

    try:
        config = _config(args)
        packs = [Path(p) for p in (*config.rule_packs, *args.rule_pack)]
        all_rules = load_rules(packs)
        if args.command in BATCH_COMMANDS:
            from seedlint import gctune

            gctune.for_batch_run()  # the rules and their data are loaded: no collection walks them again
        if args.command == "clean":
            from seedlint.commands.clean import cmd_clean

            return cmd_clean(config)
        if args.command == "rules":
            from seedlint.commands.rules import cmd_rules

            return cmd_rules(all_rules, args.format or "text", sys.stdout)
        if args.command == "explain":
            from seedlint.commands.rules import cmd_explain

            return cmd_explain(all_rules, args.code or "", sys.stdout)
        if args.command == "eval":
            from seedlint.commands.eval import cmd_eval

            return cmd_eval(args, config, all_rules)
        if args.command == "baseline":
            return cmd_baseline(args, config, all_rules)
        if args.command == "suppress":
            from seedlint.commands.suppress import cmd_suppress

            return cmd_suppress(args, config, all_rules)
        if args.prune_baseline and not (args.baseline or config.baseline):
            raise UsageError("--prune-baseline needs --baseline FILE (or 'baseline' in the config)")
        return cmd_check(args, config, all_rules)
    except (ConfigError, PackError, BaselineError, UsageError, KeyError_) as exc:
        print(f"seedlint: error: {display_path(str(exc))}", file=sys.stderr)
        return 2
