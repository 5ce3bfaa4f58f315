"""Apply fixes: non-overlapping replacements, written atomically in the file's own encoding.

Safe fixes are applied with ``--fix``; unsafe ones (e.g. deleting a chrome line)
only with ``--unsafe-fixes`` too. Fixing repeats until nothing fixable is left
(at most ``MAX_PASSES`` times), so ``fix(fix(x)) == fix(x)``.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from seedlint import atomic
from seedlint.atomic import TMP_SUFFIX
from seedlint.decode import Decoded, encode_text
from seedlint.finding import Finding

MAX_PASSES = 10


def fixable(findings: Sequence[Finding], unsafe: bool) -> list[Finding]:
    return [f for f in findings if f.fix is not None and (f.fix_safe or unsafe)]


def apply_fixes(text: str, findings: Sequence[Finding]) -> tuple[str, int]:
    """Apply each fix once, left to right, skipping any that overlaps an earlier one."""
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.fix_range[0], f.fix_range[1], f.rule)):
        start, end = f.fix_range
        if start < last_end or (start == end and start == last_end):
            continue
        if text[start:end] == f.fix:
            continue
        chosen.append(f)
        last_end = end
    out = text
    for f in reversed(chosen):
        start, end = f.fix_range
        out = out[:start] + (f.fix or "") + out[end:]
    return out, len(chosen)


def fix_text(text: str, check: Callable[[str], Sequence[Finding]], unsafe: bool) -> tuple[str, int]:
    """Check and fix until a fixed point; returns the new text and the number of fixes applied."""
    total = 0
    for _ in range(MAX_PASSES):
        candidates = fixable(check(text), unsafe)
        if not candidates:
            break
        text, applied = apply_fixes(text, candidates)
        if not applied:
            break
        total += applied
    return text, total


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
        )
    )


class FixRefused(ValueError):
    """A file seedlint will not rewrite; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Original:
    """A file as read before fixing: its bytes and what ``lstat`` said, to detect edits and keep its owner and mode."""

    data: bytes
    info: os.stat_result


def snapshot(path: str, data: bytes) -> Original:
    """What :func:`write_atomic` needs to keep ``path`` safe; refuses links, hard links and read-only files.

    - a symbolic link is not followed nor replaced by a plain file: fix the file it points to;
    - a file with several hard links is left alone (replacing it would split the links);
    - a read-only file (no owner write bit) is left alone, even for root.
    """
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise FixRefused("not fixed: a symbolic link (fix the file it points to)")
    if not stat.S_ISREG(info.st_mode):
        raise FixRefused("not fixed: not a regular file")
    if info.st_nlink > 1:
        raise FixRefused(f"not fixed: the file has {info.st_nlink} hard links")
    if not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise FixRefused("not fixed: the file is read-only")
    return Original(data, info)


def check_round_trip(decoded: Decoded, data: bytes) -> None:
    """Refuse a file whose text does not encode back to its own bytes: a fix would rewrite bytes it never touched."""
    try:
        same = encode_text(decoded.text, decoded) == data
    except (UnicodeEncodeError, LookupError):
        same = False
    if not same:
        raise FixRefused(f"not fixed: its text (read as {decoded.encoding}) does not encode back to the same bytes")


def _unchanged(path: str, original: Original) -> bool:
    try:
        now = os.lstat(path)
        if (now.st_ino, now.st_size, now.st_mtime_ns) != (
            original.info.st_ino,
            original.info.st_size,
            original.info.st_mtime_ns,
        ):
            return False
        with open(path, "rb") as fh:
            return fh.read(len(original.data) + 1) == original.data
    except OSError:
        return False


def write_atomic(path: str, text: str, decoded: Decoded, original: Original) -> None:
    """Replace ``path`` with ``text`` encoded as it was read (BOM and encoding kept), keeping its mode and owner.

    The replacement is written beside the file and renamed over it, after checking
    that the file still holds exactly the bytes that were fixed (same size, mtime
    and content): an edit made meanwhile is never lost, the fix is refused instead.
    """

    def still_unchanged() -> None:
        if not _unchanged(path, original):
            raise FixRefused("not fixed: the file changed while it was being fixed")

    info = original.info
    atomic.write_atomic(
        Path(path),
        encode_text(text, decoded),
        mode=stat.S_IMODE(info.st_mode),
        owner=(info.st_uid, info.st_gid),
        durable=True,
        before_replace=still_unchanged,
    )


def remove_leftovers(folders: Sequence[str]) -> int:
    """Delete ``.NAME.XXXX.seedlint-tmp`` files that a killed ``--fix`` left behind; returns how many."""
    removed = 0
    for folder in folders:
        try:
            names = [n for n in os.listdir(folder or ".") if n.startswith(".") and n.endswith(TMP_SUFFIX)]
        except OSError:
            continue
        for name in names:
            path = os.path.join(folder or ".", name)
            with contextlib.suppress(OSError):
                if stat.S_ISREG(os.lstat(path).st_mode):
                    os.unlink(path)
                    removed += 1
    return removed
