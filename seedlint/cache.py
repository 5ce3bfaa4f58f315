"""A results cache keyed by file content and by everything that shapes the results.

Entries live in ``<cache-dir>/<ruleset fingerprint>/<key>.json``. The ruleset
fingerprint covers the seedlint version, the year, the selected rules, the bytes
of every pack file and Python rule module in use, and the relevant configuration,
so editing a pack, the config or upgrading seedlint starts from an empty cache.
Corpus-rule findings are additionally keyed by the corpus evidence.

The cache is untrusted input: anyone can commit a ``.seedlint_cache`` folder. It
holds data only (JSON in a versioned, tagged encoding of findings, diagnostics and
plain containers), never code; every entry is checked for its exact shape on load
and anything unexpected (wrong type, wrong key, too big, not a regular file) is a
miss. Each entry also carries a keyed hash (BLAKE2b MAC) with a secret kept in the
user's cache folder (``~/.cache/seedlint/results-key``), so entries prepared elsewhere
and committed to a repository are never believed, however well formed. seedlint
writes only inside a cache folder it created (marked by a ``CACHEDIR.TAG``), never
through a symbolic link.
"""

from __future__ import annotations

import datetime
import hashlib
import inspect
import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seedlint import __version__
from seedlint.atomic import write_atomic
from seedlint.cache_codec import Entry, Malformed, as_entry, decode, encode
from seedlint.rule import Rule
from seedlint.usercache import read_regular, user_secret

FORMAT = 3  # version of the entry encoding; entries of any other version are misses
MAX_ENTRY_BYTES = 64 << 20
TAG_NAME = "CACHEDIR.TAG"
TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is seedlint's results cache (safe to delete).\n"
_KEY = re.compile(r"[a-z]-[0-9a-f]{1,64}(-[0-9a-z]{1,64})?")


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def ruleset_fingerprint(rules: Iterable[Rule], settings: Iterable[object], *, year: int | None = None) -> str:
    """Hash of the version, the year (date rules read the clock), rules, their files' bytes, and ``settings``."""
    h = hashlib.blake2b(digest_size=16)
    h.update(__version__.encode())
    h.update(str(year if year is not None else datetime.date.today().year).encode() + b"\0")
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


# -- the data-only encoding -------------------------------------------------------------
def evidence_hash(evidence: Any) -> str:
    """Hash of the corpus evidence, stable across processes and runs (sets and dicts sorted)."""
    try:
        text = json.dumps(encode(evidence), sort_keys=True, ensure_ascii=True)
    except (TypeError, ValueError, RecursionError):
        return "unhashable"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _legacy_cache(root: Path) -> bool:
    ignore = root / ".gitignore"
    return ignore.is_file() and not ignore.is_symlink() and ignore.read_bytes() == b"*\n"


def _mac(secret: bytes, key: str, text: str) -> str:
    return hashlib.blake2b(f"{key}\0{text}".encode(), key=secret, digest_size=16).hexdigest()


@dataclass(frozen=True)
class Cache:
    root: Path
    fingerprint: str
    secret: bytes = field(default_factory=user_secret, repr=False)

    @property
    def folder(self) -> Path:
        return self.root / self.fingerprint

    def _file(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"bad cache key {key!r}")
        return self.folder / f"{key}.json"

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None for a miss (including anything malformed)."""
        data = read_regular(self._file(key), MAX_ENTRY_BYTES)
        if data is None:
            return None
        try:
            raw = json.loads(data)
            if not isinstance(raw, dict) or set(raw) != {"format", "key", "mac", "value"}:
                return None
            if raw["format"] != FORMAT or raw["key"] != key or not isinstance(raw["value"], str):
                return None
            if not secrets.compare_digest(str(raw["mac"]), _mac(self.secret, key, raw["value"])):
                return None
            return decode(json.loads(raw["value"]))
        except (ValueError, RecursionError, TypeError):  # Malformed and JSONDecodeError are ValueErrors
            return None

    def get_entry(self, key: str) -> Entry | None:
        """A cached ``(findings, diagnostics)`` pair, or None."""
        value = self.get(key)
        try:
            return None if value is None else as_entry(value)
        except Malformed:
            return None

    def _writable(self) -> bool:
        """Only write in a folder seedlint made: an existing folder must carry its tag, and no link on the way."""
        try:
            if self.root.is_symlink() or self.folder.is_symlink():
                return False
            if not self.root.exists():
                self.root.mkdir(parents=True)
                (self.root / TAG_NAME).write_text(TAG, encoding="utf-8")
                (self.root / ".gitignore").write_text("*\n", encoding="utf-8")
                return True
            tag = self.root / TAG_NAME
            if tag.is_symlink():
                return False
            if not tag.exists() and _legacy_cache(self.root):  # a cache of seedlint 0.1: adopt it
                tag.write_text(TAG, encoding="utf-8")
            return tag.is_file()
        except OSError:
            return False

    def put(self, key: str, value: Any) -> None:
        """Write atomically; a cache that cannot be written is simply not used."""
        try:
            value_text = json.dumps(encode(value), ensure_ascii=True)
            mac = _mac(self.secret, key, value_text)
            text = json.dumps({"format": FORMAT, "key": key, "mac": mac, "value": value_text}, ensure_ascii=True)
        except (TypeError, ValueError, RecursionError):
            return
        if not self._writable():
            return
        try:
            self.folder.mkdir(exist_ok=True)
            write_atomic(self._file(key), text.encode("ascii"))
        except OSError:
            return
