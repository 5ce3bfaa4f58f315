"""JSON formats: an array of findings, or one finding per line (jsonl)."""

from __future__ import annotations

import json
from typing import TextIO

from seedlint.report import ReportInput


def json_array(data: ReportInput, out: TextIO) -> None:
    json.dump([f.public() for f in data.findings], out, ensure_ascii=False, indent=2)
    out.write("\n")


def json_lines(data: ReportInput, out: TextIO) -> None:
    for f in data.findings:
        out.write(json.dumps(f.public(), ensure_ascii=False) + "\n")
