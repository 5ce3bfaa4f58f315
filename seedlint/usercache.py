"""Where seedlint keeps what it can rebuild: compiled trigger databases, validated patterns.

One folder per user (``$XDG_CACHE_HOME/seedlint``, else ``~/.cache/seedlint``), shared by
every project; the per-project results cache lives in ``.seedlint_cache/`` instead.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from seedlint.atomic import write_atomic

MAX_BLOB = 256 << 20
_MAGIC = b"seedlint-blob-1\n"


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "seedlint"


def read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file no bigger than ``limit``, never following a link or blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = fh.read(limit + 1)
    return data if len(data) <= limit else None


@functools.cache
def user_secret() -> bytes:
    """This user's key for the results cache and native blobs: made once, readable by the user only."""
    path = user_cache_dir() / "results-key"
    key = read_regular(path, 1024)
    if key is not None and len(key) == 32:
        return key
    key = secrets.token_bytes(32)
    with contextlib.suppress(OSError):  # no writable user cache: a key for this run only
        _write_atomic(path, key)
    return key


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)  # owner-only: the temporary file's mode


def _tag(key: str, data: bytes) -> bytes:
    return hashlib.blake2b(key.encode() + b"\0" + data, key=user_secret(), digest_size=32).digest()


def write_blob(name: str, key: str, data: bytes) -> None:
    """Store native data (a compiled Hyperscan database) under ``name``, tagged with ``key`` and this user's secret."""
    with contextlib.suppress(OSError):
        _write_atomic(user_cache_dir() / name, _MAGIC + _tag(key, data) + data)


def read_blob(name: str, key: str) -> bytes | None:
    """What :func:`write_blob` stored under ``name`` for ``key``, or None when absent, foreign or altered."""
    raw = read_regular(user_cache_dir() / name, MAX_BLOB)
    if raw is None or not raw.startswith(_MAGIC) or len(raw) < len(_MAGIC) + 32:
        return None
    tag, data = raw[len(_MAGIC) : len(_MAGIC) + 32], raw[len(_MAGIC) + 32 :]
    return data if hmac.compare_digest(tag, _tag(key, data)) else None
