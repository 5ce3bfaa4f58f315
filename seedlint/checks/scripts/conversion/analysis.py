"""Chinese conversion artifacts (``script`` family, SCRIPT101-SCRIPT199): the pack and the search the rules share.

A word-level rewriter (a Traditional/Simplified converter that also "converts vocabulary", or a
synonym spinner) swaps whole words: 服务→效劳, 发展→开展, 成本→本钱, 原则→原那么. Each wrong word
is also a real word, so the evidence is data: a ``kind: conversion-pairs`` pack
(``rules/scripts/conversion.zh.yaml``) lists per pair the contexts where it is certainly wrong, probably
wrong, or ordinary. SCRIPT101 reports the certain ones; SCRIPT102 reports the probable ones only
when the document shows enough certain ones (the gate); SCRIPT103 reports fixed character-level
converter damage (什幺, 被髮明, 展示瞭如何).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.packfile import PackError, PackFile, _Map, read_pack_file, text_value
from seedlint.rule import Context

PACK_KIND = "conversion-pairs"
_FLAGS = regex.V1
_PACK_KEYS = {"kind", "pack", "description", "source", "mechanism", "gate", "macros", "pairs", "fingerprints"}
_PAIR_KEYS = {"wrong", "right", "confidence", "note", "source", "certain", "ambiguous", "ordinary"}
_FINGERPRINT_KEYS = {"re", "fix", "note", "source"}
CONFIDENCE = {"high": Severity.ERROR, "medium": Severity.WARNING}
#: What rewrote the words of a pack's pairs: a word-level converter (SCRIPT101/102) or a synonym
#: spinner (SCRIPT104/105). The gate counts certain swaps of both: either is evidence of a rewriter.
CONVERSION, SPINNING = "conversion", "spinning"
MECHANISMS = (CONVERSION, SPINNING)


@dataclass(frozen=True, slots=True)
class PairContext:
    """One context pattern of a pair: its match is the span; ``fix`` replaces the whole span.

    The source is compiled on first use: a run compiles only the contexts of the wrong words
    its documents contain (compiling all of them was half of seedlint's start-up)."""

    source: str
    fix: str | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        return compiled(self.source)


@functools.cache
def compiled(source: str) -> regex.Pattern[str]:
    """A pack pattern, compiled once per process (the sources are the packs' own, a bounded set)."""
    return regex.compile(source, _FLAGS)


@dataclass(frozen=True, slots=True)
class Pair:
    wrong: str
    right: str
    confidence: str
    note: str
    certain: tuple[PairContext, ...]
    ambiguous: tuple[PairContext, ...]
    ordinary: tuple[str, ...]  # pattern sources, compiled on first use
    mechanism: str = CONVERSION


@dataclass(frozen=True, slots=True)
class Fingerprint:
    pattern: regex.Pattern[str]
    fix: str
    note: str
    source: str
    literal: str  # the damaged character, for the scanner


@dataclass(frozen=True, slots=True)
class ConversionPack:
    pairs: tuple[Pair, ...]
    fingerprints: tuple[Fingerprint, ...]
    min_markers: int
    min_pairs: int
    words: tuple[str, ...] = ()  # every pair's wrong word, escaped once: the word-swap rules' triggers


@dataclass(frozen=True, slots=True)
class Artifact:
    start: int
    end: int
    pair: Pair
    fix: str
    certain: bool


# -- loading -------------------------------------------------------------------------------
def _fail(path: Path, node: Any, message: str, key: str | None = None) -> PackError:
    line = 0
    if isinstance(node, _Map):
        line = node.key_lines.get(key, node.line) if key else node.line
    return PackError(f"{path}:{line}: {message}")


def _expand(path: Path, node: Any, key: str, source: str, macros: dict[str, str], check: bool) -> str:
    """``source`` with its macros expanded; ``check`` compiles it now, so a bad pattern is a pack error."""
    for name, body in macros.items():
        source = source.replace(f"%{name}%", body)
    if "%" in source and regex.search(r"%[A-Z_]+%", source):
        raise _fail(path, node, f"unknown macro in {key!r}: {source}", key)
    if check:
        try:
            compiled(source)
        except regex.error as exc:
            raise _fail(path, node, f"bad regex in {key!r}: {exc}", key) from None
    return source


def _contexts(path: Path, pair: _Map, key: str, macros: dict[str, str], check: bool) -> tuple[PairContext, ...]:
    items = pair.get(key) or []
    if not isinstance(items, list):
        raise _fail(path, pair, f"{key!r} must be a list of patterns", key)
    out = []
    for item in items:
        fix = None
        if isinstance(item, _Map):
            if set(item) - {"re", "fix"} or not isinstance(item.get("re"), str):
                raise _fail(path, item, "a context is a pattern or {re, fix}")
            fix, item = (text_value(path, item, "fix") if "fix" in item else None), item["re"]
        if not isinstance(item, str) or pair["wrong"] not in item:
            raise _fail(path, pair, f"{pair['wrong']}: each {key} pattern must contain the wrong word", key)
        out.append(PairContext(_expand(path, pair, key, item, macros, check), fix))
    return tuple(out)


def load_conversion_pack(paths: Sequence[Path]) -> ConversionPack:
    """Merge every ``kind: conversion-pairs`` file in ``paths``; validate keys and every regex."""
    return _merge([f for f in map(read_pack_file, paths) if f.kind == PACK_KIND])


def conversion_pack_of(files: Sequence[PackFile]) -> ConversionPack:
    """The validator of ``kind: conversion-pairs`` packs: all of them merged, else the built-in ones."""
    from seedlint.registry import builtin_pack_dir, builtin_packs

    builtin = builtin_pack_dir().resolve()
    pack = _merge(files, trusted=builtin)
    if not pack.pairs and not pack.fingerprints:
        pack = _merge(builtin_packs().of_kind(PACK_KIND), trusted=builtin)
    return pack


def _merge(files: Sequence[PackFile], trusted: Path | None = None) -> ConversionPack:
    """``trusted``: the built-in pack folder, whose context patterns are compiled when first used (the
    tests compile every one); a pack from anywhere else has each pattern compiled here, so a bad one is
    reported with its file and line before any document is read."""
    pairs: list[Pair] = []
    fingerprints: list[Fingerprint] = []
    gate = (3, 2)
    for file in files:
        path, data = file.path, file.data
        check = trusted is None or not Path(path).resolve().is_relative_to(trusted)
        unknown = set(data) - _PACK_KEYS
        if unknown:
            raise _fail(path, data, f"unknown key {sorted(unknown)[0]!r}", sorted(unknown)[0])
        macro_node = data.get("macros") or _Map()
        if not isinstance(macro_node, dict):
            raise _fail(path, data, "'macros' must be a mapping of names to patterns", "macros")
        macros = {str(k): text_value(path, macro_node, str(k)) for k in macro_node}
        mechanism = data.get("mechanism", CONVERSION)
        if mechanism not in MECHANISMS:
            raise _fail(path, data, f"'mechanism' must be one of {list(MECHANISMS)}", "mechanism")
        gate_node = data.get("gate")
        if gate_node is not None:
            if not isinstance(gate_node, _Map) or set(gate_node) - {"min_markers", "min_pairs"}:
                raise _fail(path, data, "'gate' is {min_markers, min_pairs}", "gate")
            values = (gate_node.get("min_markers", gate[0]), gate_node.get("min_pairs", gate[1]))
            if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 1000 for v in values):
                raise _fail(path, gate_node, "'gate' counts must be whole numbers from 0 to 1000")
            gate = (values[0], values[1])
        for pair in data.get("pairs") or []:
            if not isinstance(pair, _Map) or set(pair) - _PAIR_KEYS:
                bad = sorted(set(pair) - _PAIR_KEYS)[0] if isinstance(pair, _Map) else None
                raise _fail(path, pair, f"unknown key {bad!r} in a pair" if bad else "a pair is a mapping", bad)
            if not isinstance(pair.get("wrong"), str) or not isinstance(pair.get("right"), str):
                raise _fail(path, pair, "a pair needs 'wrong' and 'right' words")
            confidence = pair.get("confidence", "high")
            if confidence not in CONFIDENCE:
                raise _fail(path, pair, f"confidence must be one of {sorted(CONFIDENCE)}", "confidence")
            ordinary = tuple(c.source for c in _contexts(path, pair, "ordinary", macros, check))
            pairs.append(
                Pair(
                    pair["wrong"],
                    pair["right"],
                    confidence,
                    text_value(path, pair, "note"),
                    _contexts(path, pair, "certain", macros, check),
                    _contexts(path, pair, "ambiguous", macros, check),
                    ordinary,
                    mechanism,
                )
            )
        for fp in data.get("fingerprints") or []:
            if not isinstance(fp, _Map) or set(fp) - _FINGERPRINT_KEYS or not isinstance(fp.get("re"), str):
                raise _fail(path, fp, "a fingerprint is {re, fix, note, source}")
            literal = regex.sub(r"\(\?<?[=!][^)]*\)", "", fp["re"])  # the pattern without its lookarounds
            fingerprints.append(
                Fingerprint(
                    compiled(_expand(path, fp, "re", fp["re"], macros, True)),
                    text_value(path, fp, "fix"),
                    text_value(path, fp, "note"),
                    text_value(path, fp, "source"),
                    literal,
                )
            )
    words = tuple(regex.escape(w) for w in dict.fromkeys(p.wrong for p in pairs))
    return ConversionPack(tuple(pairs), tuple(fingerprints), *gate, words)


# -- matching ------------------------------------------------------------------------------
# Patterns are searched in a window around each occurrence of the wrong word, never over the whole
# line: lookbehinds see before the window, lookaheads up to _AFTER characters past the word.
_BEFORE = 3
_AFTER = 48


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _match_at(pattern: regex.Pattern[str], text: str, p: int, size: int, timeout: float) -> regex.Match[str] | None:
    """The match of ``pattern`` that covers the word at ``text[p:p+size]``, if any."""
    for m in pattern.finditer(text, max(p - _BEFORE, 0), min(p + size + _AFTER, len(text)), timeout=timeout):
        if m.start() <= p and p + size <= m.end() and m.end() > m.start():
            return m
        if m.start() > p:
            break
    return None


_AUTOMATA: dict[int, tuple[ConversionPack, Any]] = {}  # id(pack) -> (the pack, kept alive; its automaton)


def _present_pairs(pack: ConversionPack, text: str) -> list[Pair]:
    """The pairs whose wrong word occurs in ``text``, in pack order: one Aho-Corasick pass (pyahocorasick,
    built once per pack) instead of a substring search per pair."""
    entry = _AUTOMATA.get(id(pack))
    if entry is None:
        automaton: Any = None
        try:
            import ahocorasick
        except ImportError:  # pragma: no cover - a declared dependency
            pass
        else:
            automaton = ahocorasick.Automaton()
            for i, pair in enumerate(pack.pairs):
                automaton.add_word(pair.wrong, (*automaton.get(pair.wrong, ()), i))
            if len(automaton):
                automaton.make_automaton()
        entry = _AUTOMATA[id(pack)] = (pack, automaton)
    automaton = entry[1]
    if automaton is None:
        return [pair for pair in pack.pairs if pair.wrong in text]
    if not len(automaton):
        return []
    found = {i for _end, indices in automaton.iter(text) for i in indices}
    return [pack.pairs[i] for i in sorted(found)]


def line_artifacts(pack: ConversionPack, text: str, offset: int, timeout: float) -> list[Artifact]:
    """Every candidate artifact on one line, certain ones first; ordinary contexts veto."""
    out: list[Artifact] = []
    taken: list[tuple[int, int]] = []
    for pair in _present_pairs(pack, text):
        size = len(pair.wrong)
        for p in _occurrences(text, pair.wrong):
            if any(_match_at(compiled(o), text, p, size, timeout) for o in pair.ordinary):
                continue
            for certain, contexts in ((True, pair.certain), (False, pair.ambiguous)):
                m = next((x for x in (_match_at(c.pattern, text, p, size, timeout) for c in contexts) if x), None)
                if m is None:
                    continue
                ctx = next(c for c in contexts if c.pattern is m.re)
                s, e = m.span()
                if not any(s < te and ts < e for ts, te in taken):
                    taken.append((s, e))
                    fix = ctx.fix if ctx.fix is not None else m.group().replace(pair.wrong, pair.right)
                    out.append(Artifact(offset + s, offset + e, pair, fix, certain))
                break
    out.sort(key=lambda a: a.start)
    return out


def document_artifacts(pack: ConversionPack, doc: Document, ctx: Context) -> list[Artifact]:
    """The artifacts on the rule's trigger lines, searched once per document for rules with the same lines."""

    def build() -> list[Artifact]:
        found: list[Artifact] = []
        for index in ctx.lines or ():
            line = doc.line_span(index)
            found.extend(line_artifacts(pack, line.text, line.start, ctx.timeout))
        return found

    return doc.memo(("conversion-artifacts", id(pack), tuple(ctx.lines or ())), build)


def gate_evidence(pack: ConversionPack, found: Sequence[Artifact]) -> str | None:
    """The gate of the probable rules: a description of the certain evidence, or None when it is too thin."""
    certain = [a for a in found if a.certain]
    pairs = {a.pair.wrong for a in certain}
    if len(certain) < pack.min_markers or len(pairs) < pack.min_pairs:
        return None
    return f"{len(certain)} certain word swaps of {len(pairs)} pairs in this document"


def artifact_context(doc: Document, start: int, end: int) -> str:
    return doc.text[max(start - 4, 0) : end + 4].replace("\n", " ").strip()


# -- what the certain and the gated rules report (SCRIPT101/104 and SCRIPT102/105) ----------------
def pair_triggers(pack: ConversionPack) -> tuple[str, ...]:
    """Every pair's wrong word: the four word-swap rules share their trigger lines, so the search of a
    document (:func:`document_artifacts`) runs once for all of them."""
    return pack.words


def certain_hits(pack: ConversionPack, doc: Document, ctx: Context, mechanism: str, label: str) -> Iterator[Hit]:
    """The certain swaps of ``mechanism``'s pairs, each with its safe fix."""
    for a in document_artifacts(pack, doc, ctx):
        if a.certain and a.pair.mechanism == mechanism:
            yield Hit(
                a.start,
                a.end,
                f"{label}: '{doc.text[a.start : a.end]}' should be '{a.fix}' here "
                f"({a.pair.note}; in '{artifact_context(doc, a.start, a.end)}')",
                fix=a.fix,
                severity=CONFIDENCE[a.pair.confidence],
            )


def probable_hits(pack: ConversionPack, doc: Document, ctx: Context, mechanism: str, label: str) -> Iterator[Hit]:
    """The ambiguous swaps of ``mechanism``'s pairs, only behind the gate, each with an unsafe fix."""
    found = document_artifacts(pack, doc, ctx)
    evidence = gate_evidence(pack, found)
    if evidence is None:
        return
    for a in found:
        if not a.certain and a.pair.mechanism == mechanism:
            yield Hit(
                a.start,
                a.end,
                f"{label}: '{doc.text[a.start : a.end]}' is likely '{a.fix}' ({a.pair.note}; {evidence})",
                fix=a.fix,
                fix_safe=False,
            )
