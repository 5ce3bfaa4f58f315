"""SARIF 2.1.0, the format code-scanning services ingest. Columns are code points."""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from seedlint import __version__
from seedlint.finding import Finding
from seedlint.report import ReportInput

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI reference: absolute paths become file URIs; relative
    ones stay relative, with spaces, ``%``, ``#``, ``?`` and non-ASCII percent-encoded."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(os.fsencode(pure.as_posix()), safe="/")  # the name's own bytes, UTF-8 or not


def _deleted_region(f: Finding) -> dict[str, int]:
    """What a fix replaces: the finding's own span, or (e.g. a deleted line) its ``fix_range``."""
    if f.fix_range == (f.offset, f.end_offset) or f.fix_range == (0, 0):
        return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
    start, end = f.fix_range
    return {"charOffset": start, "charLength": end - start}


def sarif(data: ReportInput, out: TextIO) -> None:
    codes = sorted({f.rule for f in data.findings} | set(data.rules))
    index = {code: i for i, code in enumerate(codes)}
    rules: list[dict[str, Any]] = []
    for code in codes:
        meta = data.rules.get(code)
        rule: dict[str, Any] = {"id": code}
        if meta:
            rule.update(
                name=meta.name,
                shortDescription={"text": meta.summary},
                fullDescription={"text": meta.docs or meta.summary},
                defaultConfiguration={"level": _LEVEL[str(meta.severity)]},
                properties={"family": meta.family, "tags": [meta.family]},
            )
        rules.append(rule)
    results = []
    for f in data.findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[str(f.severity)],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                            "snippet": {"text": f.snippet},
                        },
                    }
                }
            ],
        }
        if f.fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": "seedlint fix" + ("" if f.fix_safe else " (unsafe)")},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": artifact_uri(f.path)},
                            "replacements": [
                                {
                                    "deletedRegion": _deleted_region(f),
                                    "insertedContent": {"text": f.fix},
                                }
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    notifications = [
        {
            "level": _LEVEL[str(d.severity)],
            "message": {"text": f"{d.path}: {d.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(d.path)}}}],
            **({"associatedRule": {"id": d.rule}} if d.rule else {}),
        }
        for d in data.diagnostics
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "seedlint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/seedlint/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
            }
        ],
    }
    json.dump(log, out, ensure_ascii=False, indent=2)
    out.write("\n")
