"""What a run checks: config patterns relative to the config file, ``.gitignore``, seedlint's own files,
and ``--force-exclude`` for files named outright (pre-commit)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.data.kit import MARKER, cli, write_pack

CONFIG = """rule-packs = ["pack/zz.yaml"]
select = ["ZZA001"]
paths = ["corpus"]
exclude = ["corpus/drafts/*"]
per-file-ignores = { "corpus/legacy/*" = ["ZZA001"] }
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    write_pack(root / "pack")
    (root / "seedlint.toml").write_text(CONFIG, encoding="utf-8")
    for name in ("corpus/a.txt", "corpus/drafts/d.txt", "corpus/legacy/l.txt", "corpus/sub/b.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("XX marks it.\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(root)
    return root


def _reported(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    run = cli(capsys, "check", "--no-cache", "--format", "json", *args)
    assert run.code in (0, 1), run.err
    return sorted(Path(f["path"]).resolve().name for f in run.json() if f["rule"] == MARKER)


def _files(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    run = cli(capsys, "check", "--show-files", *args)
    assert run.code == 0, run.err
    return sorted(Path(line).resolve().relative_to(Path.cwd().resolve()).as_posix() for line in run.out.split())


def test_patterns_are_relative_to_the_config_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _reported(capsys) == ["a.txt", "b.txt"]
    os.chdir(project / "corpus")  # from a subfolder
    assert _reported(capsys, ".") == ["a.txt", "b.txt"]
    assert _reported(capsys, "legacy/l.txt") == []  # per-file-ignores still match
    assert _reported(capsys, str(project / "corpus")) == ["a.txt", "b.txt"]  # absolute paths
    os.chdir(project.parent / "elsewhere")  # no config here: it is found upward from the path checked
    assert _reported(capsys, str(project / "corpus")) == ["a.txt", "b.txt"]
    assert _reported(capsys, str(project / "corpus" / "legacy" / "l.txt")) == []


def test_gitignore_is_respected_in_walks(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".git").mkdir()  # a repository root: ignore files from here down apply
    (project / ".gitignore").write_text("*.tmp.txt\n/corpus/sub/\n", encoding="utf-8")
    (project / "corpus" / "x.tmp.txt").write_text("XX\n", encoding="utf-8")
    (project / "corpus" / "legacy" / ".gitignore").write_text("*\n!l.txt\n!.gitignore\n", encoding="utf-8")
    (project / "corpus" / "legacy" / "other.txt").write_text("XX\n", encoding="utf-8")
    assert _files(capsys) == ["corpus/a.txt", "corpus/legacy/l.txt"]
    everything = ["corpus/a.txt", "corpus/legacy/l.txt", "corpus/legacy/other.txt", "corpus/sub/b.txt"]
    assert _files(capsys, "--no-respect-gitignore") == sorted([*everything, "corpus/x.tmp.txt"])
    (project / "seedlint.toml").write_text(CONFIG + "respect-gitignore = false\n", encoding="utf-8")
    assert _files(capsys) == sorted([*everything, "corpus/x.tmp.txt"])
    (project / "seedlint.toml").write_text(CONFIG, encoding="utf-8")
    assert _files(capsys, "corpus/sub/b.txt") == ["corpus/sub/b.txt"]  # named outright: checked
    assert _files(capsys, "--force-exclude", "corpus/sub/b.txt", "corpus/x.tmp.txt") == []


def test_a_git_ignored_folder_named_outright_is_walked_with_the_other_ignore_rules(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As ripgrep does with an ignored folder it is given: the patterns that ignore the folder itself
    (or one between it and their ignore file) are dropped, every other pattern still applies."""
    (project / ".git").mkdir()
    (project / ".gitignore").write_text("*.tmp.txt\ncorpus/sub/\n", encoding="utf-8")
    sub = project / "corpus" / "sub"
    (sub / "deeper").mkdir()
    (sub / "deeper" / "c.txt").write_text("XX\n", encoding="utf-8")
    (sub / "x.tmp.txt").write_text("XX\n", encoding="utf-8")
    (sub / "own.txt").write_text("XX\n", encoding="utf-8")
    (sub / ".gitignore").write_text("own.txt\n", encoding="utf-8")
    assert "corpus/sub/b.txt" not in _files(capsys)  # a walk from the top still skips it
    assert _files(capsys, "corpus/sub") == ["corpus/sub/b.txt", "corpus/sub/deeper/c.txt"]
    assert _files(capsys, "corpus/sub/deeper") == ["corpus/sub/deeper/c.txt"]


def test_seedlint_never_walks_into_its_own_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seedlint.toml").write_text(
        CONFIG + 'baseline = "corpus/known.json"\ncache-dir = "corpus/cache"\n', encoding="utf-8"
    )
    assert cli(capsys, "baseline").code == 0
    (project / "corpus" / ".seedlint-baseline.json").write_text("{}\n", encoding="utf-8")
    assert cli(capsys, "check", "--format", "concise").code == 0  # writes corpus/cache
    assert (project / "corpus" / "cache").is_dir() and (project / "corpus" / "known.json").is_file()
    assert _files(capsys) == ["corpus/a.txt", "corpus/legacy/l.txt", "corpus/sub/b.txt"]
    assert _files(capsys, "--force-exclude", "corpus/known.json", "corpus/.seedlint-baseline.json") == []


def test_force_exclude_keeps_to_the_configured_corpus(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "notes.py").write_text("# XX\n", encoding="utf-8")
    (project / "corpus" / "tool.py").write_text("# XX\n", encoding="utf-8")
    (project / "README.md").write_text("XX\n", encoding="utf-8")
    named = ["notes.py", "corpus/tool.py", "README.md", "corpus/a.txt", "corpus/drafts/d.txt"]
    assert _files(capsys, *named) == ["README.md", "corpus/a.txt", "corpus/tool.py", "notes.py"]
    assert _files(capsys, "--force-exclude", *named) == ["corpus/a.txt"]
    (project / "seedlint.toml").write_text(CONFIG.replace('paths = ["corpus"]\n', ""), encoding="utf-8")
    assert _files(capsys, "--force-exclude", *named) == ["README.md", "corpus/a.txt"]  # no paths set: anywhere
