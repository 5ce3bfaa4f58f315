"""GitLab code-quality report (the Code Climate JSON subset GitLab reads)."""

from __future__ import annotations

import hashlib
import json
from typing import TextIO

from seedlint.report import ReportInput

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def gitlab(data: ReportInput, out: TextIO) -> None:
    issues = []
    for f in data.findings:
        line_free = data.fingerprints.get(f)  # the baseline's: moving a line does not change it
        raw = f"{f.path}\0{line_free}" if line_free else f"{f.path}\0{f.rule}\0{f.line}\0{f.column}\0{f.snippet}"
        issues.append(
            {
                "description": f"{f.rule} {f.message}",
                "check_name": f.rule,
                "fingerprint": hashlib.md5(raw.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest(),
                "severity": _SEVERITY[str(f.severity)],
                "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}},
            }
        )
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")
