"""The CLI's collector settings: start-up data frozen once, young collections spaced out, library untouched."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import seedlint
from seedlint import cli, gctune


@pytest.fixture
def fresh_collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with the collector as CPython starts it, and leave it so."""
    threshold = gc.get_threshold()
    gc.unfreeze()
    monkeypatch.setattr(gctune, "_done", False)
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("fresh_collector")
def test_a_check_freezes_what_is_loaded_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("The year 202223 was long.\n", encoding="utf-8")
    assert gc.get_freeze_count() == 0
    assert cli.main(["check", "--no-cache", "-q", str(doc)]) == 1
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the rules, packs and the modules behind them
    assert gc.get_threshold()[0] == gctune.YOUNG_THRESHOLD
    cli.main(["check", "--no-cache", "-q", str(doc)])  # a second round (check --watch) freezes nothing more
    assert gc.get_freeze_count() <= frozen  # (frozen objects still die by reference counting)


@pytest.mark.usefixtures("fresh_collector")
def test_listing_rules_and_the_library_leave_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    default = gc.get_threshold()
    cli.main(["rules"])
    seedlint.check_text("The year 202223 was long.", config=seedlint.load_config())
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == default
