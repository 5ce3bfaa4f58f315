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
import stat
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
        if not isinstance(key_node, yaml.ScalarNode):  # an alias or a collection as a key: str() would expand it
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain scalar", key_node.start_mark
            )
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


# Bounds on a pack as its rules will see it, aliases expanded: the built-in packs are far below them
# (the largest holds about 2,500 nodes and 20,000 characters), a YAML alias bomb is far above.
MAX_PACK_BYTES = 16 << 20
MAX_NODES = 1_000_000
MAX_CHARS = 32 << 20
MAX_DEPTH = 64


def _check_bounds(path: Path, data: Any) -> None:
    """Refuse a pack whose aliases expand it past the bounds, or that nests too deep (or refers to itself).

    PyYAML shares an aliased node instead of copying it, so a billion-laughs pack loads in
    microseconds, and then every ``str()``, loop or validator over it would expand it. Walk it
    once, counting every visit, and stop at the first bound crossed."""
    nodes = chars = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES or depth > MAX_DEPTH:
            what = f"more than {MAX_NODES:,} values" if nodes > MAX_NODES else f"nesting deeper than {MAX_DEPTH}"
            raise PackError(f"{path}:1: rule pack expands to {what} (aliases?): refused")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            chars += len(value)
            if chars > MAX_CHARS:
                raise PackError(f"{path}:1: rule pack expands to more than {MAX_CHARS >> 20} MB of text (aliases?)")


def text_value(path: Path, node: Any, key: str, default: str = "") -> str:
    """``node[key]`` as text: a string, or a number written without quotes; anything else is a
    :class:`PackError` at the key's line (never ``str()`` of a list or mapping, which an alias
    could make huge)."""
    value = node.get(key, default) if isinstance(node, dict) else default
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    line = node.key_lines.get(key, node.line) if isinstance(node, _Map) else 0
    raise PackError(f"{path}:{line}: {key!r} must be a string, not {type(value).__name__}")


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
        info = path.stat()
    except OSError as exc:
        raise PackError(f"{path}:0: cannot read rule pack: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block the read, or never end
        raise PackError(f"{path}:0: rule pack is not a regular file")
    if info.st_size > MAX_PACK_BYTES:
        raise PackError(f"{path}:0: rule pack is over the {MAX_PACK_BYTES >> 20} MB limit ({info.st_size} bytes)")
    return _parse(path, info.st_mtime_ns, info.st_size)


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
    _check_bounds(path, data)
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
