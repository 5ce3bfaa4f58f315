"""JUnit XML: one test case per file, one failure per finding (for CI dashboards)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TextIO
from xml.etree import ElementTree as ET

from seedlint.finding import Finding
from seedlint.report import ReportInput

# Characters XML 1.0 cannot carry at all, not even escaped (C0 controls but tab/newline/CR, surrogates, FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """Replace each character XML cannot hold by U+FFFD, so the report always parses."""
    return _NOT_XML.sub("\ufffd", text)


def junit(data: ReportInput, out: TextIO) -> None:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in data.findings:
        by_file[f.path].append(f)
    suite = ET.Element("testsuite", name="seedlint", tests=str(max(len(by_file), 1)), failures=str(len(data.findings)))
    for path in sorted(by_file):
        case = ET.SubElement(suite, "testcase", classname="seedlint", name=_xml(path))
        for f in by_file[path]:
            failure = ET.SubElement(case, "failure", type=f.rule, message=_xml(f"{f.line}:{f.column}: {f.message}"))
            failure.text = _xml(f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}")
    if not by_file:
        ET.SubElement(suite, "testcase", classname="seedlint", name="corpus")
    root = ET.Element("testsuites")
    root.append(suite)
    out.write(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")
