"""A results cache keyed by file content and by everything that shapes the results.

Entries live in ``<cache-dir>/<ruleset fingerprint>/<content hash>.pickle``. The
ruleset fingerprint covers the seedlint version, the selected rules, the bytes of
every pack file and Python rule module in use, and the relevant configuration, so
editing a pack, the config or upgrading seedlint starts from an empty cache.
Corpus-rule findings are additionally keyed by the corpus evidence.
"""

from __future__ import annotations

import hashlib
import inspect
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seedlint import __version__
from seedlint.atomic import write_atomic
from seedlint.rule import Rule


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def ruleset_fingerprint(rules: Iterable[Rule], settings: Iterable[object]) -> str:
    """Hash of the version, rules, their defining files' bytes, and ``settings``."""
    h = hashlib.blake2b(digest_size=16)
    h.update(__version__.encode())
    files: set[str] = set()
    for rule in rules:
        h.update(rule.meta.code.encode() + b"\0")
        source = rule.meta.source.rsplit(":", 1)[0] if rule.meta.source else ""
        if source and Path(source).is_file():
            files.add(source)
        try:
            module_file = inspect.getsourcefile(type(rule))
        except TypeError:
            module_file = None
        if module_file:
            files.add(module_file)
    # seedlint's own sources: a rule may depend on shared modules beside it
    files.update(str(p) for p in Path(__file__).resolve().parent.rglob("*.py"))
    for name in sorted(files):
        try:
            h.update(Path(name).read_bytes())
        except OSError:
            h.update(name.encode())
    for item in settings:
        h.update(repr(item).encode() + b"\0")
    return h.hexdigest()


def _canonical(obj: Any) -> Any:
    """A form of ``obj`` whose pickle does not depend on set or dict ordering (hash seeds)."""
    if isinstance(obj, dict):
        return ("dict", sorted(((_canonical(k), _canonical(v)) for k, v in obj.items()), key=repr))
    if isinstance(obj, set | frozenset):
        return ("set", sorted((_canonical(x) for x in obj), key=repr))
    if isinstance(obj, list | tuple):
        return (type(obj).__name__, [_canonical(x) for x in obj])
    if hasattr(obj, "__dataclass_fields__"):
        return (type(obj).__name__, [(f, _canonical(getattr(obj, f))) for f in obj.__dataclass_fields__])
    return obj


def evidence_hash(evidence: Any) -> str:
    """Hash of the corpus evidence, stable across processes and runs."""
    try:
        return hashlib.blake2b(pickle.dumps(_canonical(evidence), protocol=5), digest_size=16).hexdigest()
    except (pickle.PicklingError, TypeError, AttributeError):
        return "unpicklable"


@dataclass(frozen=True)
class Cache:
    root: Path
    fingerprint: str

    @property
    def folder(self) -> Path:
        return self.root / self.fingerprint

    def get(self, key: str) -> Any:
        try:
            with open(self.folder / f"{key}.pickle", "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Write atomically; a cache that cannot be written is simply not used."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            gitignore = self.root / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            write_atomic(self.folder / f"{key}.pickle", pickle.dumps(value, protocol=5))
        except OSError:
            return
