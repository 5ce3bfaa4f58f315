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
import stat
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from seedlint.atomic import write_atomic
from seedlint.finding import Finding, context_around

VERSION = 1


class BaselineError(ValueError):
    """An unreadable or malformed baseline file."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(finding: Finding, text: str | None) -> str:
    """``snippet:context`` hashes; the context from ``text`` when given, else the one the engine recorded."""
    around = context_around(text, finding.offset, finding.end_offset) if text is not None else finding.context
    snippet = hashlib.blake2b(_norm(finding.snippet).encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    context = hashlib.blake2b((around or "\0").encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
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


MAX_BASELINE_BYTES = 256 << 20


def _read_json(path: Path) -> object:
    """The parsed JSON of a regular file, or :class:`BaselineError`; never blocks on a FIFO or device."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with `seedlint baseline`)") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise BaselineError(f"{path}: not a regular file")
    if info.st_size > MAX_BASELINE_BYTES:
        raise BaselineError(f"{path}: too big for a baseline ({info.st_size} bytes)")
    try:
        return json.loads(path.read_text(encoding="utf-8", errors="surrogateescape"))
    except (OSError, json.JSONDecodeError, RecursionError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None


def dump(baseline: Baseline, path: Path) -> None:
    """Write sorted, diff-friendly JSON with per-rule counts at the top, atomically.

    Refuses to replace anything but a seedlint baseline: the path may come from a
    repository's config.
    """
    if path.is_symlink() or path.exists():
        try:
            load(path)
        except BaselineError as exc:
            raise BaselineError(f"{path}: refusing to overwrite: {str(exc).removeprefix(f'{path}: ')}") from None
    counts = Counter(fp.split(":", 1)[0] for fps in baseline.entries.values() for fp in fps)
    data = {
        "version": VERSION,
        "counts": dict(sorted(counts.items())),
        "total": sum(counts.values()),
        "findings": {p: list(fps) for p, fps in sorted(baseline.entries.items())},
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        payload = text.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8: JSON escapes keep it exact
        payload = (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)  # a baseline is committed: keep its permissions
    except OSError:
        mode = 0o644  # a new one is readable by all, as the repository's other files
    try:
        write_atomic(path, payload, mode=mode, durable=True)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None


def load(path: Path) -> Baseline:
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), dict):
        raise BaselineError(f"{path}: not a seedlint baseline (version {VERSION})")
    entries: dict[str, tuple[str, ...]] = {}
    for name, fps in data["findings"].items():
        if not isinstance(fps, list) or not all(isinstance(fp, str) for fp in fps):
            raise BaselineError(f"{path}: findings.{name!r} must be a list of fingerprint strings")
        entries[name] = tuple(fps)
    return Baseline(entries)
