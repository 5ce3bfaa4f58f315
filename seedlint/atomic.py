"""The one way seedlint replaces a file: write a temporary file beside it, then rename it over.

A reader (another worker, another run, the user's editor) sees the old file or the new one,
never half of either; a failed write leaves the old file and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(
    path: Path,
    data: bytes,
    *,
    mode: int | None = None,
    owner: tuple[int, int] | None = None,
    durable: bool = False,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data``.

    ``mode``: the new file's permissions (else the temporary file's, owner-only); ``owner``:
    its (uid, gid), kept where the process may give a file away (root), else silently its own;
    ``durable``: flush to disk before the rename (for the user's own files); ``before_replace``:
    a last check that may raise to abandon the write (the temporary file is removed).
    Raises OSError as the write would; the caller decides whether that matters."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            if owner is not None and hasattr(os, "fchown") and owner != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):  # only root may give a file away: others keep their own
                    os.fchown(fh.fileno(), *owner)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


#: what a temporary file ends with: a killed run's leftovers are found by it
TMP_SUFFIX = ".seedlint-tmp"
