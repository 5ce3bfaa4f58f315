"""Files changed since a git revision, for CI on pull requests (``--diff-base``)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitError(RuntimeError):
    """git is missing, this is not a repository, or the revision is unknown."""


def changed_files(revision: str, cwd: Path | None = None) -> list[str]:
    """Paths (relative to ``cwd``) added, copied, modified or renamed since ``revision``.

    Compares the revision with the working tree, so uncommitted edits count too.
    """
    if not revision or revision.startswith("-"):
        raise GitError(f"not a revision: {revision!r} (a revision cannot start with '-')")
    try:
        top = os.fsdecode(_git(["rev-parse", "--show-toplevel"], cwd).strip())
        out = _git(["diff", "--name-only", "--diff-filter=ACMR", "-z", revision, "--"], cwd)
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], Path(top))
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        message = os.fsdecode(exc.stderr or b"").strip().splitlines()
        raise GitError(message[-1] if message else f"git failed on revision {revision!r}") from None
    here = (cwd or Path.cwd()).resolve()
    paths = []
    for raw in [*out.split(b"\0"), *untracked.split(b"\0")]:
        if not raw:
            continue
        absolute = Path(top, os.fsdecode(raw))  # file names that are not UTF-8 survive as surrogate escapes
        if absolute.is_file():
            try:
                paths.append(absolute.relative_to(here).as_posix())
            except ValueError:
                paths.append(absolute.as_posix())
    return sorted(set(paths))


def _git(args: list[str], cwd: Path | None) -> bytes:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True).stdout
