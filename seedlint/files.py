"""Find the files to check and read them into documents, never writing a byte.

Every failure becomes a one-line :class:`~seedlint.finding.Diagnostic` naming the
file; the run goes on with the rest.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from seedlint.decode import BinaryFileError, Decoded, decode_bytes
from seedlint.document import Document
from seedlint.finding import Diagnostic, Severity
from seedlint.scope import DEFAULT_EXCLUDE, Scope

__all__ = ["DEFAULT_EXCLUDE", "Scope", "discover", "from_bytes", "load", "read"]

#: files over this size are skipped with one line, so memory stays bounded (config ``max-file-size``, in MB)
MAX_FILE_BYTES = 256 << 20
TEXT_SUFFIXES = (
    ".txt",
    ".md",
    ".text",
    ".jsonl",
    ".csv",
    ".tsv",
    ".html",
    ".htm",
    ".xml",
    ".json",
    ".yaml",
    ".yml",
    ".rst",
    "",
)


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _walk(top: Path, scope: Scope, problems: list[Diagnostic]) -> list[str]:
    """Text files under ``top``, depth first in sorted order, without recursion (any depth) or following links.

    A link to a regular file inside ``top`` is checked; links out of the tree, to
    folders, FIFOs or devices are skipped with a warning, as are folders that
    cannot be listed.
    """
    root = top.resolve()
    found: list[str] = []
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Diagnostic(folder.as_posix(), f"cannot list directory: {exc.strerror or exc}"))
            continue
        subdirs: list[Path] = []
        for entry in entries:
            path = Path(folder, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not scope.excluded(path, is_dir=True):
                        subdirs.append(path)
                    continue
                if path.suffix.lower() not in TEXT_SUFFIXES or scope.excluded(path):
                    continue
                if entry.is_symlink():
                    target = path.resolve()
                    if not _within(target, root):
                        problems.append(Diagnostic(path.as_posix(), "skipped: a link to outside the checked tree"))
                        continue
                    if not target.is_file():
                        problems.append(Diagnostic(path.as_posix(), "skipped: a link to something not a regular file"))
                        continue
                elif not entry.is_file(follow_symlinks=False):
                    problems.append(Diagnostic(path.as_posix(), "skipped: not a regular file"))
                    continue
            except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
                problems.append(Diagnostic(path.as_posix(), f"skipped: {getattr(exc, 'strerror', None) or exc}"))
                continue
            found.append(path.as_posix())
        stack.extend(reversed(subdirs))
    return found


def discover(
    paths: Sequence[str], exclude: Sequence[str] = (), scope: Scope | None = None, *, force_exclude: bool = False
) -> tuple[list[str], list[Diagnostic]]:
    """Expand directories (sorted, recursively); report paths that do not exist.

    A file named outright is checked even when ``scope`` excludes it, unless
    ``force_exclude`` (pre-commit names every staged file): then it must also be one
    a walk of the configured ``paths`` would pick (under them, a text suffix, not
    excluded, not git-ignored).
    """
    scope = scope or Scope(exclude)
    files: list[str] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path, scope.walking(path), problems)
            files.extend(found)
            if not found:
                problems.append(Diagnostic(raw, "directory holds no text files to check", Severity.INFO))
        elif path.exists() or path.is_symlink():
            if not force_exclude:
                if not scope.excluded(path, git=False):  # a default or configured exclude still applies
                    files.append(path.as_posix())
            elif path.suffix.lower() in TEXT_SUFFIXES and scope.in_corpus(path) and not scope.excluded_anywhere(path):
                files.append(path.as_posix())
        else:
            problems.append(Diagnostic(raw, "no such file or directory", Severity.ERROR))
    return list(dict.fromkeys(files)), problems


@dataclass(frozen=True, slots=True)
class Loaded:
    document: Document | None
    decoded: Decoded | None
    diagnostics: tuple[Diagnostic, ...]


#: inputs already read once (stdin, pipes: :mod:`seedlint.inputs`), by the name they are reported by
MEMORY: dict[str, bytes] = {}


def read(path: str, limit: int | None = None) -> tuple[bytes | None, Diagnostic | None]:
    """The file's bytes, or a one-line diagnostic naming it.

    Opened without blocking and checked with ``fstat`` first: FIFOs, devices and
    sockets are skipped (a warning), and so is a file over ``limit`` bytes
    (default :data:`MAX_FILE_BYTES`), so memory stays bounded per file.
    """
    if path in MEMORY:
        return MEMORY[path], None
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return None, Diagnostic(path, f"cannot read file: {exc.strerror or exc}", Severity.ERROR)
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None, Diagnostic(path, "skipped: not a regular file", Severity.WARNING)
            if info.st_size > limit:
                return None, Diagnostic(path, f"skipped: {_size(info.st_size)} is over the {_size(limit)} limit")
            data = fh.read(limit + 1)
    except OSError as exc:
        return None, Diagnostic(path, f"cannot read file: {exc.strerror or exc}", Severity.ERROR)
    if len(data) > limit:  # grew while being read
        return None, Diagnostic(path, f"skipped: over the {_size(limit)} limit")
    return data, None


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n} bytes"


def from_bytes(path: str, data: bytes) -> Loaded:
    """Decode bytes already read (the runner hashes them first, for its cache)."""
    try:
        decoded = decode_bytes(data)
    except BinaryFileError as exc:
        return Loaded(None, None, (Diagnostic(path, f"skipped: {exc}", Severity.WARNING),))
    utf8 = data if decoded.encoding == "utf-8" and not decoded.bom else None
    doc = Document(path, decoded.text, decoded.encoding, utf8, detected=decoded.legacy)
    return Loaded(doc, decoded, ())


def load(path: str) -> Loaded:
    """Read and decode one file. Never raises for bad input: returns diagnostics instead."""
    data, problem = read(path)
    if data is None:
        return Loaded(None, None, (problem,) if problem else ())
    return from_bytes(path, data)
