"""The lines changed since a git revision's merge base, for CI on pull requests (``--diff-base``).

A pull request is judged by what it changes, so the comparison is with the merge
base of ``REV`` and ``HEAD`` (``git diff REV...HEAD``), taken against the working
tree so uncommitted edits count too; a file changed only on the base branch is not
reported. Untracked (not ignored) files count as wholly added.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

#: ``None``: every line of the file is new (untracked); else the 1-based changed lines
Changes = dict[str, frozenset[int] | None]

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13, b'"': 34, b"\\": 92}


class GitError(RuntimeError):
    """git is missing, this is not a repository, or the revision is unknown."""


def changed_lines(revision: str, cwd: Path | None = None) -> Changes:
    """Real paths of the files added, copied, modified or renamed since the merge base, with their new lines.

    Pure deletions mark the lines on either side of the cut, so a finding the cut
    creates there (a paragraph now stopping mid-sentence) is reported.
    """
    if not revision or revision.startswith("-"):
        raise GitError(f"not a revision: {revision!r} (a revision cannot start with '-')")
    try:
        top = os.fsdecode(_git(["rev-parse", "--show-toplevel"], cwd).strip())
        base = _git(["merge-base", "--end-of-options", revision, "HEAD"], cwd).strip().decode("ascii")
        diff = _git(
            [
                "-c",
                "core.quotePath=false",
                "diff",
                "-U0",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "--text",
                "--find-renames",
                "--diff-filter=ACMR",
                base,
                "--",
            ],
            Path(top),
        )
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], Path(top))
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        message = os.fsdecode(exc.stderr or b"").strip().splitlines()
        raise GitError(message[-1] if message else f"git failed on revision {revision!r}") from None
    changes: Changes = {}
    for name, lines in parse_diff(diff).items():
        changes[_real(top, name)] = frozenset(lines)
    for raw in untracked.split(b"\0"):
        if raw:
            changes[_real(top, raw)] = None
    return changes


def parse_diff(diff: bytes) -> dict[bytes, set[int]]:
    """New-side file names (raw bytes) of a ``-U0`` unified diff and the new-side lines its hunks touch."""
    files: dict[bytes, set[int]] = {}
    current: set[int] | None = None
    for line in diff.split(b"\n"):
        if line.startswith(b"+++ "):
            target = line[4:].rstrip(b"\t")  # git ends a name holding a space with a tab
            current = None
            if target != b"/dev/null":
                name = unquote(target)
                current = files.setdefault(name[2:] if name.startswith(b"b/") else name, set())
        elif line.startswith(b"@@") and current is not None:
            match = _HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or b"1")
                current.update(range(start, start + count) if count else (start, start + 1))
    return files


def unquote(name: bytes) -> bytes:
    """A path as git prints it in a diff header: C-quoted (``"a\\tb\\303\\251"``) when it holds special bytes."""
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return name
    body, out, i = name[1:-1], bytearray(), 0
    while i < len(body):
        if body[i : i + 1] == b"\\" and i + 1 < len(body):
            nxt = body[i + 1 : i + 2]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            octal = body[i + 1 : i + 4]
            if len(octal) == 3 and all(48 <= c <= 55 for c in octal):
                out.append(int(octal, 8) & 0xFF)
                i += 4
                continue
        out.append(body[i])
        i += 1
    return bytes(out)


def _real(top: str, raw: bytes) -> str:
    """The real path; names that are not UTF-8 survive as surrogate escapes."""
    return os.path.realpath(os.path.join(top, os.fsdecode(raw)))


def key(path: str) -> str:
    """How a checked path is looked up in :data:`Changes`."""
    return os.path.realpath(path)


def _git(args: list[str], cwd: Path | None) -> bytes:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True).stdout
