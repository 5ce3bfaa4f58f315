"""JUnit XML: one test case per checked file, clean ones passing, one failure per failing file (CI dashboards)."""

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
    """One test case per checked file: clean files pass, a file with findings has one failure listing them."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in data.findings:
        by_file[f.path].append(f)
    paths = sorted({*data.files, *by_file})
    suite = ET.Element("testsuite", name="seedlint", tests=str(max(len(paths), 1)), failures=str(len(by_file)))
    for path in paths:
        case = ET.SubElement(suite, "testcase", classname="seedlint", name=_xml(path))
        found = by_file.get(path)
        if found:
            first = found[0]
            summary = f"{len(found)} finding{'s' if len(found) != 1 else ''}; first {first.line}:{first.column}: "
            failure = ET.SubElement(case, "failure", type=first.rule, message=_xml(summary + first.message))
            failure.text = _xml(
                "\n".join(f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}" for f in found)
            )
    if not paths:
        ET.SubElement(suite, "testcase", classname="seedlint", name="corpus")
    root = ET.Element("testsuites")
    root.append(suite)
    out.write(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")
