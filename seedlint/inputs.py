"""Inputs that can be read only once: ``-`` (stdin), ``/dev/stdin``, ``<(…)`` and other pipes.

Each is read once, up front, into :data:`seedlint.files.MEMORY` under the name it
is reported by, so the runner, the cache (keyed by content), the reporters and the
fixer's diff all see the same bytes, never a second, empty read.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence

from seedlint.files import MEMORY

STDIN = "-"
MAX_PIPE_BYTES = 1 << 30


def _read_all(fd: int) -> bytes:
    chunks, size = [], 0
    while size <= MAX_PIPE_BYTES:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_STREAM_PREFIXES = ("/dev/fd/", "/proc/self/fd/")


def _pipe(path: str) -> bool:
    """Whether ``path`` is this process's stdin or an inherited descriptor (``<(…)``) that is a pipe.

    A named FIFO elsewhere in a corpus is not read: nothing may be writing to it, and
    discovery skips it with a warning instead of blocking.
    """
    if path != "/dev/stdin" and not path.startswith(_STREAM_PREFIXES):
        return False
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def capture(paths: Sequence[str], stdin_filename: str | None) -> tuple[list[str], list[str]]:
    """``(paths left for discovery, names read into memory)``; ``-`` becomes ``stdin_filename`` (else ``-``)."""
    rest: list[str] = []
    piped: list[str] = []
    for path in paths:
        if path == STDIN:
            name = stdin_filename or STDIN
            if name not in MEMORY:
                MEMORY[name] = _read_all(sys.stdin.fileno())
            piped.append(name)
        elif _pipe(path) or path in MEMORY:
            if path not in MEMORY:
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    rest.append(path)  # discovery reports it
                    continue
                try:
                    MEMORY[path] = _read_all(fd)
                finally:
                    os.close(fd)
            piped.append(path)
        else:
            rest.append(path)
    return rest, piped
