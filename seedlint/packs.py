"""Load YAML rule packs: validate every key before any document is read.

A rule pack is ``{kind: rules, pack, description, source, defaults, rules: [...]}``, read by
:mod:`seedlint.packfile`; each rule picks a kind (``pattern``, ``lexicon`` or ``table``). Errors
name the pack file and line and raise :class:`PackError`; the CLI turns that into exit code 2.
"""

from __future__ import annotations

import functools
import hashlib
import string
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

from seedlint.finding import FAMILIES, Severity
from seedlint.kinds import PatternRule, PhraseRule
from seedlint.packfile import PackError, PackFile, _LineLoader, _Map, read_pack_file, text_value
from seedlint.rule import Example, Expected, Rule, RuleMeta
from seedlint.usercache import user_cache_dir

__all__ = ["PackError", "_LineLoader", "_Map", "load_pack", "rules_of"]

CODE_RE = regex.compile(r"^[A-Z]{2,8}[0-9]{3}$")
NAME_RE = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_GROUP_NAME = regex.compile(r"(?<!\\)\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>")


PACK_KEYS = {"pack", "description", "source", "defaults", "rules", "kind"}
COMMON_KEYS = {
    "code", "name", "family", "severity", "languages", "summary", "docs", "kind",
    "message", "ignorecase", "unless", "examples", "source", "triggers", "fix_safe",
}  # fmt: skip
KIND_KEYS = {
    "pattern": {"pattern", "fix", "delete_line", "unless_nearby", "max_per_document"},
    "lexicon": {"words"},
    "table": {"replace"},
}
REQUIRED = ("code", "name", "family", "severity", "summary", "docs", "kind", "message", "examples")


class _Ctx:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: Any, message: str, key: str | None = None) -> PackError:
        line = 0
        if isinstance(node, _Map):
            line = node.key_lines.get(key, node.line) if key else node.line
        return PackError(f"{self.path}:{line}: {message}")


def load_pack(path: Path) -> list[Rule]:
    """Parse and validate one pack file into rule objects.

    A file whose declared ``kind`` is not ``rules`` (e.g. ``glossary``) is data for a
    Python rule, which receives it through :class:`~seedlint.registry.PluginContext`.
    """
    pack = read_pack_file(path)
    return _rules_of_file(pack) if pack.kind == "rules" else []


def rules_of(files: Sequence[PackFile]) -> list[Rule]:
    """The validator of ``kind: rules`` packs: the rules of every file, in order."""
    return [rule for pack in files for rule in _rules_of_file(pack)]


def _rules_of_file(pack: PackFile) -> list[Rule]:
    path, data = pack.path, pack.data
    ctx = _Ctx(path)
    unknown = set(data) - PACK_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise ctx.fail(data, f"unknown key {key!r} (allowed: {', '.join(sorted(PACK_KEYS))})", key)
    defaults = data.get("defaults") or _Map()
    if not isinstance(defaults, _Map):
        raise ctx.fail(data, "'defaults' must be a mapping", "defaults")
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        raise ctx.fail(data, "'rules' must be a non-empty list", "rules")
    out: list[Rule] = []
    for entry in rules:
        if not isinstance(entry, _Map):
            raise ctx.fail(data, "each rule must be a mapping", "rules")
        merged = _Map({**defaults, **entry})
        merged.line = entry.line
        merged.key_lines = {**{k: entry.line for k in defaults}, **entry.key_lines}
        out.append(_build_rule(ctx, merged, text_value(ctx.path, data, "source")))
    return out


def _check_template(ctx: _Ctx, node: _Map, key: str, allowed: set[str]) -> None:
    """A message template may only name fields the rule fills in; anything else fails at load, not mid-run."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(node[key]) if f is not None]
    except ValueError as exc:
        raise ctx.fail(node, f"bad {key!r} template: {exc}", key) from None
    for f in fields:
        name = f.split(".", 1)[0].split("[", 1)[0]
        if name not in allowed:
            hint = ", ".join("{" + a + "}" for a in sorted(allowed))
            raise ctx.fail(node, f"{key!r} template names unknown field {{{f}}} (allowed: {hint})", key)


def _get(ctx: _Ctx, node: _Map, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
    value = node.get(key, default)
    if value is not None and not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ctx.fail(node, f"{key!r} must be {names}, not {type(value).__name__}", key)
    return value


def _compile(ctx: _Ctx, node: _Map, key: str, pattern: str, ignorecase: bool) -> None:
    """Validate a pattern now, so a bad one fails at load time with its file and line.

    Compiling every pattern of every pack costs more than a one-file run should, so
    patterns already known to compile (under this ``regex`` version) are not compiled again.
    """
    flags = regex.V1 | (regex.IGNORECASE if ignorecase else 0)
    digest = hashlib.blake2b(f"{regex.__version__}\0{flags}\0{pattern}".encode(), digest_size=12).hexdigest()
    known = _known_good()
    if digest in known:
        return
    try:
        regex.compile(pattern, flags)
    except regex.error as exc:
        raise ctx.fail(node, f"bad regex in {key!r}: {exc}", key) from None
    known.add(digest)
    _remember(digest)


@functools.cache
def _known_good() -> set[str]:
    try:
        return set(_KNOWN_GOOD_FILE().read_text(encoding="ascii").split())
    except (OSError, UnicodeDecodeError):
        return set()


def _KNOWN_GOOD_FILE() -> Path:
    return user_cache_dir() / "valid-patterns.txt"


def _remember(digest: str) -> None:
    try:
        path = _KNOWN_GOOD_FILE()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="ascii") as fh:  # one short line per append: safe to share
            fh.write(digest + "\n")
    except OSError:
        return


def _build_rule(ctx: _Ctx, node: _Map, pack_source: str) -> Rule:
    for key in REQUIRED:
        if key not in node:
            label = node.get("code", "rule")
            raise ctx.fail(node, f"{label}: missing required key {key!r}")
    kind = _get(ctx, node, "kind", str)
    if kind not in KIND_KEYS:
        raise ctx.fail(node, f"unknown kind {kind!r} (allowed: {', '.join(KIND_KEYS)})", "kind")
    allowed = COMMON_KEYS | KIND_KEYS[kind]
    for key in node:
        if key not in allowed:
            raise ctx.fail(node, f"unknown key {key!r} for a {kind} rule", key)
    code = _get(ctx, node, "code", str)
    if not CODE_RE.match(code):
        raise ctx.fail(node, f"rule code {code!r} must be 2-8 capitals then 3 digits (e.g. DATE001)", "code")
    name = _get(ctx, node, "name", str)
    if not NAME_RE.match(name):
        raise ctx.fail(node, f"rule name {name!r} must be a lower-case slug", "name")
    family = _get(ctx, node, "family", str)
    if family not in FAMILIES:
        raise ctx.fail(node, f"unknown family {family!r} (allowed: {', '.join(FAMILIES)})", "family")
    try:
        severity = Severity.parse(_get(ctx, node, "severity", str))
    except ValueError as exc:
        raise ctx.fail(node, str(exc), "severity") from None
    languages = _get(ctx, node, "languages", list, [])
    if not all(isinstance(x, str) for x in languages):
        raise ctx.fail(node, "'languages' must be a list of language codes", "languages")
    ignorecase = bool(_get(ctx, node, "ignorecase", bool, False))
    unless = _get(ctx, node, "unless", str)
    if unless:
        _compile(ctx, node, "unless", unless, ignorecase)
    triggers = _get(ctx, node, "triggers", list, [])
    for t in triggers:
        if not isinstance(t, str):
            raise ctx.fail(node, f"each trigger must be a pattern (a string), not {type(t).__name__}", "triggers")
        _compile(ctx, node, "triggers", t, ignorecase)
    meta = RuleMeta(
        code=code,
        name=name,
        family=family,
        severity=severity,
        summary=_get(ctx, node, "summary", str).strip(),
        docs=" ".join(_get(ctx, node, "docs", str).split()),
        languages=tuple(languages),
        bad=tuple(_examples(ctx, node, "bad")),
        good=tuple(_examples(ctx, node, "good")),
        source=f"{ctx.path}:{node.line}",
    )
    message = _get(ctx, node, "message", str)
    fix_safe = bool(_get(ctx, node, "fix_safe", bool, True))
    common: dict[str, Any] = {"ignorecase": ignorecase, "unless": unless, "triggers": tuple(map(str, triggers))}
    if kind == "pattern":
        pattern = _get(ctx, node, "pattern", str)
        if not pattern:
            raise ctx.fail(node, f"{code}: a pattern rule needs 'pattern'")
        _compile(ctx, node, "pattern", pattern, ignorecase)
        groups = set(_GROUP_NAME.findall(pattern))  # read off the text: compiling again costs too much
        _check_template(ctx, node, "message", {"match", *groups})
        nearby = _get(ctx, node, "unless_nearby", str)
        if nearby:
            _compile(ctx, node, "unless_nearby", nearby, ignorecase)
        most = _get(ctx, node, "max_per_document", int)
        if most is not None and (isinstance(most, bool) or most < 1):
            raise ctx.fail(node, "'max_per_document' must be a positive number of lines", "max_per_document")
        return PatternRule(
            meta,
            pattern,
            message,
            fix=_get(ctx, node, "fix", str),
            fix_safe=fix_safe and not node.get("delete_line"),
            delete_line=bool(_get(ctx, node, "delete_line", bool, False)),
            unless_nearby=nearby or None,
            max_per_document=most,
            **common,
        )
    if kind == "lexicon":
        words = _get(ctx, node, "words", list)
        if not words or not all(isinstance(w, str) and w for w in words):
            raise ctx.fail(node, f"{code}: 'words' must be a non-empty list of strings", "words")
        _check_template(ctx, node, "message", {"match", "fix"})
        return PhraseRule(meta, dict.fromkeys(words), message, fix_safe=fix_safe, **common)
    table = _get(ctx, node, "replace", dict)
    if not table or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise ctx.fail(node, f"{code}: 'replace' must map wrong text to right text", "replace")
    _check_template(ctx, node, "message", {"match", "fix"})
    return PhraseRule(meta, dict(table), message, fix_safe=fix_safe, **common)


def _examples(ctx: _Ctx, node: _Map, which: str) -> Iterator[Example]:
    examples = _get(ctx, node, "examples", _Map)
    unknown = set(examples) - {"bad", "good"}
    if unknown:
        key = sorted(unknown)[0]
        raise ctx.fail(examples, f"unknown key in examples: {key!r}", key)
    items = examples.get(which) or []
    if not isinstance(items, list) or not items:
        blame = (examples, which) if which in examples else (node, "examples")
        raise ctx.fail(blame[0], f"{node['code']}: examples need at least one {which!r} text", blame[1])
    for item in items:
        if which == "good":
            if isinstance(item, str):
                yield Example(item)
                continue
            if isinstance(item, _Map) and set(item) <= {"text", "corpus"} and isinstance(item.get("text"), str):
                yield Example(item["text"], corpus=tuple(item.get("corpus") or ()))
                continue
            raise ctx.fail(examples, "a good example is a text (or {text, corpus})")
        if not isinstance(item, _Map) or not isinstance(item.get("text"), str):
            raise ctx.fail(examples, "a bad example is {text, expect: [{match, line, column, fix}]}")
        allowed = {"text", "expect", "match", "corpus"}
        if set(item) - allowed:
            raise ctx.fail(item, f"unknown key in example: {sorted(set(item) - allowed)[0]!r}")
        expects = item.get("expect") or ([{"match": item["match"]}] if "match" in item else [])
        if not expects:
            raise ctx.fail(item, "a bad example must say what it expects ('expect' or 'match')")
        parsed = []
        for e in expects:
            if isinstance(e, str):
                e = {"match": e}
            if (
                not isinstance(e, dict)
                or set(e) - {"match", "line", "column", "fix"}
                or not isinstance(e.get("match"), str)
                or not all(isinstance(e.get(k), int | None) for k in ("line", "column"))
                or not isinstance(e.get("fix"), str | None)
            ):
                raise ctx.fail(item, "each expectation is {match, line?, column?, fix?} (text, numbers, text)")
            parsed.append(Expected(e["match"], e.get("line"), e.get("column"), e.get("fix")))
        yield Example(item["text"], tuple(parsed), tuple(item.get("corpus") or ()))
