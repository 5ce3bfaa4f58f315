"""Find every rule: built-in and extra YAML packs, and Python rules from entry points.

Built-in Python rules register through the same ``seedlint.rules`` entry-point
group as third-party ones. An entry point names a sequence of rule objects (or a
callable returning one).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from seedlint.packfile import PackError, PackSet
from seedlint.rule import Rule

ENTRY_POINT_GROUP = "seedlint.rules"


def builtin_pack_dir() -> Path:
    """``seedlint/packs``: a link to ``rules/`` in a checkout, a copy of it in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (Path(__file__).parent / "packs", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise PackError(f"{here / 'packs'}:0: the built-in rule packs are missing from this installation")


def builtin_pack_files() -> list[Path]:
    root = builtin_pack_dir()
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def pack_files(extra: Sequence[Path] = ()) -> list[Path]:
    files = builtin_pack_files()
    for path in extra:
        if path.is_dir():
            files.extend(sorted([*path.rglob("*.yaml"), *path.rglob("*.yml")]))
        elif path.is_file():
            files.append(path)
        else:
            raise PackError(f"{path}:0: rule pack path does not exist")
    return files


@functools.cache
def builtin_packs() -> PackSet:
    """The built-in pack files, parsed once: what a family falls back on without a context."""
    return PackSet.read(builtin_pack_files())


@dataclass(frozen=True, slots=True)
class PluginContext:
    """Handed to an entry point that is callable: what it may need to build its rules.

    ``pack_files``: every pack file in use (built-in and from config); ``packs``: the same
    files parsed once, whose validated data a family takes by kind (``packs.load("glossary")``,
    see :data:`seedlint.packfile.PACK_KINDS`) instead of reading files of its own.
    """

    pack_files: tuple[Path, ...] = ()
    packs: PackSet = field(default_factory=PackSet)

    def __post_init__(self) -> None:
        if self.pack_files and not self.packs.files:
            object.__setattr__(self, "packs", PackSet.read(self.pack_files))


def plugin_context(context: PluginContext | None) -> PluginContext:
    """``context``, or the built-in packs when a family is built without one."""
    if context is not None:
        return context
    packs = builtin_packs()
    return PluginContext(packs.paths, packs)


def entry_point_rules(context: PluginContext | None = None) -> list[Rule]:
    context = plugin_context(context)
    out: list[Rule] = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the run down silently
            raise PackError(f"entry point {ep.name} ({ep.value}):0: cannot load: {exc}") from None
        rules = obj(context) if callable(obj) else obj
        for rule in rules:
            if not isinstance(rule, Rule):
                raise PackError(f"entry point {ep.name} ({ep.value}):0: {rule!r} is not a seedlint rule")
            out.append(rule)
    return out


def load_rules(extra_packs: Sequence[Path] = (), *, plugins: bool = True) -> list[Rule]:
    """Every available rule, sorted by code; duplicate codes are an error."""
    rules: list[Rule] = []
    files = pack_files(extra_packs)
    packs = PackSet.read(files)
    rules.extend(packs.load("rules"))
    if plugins:
        rules.extend(entry_point_rules(PluginContext(tuple(files), packs)))
    seen: dict[str, str] = {}
    for rule in rules:
        code = rule.meta.code
        if code in seen:
            raise PackError(f"{rule.meta.source or code}: duplicate rule code {code} (also in {seen[code]})")
        seen[code] = rule.meta.source or code
    return sorted(rules, key=lambda r: r.meta.code)


def matches_selector(rule: Rule, selector: str) -> bool:
    """A selector is a code, a code prefix, a family or a rule name; ALL selects all."""
    s = selector.strip()
    meta = rule.meta
    return s.upper() == "ALL" or meta.code.startswith(s.upper()) or s.lower() in (meta.family, meta.name)


def select_rules(
    rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = (), extend: Sequence[str] = ()
) -> list[Rule]:
    chosen = [r for r in rules if not select or any(matches_selector(r, s) for s in select)]
    if extend:
        chosen += [r for r in rules if r not in chosen and any(matches_selector(r, s) for s in extend)]
    return [r for r in chosen if not any(matches_selector(r, s) for s in ignore)]
