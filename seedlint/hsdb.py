"""Hyperscan databases: built once, kept in the user cache folder, loaded on the next run.

The one place seedlint compiles Hyperscan patterns (``hyperscan`` is ``None`` where the platform
has no wheel: callers then fall back to ``regex``). A database is keyed by everything that shapes
it (the expressions, their flags, the Hyperscan version and what the caller adds), stored with
:func:`seedlint.usercache.write_blob` (tagged with the user's secret), and rebuilt whenever
the cached copy cannot be loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from seedlint.usercache import read_blob, write_blob

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - platforms without Hyperscan wheels
    hyperscan = None

#: the flags every seedlint pattern is compiled with: UTF-8 text, Unicode classes, prefilter
#: semantics (a superset of the regex's matches), ^/$ at lines, empty matches allowed
BASE_FLAGS: int = (
    0
    if hyperscan is None
    else hyperscan.HS_FLAG_UTF8
    | hyperscan.HS_FLAG_UCP
    | hyperscan.HS_FLAG_PREFILTER
    | hyperscan.HS_FLAG_MULTILINE
    | hyperscan.HS_FLAG_ALLOWEMPTY
)


def build(expressions: Sequence[str], ids: Sequence[int], flags: Sequence[int]) -> Any:
    """A block-mode database of ``expressions`` (raises ``hyperscan.error`` on one it refuses)."""
    assert hyperscan is not None
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(
        expressions=[e.encode("utf-8") for e in expressions],
        ids=list(ids),
        elements=len(expressions),
        flags=list(flags),
    )
    return db


def compiles(expression: str, flags: int) -> bool:
    """Whether Hyperscan accepts ``expression`` alone."""
    assert hyperscan is not None
    try:
        build([expression], [0], [flags])
    except hyperscan.error:
        return False
    return True


def cached(name: str, key: bytes, make: Callable[[], tuple[Any, str]]) -> tuple[Any, str]:
    """The database ``make()`` builds, with the short note it returns beside it (``(db, note)``),
    loaded from the cache when a run already built it for the same ``name`` and ``key``.

    ``make`` may raise ``hyperscan.error`` or return no database; nothing is cached then. A cache that cannot be read
    or written is simply not used.
    """
    assert hyperscan is not None
    digest = hashlib.sha256(key + b"\0" + str(getattr(hyperscan, "__version__", "")).encode()).hexdigest()[:32]
    blob_name = f"hs-{name}-{digest}.db"
    # native data: loaded only when tagged with this user's secret for this very key, so a file
    # planted in (or copied into) the cache folder is never handed to Hyperscan's deserialiser
    stored = read_blob(blob_name, digest)
    if stored is not None:
        head, _, blob = stored.partition(b"\n")
        try:
            db = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
            db.scratch = hyperscan.Scratch(db)
            return db, head.decode("ascii")
        except (ValueError, TypeError, UnicodeDecodeError, hyperscan.error):
            pass
    db, note = make()
    if db is None:
        return db, note
    if "\n" in note:
        raise ValueError("a database note is one line")
    write_blob(blob_name, digest, note.encode("ascii") + b"\n" + hyperscan.dumpb(db))
    return db, note
