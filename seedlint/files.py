"""Find the files to check and read them into documents, never writing a byte.

Every failure becomes a one-line :class:`~seedlint.finding.Diagnostic` naming the
file; the run goes on with the rest.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from seedlint.decode import BinaryFileError, Decoded, decode_bytes
from seedlint.document import Document
from seedlint.finding import Diagnostic, Severity

DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".seedlint_cache")
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


def _excluded(path: Path, patterns: Sequence[str]) -> bool:
    text = path.as_posix()
    return any(part in DEFAULT_EXCLUDE for part in path.parts) or any(
        fnmatch.fnmatch(text, p)
        or fnmatch.fnmatch(path.name, p)
        or any(fnmatch.fnmatch(part, p) for part in path.parts)
        for p in patterns
    )


def discover(paths: Sequence[str], exclude: Sequence[str] = ()) -> tuple[list[str], list[Diagnostic]]:
    """Expand directories (sorted, recursively); report paths that do not exist."""
    files: list[str] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not _excluded(Path(root, d), exclude))
                for name in sorted(names):
                    candidate = Path(root, name)
                    if candidate.suffix.lower() in TEXT_SUFFIXES and not _excluded(candidate, exclude):
                        files.append(candidate.as_posix())
                        found = True
            if not found:
                problems.append(Diagnostic(raw, "directory holds no text files to check", Severity.INFO))
        elif path.exists() or path.is_symlink():
            if not _excluded(path, exclude):
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


def read(path: str) -> tuple[bytes | None, Diagnostic | None]:
    """The file's bytes, or a one-line error naming it."""
    if path in MEMORY:
        return MEMORY[path], None
    try:
        with open(path, "rb") as fh:
            return fh.read(), None
    except OSError as exc:
        return None, Diagnostic(path, f"cannot read file: {exc.strerror or exc}", Severity.ERROR)


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
