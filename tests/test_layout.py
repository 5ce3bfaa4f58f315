"""The house's layout (issue: one shape per family): a rule's code predicts where its code lives."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "seedlint"
MAX_LINES = 300  # a module over this does more than one job; a family's analysis.py is the exception


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_the_size_limit_except_a_family_analysis() -> None:
    big = [
        f"{p.relative_to(ROOT)}: {n} lines"
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and not (p.name == "analysis.py" and "checks" in p.relative_to(PACKAGE).parts)
    ]
    assert not big, big


def test_no_rule_module_outside_a_family_package() -> None:
    loose = [p.name for p in (PACKAGE / "checks").glob("*.py") if p.name != "__init__.py"]
    assert not loose, loose
    for family in (PACKAGE / "checks").iterdir():
        if family.is_dir() and family.name != "__pycache__":
            text = (family / "__init__.py").read_text(encoding="utf-8")
            assert "RULES" in text, f"{family.name} exports no RULES"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


def test_rich_is_imported_only_by_the_terminal_reporter() -> None:
    """The terminal report (and its progress bar, which imports rich inside the function that shows it)."""
    users = [str(p.relative_to(ROOT)) for p in _modules() if "rich" in _imports(p)]
    assert all(u.startswith("seedlint/report/terminal") or u == "seedlint/report/progress.py" for u in users), users
    assert "seedlint/report/terminal.py" in users, "the terminal reporter no longer uses rich: update this test"
    top_level = ast.parse((PACKAGE / "report" / "progress.py").read_text(encoding="utf-8")).body
    assert not any(isinstance(n, ast.Import | ast.ImportFrom) and "rich" in ast.dump(n) for n in top_level)
