"""Compare findings with an annotation key: recall per class and language, precision per rule.

An entry is found when a finding in the same document overlaps its span; under the
strict count the finding may also be at most ``2 * len(text) + 20`` characters long,
so a whole-line finding does not collect every entry on its line. Findings that
overlap no entry are unmatched; unmatched findings in clean documents are false
positives, counted per 50 KB (50,000 bytes) of clean text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from seedlint.evaluation.key import AnnotationKey, Entry, locate, norm
from seedlint.finding import Finding

FP_UNIT_BYTES = 50_000


@dataclass(frozen=True, slots=True)
class Tally:
    total: int = 0
    found: int = 0
    strict: int = 0

    def add(self, found: bool, strict: bool) -> Tally:
        return Tally(self.total + 1, self.found + found, self.strict + strict)

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def strict_recall(self) -> float:
        return self.strict / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class RuleTally:
    findings: int = 0
    matched: int = 0
    false_positives: int = 0  # unmatched findings in clean documents

    @property
    def unmatched(self) -> int:
        return self.findings - self.matched

    @property
    def precision(self) -> float:
        return self.matched / self.findings if self.findings else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    overall: Tally
    by_class: dict[str, Tally]
    by_language: dict[str, Tally]
    needs: dict[str, Tally]  # entries that need world knowledge, by class
    by_rule: dict[str, RuleTally]
    documents: int
    clean_documents: int
    clean_bytes: int
    missed: tuple[Entry, ...]
    unmatched: tuple[tuple[Finding, bool], ...]  # (finding, in a clean document)
    left_out: int = 0  # key entries for documents that were not checked
    unkeyed: tuple[str, ...] = field(default=())  # checked documents the key does not name

    @property
    def false_positives(self) -> int:
        return sum(r.false_positives for r in self.by_rule.values())

    @property
    def fp_per_50kb(self) -> float:
        return self.false_positives * FP_UNIT_BYTES / self.clean_bytes if self.clean_bytes else 0.0


def _length(f: Finding) -> int:
    if f.end_offset > f.offset:
        return f.end_offset - f.offset
    return max(f.end_column - f.column, 0) if f.end_line == f.line else 0


def overlaps(f: Finding, e: Entry) -> bool:
    """Whether the finding's span touches the entry's span (line, column order, inclusive)."""
    start = (f.line, f.column)
    end = (f.end_line, max(f.end_column - 1, f.column) if f.end_line == f.line else f.end_column - 1)
    return start <= (e.line, e.end_col) and end >= (e.line, e.col)


def strictly(f: Finding, e: Entry) -> bool:
    return _length(f) <= 2 * len(e.text) + 20


def score(
    key: AnnotationKey,
    findings: Sequence[Finding],
    checked: Sequence[str],
    sizes: Mapping[str, int],
    languages: Mapping[str, str],
) -> Scores:
    """Score ``findings`` over the ``checked`` documents (paths as the run named them).

    ``sizes`` gives each checked document's size in bytes, ``languages`` its language
    (the key's ``lang`` wins where it gives one).
    """
    located = locate(key, checked)
    checked_norm = {located.get(p, norm(p)): p for p in checked}
    by_doc: dict[str, list[Finding]] = {}
    for f in findings:
        by_doc.setdefault(located.get(f.path, norm(f.path)), []).append(f)
    entries = [e for e in key.entries if e.path in checked_norm]
    by_entry_doc: dict[str, list[Entry]] = {}
    for e in entries:
        by_entry_doc.setdefault(e.path, []).append(e)

    overall, by_class, by_language, needs = Tally(), dict[str, Tally](), dict[str, Tally](), dict[str, Tally]()
    missed: list[Entry] = []
    for e in entries:
        hits = [f for f in by_doc.get(e.path, ()) if f.line <= e.line <= f.end_line and overlaps(f, e)]
        found, strict = bool(hits), any(strictly(f, e) for f in hits)
        if e.needs:
            needs[e.cls] = needs.get(e.cls, Tally()).add(found, strict)
            continue
        overall = overall.add(found, strict)
        by_class[e.cls] = by_class.get(e.cls, Tally()).add(found, strict)
        lang = key.languages.get(e.path) or languages.get(checked_norm[e.path], "?")
        by_language[lang] = by_language.get(lang, Tally()).add(found, strict)
        if not found:
            missed.append(e)

    rules: dict[str, RuleTally] = {}
    unmatched: list[tuple[Finding, bool]] = []
    for doc, items in by_doc.items():
        doc_entries = by_entry_doc.get(doc, [])
        is_clean = doc in key.clean
        for f in items:
            matched = any(f.line <= e.line <= f.end_line and overlaps(f, e) for e in doc_entries)
            t = rules.get(f.rule, RuleTally())
            fp = not matched and is_clean
            rules[f.rule] = RuleTally(t.findings + 1, t.matched + matched, t.false_positives + fp)
            if not matched:
                unmatched.append((f, is_clean))
    clean_docs = [p for n, p in checked_norm.items() if n in key.clean]
    named = {e.path for e in key.entries} | set(key.clean)
    return Scores(
        overall=overall,
        by_class=dict(sorted(by_class.items())),
        by_language=dict(sorted(by_language.items())),
        needs=dict(sorted(needs.items())),
        by_rule=dict(sorted(rules.items())),
        documents=len(checked_norm),
        clean_documents=len(clean_docs),
        clean_bytes=sum(sizes.get(p, 0) for p in clean_docs),
        missed=tuple(missed),
        unmatched=tuple(sorted(unmatched, key=lambda u: (u[0].path, u[0].line, u[0].column, u[0].rule))),
        left_out=sum(1 for e in key.entries if e.path not in checked_norm),
        unkeyed=tuple(p for n, p in checked_norm.items() if n not in named),
    )


def all_clean(paths: Sequence[str]) -> AnnotationKey:
    """A key for a corpus of clean text: no entries, every document a control."""
    return AnnotationKey("(clean corpus)", (), frozenset(norm(p) for p in paths), {})
