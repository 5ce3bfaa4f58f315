"""``seedlint eval``: run the configured rules over annotated documents and score them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from seedlint.commands.prepare import prepare
from seedlint.config import Config
from seedlint.document import Document
from seedlint.evaluation.key import load_key, norm
from seedlint.evaluation.render import write_json, write_text
from seedlint.evaluation.score import Scores, all_clean, score
from seedlint.files import load
from seedlint.options import Options
from seedlint.rule import Rule
from seedlint.selection import UsageError


def parse_recall_floor(value: str) -> tuple[str, float]:
    """``CLASS=R`` with R a fraction (0.8) or a percentage (80%)."""
    name, sep, raw = value.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected CLASS=R, got {value!r}")
    raw = raw.strip()
    try:
        number = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: {raw!r} is not a number") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value!r}: recall must lie between 0 and 1 (or 0% and 100%)")
    return name.strip(), number


def gate_failures(scores: Scores, floors: Sequence[tuple[str, float]], max_fp: float | None) -> list[str]:
    """What falls short of the requested floors, one sentence each."""
    out: list[str] = []
    for name, floor in floors:
        tally = scores.overall if name == "all" else scores.by_class.get(name)
        if tally is None:
            out.append(f"class {name!r} has no entries among the checked documents")
        elif tally.recall < floor:
            out.append(f"recall of {name} is {tally.recall:.1%}, below {floor:.1%}")
    if max_fp is not None and scores.fp_per_50kb > max_fp:
        out.append(f"{scores.fp_per_50kb:.2f} false positives per 50 KB of clean text, above {max_fp:g}")
    return out


def _languages(paths: Sequence[str]) -> tuple[dict[str, int], dict[str, str]]:
    sizes: dict[str, int] = {}
    languages: dict[str, str] = {}
    for path in paths:
        loaded = load(path)
        sizes[path] = os.path.getsize(path) if loaded.document else 0
        doc = loaded.document or Document(path, "")
        languages[path] = doc.language
    return sizes, languages


def cmd_eval(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    if args.clean:
        paths = [p for p in (args.key, *args.paths) if p]
        if not paths:
            raise UsageError("eval --clean needs the paths of a clean corpus")
        key = None
    else:
        if not args.key:
            raise UsageError("eval needs an annotation key (KEY.yaml), or --clean with the paths of a clean corpus")
        key = load_key(Path(args.key))
        paths = list(args.paths) or list(key.files)
        missing = [p for p in paths if not os.path.exists(p)]
        for p in missing:
            print(f"seedlint: warning: {p}: named in the key but not found; left out", file=sys.stderr)
        paths = [p for p in paths if p not in missing]
        if not paths:
            raise UsageError(f"{args.key}: no document of the key exists")
    args = replace(args, paths=tuple(paths))
    config = replace(config, corpus=tuple(paths))  # corpus evidence from the evaluated documents
    prepared = prepare(args, config, all_rules)
    for d in (*prepared.problems, *prepared.result.diagnostics):
        print(f"seedlint: {d.severity}: {d.path}: {d.message}", file=sys.stderr)
    if key is None:
        key = all_clean(prepared.files)
    sizes, languages = _languages(prepared.files)
    scores = score(key, prepared.result.findings, prepared.files, sizes, languages)
    if args.format == "json":
        write_json(scores, sys.stdout)
    else:
        write_text(scores, sys.stdout, show_missed=args.show_missed, show_unmatched=args.show_unmatched)
    failures = gate_failures(scores, args.min_recall, args.max_fp_per_50kb)
    for failure in failures:
        print(f"seedlint: eval gate: {failure}", file=sys.stderr)
    return 1 if failures else 0


__all__ = ["cmd_eval", "gate_failures", "norm", "parse_recall_floor"]
