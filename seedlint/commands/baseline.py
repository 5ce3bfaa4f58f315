"""``seedlint baseline``: accept today's findings; the findings per file that baselines fingerprint."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from seedlint import baseline as baselines
from seedlint.commands.prepare import prepare
from seedlint.config import Config
from seedlint.finding import Finding, Severity
from seedlint.options import Options
from seedlint.report import display_path, visible
from seedlint.rule import Rule
from seedlint.scope import DEFAULT_BASELINE


def baseline_pairs(findings: Sequence[Finding], files: Sequence[str]) -> list[tuple[str, list[Finding], str | None]]:
    """Findings per file, for baselines: their fingerprints come from each finding's recorded context."""
    by_path: dict[str, list[Finding]] = {f: [] for f in files}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    return [(path, items, None) for path, items in by_path.items()]


def cmd_baseline(args: Options, config: Config, all_rules: Sequence[Rule]) -> int:
    """Write the fingerprints of today's findings so a gate only fails on new ones."""
    prepared = prepare(args, config, all_rules)
    findings = prepared.result.findings
    output = Path(args.output or config.baseline or DEFAULT_BASELINE)
    base = baselines.build(baseline_pairs(findings, prepared.files))
    baselines.dump(base, output)
    print(f"Wrote {output}: {base.count()} finding(s) in {len(base.entries)} file(s) accepted.")
    for d in prepared.problems:
        if d.severity == Severity.ERROR:
            print(f"seedlint: error: {display_path(d.path)}: {visible(d.message)}", file=sys.stderr)
            return 2
    return 0
