"""The public Python API gives what the CLI gives, with the same config semantics."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import seedlint
from seedlint.finding import Severity
from tests.data.kit import COLOUR, MARKER, cli, write_pack

TEXT = "The colour is red.\nXX marks it.\n有妖怪。\n"
CONFIG = """\
rule-packs = ["pack/zz.yaml"]
select = ["ZZ"]
ignore = ["ZZD"]
paths = ["docs"]
[severity]
ZZB001 = "error"
[per-file-ignores]
"docs/quiet-*.txt" = ["ZZA001"]
[accepted-terms]
script = ["妖怪"]
"""


@pytest.fixture(autouse=True)
def _project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "pack")
    (tmp_path / "docs").mkdir()
    for name in ("a.txt", "quiet-b.txt"):
        (tmp_path / "docs" / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "seedlint.toml").write_text(CONFIG, encoding="utf-8")


def _key(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(r["path"], r["line"], r["column"], r["rule"], r["severity"], r["message"]) for r in rows]


def test_check_paths_gives_what_the_cli_gives(capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "check", "--no-cache", "--format", "json")
    findings = seedlint.check_paths(config=seedlint.load_config())
    assert _key([f.public() for f in findings]) == _key(run.json())
    rules = [(f.path, f.rule) for f in findings]
    assert rules == [("docs/a.txt", COLOUR), ("docs/a.txt", MARKER), ("docs/quiet-b.txt", COLOUR)]
    assert findings[0].severity == Severity.ERROR  # the override applies


def test_check_text_applies_the_config_by_path(tmp_path: Path) -> None:
    config = seedlint.load_config(tmp_path / "seedlint.toml")
    assert [f.rule for f in seedlint.check_text(TEXT, path="docs/a.txt", config=config)] == [COLOUR, MARKER]
    assert [f.rule for f in seedlint.check_text(TEXT, path="docs/quiet-z.txt", config=config)] == [COLOUR]
    defaults = seedlint.check_text(TEXT + "META: x\n")  # no config: the built-in rules, no file read by accident
    assert not any(f.rule.startswith("ZZ") for f in defaults)
    located = seedlint.check_text(TEXT, path="docs/a.txt", config=config)[1]
    assert (located.line, located.column, located.end_column, located.snippet) == (2, 1, 3, "XX")


def test_load_config_discovers_upward(tmp_path: Path) -> None:
    config = seedlint.load_config(start=tmp_path / "docs")
    assert config.source == str(tmp_path / "seedlint.toml")
    assert config.select == ("ZZ",)


def test_errors_raise(tmp_path: Path) -> None:
    config = seedlint.load_config()
    with pytest.raises(FileNotFoundError):
        seedlint.check_paths(["nowhere.txt"], config=config)
    (tmp_path / "seedlint.toml").write_text(CONFIG.replace('select = ["ZZ"]', 'select = ["NOPE9"]'), encoding="utf-8")
    with pytest.raises(ValueError, match="matches no rule"):
        seedlint.check_text("x", config=seedlint.load_config())


def test_import_is_cheap_and_the_api_is_there(tmp_path: Path) -> None:
    code = (
        "import sys, json, seedlint\n"
        "heavy = 'seedlint.engine' in sys.modules\n"
        "found = seedlint.check_text('XX', config=seedlint.load_config())\n"
        "print(json.dumps([heavy, [f.public() for f in found]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    heavy, found = json.loads(done.stdout)
    assert heavy is False
    assert [f["rule"] for f in found] == [MARKER]
