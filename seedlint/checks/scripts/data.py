"""The data of the script rules: character tables and word lists from ``rules/scripts/data.yaml``.

The file is a data pack (top-level ``kind: script-data``): the YAML rule loader skips it and
:func:`script_data_of` (its validator in :data:`seedlint.packfile.PACK_KINDS`) checks every key
before any document is read, so a broken table fails loudly with its file name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seedlint.packfile import PackError, PackFile, read_pack_file

DATA_KIND = "script-data"
_KEYS = {
    "pack",
    "kind",
    "description",
    "source",
    "han_variants",
    "shared_simplified",
    "pinyin_syllables",
    "abbreviations",
    "mention_words",
    "mention_markers",
}


@dataclass(frozen=True, slots=True)
class ScriptData:
    """Tables the script rules share (immutable once loaded)."""

    trad_to_simp: dict[str, str]
    simp_to_trad: dict[str, str | None]  # None: several traditional forms, no certain fix
    pinyin: frozenset[str]
    abbreviations: frozenset[str]
    mention_words: frozenset[str]
    mention_markers: frozenset[str]


def _fail(path: Path, message: str) -> PackError:
    return PackError(f"{path}:0: {message}")


def _words(path: Path, raw: Any, key: str) -> frozenset[str]:
    if isinstance(raw, str):
        raw = raw.split()
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise _fail(path, f"'{key}' must be a list of words")
    return frozenset(w.lower() for w in raw)


def parse_script_data(path: Path, data: Any) -> ScriptData:
    if not isinstance(data, dict) or data.get("kind") != DATA_KIND:
        raise _fail(path, f"not a {DATA_KIND} file")
    unknown = set(data) - _KEYS
    if unknown:
        raise _fail(path, f"unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(_KEYS))})")
    for key in ("han_variants", "shared_simplified"):
        if not isinstance(data.get(key) or "", str):
            raise _fail(path, f"'{key}' must be a string of characters")
    pairs = str(data.get("han_variants") or "").split()
    trad_to_simp: dict[str, str] = {}
    for pair in pairs:
        if len(pair) != 2 or pair[0] == pair[1]:
            raise _fail(path, f"han_variants entry {pair!r} must be two different characters (traditional, simplified)")
        if pair[0] in trad_to_simp:
            raise _fail(path, f"han_variants lists {pair[0]!r} twice")
        trad_to_simp[pair[0]] = pair[1]
    shared = set(str(data.get("shared_simplified") or ""))
    simp_to_trad: dict[str, str | None] = {}
    for trad, simp in trad_to_simp.items():
        if simp in shared:
            continue
        simp_to_trad[simp] = None if simp in simp_to_trad else trad
    clash = set(trad_to_simp) & set(simp_to_trad)
    if clash:
        raise _fail(path, f"han_variants: {sorted(clash)[0]!r} is both traditional-only and simplified-only")
    abbreviations = data.get("abbreviations") or {}
    if not isinstance(abbreviations, dict):
        raise _fail(path, "'abbreviations' must map a language to a list of words")
    abbr: set[str] = set()
    for lang, words in abbreviations.items():
        abbr |= _words(path, words, f"abbreviations.{lang}")
    return ScriptData(
        trad_to_simp=trad_to_simp,
        simp_to_trad=simp_to_trad,
        pinyin=_words(path, data.get("pinyin_syllables") or [], "pinyin_syllables"),
        abbreviations=frozenset(abbr),
        mention_words=_words(path, data.get("mention_words") or [], "mention_words"),
        mention_markers=_words(path, data.get("mention_markers") or [], "mention_markers"),
    )


def script_data_of(files: Sequence[PackFile]) -> ScriptData:
    """The validator of ``kind: script-data`` packs: the last one in use wins, else the built-in one."""
    if not files:
        from seedlint.registry import builtin_packs

        files = builtin_packs().of_kind(DATA_KIND)
        if not files:
            raise PackError(f"rules/:0: no built-in {DATA_KIND} pack")
    return parse_script_data(files[-1].path, files[-1].data)


def load_script_data(pack_files: Sequence[Path] = ()) -> ScriptData:
    """The script data among ``pack_files`` (for callers without a plug-in context)."""
    return script_data_of([f for f in map(read_pack_file, pack_files) if f.kind == DATA_KIND])
