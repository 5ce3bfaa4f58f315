"""Where seedlint keeps what it can rebuild: compiled trigger databases, validated patterns.

One folder per user (``$XDG_CACHE_HOME/seedlint``, else ``~/.cache/seedlint``), shared by
every project; the per-project results cache lives in ``.seedlint_cache/`` instead.
"""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "seedlint"
