"""Files changed since a git revision, for CI on pull requests (``--diff-base``)."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(RuntimeError):
    """git is missing, this is not a repository, or the revision is unknown."""


def changed_files(revision: str, cwd: Path | None = None) -> list[str]:
    """Paths (relative to ``cwd``) added, copied, modified or renamed since ``revision``.

    Compares the revision with the working tree, so uncommitted edits count too.
    """
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True, check=True
        ).stdout.strip()
        out = subprocess.run(
            ["git", "diff", "--name-only", "--diff-filter=ACMR", "-z", revision, "--"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        untracked = subprocess.run(
            ["git", "ls-files", "--others", "--exclude-standard", "-z"],
            cwd=top,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        message = (exc.stderr or "").strip().splitlines()
        raise GitError(message[-1] if message else f"git failed on revision {revision!r}") from None
    here = (cwd or Path.cwd()).resolve()
    paths = []
    for name in [*out.split("\0"), *untracked.split("\0")]:
        if not name:
            continue
        absolute = Path(top, name)
        if absolute.is_file():
            try:
                paths.append(absolute.relative_to(here).as_posix())
            except ValueError:
                paths.append(absolute.as_posix())
    return sorted(set(paths))
