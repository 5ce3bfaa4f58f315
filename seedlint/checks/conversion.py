"""Chinese conversion artifacts (``script`` family, SCRIPT101-SCRIPT199).

A word-level rewriter (a Traditional/Simplified converter that also "converts vocabulary", or a
synonym spinner) swaps whole words: 服务→效劳, 发展→开展, 成本→本钱, 原则→原那么. Each wrong word
is also a real word, so the evidence is data: a ``kind: conversion-pairs`` pack
(``rules/conversion.zh.yaml``) lists per pair the contexts where it is certainly wrong, probably
wrong, or ordinary. SCRIPT101 reports the certain ones; SCRIPT102 reports the probable ones only
when the document shows enough certain ones (the gate); SCRIPT103 reports fixed character-level
converter damage (什幺, 被髮明, 展示瞭如何).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.packs import PackError, _LineLoader, _Map
from seedlint.rule import Context, Example, Expected, Rule, RuleMeta

PACK_KIND = "conversion-pairs"
_FLAGS = regex.V1
_PACK_KEYS = {"kind", "pack", "description", "source", "gate", "macros", "pairs", "fingerprints"}
_PAIR_KEYS = {"wrong", "right", "confidence", "note", "source", "certain", "ambiguous", "ordinary"}
_FINGERPRINT_KEYS = {"re", "fix", "note", "source"}
_CONFIDENCE = {"high": Severity.ERROR, "medium": Severity.WARNING}


@dataclass(frozen=True, slots=True)
class PairContext:
    """One context pattern of a pair: its match is the span; ``fix`` replaces the whole span."""

    pattern: regex.Pattern[str]
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    wrong: str
    right: str
    confidence: str
    note: str
    certain: tuple[PairContext, ...]
    ambiguous: tuple[PairContext, ...]
    ordinary: tuple[regex.Pattern[str], ...]


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


def _compile(path: Path, node: Any, key: str, source: str, macros: dict[str, str]) -> regex.Pattern[str]:
    for name, body in macros.items():
        source = source.replace(f"%{name}%", body)
    if "%" in source and regex.search(r"%[A-Z_]+%", source):
        raise _fail(path, node, f"unknown macro in {key!r}: {source}", key)
    try:
        return regex.compile(source, _FLAGS)
    except regex.error as exc:
        raise _fail(path, node, f"bad regex in {key!r}: {exc}", key) from None


def _contexts(path: Path, pair: _Map, key: str, macros: dict[str, str]) -> tuple[PairContext, ...]:
    items = pair.get(key) or []
    if not isinstance(items, list):
        raise _fail(path, pair, f"{key!r} must be a list of patterns", key)
    out = []
    for item in items:
        fix = None
        if isinstance(item, _Map):
            if set(item) - {"re", "fix"} or not isinstance(item.get("re"), str):
                raise _fail(path, item, "a context is a pattern or {re, fix}")
            fix, item = item.get("fix"), item["re"]
        if not isinstance(item, str) or pair["wrong"] not in item:
            raise _fail(path, pair, f"{pair['wrong']}: each {key} pattern must contain the wrong word", key)
        out.append(PairContext(_compile(path, pair, key, item, macros), None if fix is None else str(fix)))
    return tuple(out)


def load_conversion_pack(paths: Sequence[Path]) -> ConversionPack:
    """Merge every ``kind: conversion-pairs`` file in ``paths``; validate keys and regexes."""
    pairs: list[Pair] = []
    fingerprints: list[Fingerprint] = []
    gate = (3, 2)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # not ours to judge: the rule-pack loader reports unreadable packs
        if PACK_KIND not in text:
            continue
        try:
            data = yaml.load(text, Loader=_LineLoader)
        except yaml.YAMLError as exc:
            raise PackError(f"{path}:0: cannot read conversion pack: {exc}") from None
        if not isinstance(data, _Map) or data.get("kind") != PACK_KIND:
            continue
        unknown = set(data) - _PACK_KEYS
        if unknown:
            raise _fail(path, data, f"unknown key {sorted(unknown)[0]!r}", sorted(unknown)[0])
        macros = {str(k): str(v) for k, v in (data.get("macros") or {}).items()}
        gate_node = data.get("gate")
        if gate_node is not None:
            if not isinstance(gate_node, _Map) or set(gate_node) - {"min_markers", "min_pairs"}:
                raise _fail(path, data, "'gate' is {min_markers, min_pairs}", "gate")
            gate = (int(gate_node.get("min_markers", gate[0])), int(gate_node.get("min_pairs", gate[1])))
        for pair in data.get("pairs") or []:
            if not isinstance(pair, _Map) or set(pair) - _PAIR_KEYS:
                bad = sorted(set(pair) - _PAIR_KEYS)[0] if isinstance(pair, _Map) else None
                raise _fail(path, pair, f"unknown key {bad!r} in a pair" if bad else "a pair is a mapping", bad)
            if not isinstance(pair.get("wrong"), str) or not isinstance(pair.get("right"), str):
                raise _fail(path, pair, "a pair needs 'wrong' and 'right' words")
            confidence = pair.get("confidence", "high")
            if confidence not in _CONFIDENCE:
                raise _fail(path, pair, f"confidence must be one of {sorted(_CONFIDENCE)}", "confidence")
            ordinary = tuple(c.pattern for c in _contexts(path, pair, "ordinary", macros))
            pairs.append(
                Pair(
                    pair["wrong"],
                    pair["right"],
                    confidence,
                    str(pair.get("note", "")),
                    _contexts(path, pair, "certain", macros),
                    _contexts(path, pair, "ambiguous", macros),
                    ordinary,
                )
            )
        for fp in data.get("fingerprints") or []:
            if not isinstance(fp, _Map) or set(fp) - _FINGERPRINT_KEYS or not isinstance(fp.get("re"), str):
                raise _fail(path, fp, "a fingerprint is {re, fix, note, source}")
            literal = regex.sub(r"\(\?<?[=!][^)]*\)", "", fp["re"])  # the pattern without its lookarounds
            fingerprints.append(
                Fingerprint(
                    _compile(path, fp, "re", fp["re"], macros),
                    str(fp.get("fix", "")),
                    str(fp.get("note", "")),
                    str(fp.get("source", "")),
                    literal,
                )
            )
    return ConversionPack(tuple(pairs), tuple(fingerprints), *gate)


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


def line_artifacts(pack: ConversionPack, text: str, offset: int, timeout: float) -> list[Artifact]:
    """Every candidate artifact on one line, certain ones first; ordinary contexts veto."""
    out: list[Artifact] = []
    taken: list[tuple[int, int]] = []
    for pair in pack.pairs:
        size = len(pair.wrong)
        for p in _occurrences(text, pair.wrong):
            if any(_match_at(o, text, p, size, timeout) for o in pair.ordinary):
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


def _document_artifacts(pack: ConversionPack, doc: Document, ctx: Context) -> Iterator[Artifact]:
    for index in ctx.lines or ():
        line = doc.line_span(index)
        yield from line_artifacts(pack, line.text, line.start, ctx.timeout)


def _context(doc: Document, start: int, end: int) -> str:
    return doc.text[max(start - 4, 0) : end + 4].replace("\n", " ").strip()


@dataclass(frozen=True)
class CertainArtifact:
    """SCRIPT101: a swapped word in a context where the original word is certain."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT101",
        name="conversion-artifact",
        family="script",
        severity=Severity.ERROR,
        summary="A word swapped by a Chinese word-level converter, in a context where it is certainly wrong.",
        docs=(
            "Chinese documents run through a word-level Traditional/Simplified converter (one that also "
            "'converts vocabulary') or a synonym spinner (伪原创) come back with wrong words: 效劳 for 服务, "
            "开展 for 发展, 本钱 for 成本, 根底 for 基础, 局部 for 部分, 原那么 for 原则. Each is a real word "
            "somewhere (开展活动, 局部地区), so this rule reports only contexts where it is certainly wrong "
            "(可持续开展, 优质效劳, 降低本钱, 根底设施, 大局部), from the pair pack rules/conversion.zh.yaml, "
            "and gives the original word. High-confidence pairs are errors, medium ones warnings. A model "
            "trained on such text learns the wrong collocations."
        ),
        languages=("zh",),
        bad=(
            Example(
                "我们致力于经济的可持续开展，为客户提供优质效劳。",
                (Expected("开展", 1, 12, "发展"), Expected("效劳", 1, 22, "服务")),
            ),
            Example(
                "坚持这一原那么，夯实根底设施建设。", (Expected("那么", 1, 6, "则"), Expected("根底", 1, 11, "基础"))
            ),
            Example(
                "大局部企业降低本钱的努力都是整体的以局部。",
                (Expected("局部", 1, 2, "部分"), Expected("本钱", 1, 8, "成本"), Expected("以局部", 1, 18, "一部分")),
            ),
        ),
        good=(
            Example("学校开展活动，同学们参加会议后到达北京。局部地区有雨，那么我们改天再去。"),
            Example("年轻就是本钱，他的国学根底很深，愿为国家效劳。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return tuple(regex.escape(p.wrong) for p in self.pack.pairs if p.certain)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for a in _document_artifacts(self.pack, doc, ctx):
            if a.certain:
                yield Hit(
                    a.start,
                    a.end,
                    f"conversion artifact: '{doc.text[a.start : a.end]}' should be '{a.fix}' here "
                    f"({a.pair.note}; in '{_context(doc, a.start, a.end)}')",
                    fix=a.fix,
                    severity=_CONFIDENCE[a.pair.confidence],
                )


@dataclass(frozen=True)
class GatedArtifact:
    """SCRIPT102: a probable swap, reported only when the document shows enough certain ones."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT102",
        name="conversion-artifact-probable",
        family="script",
        severity=Severity.WARNING,
        summary="A probable converter word swap (那么 for 则, 比方 for 比如) in a document with certain ones.",
        docs=(
            "Some swaps are undecidable in one sentence: 那么是 may be 则是, 比方说 may be 比如说, 假设 may "
            "be 如果, 根本的 may be 基本的. This rule reports such uses only when the same document already "
            "shows certain artifacts (SCRIPT101) — by default at least 3 certain markers of at least 2 "
            "different pairs, the pack's 'gate' — so a clean text that says 那么 or 比方说 is never flagged. "
            "Ordinary contexts (世界那么大, 打个比方, 局部地区) are never reported. The fix is unsafe: check it."
        ),
        languages=("zh",),
        bad=(
            Example(
                "可持续开展需要优质效劳和降低本钱。其背后那么是强大的组织，比方说清算。",
                (Expected("那么", 1, 21, "则"), Expected("比方", 1, 30, "比如")),
            ),
        ),
        good=(
            Example("其背后那么是强大的组织，比方说清算。世界那么大，我想去看看。"),
            Example("可持续开展需要优质效劳和降低本钱。世界那么大，打个比方，开展活动。"),
        ),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return tuple(regex.escape(p.wrong) for p in self.pack.pairs)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        found = list(_document_artifacts(self.pack, doc, ctx))
        certain = [a for a in found if a.certain]
        pairs = {a.pair.wrong for a in certain}
        if len(certain) < self.pack.min_markers or len(pairs) < self.pack.min_pairs:
            return
        evidence = f"{len(certain)} certain artifacts of {len(pairs)} pairs in this document"
        for a in found:
            if not a.certain:
                yield Hit(
                    a.start,
                    a.end,
                    f"probable conversion artifact: '{doc.text[a.start : a.end]}' is likely '{a.fix}' "
                    f"({a.pair.note}; {evidence})",
                    fix=a.fix,
                    fix_safe=False,
                )


@dataclass(frozen=True)
class ConverterFingerprint:
    """SCRIPT103: character-level converter damage that is never correct (什幺, 被髮明)."""

    pack: ConversionPack
    meta = RuleMeta(
        code="SCRIPT103",
        name="converter-fingerprint",
        family="script",
        severity=Severity.ERROR,
        summary="A character mis-converted by a Traditional/Simplified converter (什幺, 被髮明, 展示瞭如何).",
        docs=(
            "Character converters break a few words in fixed ways: OpenCC's tw2s chain maps 么 to 幺, so "
            "什么/那么 come out as 什幺/那幺 (OpenCC #1469); its s2t phrase matching turns 被发明 into 被髮明 "
            "and 展示了如何 into 展示瞭如何 across a word boundary (OpenCC #1497). These strings are never "
            "correct, mark the whole document as converted, and the fix is certain."
        ),
        languages=("zh",),
        bad=(
            Example("你在说什幺？那幺多人都来了。", (Expected("幺", 1, 5, "么"), Expected("幺", 1, 8, "么"))),
            Example(
                "電話被髮明之後，這本書展示瞭如何使用。", (Expected("髮", 1, 4, "發"), Expected("瞭", 1, 14, "了"))
            ),
        ),
        good=(Example("她是家里的幺妹，头发很长，一目了然，明瞭如何操作。"),),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        return tuple(regex.escape(f.literal) for f in self.pack.fingerprints)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in ctx.lines or ():
            line = doc.line_span(index)
            for fp in self.pack.fingerprints:
                for m in fp.pattern.finditer(line.text, timeout=ctx.timeout):
                    if m.end() > m.start():
                        yield Hit(
                            line.start + m.start(),
                            line.start + m.end(),
                            f"converter damage: '{m.group()}' should be '{fp.fix}' ({fp.note}; {fp.source})",
                            fix=fp.fix,
                        )


def builtin_conversion_files() -> list[Path]:
    from seedlint.registry import builtin_pack_files

    return builtin_pack_files()


def conversion_rules(pack_files: Sequence[Path] = ()) -> tuple[Rule, ...]:
    """The conversion rules, backed by every conversion-pairs pack in ``pack_files`` (or the built-in one)."""
    pack = load_conversion_pack(list(pack_files))
    if not pack.pairs and not pack.fingerprints:
        pack = load_conversion_pack(builtin_conversion_files())
    return (CertainArtifact(pack), GatedArtifact(pack), ConverterFingerprint(pack))
