"""Read an annotation key: a YAML list of defect entries and clean-document markers.

Every node is type-checked before use (no alias expansion through ``str()``), and
each error names the key file and the line of the offending entry.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_ENTRY_KEYS = {"file", "line", "col", "text", "class", "why", "needs", "severity", "fix", "lang"}
_CLEAN_KEYS = {"file", "clean", "lang"}
MAX_KEY_BYTES = 64 * 1024 * 1024


class KeyError_(ValueError):
    """A malformed key; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One annotated defect: ``text`` starts at ``line``:``col`` (1-based, code points)."""

    path: str  # normalised absolute path of the annotated document
    file: str  # the path as the key writes it
    line: int
    col: int
    text: str
    cls: str
    why: str = ""
    needs: str | None = None

    @property
    def end_col(self) -> int:
        """The last column the entry covers (inclusive)."""
        return self.col + max(len(self.text), 1) - 1


@dataclass(frozen=True, slots=True)
class AnnotationKey:
    source: str
    entries: tuple[Entry, ...]
    clean: frozenset[str]  # normalised paths of clean control documents
    languages: dict[str, str]  # normalised path -> language the key declares
    clean_files: dict[str, str] = field(default_factory=dict)  # normalised path -> path as written

    @property
    def files(self) -> tuple[str, ...]:
        """Every document the key names, in key order."""
        seen = dict.fromkeys([*(e.path for e in self.entries), *sorted(self.clean)])
        return tuple(seen)


def locate(key: AnnotationKey, checked: Sequence[str]) -> dict[str, str]:
    """Map each checked path to the key document it is: the same file, else the key path as a suffix.

    The suffix rule lets a key written beside one copy of a corpus score another copy
    (``000_x.txt`` in the key matches ``seeds/000_x.txt``); it needs a unique match.
    """
    named = key.files
    by_parts: dict[tuple[str, ...], list[str]] = {}
    for doc, file in _files_as_written(key).items():
        by_parts.setdefault(Path(os.path.normcase(file)).parts, []).append(doc)
    out: dict[str, str] = {}
    for path in checked:
        n = norm(path)
        if n in named:
            out[path] = n
            continue
        parts = Path(n).parts
        for size in range(len(parts), 0, -1):
            docs = by_parts.get(tuple(p for p in parts[-size:] if p))
            if docs and len(docs) == 1:
                out[path] = docs[0]
                break
    return out


def _files_as_written(key: AnnotationKey) -> dict[str, str]:
    written = {e.path: e.file for e in key.entries}
    for doc in key.clean:
        written.setdefault(doc, key.clean_files.get(doc, doc))
    return written


def _read(path: Path) -> bytes:
    """Read a regular file only (never a FIFO or device), bounded in size."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError(f"{path} is not a regular file")
    if info.st_size > MAX_KEY_BYTES:
        raise OSError(f"{path} is larger than {MAX_KEY_BYTES // (1024 * 1024)} MB")
    return path.read_bytes()


def norm(path: str) -> str:
    """The form in which key paths and finding paths are compared."""
    return os.path.normcase(os.path.abspath(path))


def _scalar(node: yaml.Node, where: str, kind: type) -> object:
    if not isinstance(node, yaml.ScalarNode):
        raise KeyError_(f"{where}: expected a {kind.__name__}, got a {type(node).__name__}")
    value = yaml.SafeLoader.construct_scalar(yaml.SafeLoader(""), node)
    if kind is int:
        if node.tag != "tag:yaml.org,2002:int":
            raise KeyError_(f"{where}: expected a whole number, got {value!r}")
        number = int(str(value).replace("_", ""))
        if number < 1:
            raise KeyError_(f"{where}: must be 1 or more")
        return number
    if kind is bool:
        if node.tag != "tag:yaml.org,2002:bool":
            raise KeyError_(f"{where}: expected true or false, got {value!r}")
        return str(value).lower() in ("true", "yes", "on")
    return str(value)


def load_key(path: Path) -> AnnotationKey:
    """Parse and validate a key; paths inside it are relative to the key's folder."""
    try:
        data = _read(path)
    except OSError as exc:
        raise KeyError_(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        root = yaml.compose(data.decode("utf-8"), Loader=yaml.SafeLoader)
    except UnicodeDecodeError:
        raise KeyError_(f"{path}: not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise KeyError_(f"{path}{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if root is None:
        return AnnotationKey(str(path), (), frozenset(), {})
    if not isinstance(root, yaml.SequenceNode):
        raise KeyError_(f"{path}:{root.start_mark.line + 1}: a key is a list of entries")
    base = path.parent
    entries: list[Entry] = []
    clean: set[str] = set()
    clean_files: dict[str, str] = {}
    languages: dict[str, str] = {}
    for item in root.value:
        where = f"{path}:{item.start_mark.line + 1}"
        if not isinstance(item, yaml.MappingNode):
            raise KeyError_(f"{where}: each entry is a mapping")
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in item.value:
            name = str(_scalar(key_node, where, str))
            fields[name] = value_node
        if "file" not in fields:
            raise KeyError_(f"{where}: entry has no 'file'")
        file = str(_scalar(fields["file"], f"{where}: file", str))
        doc = norm(str(base / file))
        if "lang" in fields:
            languages[doc] = str(_scalar(fields["lang"], f"{where}: lang", str))
        if "clean" in fields:
            unknown = sorted(set(fields) - _CLEAN_KEYS)
            if unknown:
                raise KeyError_(f"{where}: unknown key {unknown[0]!r} in a clean marker")
            if _scalar(fields["clean"], f"{where}: clean", bool):
                clean.add(doc)
                clean_files[doc] = file
            continue
        unknown = sorted(set(fields) - _ENTRY_KEYS)
        if unknown:
            raise KeyError_(f"{where}: unknown key {unknown[0]!r} (expected {', '.join(sorted(_ENTRY_KEYS))})")
        for required in ("line", "col", "text", "class"):
            if required not in fields:
                raise KeyError_(f"{where}: entry has no {required!r}")
        entries.append(
            Entry(
                path=doc,
                file=file,
                line=int(_scalar(fields["line"], f"{where}: line", int)),  # type: ignore[call-overload]
                col=int(_scalar(fields["col"], f"{where}: col", int)),  # type: ignore[call-overload]
                text=str(_scalar(fields["text"], f"{where}: text", str)),
                cls=str(_scalar(fields["class"], f"{where}: class", str)),
                why=str(_scalar(fields["why"], f"{where}: why", str)) if "why" in fields else "",
                needs=str(_scalar(fields["needs"], f"{where}: needs", str)) if "needs" in fields else None,
            )
        )
    return AnnotationKey(str(path), tuple(entries), frozenset(clean), languages, clean_files)
