"""``seedlint suppress PATH:LINE[:COL] --reason TEXT``: append reviewed entries to the suppressions file.

It only ever appends: entries already in the file are neither rewritten nor pruned.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from seedlint.atomic import write_atomic
from seedlint.commands.prepare import prepare
from seedlint.config import Config
from seedlint.files import load
from seedlint.options import Options
from seedlint.registry import matches_selector
from seedlint.rule import Rule
from seedlint.selection import UsageError
from seedlint.suppress import entry_toml

DEFAULT_FILE = "seedlint-suppressions.toml"
HEADER = "# seedlint suppressions: reviewed by hand, one [[suppress]] per accepted finding, never pruned by seedlint.\n"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("suppress", help="accept the findings at PATH:LINE[:COL] in the reviewed suppressions file")
    p.add_argument("location", metavar="PATH:LINE[:COL]")
    p.add_argument("--reason", required=True, help="why this finding is right in this corpus (kept in the file)")
    p.add_argument("--rule", help="only findings of this code, prefix, family or name")
    p.add_argument("--file", help=f"suppressions file (default: config 'suppressions', else {DEFAULT_FILE})")
    p.add_argument("--config")
    p.add_argument("--rule-pack", action="append", default=[])


def _location(text: str) -> tuple[str, int, int | None]:
    parts = text.rsplit(":", 2)
    try:
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return parts[0], int(parts[1]), int(parts[2])
        head, line = text.rsplit(":", 1)
        return head, int(line), None
    except ValueError:
        raise UsageError(f"{text!r}: expected PATH:LINE or PATH:LINE:COL") from None


def cmd_suppress(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    reason = (args.reason or "").strip()  # argparse requires both; the API may not give them
    path, line, column = _location(args.location or "")
    if not reason:
        raise UsageError("--reason must say why the finding is accepted")
    target = Path(args.file or config.suppressions or DEFAULT_FILE)
    run = Options(
        paths=(path,), rule_pack=args.rule_pack, no_cache=True, jobs=1,
        suppressions=str(target) if target.is_file() else None,
    )  # fmt: skip
    prepared = prepare(run, config, all_rules)
    rules = {r.meta.code: r for r in all_rules}
    chosen = [
        f
        for f in prepared.result.findings
        if f.line == line
        and (column is None or f.column <= column < max(f.end_column, f.column + 1) or f.column == column)
        and (args.rule is None or matches_selector(rules[f.rule], args.rule))
    ]
    if not chosen:
        raise UsageError(f"no unsuppressed finding at {args.location}")
    loaded = load(path)
    text = loaded.document.text if loaded.document else None
    shown = os.path.relpath(Path(path).resolve(), target.resolve().parent)
    old = target.read_text(encoding="utf-8") if target.is_file() else HEADER
    added = "".join(entry_toml(Path(shown).as_posix(), f, text, reason) for f in chosen)
    write_atomic(target, (old + added).encode("utf-8"), mode=0o644, durable=True)
    for f in chosen:
        print(f"{target}: suppressed {f.path}:{f.line}:{f.column} {f.rule} {f.snippet!r}")
    return 0
