"""The one way seedlint replaces a file: write a temporary file beside it, then rename it over.

A reader (another worker, another run, the user's editor) sees the old file or the new one,
never half of either; a failed write leaves the old file and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, mode: int | None = None, durable: bool = False) -> None:
    """Replace ``path`` with ``data``; ``mode``: the new file's permissions (else the temporary
    file's, owner-only); ``durable``: flush to disk before the rename (for the user's own files).
    Raises OSError as the write would; the caller decides whether that matters."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".seedlint-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
