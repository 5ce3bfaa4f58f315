"""The one atomic-write helper: the old file survives a failed write, no temporary file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedlint.atomic import write_atomic


def test_write_replaces_the_file_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    write_atomic(target, b"new", mode=0o640, durable=True)
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_last_check_can_abandon_the_write(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def changed() -> None:
        raise RuntimeError("the file changed meanwhile")

    with pytest.raises(RuntimeError, match="changed"):
        write_atomic(target, b"new", before_replace=changed)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_baseline_is_written_readable_and_keeps_the_mode_it_had(tmp_path: Path) -> None:
    """A baseline is committed: a new one is 0644 (not the temporary file's 0600), a rewrite keeps its mode."""
    from seedlint.baseline import Baseline, dump, load

    path = tmp_path / "b.json"
    dump(Baseline({"a.txt": ("DATE001:x",)}), path)
    assert path.stat().st_mode & 0o777 == 0o644
    os.chmod(path, 0o664)
    dump(Baseline({"a.txt": ("DATE001:y",)}), path)
    assert path.stat().st_mode & 0o777 == 0o664
    assert load(path).entries == {"a.txt": ("DATE001:y",)}


def test_only_the_atomic_module_renames_files_over_others() -> None:
    """One helper for every replacement (fixes, baselines, caches, suppressions): a new one would skip its checks."""
    root = Path(__file__).resolve().parent.parent / "seedlint"
    users = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if "os.replace(" in (text := p.read_text(encoding="utf-8")) or "mkstemp(" in text
    )
    assert users == ["atomic.py"]
