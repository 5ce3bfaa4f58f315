"""Interleaved timing of seedlint revisions and typos: is this revision slower than that one?

    python bench/compare.py REV [REV ...] [--rounds 5] [--corpus bench/out/corpus]

``run.py`` times each tool's repeats back to back; on a machine whose speed drifts over minutes
(a shared VM: the same run took 14.5 s and 19.4 s within the hour here) a block measured in a fast
minute beats one measured in a slow one. This script runs each revision (checked out into a
temporary ``git worktree``, run with this checkout's interpreter and dependencies) and the working
tree, then typos, once per round, so every round sees the same machine. It reports each one's best
time, its ratio to typos per round (median), and its speed relative to the first revision per round
(median): the figure to compare with a "no more than 10 % slower" bar.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _worktree(rev: str, into: Path) -> Path:
    path = into / rev.replace("/", "_")
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev], check=True)
    return path


def _seedlint(tree: Path, corpus: Path) -> tuple[list[str], Path, dict[str, str]]:
    # the tree's own package first on the path: its code, this checkout's interpreter and dependencies;
    # run from the tree, so its own configuration (default rules) applies
    env = {"PYTHONPATH": str(tree)}
    cmd = [sys.executable, "-m", "seedlint", "check", str(corpus), "--format", "concise", "-q", "--no-cache"]
    return cmd, tree, env


def _time(cmd: Sequence[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("revs", nargs="+", help="git revisions to compare with the working tree (the first is the base)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus")
    args = p.parse_args(argv)
    typos = shutil.which("typos") or str(Path(sys.executable).parent / "typos")
    if not Path(typos).exists():
        print("typos not found: pip install typos", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: run bench/run.py (or bench/generate.py) first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="seedlint-compare-") as tmp:
        trees = [(rev, _worktree(rev, Path(tmp))) for rev in args.revs]
        runs = {rev: _seedlint(tree, args.corpus) for rev, tree in trees}
        runs["working tree"] = _seedlint(ROOT, args.corpus)
        typos_cmd = [typos, "--format", "brief", "--no-ignore", "--hidden", str(args.corpus)]
        try:
            for cmd, cwd, env in runs.values():  # untimed: page cache, bytecode, trigger databases
                _time(cmd, cwd, env)
            times: dict[str, list[float]] = {name: [] for name in [*runs, "typos"]}
            for r in range(args.rounds):
                for name, (cmd, cwd, env) in runs.items():
                    times[name].append(_time(cmd, cwd, env))
                times["typos"].append(_time(typos_cmd, ROOT, {}))
                print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()), flush=True)
        finally:
            for _rev, tree in trees:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    base = args.revs[0]
    print(f"\n{'':16} {'best s':>8} {'x typos (median of rounds)':>28} {'speed vs ' + base:>16}")
    for name in runs:
        ratio = statistics.median(t / s for t, s in zip(times["typos"], times[name], strict=True))
        speed = statistics.median(b / s for b, s in zip(times[base], times[name], strict=True))
        print(f"{name[:16]:16} {min(times[name]):8.2f} {ratio:28.4f} {speed:16.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
