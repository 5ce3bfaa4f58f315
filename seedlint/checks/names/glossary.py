"""Name glossaries: ``kind: glossary`` data files, validated at load time.

A glossary lists entities (people, companies, products, places, concepts) with their
canonical form per language, other renderings of the same name (``aliases``: fine alone,
reported when mixed with another in one document), forms that never conflict (``also``:
former names, short and long forms) and known wrong renderings (``wrong``: calques,
wrong romanisations), each with a note and, when it is not the canonical form, a ``fix``.

Spanish falls back to English when an entity gives no Spanish forms. The model and its
keys live here; :mod:`.glossary_pack` reads and validates the files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import regex

LANGUAGES = ("en", "es", "zh")
TYPES = ("person", "company", "product", "place", "concept")
FILE_KEYS = {"kind", "glossary", "description", "source", "entities"}
ENTITY_KEYS = {"id", "type", "source", "canonical", "aliases", "also", "wrong", "note"}
WRONG_KEYS = {"form", "lang", "note", "fix", "context", "capitalised"}
_APOSTROPHES = regex.compile(r"[’ʼ‘`´]")
_NOT_KEY = regex.compile(r"[^\p{L}\p{N}]+")
_MARKS = regex.compile(r"\p{M}+")
_SPACES = regex.compile(r"\s+")
_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"\p{Latin}")


def name_key(text: str) -> str:
    """The spelling-insensitive key of a name: ``Yu'E Bao``, ``Yu Ebao``, ``Yuebao`` → ``yuebao``.

    Lower-cased, diacritics removed, everything but letters and digits dropped.
    """
    import unicodedata

    folded = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return _NOT_KEY.sub("", folded)


def plain(text: str) -> str:
    """A form with typographic apostrophes and runs of spaces made plain (never used for offsets)."""
    return _SPACES.sub(" ", _APOSTROPHES.sub("'", text)).strip()


def phrase_key(text: str) -> str:
    """Case-, accent-, apostrophe- and space-insensitive identity of a phrase."""
    import unicodedata

    return _MARKS.sub("", unicodedata.normalize("NFKD", plain(text).casefold()))


def is_han(text: str) -> bool:
    return bool(_HAN.search(text))


def is_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


@dataclass(frozen=True, slots=True)
class Wrong:
    """A known wrong rendering of an entity's name."""

    form: str
    lang: str
    note: str
    fix: str
    entity: str
    context: tuple[str, ...] = ()  # reported only when the document also contains one of these
    capitalised: bool = False
    where: str = ""  # file:line


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    source: str
    canonical: Mapping[str, str] = field(hash=False)
    aliases: Mapping[str, tuple[str, ...]] = field(hash=False)
    also: Mapping[str, tuple[str, ...]] = field(hash=False)
    wrong: tuple[Wrong, ...] = ()
    where: str = ""

    def canonical_for(self, lang: str) -> str:
        """The canonical form in ``lang`` (Spanish and anything else fall back to English)."""
        return self.canonical.get(lang) or self.canonical["en"]

    def conflicting(self, lang: str) -> tuple[str, ...]:
        """Canonical form and aliases in ``lang``: using two of them in one document is reported."""
        aliases = self.aliases.get(lang, self.aliases.get("en", ()) if lang == "es" else ())
        return (self.canonical_for(lang), *aliases) if lang in LANGUAGES else ()

    def accepted(self) -> tuple[str, ...]:
        """Every form that is right somewhere: canonical, aliases and ``also`` in every language."""
        out: list[str] = list(self.canonical.values())
        for table in (self.aliases, self.also):
            for forms in table.values():
                out.extend(forms)
        return tuple(dict.fromkeys(out))

    @property
    def label(self) -> str:
        zh = self.canonical.get("zh")
        return f"{self.canonical['en']} ({zh})" if zh else self.canonical["en"]


@dataclass(frozen=True, slots=True)
class Glossary:
    entities: tuple[Entity, ...] = ()
    files: tuple[str, ...] = ()

    @property
    def wrong(self) -> tuple[Wrong, ...]:
        return tuple(w for e in self.entities for w in e.wrong)

    def entity(self, entity_id: str) -> Entity:
        return next(e for e in self.entities if e.id == entity_id)
