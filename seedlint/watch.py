"""``seedlint check --watch``: run the check again whenever a checked file, the config or a pack changes.

Polls file signatures (modification time, size, inode) instead of depending on a
file-watching library: a corpus changes at human speed, and polling works the same
on every filesystem (network mounts and containers included). Each round re-reads
the config and re-walks the paths, so new files and config edits are picked up; the
results cache makes a re-check of unchanged files cheap.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

POLL_SECONDS = 0.5
Signature = tuple[tuple[str, int, int, int], ...]


def watch(argv: Sequence[str], once: Callable[[list[str]], int], poll: float = POLL_SECONDS) -> int:
    """Run ``once(argv without --watch)`` now and after every change, until Ctrl-C (then exit 0)."""
    argv = [a for a in argv if a != "--watch"]
    try:
        while True:
            if sys.stdout.isatty():
                sys.stdout.write("\x1b[2J\x1b[H")  # a fresh screen per round, as ruff does
            before = signature(argv)  # taken before the run: a change made during it starts another
            code = once(argv)
            sys.stdout.flush()
            print(f"seedlint: exit {code}; watching for changes (Ctrl-C to stop)", file=sys.stderr, flush=True)
            while signature(argv) == before:
                time.sleep(poll)
    except KeyboardInterrupt:
        print("seedlint: stopped watching", file=sys.stderr)
        return 0


def signature(argv: Sequence[str]) -> Signature:
    """What a change is measured by: every file a run would check, its config and packs, and the config
    files upward from the cwd (so a config that failed to load is re-read once edited)."""
    here = Path.cwd()
    paths = [folder / name for folder in (here, *here.parents) for name in ("seedlint.toml", "pyproject.toml")]
    # a bad config or argument: the next round reports it; meanwhile the config files are watched
    with contextlib.suppress(Exception):
        paths.extend(Path(p) for p in _inputs(argv))
    out = []
    for path in dict.fromkeys(paths):
        try:
            info = os.stat(path)
        except OSError:
            continue
        out.append((str(path), info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(out)


def _inputs(argv: Sequence[str]) -> list[str]:
    from seedlint.cli import _config, build_parser, parse
    from seedlint.registry import pack_files
    from seedlint.selection import select_files

    args = parse(build_parser(), argv)
    config = _config(args)
    packs = [str(p) for p in pack_files([Path(p) for p in (*config.rule_packs, *args.rule_pack)])]
    extra = [p for p in (config.source, config.baseline, config.suppressions, args.suppressions) if p]
    return [*select_files(args, config).files, *packs, *extra]
