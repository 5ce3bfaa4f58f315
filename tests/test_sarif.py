"""SARIF 2.1.0 output, validated offline against the official schema (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest

from seedlint.report.sarif import artifact_uri
from tests.data.kit import COLOUR, MARKER, META, NOTE, SARIF_SCHEMA, check, write_pack


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _sarif(capsys: pytest.CaptureFixture[str], tmp_path: Path, *paths: str) -> tuple[int, dict[str, Any], list[Any]]:
    pack = write_pack(tmp_path / "pack")
    run = check(capsys, pack, *paths, "--format", "sarif")
    log = json.loads(run.out)
    as_json = check(capsys, pack, *paths)
    return run.code, log, as_json.json()


def _errors(validator: jsonschema.protocols.Validator, log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def test_sarif_validates_and_counts_code_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: jsonschema.protocols.Validator
) -> None:
    folder = tmp_path / "数据 dir"
    folder.mkdir()
    (folder / "a b.txt").write_bytes("标题XX\r\ne\u0301😀XX colour\r\n有妖怪\r\nMETA: id=1\r\nend\r\n".encode())
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    code, log, findings = _sarif(capsys, tmp_path, str(folder))
    assert code == 1
    assert _errors(validator, log) == []
    assert log["version"] == "2.1.0"
    [sarif_run] = log["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert sarif_run["tool"]["driver"]["name"] == "seedlint"
    results = sarif_run["results"]
    assert [r["ruleId"] for r in results] == [f["rule"] for f in findings] == [MARKER, MARKER, COLOUR, NOTE, META]
    for result, f in zip(results, findings, strict=True):
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            f["line"],
            f["column"],
            f["end_line"],
            f["end_column"],
        )
        uri = location["artifactLocation"]["uri"]  # an absolute path: a file URI, percent-encoded
        assert uri.startswith("file:///") and " " not in uri and "数" not in uri
        assert unquote(uri) == "file://" + f["path"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        assert result["message"]["text"] == f["message"]
        rules = sarif_run["tool"]["driver"]["rules"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    # the emoji line: e + U+0301 + 😀 are three code points, XX starts at column 4
    assert results[1]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 4
    # the binary file is reported as a notification, not a result
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert any("blob.txt" in n["message"]["text"] and "binary" in n["message"]["text"] for n in notes)


def test_sarif_fixes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: jsonschema.protocols.Validator
) -> None:
    text = "The colour.\r\nMETA: id=1\r\nend\r\n"
    (tmp_path / "a.txt").write_bytes(text.encode())
    _, log, _ = _sarif(capsys, tmp_path, "a.txt")
    assert _errors(validator, log) == []
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    [colour_fix] = results[COLOUR]["fixes"]
    [change] = colour_fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "a.txt"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 1, "startColumn": 5, "endLine": 1, "endColumn": 11},
            "insertedContent": {"text": "color"},
        }
    ]
    # deleting a line removes the whole line with its CRLF, not just the matched text
    [meta_fix] = results[META]["fixes"]
    assert "unsafe" in meta_fix["description"]["text"]
    [replacement] = meta_fix["artifactChanges"][0]["replacements"]
    region = replacement["deletedRegion"]
    start = text.index("META")
    assert region == {"charOffset": start, "charLength": len("META: id=1\r\n")}
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == "META: id=1\r\n"
    assert replacement["insertedContent"] == {"text": ""}
    assert "fixes" not in results.get(MARKER, {})


def test_sarif_without_findings_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: jsonschema.protocols.Validator
) -> None:
    (tmp_path / "a.txt").write_text("clean\n", encoding="utf-8")
    code, log, _ = _sarif(capsys, tmp_path, "a.txt")
    assert code == 0
    assert _errors(validator, log) == []
    assert log["runs"][0]["results"] == []
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert {MARKER, COLOUR, NOTE, META} <= set(ids)
    assert ids == sorted(ids)


def test_validator_catches_a_broken_log(validator: jsonschema.protocols.Validator) -> None:
    """The schema is really applied: a log with a bad columnKind and no driver name fails."""
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "columnKind": "bytes"}]}
    errors = _errors(validator, broken)
    assert any("columnKind" in e for e in errors)
    assert any("'name' is a required property" in e for e in errors)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a.txt", "a.txt"),
        ("dir/a b.txt", "dir/a%20b.txt"),
        ("数据/文件#1?.txt", "%E6%95%B0%E6%8D%AE/%E6%96%87%E4%BB%B6%231%3F.txt"),
        ("100%.txt", "100%25.txt"),
        ("/abs/a b.txt", "file:///abs/a%20b.txt"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
