"""Format evaluation scores as a plain-text report or as JSON (formatting only)."""

from __future__ import annotations

import json
from typing import TextIO

from seedlint.evaluation.score import RuleTally, Scores, Tally


def _pct(value: float) -> str:
    return f"{100 * value:5.1f} %"


def _row(name: str, t: Tally) -> str:
    return f"  {name:<12} {t.found:>5} / {t.total:<5} {_pct(t.recall)}   strict {t.strict:>5} {_pct(t.strict_recall)}"


def _rule_row(code: str, r: RuleTally) -> str:
    return (
        f"  {code:<10} {r.findings:>6} {r.matched:>8} {r.unmatched:>10} {_pct(r.precision):>10} {r.false_positives:>6}"
    )


def write_text(scores: Scores, out: TextIO, *, show_missed: bool = False, show_unmatched: bool = False) -> None:
    w = out.write
    w(f"Documents: {scores.documents} ({scores.clean_documents} clean, {scores.clean_bytes:,} bytes of clean text)\n")
    if scores.left_out:
        w(f"Left out: {scores.left_out} key entries for documents that were not checked\n")
    if scores.unkeyed:
        w(f"Not in the key: {len(scores.unkeyed)} checked documents (their findings count as unmatched)\n")
    if scores.overall.total:
        w("\nRecall by class (found / entries; strict: finding at most 2 x entry + 20 characters)\n")
        for name, t in scores.by_class.items():
            w(_row(name, t) + "\n")
        w(_row("all", scores.overall) + "\n")
        w("\nRecall by language\n")
        for name, t in scores.by_language.items():
            w(_row(name, t) + "\n")
    if scores.needs:
        w("\nEntries that need world knowledge (scored apart)\n")
        for name, t in scores.needs.items():
            w(_row(name, t) + "\n")
    if scores.by_rule:
        w("\nPrecision by rule\n")
        w(f"  {'rule':<10} {'found':>6} {'matched':>8} {'unmatched':>10} {'precision':>10} {'FP':>6}\n")
        for code, r in scores.by_rule.items():
            w(_rule_row(code, r) + "\n")
    w(
        f"\nFalse positives on clean text: {scores.false_positives} "
        f"({scores.fp_per_50kb:.2f} per 50 KB of {scores.clean_bytes:,} bytes)\n"
    )
    if show_missed and scores.missed:
        w("\nMissed entries\n")
        for e in scores.missed:
            w(f"  {e.file}:{e.line}:{e.col}: {e.cls} {e.text!r}  ({e.why})\n")
    if show_unmatched and scores.unmatched:
        w("\nUnmatched findings\n")
        for f, clean in scores.unmatched:
            tag = " [clean: false positive]" if clean else ""
            w(f"  {f.path}:{f.line}:{f.column}: {f.rule} {f.snippet[:80]!r}: {f.message}{tag}\n")


def _tally(t: Tally) -> dict[str, object]:
    return {
        "entries": t.total,
        "found": t.found,
        "recall": round(t.recall, 4),
        "strict_found": t.strict,
        "strict_recall": round(t.strict_recall, 4),
    }


def as_dict(scores: Scores) -> dict[str, object]:
    """The JSON contract of ``seedlint eval --format json``."""
    return {
        "documents": scores.documents,
        "clean_documents": scores.clean_documents,
        "clean_bytes": scores.clean_bytes,
        "left_out_entries": scores.left_out,
        "unkeyed_documents": list(scores.unkeyed),
        "overall": _tally(scores.overall),
        "classes": {k: _tally(v) for k, v in scores.by_class.items()},
        "languages": {k: _tally(v) for k, v in scores.by_language.items()},
        "needs": {k: _tally(v) for k, v in scores.needs.items()},
        "rules": {
            k: {
                "findings": r.findings,
                "matched": r.matched,
                "unmatched": r.unmatched,
                "precision": round(r.precision, 4),
                "false_positives": r.false_positives,
            }
            for k, r in scores.by_rule.items()
        },
        "false_positives": scores.false_positives,
        "fp_per_50kb": round(scores.fp_per_50kb, 3),
        "missed": [
            {"file": e.file, "line": e.line, "col": e.col, "text": e.text, "class": e.cls} for e in scores.missed
        ],
        "unmatched": [
            {"path": f.path, "line": f.line, "column": f.column, "rule": f.rule, "text": f.snippet, "clean": clean}
            for f, clean in scores.unmatched
        ],
    }


def write_json(scores: Scores, out: TextIO) -> None:
    json.dump(as_dict(scores), out, ensure_ascii=False, indent=2)
    out.write("\n")
