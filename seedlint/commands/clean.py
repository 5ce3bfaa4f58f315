"""``seedlint clean``: remove the results cache folder, and only a folder seedlint made."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from seedlint.config import Config

_FINGERPRINT = re.compile(r"[0-9a-f]{32}")
_MARKERS = {".gitignore", "CACHEDIR.TAG"}


def is_seedlint_cache(folder: Path) -> bool:
    """A real folder (not a link) marked as seedlint's cache and holding nothing else."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    tag, ignore = folder / "CACHEDIR.TAG", folder / ".gitignore"
    try:
        marked = (tag.is_file() and "seedlint" in tag.read_text(encoding="utf-8", errors="replace")) or (
            ignore.is_file() and ignore.read_text(encoding="utf-8", errors="replace") == "*\n"
        )
        children = list(folder.iterdir())
    except OSError:
        return False
    return marked and all(c.name in _MARKERS or (_FINGERPRINT.fullmatch(c.name) and c.is_dir()) for c in children)


def cmd_clean(config: Config) -> int:
    folder = Path(config.cache_dir)
    if not folder.exists() and not folder.is_symlink():
        print(f"Nothing to clean: {folder} does not exist.")
        return 0
    if not is_seedlint_cache(folder):
        print(f"seedlint: error: {folder} does not look like seedlint's cache; not removed", file=sys.stderr)
        return 2
    shutil.rmtree(folder)
    print(f"Removed {folder}.")
    return 0
