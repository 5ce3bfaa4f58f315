"""Which files a run checks, and with ``--diff-base`` which of their lines it reports on."""

from __future__ import annotations

from dataclasses import dataclass, replace

from seedlint.changed import Changes, GitError, changed_lines, key
from seedlint.config import Config
from seedlint.engine import Result
from seedlint.files import discover
from seedlint.finding import Diagnostic, Finding
from seedlint.options import Options
from seedlint.scope import Scope


class UsageError(ValueError):
    """Bad arguments discovered after parsing; exit code 2."""


@dataclass(frozen=True)
class Selection:
    files: list[str]
    problems: list[Diagnostic]
    changes: Changes | None = None  # with --diff-base: the changed lines per file (real path)
    piped: frozenset[str] = frozenset()  # inputs read from stdin or a pipe: never filtered by --diff-base


def with_selection(args: Options, config: Config) -> Config:
    """``config`` with ``--select`` / ``--ignore`` / ``--extend-select`` in place of its own."""
    select = args.select if args.select is not None else config.select
    ignore = args.ignore if args.ignore is not None else config.ignore
    extend = args.extend_select if args.extend_select is not None else config.extend_select
    return replace(config, select=tuple(select), ignore=tuple(ignore), extend_select=tuple(extend))


def select_files(args: Options, config: Config) -> Selection:
    """The files to check: the paths given (else configured), stdin and pipes read once, ``--diff-base``."""
    from seedlint.inputs import capture

    paths, piped = capture(list(args.paths) or list(config.paths), args.stdin_filename)
    files, problems = discover(paths, scope=scope_of(args, config), force_exclude=args.force_exclude)
    files = list(dict.fromkeys([*files, *piped]))
    changes = None
    if args.diff_base:
        try:
            changes = changed_lines(args.diff_base)
        except GitError as exc:
            raise UsageError(f"--diff-base {args.diff_base}: {exc}") from None
        files = [f for f in files if f in piped or key(f) in changes]
    return Selection(files, problems, changes, frozenset(piped))


def scope_of(args: Options, config: Config) -> Scope:
    """The config's scope, ``--no-respect-gitignore`` applied."""
    return Scope.of(config, gitignore=False if args.no_respect_gitignore else None)


def only_changed(result: Result, selection: Selection) -> Result:
    """``result`` keeping only the findings that touch a changed line (all of them for new or piped files)."""
    if selection.changes is None or result.path in selection.piped:
        return result
    lines = selection.changes.get(key(result.path), frozenset())
    if lines is None:
        return result
    return replace(result, findings=tuple(f for f in result.findings if _touches(f, lines)))


def _touches(finding: Finding, lines: frozenset[int]) -> bool:
    return any(n in lines for n in range(finding.line, max(finding.line, finding.end_line) + 1))
