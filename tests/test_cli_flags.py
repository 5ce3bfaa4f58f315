"""The everyday flags a ruff user types first, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.kit import COLOUR, MARKER, cli, write_pack

CONFIG = 'rule-packs = ["pack/zz.yaml"]\nselect = ["ZZ"]\npaths = ["docs"]\n[per-file-ignores]\n"quiet.txt" = ["ZZA"]\n'


@pytest.fixture(autouse=True)
def _project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SEEDLINT_OUTPUT_FORMAT", raising=False)
    write_pack(tmp_path / "pack")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("XX and colour\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("XX\n", encoding="utf-8")
    (tmp_path / "seedlint.toml").write_text(CONFIG, encoding="utf-8")


def _seedlint(
    tmp_path: Path, *args: str, stdin: str | None = None, shell: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SEEDLINT_OUTPUT_FORMAT"}
    command: list[str] = [sys.executable, "-m", "seedlint", *args]
    if shell:  # bash, for process substitution
        command = ["bash", "-c", " ".join(args).replace("seedlint", f"{sys.executable} -m seedlint")]
    return subprocess.run(command, cwd=tmp_path, input=stdin, capture_output=True, text=True, env=env, timeout=120)


def test_stdin_with_a_filename(tmp_path: Path) -> None:
    done = _seedlint(tmp_path, "check", "-", "--stdin-filename", "docs/new.txt", "--format", "concise", stdin="XX\n")
    assert done.returncode == 1
    assert done.stdout.startswith("docs/new.txt:1:1: ZZA001")
    quiet = _seedlint(tmp_path, "check", "-", "--stdin-filename", "quiet.txt", "--format", "json", stdin="XX\n")
    assert (quiet.returncode, json.loads(quiet.stdout)) == (0, [])  # per-file-ignores match the given name
    bare = _seedlint(tmp_path, "check", "-", "--format", "json", stdin="a colour\n")
    assert [(f["path"], f["rule"]) for f in json.loads(bare.stdout)] == [("-", COLOUR)]
    fix = _seedlint(tmp_path, "check", "-", "--fix", stdin="a colour\n")
    assert fix.returncode == 2 and "--fix cannot write back to stdin" in fix.stderr


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_dev_stdin_and_process_substitution_are_read_once(tmp_path: Path, cache: list[str]) -> None:
    for _ in range(2):  # the second run may answer from the cache: never an empty result
        done = _seedlint(tmp_path, "check", "/dev/stdin", "--format", "json", *cache, stdin="XX XX\n")
        assert [f["rule"] for f in json.loads(done.stdout)] == [MARKER, MARKER], done.stderr
        sub = _seedlint(
            tmp_path, "seedlint", "check", "<(printf 'XX colour\\n')", "--format", "json", *cache, shell=True
        )
        assert [f["rule"] for f in json.loads(sub.stdout)] == [MARKER, COLOUR], sub.stderr


def test_options_after_paths_and_no_abbreviations(capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "check", "docs/a.txt", "--format", "concise", "docs/b.txt", "--no-cache")
    assert run.code == 1
    assert [line.split(":")[0] for line in run.out.splitlines() if ": ZZ" in line] == ["docs/a.txt"] * 2 + [
        "docs/b.txt"
    ]
    run = cli(capsys, "check", "--form", "concise", "docs/a.txt")
    assert run.code == 2 and "unrecognized arguments: --form" in run.err


def test_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "check", "--no-cache", "--format", "json").code == 1
    assert cli(capsys, "check", "--no-cache", "--format", "json", "--exit-zero").code == 0
    assert cli(capsys, "check", "missing.txt", "--exit-zero", "--format", "json").code == 2


def test_output_format_alias_and_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = cli(capsys, "check", "--no-cache", "--output-format", "json")
    assert len(run.json()) == 3
    monkeypatch.setenv("SEEDLINT_OUTPUT_FORMAT", "github")
    assert cli(capsys, "check", "--no-cache").out.startswith("::error file=docs/a.txt")
    assert cli(capsys, "check", "--no-cache", "--format", "json").out.startswith("[")  # the flag wins
    monkeypatch.setenv("SEEDLINT_OUTPUT_FORMAT", "fancy")
    run = cli(capsys, "check", "--no-cache")
    assert run.code == 2 and "SEEDLINT_OUTPUT_FORMAT='fancy'" in run.err


def test_show_settings_and_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "check", "--show-settings", "--ignore", "ZZB")
    assert run.code == 0
    assert f"Settings from: {tmp_path / 'seedlint.toml'}" in run.out
    assert 'per-file-ignores = {"quiet.txt": ["ZZA"]}' in run.out
    assert 'ignore = ["ZZB"]' in run.out
    assert 'selected rules (3) = ["ZZA001", "ZZC001", "ZZD001"]' in run.out
    run = cli(capsys, "check", "--show-files")
    assert (run.code, run.out) == (0, "docs/a.txt\ndocs/b.txt\n")


def test_statistics_table_and_json_and_fixable_counts(capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "check", "--no-cache", "--format", "concise", "--statistics")
    assert "docs/a.txt:1:1" not in run.out  # the table, not the listing
    assert run.out.splitlines()[:2] == ["     2\tZZA001\tzz-marker", "     1\tZZB001\tzz-colour"]
    assert "[*] 1 fixable with --fix." in run.out
    rows = cli(capsys, "check", "--no-cache", "--format", "json", "--statistics").json()
    assert rows == [
        {"code": MARKER, "name": "zz-marker", "count": 2, "fixable": 0},
        {"code": COLOUR, "name": "zz-colour", "count": 1, "fixable": 1},
    ]
    run = cli(capsys, "check", "--no-cache", "--format", "concise", "--show-fixes")
    assert "     1 ZZB001 zz-colour (fixable)" in run.out  # notes are sanitised: a tab prints as a space


def test_clean_removes_only_seedlint_s_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "check", "--format", "json")
    assert (tmp_path / ".seedlint_cache").is_dir()
    run = cli(capsys, "clean")
    assert run.code == 0 and not (tmp_path / ".seedlint_cache").exists()
    (tmp_path / ".seedlint_cache").mkdir()
    (tmp_path / ".seedlint_cache" / "notes.txt").write_text("mine", encoding="utf-8")
    run = cli(capsys, "clean")
    assert run.code == 2 and (tmp_path / ".seedlint_cache" / "notes.txt").exists()


def test_github_format_writes_a_job_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = cli(capsys, "check", "--no-cache", "--format", "github")
    assert run.code == 1 and run.out.count("::error") == 2
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## seedlint\n")  # appended, as GitHub expects
    assert "3 finding(s) in 2 file(s): 2 error, 1 warning, 0 info" in text
    assert "| `ZZA001` | zz-marker | 2 | 0 |" in text and "| `ZZB001` | zz-colour | 1 | 1 |" in text
    assert text.index("| docs/a.txt | 2 |") < text.index("| docs/b.txt | 1 |")  # worst file first


def test_junit_one_case_per_file_clean_ones_passing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xml.etree import ElementTree as ET

    (tmp_path / "docs" / "clean.txt").write_text("nothing here\n", encoding="utf-8")
    run = cli(capsys, "check", "--no-cache", "--format", "junit")
    suite = ET.fromstring(run.out.encode("utf-8")).find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("3", "2")
    cases = {c.get("name"): c.findall("failure") for c in suite.findall("testcase")}
    assert {name: len(f) for name, f in cases.items()} == {"docs/a.txt": 1, "docs/b.txt": 1, "docs/clean.txt": 0}


def test_gitlab_fingerprints_survive_moved_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def prints() -> list[str]:
        rows = cli(capsys, "check", "docs/a.txt", "--no-cache", "--format", "gitlab").json()
        return sorted(r["fingerprint"] for r in rows)

    before = prints()
    (tmp_path / "docs" / "a.txt").write_text("\n\n\nXX and colour\n", encoding="utf-8")  # now on line 4
    assert prints() == before and len(set(before)) == 2


def test_every_flag_of_every_subcommand_is_a_field_of_the_frozen_options() -> None:
    """Commands get a frozen Options, never an argparse.Namespace: a flag without a field fails here."""
    import argparse
    import dataclasses

    from seedlint.cli import build_parser, parse
    from seedlint.options import Options

    parser = build_parser()
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    fields = {f.name for f in dataclasses.fields(Options)}
    for name, sub in commands.items():
        dests = {a.dest for a in sub._actions if a.dest != "help"}
        assert dests <= fields, (name, sorted(dests - fields))
    opts = parse(parser, ["check", "a.txt", "--select", "DATE,NAME", "--rule-pack", "p.yaml"])
    assert isinstance(opts, Options) and opts.command == "check"
    assert (opts.paths, opts.select, opts.rule_pack) == (("a.txt",), ("DATE", "NAME"), ("p.yaml",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.fix = True  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field for the parsed flag"):
        Options.from_namespace(argparse.Namespace(command="check", colour="red"))


def test_no_module_below_main_takes_an_argparse_namespace() -> None:
    root = Path(__file__).resolve().parent.parent / "seedlint"
    users = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if "Namespace" in p.read_text(encoding="utf-8") and p.name not in ("cli.py", "options.py")
    )
    assert users == []
