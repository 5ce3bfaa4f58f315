"""What belongs to the corpus: ``exclude`` and ``per-file-ignores`` patterns (relative to the config
file's folder, whatever the working directory), ``.gitignore`` files, and never seedlint's own files.

``.gitignore`` semantics (negation, anchoring, ``**``) come from :mod:`pathspec`; the
files read are those from the repository root (the nearest folder holding ``.git``,
whose ``.git/info/exclude`` counts too) down to each folder, or from the config
folder down when there is no repository. A deeper file overrides a shallower one.
"""

from __future__ import annotations

import copy
import fnmatch
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pathspec

from seedlint.config import Config

DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".seedlint_cache")
DEFAULT_BASELINE = ".seedlint-baseline.json"
#: files never checked by name: seedlint's default baseline and git's own
OWN_NAMES = frozenset({DEFAULT_BASELINE, ".gitignore", ".gitattributes", ".gitmodules"})
MAX_IGNORE_BYTES = 1 << 20  # a bigger .gitignore is read only this far

_Specs = tuple[tuple[Path, pathspec.GitIgnoreSpec], ...]


def relative(path: str | Path, root: Path) -> str:
    """``path`` relative to ``root`` (posix), or as given when it lies outside (``root`` is also tried resolved)."""
    absolute = os.path.abspath(path)
    for base in (str(root), _real(root)):
        if absolute == base or absolute.startswith(base.rstrip(os.sep) + os.sep):
            return Path(os.path.relpath(absolute, base)).as_posix()
    return Path(path).as_posix()


_REAL: dict[Path, str] = {}


def _real(folder: Path) -> str:
    if folder not in _REAL:
        _REAL[folder] = os.path.realpath(folder)
    return _REAL[folder]


def matches(path: str, patterns: Iterable[str], root: Path) -> bool:
    """``path`` (relative to ``root``) or its file name matches one of the glob ``patterns``."""
    text = relative(path, root)
    name = text.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(name, p) for p in patterns)


class Scope:
    """Decides whether a path is excluded from the corpus."""

    def __init__(
        self,
        exclude: Sequence[str] = (),
        root: Path | None = None,
        *,
        gitignore: bool = False,
        own: Iterable[str | Path] = (),
        corpus: Sequence[str] | None = None,
    ) -> None:
        self.exclude = tuple(exclude)
        self.root = Path(os.path.abspath(root or Path.cwd()))
        self.gitignore = gitignore
        self.own = frozenset(os.path.realpath(p) for p in own)
        self.own_names = frozenset(os.path.basename(p) for p in self.own)
        self.corpus = None if corpus is None else tuple(os.path.abspath(p) for p in corpus)
        self._specs: dict[Path, _Specs] = {}

    @classmethod
    def of(cls, config: Config, *, gitignore: bool | None = None) -> Scope:
        """The scope a config describes; ``gitignore`` overrides its ``respect-gitignore``."""
        own = [p for p in (config.baseline, config.cache_dir, config.suppressions) if p]
        return cls(
            config.exclude,
            config.root,
            gitignore=config.respect_gitignore if gitignore is None else gitignore,
            own=[*own, config.root / DEFAULT_BASELINE],
            corpus=config.paths if config.paths_configured else None,
        )

    def in_corpus(self, path: Path) -> bool:
        """``path`` lies under one of the configured ``paths`` (always true when none are configured)."""
        if self.corpus is None:
            return True
        absolute = os.path.abspath(path)
        return any(absolute == p or absolute.startswith(p.rstrip(os.sep) + os.sep) for p in self.corpus)

    def excluded(self, path: Path, is_dir: bool = False, *, git: bool = True) -> bool:
        """``path`` matches a default or configured exclude, is seedlint's own, or (``git``) is git-ignored."""
        if any(part in DEFAULT_EXCLUDE for part in path.parts) or (not is_dir and path.name in OWN_NAMES):
            return True
        text = relative(path, self.root)
        parts = text.split("/")
        if any(fnmatch.fnmatch(text, p) or any(fnmatch.fnmatch(part, p) for part in parts) for p in self.exclude):
            return True
        if path.name in self.own_names and os.path.realpath(path) in self.own:
            return True
        return git and self.gitignore and self._ignored(Path(os.path.abspath(path)), is_dir)

    def excluded_anywhere(self, path: Path) -> bool:
        """Like :meth:`excluded`, and also when a folder above it (inside its repository) is ignored."""
        if self.excluded(path, path.is_dir()):
            return True
        if not self.gitignore:
            return False
        absolute = Path(os.path.abspath(path))
        top = _repository(absolute.parent)
        return any(self._ignored(folder, True) for folder in absolute.parents if top and _under(folder, top))

    def walking(self, top: Path) -> Scope:
        """The scope for a walk of ``top``, a folder named outright: when git ignores it (or a folder
        above it), only the ignore files inside it count, as ripgrep searches an ignored folder it is given."""
        if not self.gitignore or not self.excluded_anywhere(top):
            return self
        absolute = Path(os.path.abspath(top))
        kept: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
        for base, spec in self._chain(absolute.parent):
            # drop the patterns that ignore ``top`` itself or a folder between it and ``base``
            folders = [f for f in (absolute, *absolute.parents) if _under(f, base) and f != base]
            rels = [relative(f, base) + "/" for f in folders]
            patterns = [p for p in spec.patterns if not (p.include and any(p.match_file(r) for r in rels))]
            kept.append((base, pathspec.GitIgnoreSpec(patterns)))
        inside = copy.copy(self)
        inside._specs = {absolute: (*kept, *_load(absolute, absolute / ".gitignore"))}
        return inside

    def _ignored(self, path: Path, is_dir: bool) -> bool:
        target = path.as_posix() + ("/" if is_dir else "")
        for base, spec in reversed(self._chain(path.parent)):
            rel = target[len(base.as_posix().rstrip("/")) + 1 :]
            decision = spec.check_file(rel).include
            if decision is not None:
                return decision
        return False

    def _chain(self, folder: Path) -> _Specs:
        """The ignore files that apply inside ``folder``, shallowest first (iterative: folders nest deep)."""
        if folder in self._specs:
            return self._specs[folder]
        top = _repository(folder) or (self.root if _under(folder, self.root) else folder)
        pending: list[Path] = []
        here = folder
        while here not in self._specs and here != top and here.parent != here:
            pending.append(here)
            here = here.parent
        if here not in self._specs:
            chain: _Specs = _load(here, here / ".git" / "info" / "exclude") if (here / ".git").is_dir() else ()
            self._specs[here] = chain + _load(here, here / ".gitignore")
        for sub in reversed(pending):
            self._specs[sub] = self._specs[sub.parent] + _load(sub, sub / ".gitignore")
        return self._specs[folder]


def _under(path: Path, root: Path) -> bool:
    text, base = str(path), str(root)
    return text == base or text.startswith(base.rstrip(os.sep) + os.sep)


_REPOS: dict[Path, Path | None] = {}


def _repository(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding ``.git`` (a folder, or a file in worktrees)."""
    visited: list[Path] = []
    here: Path | None = folder
    found: Path | None = None
    while here is not None and here not in _REPOS:
        visited.append(here)
        if (here / ".git").exists():
            found = here
            break
        here = here.parent if here.parent != here else None
    else:
        found = _REPOS[here] if here is not None else None
    for item in visited:
        _REPOS[item] = found
    return found


def _load(base: Path, file: Path) -> _Specs:
    """``((base, spec),)`` for a readable ignore file, else ``()``; bad patterns are skipped, never fatal."""
    try:
        with open(file, "rb") as fh:
            text = fh.read(MAX_IGNORE_BYTES).decode("utf-8", "replace")
    except OSError:
        return ()
    lines = text.splitlines()
    try:
        spec = pathspec.GitIgnoreSpec.from_lines(lines)
    except Exception:  # one malformed pattern: keep the others
        kept = []
        for line in lines:
            try:
                pathspec.GitIgnoreSpec.from_lines([line])
            except Exception:
                continue
            kept.append(line)
        spec = pathspec.GitIgnoreSpec.from_lines(kept)
    return ((base, spec),) if len(spec) else ()
