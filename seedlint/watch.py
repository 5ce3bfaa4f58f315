"""``seedlint check --watch``: run the check again whenever a checked file, the config or a pack changes.

The file system tells us when something changed (``watchfiles``: inotify, FSEvents or
ReadDirectoryChanges, and polling where those do not work, e.g. with
``WATCHFILES_FORCE_POLLING=1`` on network mounts); whether the change matters is
decided by a signature of what the run reads (modification time, size, inode of every
checked file, config and pack), so the results cache writing its entries, or an
editor's swap file, never starts a round. Each round re-reads the config and re-walks
the paths, so new files and config edits are picked up; the results cache makes a
re-check of unchanged files cheap.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Signature = tuple[tuple[str, int, int, int], ...]
STARTUP_RECHECK_MS = 500  # how soon after the notice an edit the watcher could not see is picked up


def watch(argv: Sequence[str], once: Callable[[list[str]], int]) -> int:
    """Run ``once(argv without --watch)`` now and after every change, until Ctrl-C (then exit 0)."""
    import watchfiles

    argv = [a for a in argv if a != "--watch"]
    try:
        while True:
            if sys.stdout.isatty():
                sys.stdout.write("\x1b[2J\x1b[H")  # a fresh screen per round, as ruff does
            before = signature(argv)  # taken before the run: a change made during it starts another
            code = once(argv)
            sys.stdout.flush()
            print(f"seedlint: exit {code}; watching for changes (Ctrl-C to stop)", file=sys.stderr, flush=True)
            now = signature(argv)
            if now != before:
                continue
            # an edit made after that signature but before the watcher is set up sends no event: the first
            # timeout (the watcher is up by then) compares the signature once more; later ones are idle
            started = False
            for changes in watchfiles.watch(
                *_roots(argv, now),
                debounce=200,
                step=50,
                rust_timeout=STARTUP_RECHECK_MS,
                yield_on_timeout=True,
                raise_interrupt=True,
            ):
                if not changes:
                    if started:
                        continue
                    started = True
                if signature(argv) != before:
                    break
    except KeyboardInterrupt:
        print("seedlint: stopped watching", file=sys.stderr)
        return 0


def _roots(argv: Sequence[str], read: Signature) -> list[Path]:
    """What to watch: the working folder and the checked folders, recursively (a new file appears
    in its folder), and any file the run reads outside them (a parent config, a pack elsewhere) by
    itself, so a config in a home folder does not mean watching the whole home folder. ``read``: the
    :func:`signature` of what the run reads, already taken by the caller."""
    folders = {os.path.abspath(Path.cwd())}
    with contextlib.suppress(Exception):
        from seedlint.cli import build_parser, parse

        checked = parse(build_parser(), list(argv)).paths
        folders.update(os.path.abspath(p) for p in checked if p != "-" and Path(p).is_dir())
    folders = {f for f in folders if not any(f.startswith(o.rstrip(os.sep) + os.sep) for o in folders)}
    outside = {
        os.path.abspath(path)
        for path, *_ in read
        if not any(os.path.abspath(path).startswith(f.rstrip(os.sep) + os.sep) for f in folders)
    }
    return [Path(p) for p in sorted(folders | outside)]


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
