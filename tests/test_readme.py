"""The README is part of the product: its commands, rule table and CI recipes are tried here."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from seedlint.commands.rules import rules_table
from tests.conftest import ROOT, SEEDS, all_rules

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, re.S)


def test_readme_opens_with_the_install_and_test_commands() -> None:
    shell = [body.strip() for lang, body in BLOCKS if lang == "sh"]
    assert "pip install -e ." in shell[0] and shell[0].endswith("seedlint check seeds")
    assert "pip install -e '.[test]'" in shell[1] and "pytest" in shell[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "pip install -q -e '.[test]'" in ci and "python -m pytest -q" in ci


def test_readme_rule_table_is_current() -> None:
    match = re.search(r"<!-- rules:start -->\n(.*?)<!-- rules:end -->", README, re.S)
    assert match, "README lacks the generated rule table markers"
    assert match.group(1) == rules_table(all_rules()), "README rule table is stale: regenerate it with " + (
        "`seedlint rules --format markdown`"
    )


def _recipe(marker: str) -> dict:  # type: ignore[type-arg]
    section = README.split(marker, 1)[1]
    body = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert body
    return yaml.safe_load(body.group(1))  # type: ignore[no-any-return]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "seeds"]):
        subprocess.run(
            ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )
    seed = tmp_path / "seeds" / "004_363df46a954fb655.txt"
    seed.write_text(seed.read_text("utf-8") + "\nThe fund was launched in 201922.\n", "utf-8")
    return tmp_path


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = re.sub(r'"?origin/(\$\{\{ github.base_ref \}\}|\$CI_MERGE_REQUEST_TARGET_BRANCH_NAME)"?', "HEAD", command)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_github_actions_recipe_runs_as_written(repo: Path) -> None:
    steps = _recipe("### GitHub Actions")["jobs"]["seedlint"]["steps"]
    commands = [s["run"] for s in steps if "run" in s and s["run"].startswith("seedlint")]
    assert len(commands) == 2
    annotations = _run(commands[0], repo)
    assert annotations.returncode == 1, annotations.stderr
    lines = annotations.stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    assert any("004_363df46a954fb655.txt" in line and "DATE001" in line for line in lines)
    assert not any("002_603185a3ae7cfc7b.txt" in line for line in lines), "only changed files are annotated"
    assert _run(commands[1], repo).returncode == 0
    sarif = json.loads((repo / "seedlint.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


def test_gitlab_recipe_runs_as_written(repo: Path) -> None:
    script = _recipe("### GitLab CI")["seedlint"]["script"]
    commands = [c for c in script if c.startswith("seedlint")]
    assert _run(commands[0], repo).returncode == 0
    report = json.loads((repo / "gl-code-quality-report.json").read_text("utf-8"))
    assert report and {"description", "check_name", "fingerprint", "severity", "location"} <= set(report[0])
    changed = _run(commands[1], repo)
    assert changed.returncode == 1
    assert "004_363df46a954fb655.txt" in changed.stdout and "002_603185a3ae7cfc7b.txt" not in changed.stdout
