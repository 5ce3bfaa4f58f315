"""Apply fixes: non-overlapping replacements, written atomically in the file's own encoding.

Safe fixes are applied with ``--fix``; unsafe ones (e.g. deleting a chrome line)
only with ``--unsafe-fixes`` too. Fixing repeats until nothing fixable is left
(at most ``MAX_PASSES`` times), so ``fix(fix(x)) == fix(x)``.
"""

from __future__ import annotations

import difflib
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from seedlint import atomic
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


def write_atomic(path: str, text: str, decoded: Decoded) -> None:
    """Replace ``path`` with ``text`` encoded as it was read (BOM and encoding kept), keeping its mode."""
    target = Path(path)
    data = encode_text(text, decoded)
    mode = stat.S_IMODE(target.stat().st_mode)
    atomic.write_atomic(target, data, mode=mode, durable=True)
