"""Baselines: accept today's findings so a gate fails only on new ones.

A fingerprint is ``RULE:text:context:occurrence``: hashes of the matched text and
of the nearest non-blank characters around it, plus the occurrence index of that
triple in its file. It holds no line number, so moving paragraphs does not
invalidate it, and an edit elsewhere in a long line leaves it alone. A finding
whose surroundings were edited still matches a leftover entry with the same rule
and text, so only a genuinely added defect counts as new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from seedlint.atomic import write_atomic
from seedlint.finding import Finding

VERSION = 1
CONTEXT = 12  # characters of surrounding text, each side, in a fingerprint


class BaselineError(ValueError):
    """An unreadable or malformed baseline file."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(finding: Finding, text: str | None) -> str:
    if text is None:
        before = after = ""
    else:  # the nearest non-blank characters: blank lines and re-wrapping do not matter
        before = "".join(text[max(0, finding.offset - 8 * CONTEXT) : finding.offset].split())[-CONTEXT:]
        after = "".join(text[finding.end_offset : finding.end_offset + 8 * CONTEXT].split())[:CONTEXT]
    snippet = hashlib.blake2b(_norm(finding.snippet).encode("utf-8"), digest_size=4).hexdigest()
    context = hashlib.blake2b(f"{before}\0{after}".encode(), digest_size=4).hexdigest()
    return f"{snippet}:{context}"


def line_free_key(finding: Finding, text: str | None) -> str:
    """``snippet:context`` hashes of ``finding`` (no rule, no line, no occurrence)."""
    return _key(finding, text)


def _loose(fingerprint: str) -> str:
    """``RULE:snippet`` of ``RULE:snippet:context:occurrence``."""
    return ":".join(fingerprint.split(":")[:2])


def fingerprints(findings: Sequence[Finding], text: str | None) -> list[str]:
    """One fingerprint per finding (same order), ``key:occurrence``."""
    seen: Counter[str] = Counter()
    out = []
    for f in sorted(findings, key=lambda f: (f.offset, f.end_offset, f.rule)):
        key = _key(f, text)
        out.append((f, f"{f.rule}:{key}:{seen[key]}"))
        seen[key] += 1
    order = {id(f): fp for f, fp in out}
    return [order[id(f)] for f in findings]


@dataclass(frozen=True)
class Baseline:
    entries: dict[str, tuple[str, ...]]  # path -> sorted fingerprints

    def count(self) -> int:
        return sum(len(v) for v in self.entries.values())


@dataclass(frozen=True)
class Comparison:
    new: list[Finding]
    suppressed: int
    stale: dict[str, list[str]]  # path -> fingerprints no longer found (fixed)

    @property
    def stale_count(self) -> int:
        return sum(len(v) for v in self.stale.values())


def build(pairs: Iterable[tuple[str, list[Finding], str | None]]) -> Baseline:
    entries = {}
    for path, findings, text in pairs:
        if findings:
            entries[path] = tuple(sorted(fingerprints(findings, text)))
    return Baseline(entries)


def compare(
    baseline: Baseline, pairs: Iterable[tuple[str, list[Finding], str | None]], checked: set[str]
) -> Comparison:
    new: list[Finding] = []
    suppressed = 0
    stale: dict[str, list[str]] = {}
    processed = list(pairs)
    for path, findings, text in processed:
        accepted = Counter(baseline.entries.get(path, ()))
        unmatched: list[tuple[Finding, str]] = []
        for finding, fp in zip(findings, fingerprints(findings, text), strict=True):
            if accepted[fp] > 0:
                accepted[fp] -= 1
                suppressed += 1
            else:
                unmatched.append((finding, fp))
        # second pass: the same rule and text whose surroundings were edited is the same finding
        loose = Counter(_loose(fp) for fp in accepted.elements())
        for finding, fp in unmatched:
            if loose[_loose(fp)] > 0:
                loose[_loose(fp)] -= 1
                accepted.subtract([next(a for a in accepted.elements() if _loose(a) == _loose(fp))])
                suppressed += 1
            else:
                new.append(finding)
        left = sorted(accepted.elements())
        if left:
            stale[path] = left
    seen = {p for p, *_ in processed}
    for path, fps in baseline.entries.items():
        if path in checked and path not in seen:  # checked, but had no findings at all
            stale[path] = sorted(fps)
    return Comparison(new, suppressed, stale)


def dump(baseline: Baseline, path: Path) -> None:
    """Write sorted, diff-friendly JSON with per-rule counts at the top, atomically."""
    counts = Counter(fp.split(":", 1)[0] for fps in baseline.entries.values() for fp in fps)
    data = {
        "version": VERSION,
        "counts": dict(sorted(counts.items())),
        "total": sum(counts.values()),
        "findings": {p: list(fps) for p, fps in sorted(baseline.entries.items())},
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"))


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with `seedlint baseline`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), dict):
        raise BaselineError(f"{path}: not a seedlint baseline (version {VERSION})")
    return Baseline({p: tuple(map(str, fps)) for p, fps in data["findings"].items()})
