"""Shared helpers: build engines from rule lists and run texts through them."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Finding
from seedlint.registry import load_rules
from seedlint.rule import Rule

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# CI (any CI variable set): deterministic examples and no example database, so a run is reproducible
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    return tuple(load_rules())


def rule(code: str) -> Rule:
    return next(r for r in all_rules() if r.meta.code == code)


def run_text(rules: Sequence[Rule], text: str, path: str = "doc.txt", corpus: Sequence[str] = ()) -> list[Finding]:
    """Check ``text`` with ``rules``; ``corpus`` texts join the corpus evidence."""
    engine = Engine(tuple(rules))
    doc = Document(path, text)
    evidence = None
    if engine.corpus_rules:
        docs = [doc, *(Document(f"corpus{i}.txt", t) for i, t in enumerate(corpus))]
        evidence = engine.reduce([engine.summarize(d) for d in docs])
    return list(engine.check(doc, evidence).findings)


@pytest.fixture(scope="session")
def rules() -> tuple[Rule, ...]:
    return all_rules()
