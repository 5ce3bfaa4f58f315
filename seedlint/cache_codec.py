"""The results cache's value encoding: findings, diagnostics and plain containers as tagged JSON.

Data only, never code: :func:`decode` accepts exactly what :func:`encode` writes (each record's
fields and types checked, nesting bounded) and raises :class:`Malformed` on anything else, so a
planted cache entry can at worst be a miss.
"""

from __future__ import annotations

import json
import math
from typing import Any

from seedlint.finding import Diagnostic, Finding, Severity

MAX_DEPTH = 64
Entry = tuple[tuple[Finding, ...], tuple[Diagnostic, ...]]  # one part of a file's results


class Malformed(ValueError):
    """A cache entry that is not exactly what seedlint writes."""


_FINDING_FIELDS: dict[str, tuple[type, ...]] = {
    "path": (str,),
    "line": (int,),
    "column": (int,),
    "rule": (str,),
    "end_line": (int,),
    "end_column": (int,),
    "family": (str,),
    "severity": (int,),
    "message": (str,),
    "fix": (str, type(None)),
    "fix_safe": (bool,),
    "offset": (int,),
    "end_offset": (int,),
    "snippet": (str,),
    "fix_range": (list,),
    "excerpt": (str,),
    "excerpt_column": (int,),
    "context": (str,),
}
_DIAGNOSTIC_FIELDS: dict[str, tuple[type, ...]] = {
    "path": (str,),
    "message": (str,),
    "severity": (int,),
    "rule": (str, type(None)),
}


def encode(value: Any) -> Any:
    """``value`` as JSON data: plain values as themselves, everything else tagged ``{"t": kind, "v": ...}``."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"t": "float", "v": repr(value)}
    if isinstance(value, Finding):
        fields = {name: getattr(value, name) for name in _FINDING_FIELDS}
        fields["severity"] = int(value.severity)
        fields["fix_range"] = list(value.fix_range)
        return {"t": "finding", "v": fields}
    if isinstance(value, Diagnostic):
        return {
            "t": "diagnostic",
            "v": {**{n: getattr(value, n) for n in _DIAGNOSTIC_FIELDS}, "severity": int(value.severity)},
        }
    if isinstance(value, tuple | list):
        return {"t": type(value).__name__, "v": [encode(x) for x in value]}
    if isinstance(value, set | frozenset):
        items = [encode(x) for x in value]
        items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        return {"t": type(value).__name__, "v": items}
    if isinstance(value, dict):
        pairs = [[encode(k), encode(v)] for k, v in value.items()]
        pairs.sort(key=lambda kv: json.dumps(kv[0], sort_keys=True))
        return {"t": "dict", "v": pairs}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _record(fields: dict[str, tuple[type, ...]], raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or set(raw) != set(fields):
        raise Malformed("record fields")
    for name, types in fields.items():
        value = raw[name]
        if (int in types and not _int(value)) or not isinstance(value, types):
            raise Malformed(f"field {name}")
    try:
        severity = Severity(raw["severity"])
    except ValueError:
        raise Malformed("severity") from None
    return {**raw, "severity": severity}


def _finding(raw: Any) -> Finding:
    fields = _record(_FINDING_FIELDS, raw)
    span = fields["fix_range"]
    if len(span) != 2 or not all(_int(x) for x in span):
        raise Malformed("fix_range")
    fields["fix_range"] = (span[0], span[1])
    if min(fields["line"], fields["column"], fields["end_line"], fields["end_column"], fields["excerpt_column"]) < 1:
        raise Malformed("position")
    if not 0 <= fields["offset"] <= fields["end_offset"] or not 0 <= span[0] <= span[1]:
        raise Malformed("offsets")
    return Finding(**fields)


def decode(data: Any, depth: int = 0) -> Any:
    """Inverse of :func:`encode`; raises :class:`Malformed` on anything else."""
    if depth > MAX_DEPTH:
        raise Malformed("too deep")
    if data is None or isinstance(data, bool | str) or _int(data):
        return data
    if isinstance(data, float):
        return data
    if not isinstance(data, dict) or set(data) != {"t", "v"}:
        raise Malformed("untagged value")
    kind, value = data["t"], data["v"]
    if kind == "finding":
        return _finding(value)
    if kind == "diagnostic":
        return Diagnostic(**_record(_DIAGNOSTIC_FIELDS, value))
    if kind == "float":
        if value not in ("nan", "inf", "-inf"):
            raise Malformed("float")
        return float(value)
    if not isinstance(value, list):
        raise Malformed("container")
    if kind in ("list", "tuple", "set", "frozenset"):
        items = [decode(x, depth + 1) for x in value]
        try:
            return {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[kind](items)
        except TypeError:  # an unhashable member of a set
            raise Malformed("set member") from None
    if kind == "dict":
        out = {}
        for pair in value:
            if not isinstance(pair, list) or len(pair) != 2:
                raise Malformed("dict item")
            try:
                out[decode(pair[0], depth + 1)] = decode(pair[1], depth + 1)
            except TypeError:
                raise Malformed("dict key") from None
        return out
    raise Malformed(f"unknown kind {kind!r}")


def as_entry(value: Any) -> Entry:
    """A decoded value checked to be ``(findings, diagnostics)``, or :class:`Malformed`."""
    if not isinstance(value, tuple) or len(value) != 2:
        raise Malformed("entry")
    findings, diagnostics = value
    if not isinstance(findings, tuple) or not all(isinstance(f, Finding) for f in findings):
        raise Malformed("findings")
    if not isinstance(diagnostics, tuple) or not all(isinstance(d, Diagnostic) for d in diagnostics):
        raise Malformed("diagnostics")
    return findings, diagnostics
