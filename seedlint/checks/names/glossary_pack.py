"""Reading ``kind: glossary`` packs: every key validated at load time.

Every error names the file and line and raises :class:`~seedlint.packs.PackError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

from seedlint.checks.names.glossary import (
    ENTITY_KEYS,
    FILE_KEYS,
    LANGUAGES,
    TYPES,
    WRONG_KEYS,
    Entity,
    Glossary,
    Wrong,
    is_han,
    is_latin,
    name_key,
    phrase_key,
)
from seedlint.packfile import PackError, PackFile, _Map, read_pack_file

_ID = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def glossary_files(paths: Iterable[Path]) -> list[Path]:
    """The pack files whose declared top-level ``kind`` is ``glossary``."""
    return [path for path in paths if read_pack_file(path).kind == "glossary"]


def load_glossaries(paths: Sequence[Path]) -> Glossary:
    """Parse and validate glossary files; raise PackError("file:line: message") on the first problem."""
    return glossary_of([read_pack_file(path) for path in paths])


def glossary_of(files: Sequence[PackFile]) -> Glossary:
    """The validator of ``kind: glossary`` packs (see :data:`seedlint.packfile.PACK_KINDS`)."""
    entities: list[Entity] = []
    seen_ids: dict[str, str] = {}
    for pack in files:
        for entity in _load_file(pack):
            if entity.id in seen_ids:
                raise PackError(f"{entity.where}: duplicate entity id {entity.id!r} (also at {seen_ids[entity.id]})")
            seen_ids[entity.id] = entity.where
            entities.append(entity)
    _check_across(entities)
    return Glossary(tuple(entities), tuple(str(f.path) for f in files))


def _check_across(entities: Sequence[Entity]) -> None:
    """A wrong form must not be right elsewhere, nor listed twice; two entities must not share a key."""
    accepted: dict[str, str] = {}
    keys: dict[str, tuple[str, str]] = {}
    for e in entities:
        for form in e.accepted():
            accepted.setdefault(phrase_key(form), e.id)
            if is_latin(form) and not is_han(form):
                key = name_key(form)
                other = keys.get(key)
                if other and other[0] != e.id:
                    raise PackError(
                        f"{e.where}: {form!r} of {e.id!r} has the same spelling key {key!r} as "
                        f"{other[1]!r} of {other[0]!r}: the glossary could not tell them apart"
                    )
                keys[key] = (e.id, form)
    wrong_seen: dict[str, str] = {}
    for e in entities:
        for w in e.wrong:
            k = phrase_key(w.form)
            if k in accepted:
                raise PackError(f"{w.where}: wrong form {w.form!r} is an accepted form of {accepted[k]!r}")
            if is_latin(w.form) and name_key(w.form) in keys:
                entity_id, form = keys[name_key(w.form)]
                raise PackError(
                    f"{w.where}: wrong form {w.form!r} only respells {form!r} of {entity_id!r}; such misspellings "
                    "are found without being listed (NAME005)"
                )
            if k in wrong_seen:
                raise PackError(f"{w.where}: wrong form {w.form!r} is listed twice (also at {wrong_seen[k]})")
            wrong_seen[k] = w.where


def _load_file(pack: PackFile) -> list[Entity]:
    path, data = pack.path, pack.data
    if pack.kind != "glossary":
        raise PackError(f"{path}:1: a glossary is a mapping with 'kind: glossary'")
    _no_unknown(path, data, FILE_KEYS, "glossary file")
    entries = data.get("entities")
    if not isinstance(entries, list) or not entries:
        raise PackError(f"{path}:{_line(data, 'entities')}: 'entities' must be a non-empty list")
    return [_entity(path, node) for node in entries]


def _line(node: Any, key: str | None = None) -> int:
    if isinstance(node, _Map):
        return node.key_lines.get(key, node.line) if key else node.line
    return 0


def _fail(path: Path, node: Any, message: str, key: str | None = None) -> PackError:
    return PackError(f"{path}:{_line(node, key)}: {message}")


def _no_unknown(path: Path, node: _Map, allowed: set[str], what: str) -> None:
    for key in node:
        if key not in allowed:
            raise _fail(path, node, f"unknown key {key!r} in a {what} (allowed: {', '.join(sorted(allowed))})", key)


def _form(path: Path, node: _Map, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or "\n" in value or value != value.strip():
        raise _fail(path, node, f"{key!r}: a name form is a non-empty one-line string without edge spaces", key)
    return value


def _forms_by_lang(path: Path, node: _Map, key: str) -> dict[str, tuple[str, ...]]:
    table = node.get(key)
    if table is None:
        return {}
    if not isinstance(table, _Map):
        raise _fail(path, node, f"{key!r} must map a language ({', '.join(LANGUAGES)}) to a list of forms", key)
    out: dict[str, tuple[str, ...]] = {}
    for lang, forms in table.items():
        if lang not in LANGUAGES:
            raise _fail(path, table, f"unknown language {lang!r} in {key!r} (allowed: {', '.join(LANGUAGES)})", lang)
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or not forms:
            raise _fail(path, table, f"{key}.{lang} must be a form or a non-empty list of forms", lang)
        out[lang] = tuple(_form(path, table, lang, f) for f in forms)
    return out


def _entity(path: Path, node: Any) -> Entity:
    if not isinstance(node, _Map):
        raise PackError(f"{path}:0: each entity must be a mapping")
    _no_unknown(path, node, ENTITY_KEYS, "glossary entity")
    for key in ("id", "type", "source", "canonical"):
        if key not in node:
            raise _fail(path, node, f"entity {node.get('id', '?')!r}: missing required key {key!r}")
    entity_id = node["id"]
    if not isinstance(entity_id, str) or not _ID.match(entity_id):
        raise _fail(path, node, f"entity id {entity_id!r} must be a lower-case slug", "id")
    if node["type"] not in TYPES:
        raise _fail(path, node, f"unknown entity type {node['type']!r} (allowed: {', '.join(TYPES)})", "type")
    if not isinstance(node["source"], str) or not node["source"].strip():
        raise _fail(path, node, "'source' must say where the canonical forms come from", "source")
    canonical = node["canonical"]
    if not isinstance(canonical, _Map) or "en" not in canonical:
        raise _fail(path, node, "'canonical' must map languages to one form each, English at least", "canonical")
    canon: dict[str, str] = {}
    for lang, form in canonical.items():
        if lang not in LANGUAGES:
            raise _fail(path, canonical, f"unknown language {lang!r} in 'canonical'", lang)
        canon[lang] = _form(path, canonical, lang, form)
    where = f"{path}:{node.line}"
    wrong_nodes = node.get("wrong") or []
    if not isinstance(wrong_nodes, list):
        raise _fail(path, node, "'wrong' must be a list of {form, lang, note}", "wrong")
    aliases = _forms_by_lang(path, node, "aliases")
    also = _forms_by_lang(path, node, "also")
    tentative = Entity(entity_id, node["type"], node["source"], canon, aliases, also, where=where)
    wrong = tuple(_wrong(path, w, tentative) for w in wrong_nodes)
    return Entity(entity_id, node["type"], node["source"], canon, aliases, also, wrong, where)


def _wrong(path: Path, node: Any, entity: Entity) -> Wrong:
    if not isinstance(node, _Map):
        raise PackError(f"{entity.where}: each wrong rendering is a mapping {{form, lang, note}}")
    _no_unknown(path, node, WRONG_KEYS, "wrong rendering")
    for key in ("form", "lang", "note"):
        if key not in node:
            raise _fail(path, node, f"wrong rendering of {entity.id!r}: missing required key {key!r}")
    form = _form(path, node, "form", node["form"])
    lang = node["lang"]
    if lang not in LANGUAGES:
        raise _fail(path, node, f"unknown language {lang!r} (allowed: {', '.join(LANGUAGES)})", "lang")
    note = node["note"]
    if not isinstance(note, str) or not note.strip():
        raise _fail(path, node, "'note' must say what is wrong with this rendering", "note")
    fix = _form(path, node, "fix", node["fix"]) if "fix" in node else entity.canonical_for(lang)
    context = node.get("context") or []
    if isinstance(context, str):
        context = [context]
    if not isinstance(context, list) or not all(isinstance(c, str) and c.strip() for c in context):
        raise _fail(path, node, "'context' must be a list of words", "context")
    capitalised = node.get("capitalised", False)
    if not isinstance(capitalised, bool):
        raise _fail(path, node, "'capitalised' must be true or false", "capitalised")
    if len(name_key(form)) < 2 and not is_han(form):
        raise _fail(path, node, f"wrong form {form!r} is too short to match safely", "form")
    return Wrong(form, lang, " ".join(note.split()), fix, entity.id, tuple(context), capitalised, f"{path}:{node.line}")
