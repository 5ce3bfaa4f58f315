"""Per-rule options from the config reach the rule (`rule-settings`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.cli import main

BODY = "The harbour authority published its annual report on shipping volumes and port safety.\n"
TEMPLATE = "Subscribe to our newsletter for weekly updates from the editors\n"


def _corpus(tmp_path: Path) -> None:
    for i, topic in enumerate(["grain exports rose", "container traffic fell"]):
        (tmp_path / f"doc{i}.txt").write_text(f"{BODY.replace('shipping', topic)}{TEMPLATE}", "utf-8")


def _template_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    main(["check", "--no-cache", "--format", "concise", "--select", "CHROME053", str(tmp_path)])
    return [line for line in capsys.readouterr().out.splitlines() if "CHROME053" in line]


def test_min_documents_comes_from_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _template_findings(tmp_path, capsys) == []  # default: 3 documents
    (tmp_path / "seedlint.toml").write_text("[rule-settings.CHROME053]\nmin-documents = 2\n", "utf-8")
    found = _template_findings(tmp_path, capsys)
    assert [line.split(" ")[0] for line in found] == [f"{tmp_path}/doc0.txt:2:1:", f"{tmp_path}/doc1.txt:2:1:"]


def test_rule_settings_must_be_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "seedlint.toml"
    config.write_text("rule-settings = { CHROME053 = 2 }\n", "utf-8")
    assert main(["check", "--config", str(config), str(tmp_path)]) == 2
    assert "rule-settings" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[rule-settings.CHROME999]\nmin-documents = 2\n", "rule-settings.CHROME999: no such rule"),
        (
            "[rule-settings.CHROME053]\nmin-docs = 2\n",
            "rule-settings.CHROME053.min-docs: unknown option (CHROME053 takes min-documents)",
        ),
        ("[rule-settings.CHROME053]\nmin-documents = 'two'\n", "min-documents must be a whole number, not 'two'"),
        ("[rule-settings.CHROME053]\nmin-documents = 1\n", "min-documents must be from 2 or more, not 1"),
        ("[rule-settings.DATE001]\nanything = 1\n", "unknown option (DATE001 takes no options)"),
        ('[severity]\nCHROME9999 = "error"\n', "severity.CHROME9999: no such rule"),
        ('[per-file-ignores]\n"*.txt" = ["NOSUCH"]\n', "per-file-ignores.'*.txt': 'NOSUCH' matches no rule"),
    ],
)
def test_unknown_codes_options_and_bad_values_exit_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, message: str
) -> None:
    """Config is read before the rules are known; once they are, a typo is an error, not a silent no-op."""
    config = tmp_path / "seedlint.toml"
    config.write_text(toml, "utf-8")
    (tmp_path / "a.txt").write_text(BODY, "utf-8")
    capsys.readouterr()
    assert main(["check", "--no-cache", "--config", str(config), str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(config) in err and message in err, err


def test_explain_lists_a_rules_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "CHROME053"]) == 0
    assert "## Options ([rule-settings.CHROME053])\n- min-documents = 3: documents of the corpus" in (
        capsys.readouterr().out
    )
