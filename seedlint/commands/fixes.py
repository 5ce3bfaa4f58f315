"""``--fix`` and ``--diff``: apply the fixable findings of a prepared run, file by file, safely."""

from __future__ import annotations

import os

from seedlint.commands.prepare import Prepared
from seedlint.document import Document
from seedlint.files import from_bytes, read
from seedlint.finding import Diagnostic, Finding, Severity
from seedlint.runner import keep


def apply_fixes(prepared: Prepared, unsafe: bool, write: bool) -> tuple[list[str], int, list[Diagnostic]]:
    """Fix every file with fixable findings; return diffs, the count of fixes, problems.

    A file is refused (one error line, nothing written) when it is a link, has hard
    links, is read-only, does not re-encode to its own bytes, or changed meanwhile.
    """
    from seedlint.fixer import FixRefused, check_round_trip, fix_text, fixable, snapshot, unified_diff, write_atomic

    engine, config, evidence = prepared.engine, prepared.config, prepared.result.evidence
    suppressor = prepared.suppressor
    diffs: list[str] = []
    problems: list[Diagnostic] = []
    total = 0
    if write:
        from seedlint.fixer import remove_leftovers

        remove_leftovers(sorted({os.path.dirname(r.path) for r in prepared.result.results}))
    for res in prepared.result.results:
        if not fixable(res.findings, unsafe):
            continue
        path = res.path
        data, _ = read(path, config.max_file_size << 20)
        if data is None:
            continue
        loaded = from_bytes(path, data)
        if loaded.document is None or loaded.decoded is None:
            continue
        try:
            check_round_trip(loaded.decoded, data)
            original = snapshot(path, data) if write else None
        except (FixRefused, OSError) as exc:
            problems.append(Diagnostic(path, str(exc), Severity.ERROR))
            continue

        def check(text: str, path: str = path) -> list[Finding]:
            found = keep(engine.check(Document(path, text), evidence).findings, config, engine)
            return suppressor.filter(path, found, text, record=False) if suppressor else found

        fixed, count = fix_text(loaded.document.source, check, unsafe)
        if not count or fixed == loaded.document.source:
            continue
        if original is not None:
            try:
                write_atomic(path, fixed, loaded.decoded, original)
            except (FixRefused, OSError, UnicodeEncodeError) as exc:
                message = str(exc) if isinstance(exc, FixRefused) else f"fix not written: {exc}"
                problems.append(Diagnostic(path, message, Severity.ERROR))
                continue
        total += count
        diffs.append(unified_diff(path, loaded.document.source, fixed))
    return diffs, total, problems
