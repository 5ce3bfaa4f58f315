"""JUnit XML: one test case per file, one failure per finding (for CI dashboards)."""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO
from xml.etree import ElementTree as ET

from seedlint.finding import Finding
from seedlint.report import ReportInput


def junit(data: ReportInput, out: TextIO) -> None:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in data.findings:
        by_file[f.path].append(f)
    suite = ET.Element("testsuite", name="seedlint", tests=str(max(len(by_file), 1)), failures=str(len(data.findings)))
    for path in sorted(by_file):
        case = ET.SubElement(suite, "testcase", classname="seedlint", name=path)
        for f in by_file[path]:
            failure = ET.SubElement(case, "failure", type=f.rule, message=f"{f.line}:{f.column}: {f.message}")
            failure.text = f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}"
    if not by_file:
        ET.SubElement(suite, "testcase", classname="seedlint", name="corpus")
    root = ET.Element("testsuites")
    root.append(suite)
    out.write(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")
