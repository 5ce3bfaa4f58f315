"""The pre-commit hook: the manifest, and ``pre-commit try-repo`` against a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.data.kit import ROOT, slow

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def test_manifest_exposes_the_seedlint_hook() -> None:
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == "seedlint"]
    assert hook["types"] == ["text"]
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["seedlint", "check"]
    assert "--fix" not in hook["entry"]  # a hook must not rewrite the corpus behind the user's back
    assert "--force-exclude" in hook["entry"].split()  # staged files outside the configured corpus are skipped


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@slow
def test_try_repo_fails_on_a_dirty_file_and_passes_on_a_clean_one(tmp_path: Path) -> None:
    git = _tool("git")
    pre_commit = _tool("pre-commit")
    assert git
    repo = tmp_path / "corpus"
    repo.mkdir()
    (repo / "dirty.txt").write_text("202223年起，支付宝分别建立北京分公司。\n", encoding="utf-8")
    (repo / "clean.txt").write_text("2023年起，支付宝分别建立北京分公司。\n", encoding="utf-8")
    # the hook checks the corpus with the corpus's own configuration, found from the repository root
    (repo / "seedlint.toml").write_text('select = ["DATE001"]\nexclude = ["drafts/*"]\n', encoding="utf-8")
    dirty = "202223年起，支付宝分别建立北京分公司。\n"
    (repo / "tool.py").write_text(f"# {dirty}", encoding="utf-8")  # not a corpus file: skipped
    (repo / "drafts").mkdir()
    (repo / "drafts" / "old.txt").write_text(dirty, encoding="utf-8")  # excluded by the config
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "corpus")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "NO_COLOR": "1",
    }
    env.pop("VIRTUAL_ENV", None)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "try-repo", str(ROOT), "seedlint", "--color", "never", "--verbose", "--files", *files],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    dirty = try_repo("dirty.txt")
    report = dirty.stdout + dirty.stderr
    assert dirty.returncode == 1, report
    assert "Failed" in report
    assert "dirty.txt:1:1: DATE001" in report

    clean = try_repo("clean.txt")
    report = clean.stdout + clean.stderr
    assert clean.returncode == 0, report
    assert "Passed" in report
    assert "DATE001" not in report
    assert (repo / "dirty.txt").read_text(encoding="utf-8").startswith("202223年")  # the hook changed nothing

    outside = try_repo("tool.py", "drafts/old.txt", "seedlint.toml")
    report = outside.stdout + outside.stderr
    assert outside.returncode == 0, report
    assert "DATE001" not in report
