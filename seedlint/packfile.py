"""Pack files: each YAML file under ``rules/`` (or given by config) read and parsed once per run.

Every pack file declares what it holds with a top-level ``kind:`` key (``rules`` when absent);
the file name never decides. :data:`PACK_KINDS` is the one table of kinds, each with the
validator that turns every file of that kind into the data its rules use. A family receives
that data through :meth:`PackSet.load` (the plug-in context's ``packs``), parsed once and
validated once, instead of finding and reading its own files.

YAML is parsed with a safe loader: nothing read from a pack can run code.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class PackError(ValueError):
    """A malformed pack; the message starts with ``file:line:``."""


class _Map(dict[str, Any]):
    line = 0
    key_lines: dict[str, int]


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader whose mappings remember the line of each key."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if str(key) in out:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[str(key)] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _yaml_error_line(exc: yaml.YAMLError) -> int:
    """The line to blame: where an unclosed quote, flow collection or key began, else the problem."""
    context = getattr(exc, "context", None) or ""
    context_mark = getattr(exc, "context_mark", None)
    problem_mark = getattr(exc, "problem_mark", None)
    if context_mark is not None and any(c in context for c in ("flow", "quoted scalar", "simple key")):
        return int(context_mark.line) + 1
    return int(problem_mark.line) + 1 if problem_mark is not None else 0


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["unreadable"])[0]
    context = getattr(exc, "context", None)
    return f"{problem} ({context})" if context else str(problem)


@dataclass(frozen=True, slots=True)
class PackKind:
    """One kind of pack file: what it holds and the validator (``module:function``) of its files.

    The validator takes every :class:`PackFile` of the kind in use, in order, and returns the
    parsed data, raising :class:`PackError` (``file:line: message``) on the first problem.
    """

    name: str
    holds: str
    validator: str

    def validate(self, files: Sequence[PackFile]) -> Any:
        module, _, function = self.validator.partition(":")
        check: Callable[[Sequence[PackFile]], Any] = getattr(importlib.import_module(module), function)
        return check(files)


PACK_KINDS: dict[str, PackKind] = {
    kind.name: kind
    for kind in (
        PackKind("rules", "YAML rules: pattern, lexicon and table rules", "seedlint.packs:rules_of"),
        PackKind(
            "glossary", "names of entities per language (NAME rules)", "seedlint.checks.names.glossary_pack:glossary_of"
        ),
        PackKind(
            "conversion-pairs",
            "word pairs a converter swaps (SCRIPT101-103)",
            "seedlint.checks.scripts.conversion.analysis:conversion_pack_of",
        ),
        PackKind(
            "conversion-residue",
            "Taiwan words and rare characters a Traditional->Simplified converter leaves (SCRIPT106-107)",
            "seedlint.checks.scripts.conversion.residue:residue_data_of",
        ),
        PackKind(
            "script-data",
            "character tables and word lists (SCRIPT rules)",
            "seedlint.checks.scripts.data:script_data_of",
        ),
    )
}


@dataclass(frozen=True, slots=True, eq=False)
class PackFile:
    """One parsed pack file: its path, its declared kind and its top-level mapping."""

    path: Path
    kind: str
    data: _Map


def read_pack_file(path: Path) -> PackFile:
    """Read and parse ``path`` (once per content: later calls return the same object)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise PackError(f"{path}:0: cannot read rule pack: {exc}") from None
    return _parse(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _parse(path: Path, mtime_ns: int, size: int) -> PackFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}:0: cannot read rule pack: {exc}") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        raise PackError(f"{path}:{_yaml_error_line(exc)}: invalid YAML: {_yaml_problem(exc)}") from None
    if not isinstance(data, _Map):
        raise PackError(f"{path}:1: a rule pack must be a mapping with a 'rules' list")
    kind = data.get("kind", "rules")
    if kind not in PACK_KINDS:
        line = data.key_lines.get("kind", data.line)
        raise PackError(f"{path}:{line}: unknown pack kind {kind!r} (allowed: {', '.join(PACK_KINDS)})")
    return PackFile(path, str(kind), data)


@dataclass(frozen=True, eq=False)
class PackSet:
    """Every pack file in use, parsed; the validated data of each kind, built once on first use."""

    files: tuple[PackFile, ...] = ()
    _loaded: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, paths: Iterable[Path]) -> PackSet:
        return cls(tuple(read_pack_file(p) for p in paths))

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(f.path for f in self.files)

    def of_kind(self, kind: str) -> tuple[PackFile, ...]:
        if kind not in PACK_KINDS:
            raise KeyError(kind)
        return tuple(f for f in self.files if f.kind == kind)

    def load(self, kind: str) -> Any:
        """The validated data of every file of ``kind`` (see :data:`PACK_KINDS`)."""
        if kind not in self._loaded:
            self._loaded[kind] = PACK_KINDS[kind].validate(self.of_kind(kind))
        return self._loaded[kind]
