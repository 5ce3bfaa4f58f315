"""A glossary made ready for matching: phrase indexes and spelling keys, built on first use."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

import regex

from seedlint.atomic import write_atomic
from seedlint.checks.names.glossary import (
    LANGUAGES,
    Entity,
    Glossary,
    Wrong,
    is_han,
    is_latin,
    name_key,
    phrase_key,
    plain,
)
from seedlint.checks.names.phrases import PhraseIndex, bounded_pattern
from seedlint.document import Document
from seedlint.usercache import user_cache_dir

#: pinyin keys shorter than this are too likely to be ordinary words or other names (阿里 → "ali")
MIN_PINYIN_KEY = 5


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """What a spelling key stands for: an entity's accepted Latin forms, or the pinyin of its Chinese name."""

    entity: Entity
    forms: tuple[str, ...]  # accepted forms with this key (empty for a pinyin key)
    han: str = ""  # the Chinese form whose pinyin this key is


class GlossaryIndex:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.entities = {e.id: e for e in glossary.entities}
        self.wrong_by_key: dict[str, Wrong] = {phrase_key(w.form): w for w in glossary.wrong}
        self.wrong_phrases = PhraseIndex([w.form for w in glossary.wrong], ignorecase=True)
        members: dict[str, list[tuple[str, str]]] = {}
        for e in glossary.entities:
            if not any(e.aliases.values()):
                continue
            for lang in LANGUAGES:
                for form in e.conflicting(lang):
                    if is_han(form) == (lang == "zh"):
                        members.setdefault(plain(form), []).append((e.id, lang))
        self.members = members
        self.conflict_phrases = PhraseIndex(list(members), ignorecase=False)
        self.accepted_plain: dict[str, frozenset[str]] = {
            e.id: frozenset(plain(f) for f in e.accepted()) for e in glossary.entities
        }
        self._context: dict[tuple[Wrong, bool], tuple[regex.Pattern[str], ...]] = {}

    def named(self) -> list[Entity]:
        """Entities with names (concepts such as e-commerce are words: their spelling is not checked)."""
        return [e for e in self.glossary.entities if e.type != "concept"]

    def latin_forms(self, entity: Entity | None = None) -> list[str]:
        """Accepted Latin forms whose spelling is checked; acronyms are left out (Abc is not ABC)."""
        entities = [entity] if entity is not None else self.named()
        return [f for e in entities for f in e.accepted() if is_latin(f) and not is_han(f) and not f.isupper()]

    @cached_property
    def key_map(self) -> dict[str, KeyEntry]:
        """Spelling key → entity, from every accepted Latin form and the pinyin of every Chinese form."""
        out: dict[str, KeyEntry] = {}
        for e in self.named():
            forms: dict[str, list[str]] = {}
            for form in self.latin_forms(e):
                forms.setdefault(name_key(form), []).append(plain(form))
            for key, group in forms.items():
                out[key] = KeyEntry(e, tuple(group))
        han_forms = sorted(
            {f for e in self.named() for f in e.accepted() if is_han(f) and not is_latin(f) and len(f) >= 2}
        )
        readings = _pinyin_of(han_forms)
        for e in self.named():
            for form in e.accepted():
                if not is_han(form) or is_latin(form) or len(form) < 2:
                    continue
                key = name_key(readings[form])
                if len(key) >= MIN_PINYIN_KEY and key not in out:
                    out[key] = KeyEntry(e, (), form)
        return out

    def _context_patterns(self, wrong: Wrong, lower: bool = False) -> tuple[regex.Pattern[str], ...]:
        """A caseless pattern per context word, or (``lower``) case-sensitive ones of the words lower-cased,
        for lower-cased text: a caseless scan of a whole text was the name family's largest cost (full case
        folding at every position). One pattern per word, not one alternation: ``regex`` finds a single
        literal with a fast string search but tries an alternation at every position, ~100x slower."""
        patterns = self._context.get((wrong, lower))
        if patterns is None:
            words = [c.lower() if lower else c for c in wrong.context]
            flags = regex.V1 if lower else regex.V1 | regex.IGNORECASE
            patterns = tuple(regex.compile(bounded_pattern(c), flags) for c in words)
            self._context[(wrong, lower)] = patterns
        return patterns

    def context_found(self, wrong: Wrong, doc: Document, start: int, end: int, timeout: float) -> bool:
        """True when the document mentions, outside ``start:end``, a word that makes the rendering a name.

        The context's places are found once per document and context: a search of the whole text for every
        match cost the name family seconds on long documents."""
        if not wrong.context:
            return True
        key = (GlossaryIndex.context_found, wrong.context)
        spans: list[tuple[int, int]] = doc.memo(key, lambda: self._context_spans(wrong, doc, timeout))
        return any(e <= start or s >= end for s, e in spans)

    def _context_spans(self, wrong: Wrong, doc: Document, timeout: float) -> list[tuple[int, int]]:
        # a context word's longest plain piece must be in the lower-cased text: a substring test in C spares
        # most documents the caseless regex scan
        lower: str = doc.memo(GlossaryIndex._context_spans, doc.text.lower)
        pieces = _pieces(wrong.context)
        if not any(piece in lower for piece in pieces):
            return []
        if len(lower) == len(doc.text):  # lower-casing kept every offset: a case-sensitive scan of it
            text, patterns = lower, self._context_patterns(wrong, lower=True)
        else:
            text, patterns = doc.text, self._context_patterns(wrong)
        return [
            m.span()
            for piece, pattern in zip(pieces, patterns, strict=True)
            if piece in lower
            for m in pattern.finditer(text, timeout=timeout)
        ]

    def context_in_paragraph(self, wrong: Wrong, doc: Document, start: int, end: int, timeout: float) -> bool:
        """True when the paragraph holding ``start:end`` mentions one of the context words outside it."""
        if not wrong.context:
            return True
        p = doc.paragraph_at(start) or doc.line_span(doc.line_index(start))
        return self._search(wrong, p.text, start - p.start, end - p.start, timeout)

    def _search(self, wrong: Wrong, text: str, start: int, end: int, timeout: float) -> bool:
        parts = [part for part in (text[:start], text[end:]) if part.strip()]
        return any(
            pattern.search(part, timeout=timeout) is not None
            for pattern in self._context_patterns(wrong)
            for part in parts
        )


def _pinyin_of(forms: list[str]) -> dict[str, str]:
    """Pinyin of each Chinese glossary form, remembered on disk: importing pypinyin alone
    costs a one-file run about half a second."""
    digest = hashlib.blake2b("\n".join(forms).encode("utf-8"), digest_size=12).hexdigest()
    path = user_cache_dir() / f"pinyin-{digest}.json"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and set(cached) == set(forms):
            return {str(k): str(v) for k, v in cached.items()}
    except (OSError, ValueError):
        pass
    from pypinyin import lazy_pinyin  # heavy: only when the glossary changed

    readings = {form: "".join(lazy_pinyin(form)) for form in forms}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(readings, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass
    return readings


@functools.lru_cache(maxsize=1024)
@functools.cache
def _pieces(context: tuple[str, ...]) -> tuple[str, ...]:
    """Each context word's longest run of plain letters (ASCII or Han) in lower case: any match of the word's
    caseless, accent- and apostrophe-tolerant pattern contains it."""
    out = []
    for word in context:
        runs = regex.findall(r"[A-Za-z0-9\p{Han}]+", word)
        out.append(max(runs, key=len).lower() if runs else "")
    return tuple(out)
