"""Results cache and worker processes: same output, less work."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from seedlint.cache import Cache, ruleset_fingerprint
from seedlint.cli import main
from seedlint.config import Config
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta
from seedlint.runner import run
from tests.conftest import SEEDS, all_rules


def _corpus(tmp_path: Path, copies: int = 4) -> Path:
    root = tmp_path / "corpus"
    for i in range(copies):
        shutil.copytree(SEEDS, root / f"batch{i}")
    return root


def _report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", "--format", "json", *args])
    return code, capsys.readouterr().out


def test_parallel_output_is_identical_to_serial(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path)
    serial = _report(capsys, str(corpus), "--jobs", "1", "--no-cache")
    parallel = _report(capsys, str(corpus), "--jobs", "2", "--no-cache")
    assert serial == parallel
    assert serial[1].count('"rule"') >= 20 * 4 // 4  # the seeds' findings, four times over


def test_warm_run_answers_from_cache_with_identical_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, 2)
    monkeypatch.chdir(tmp_path)
    cold = _report(capsys, str(corpus))
    assert (tmp_path / ".seedlint_cache").is_dir()
    capsys.readouterr()
    assert main(["check", "--format", "concise", str(corpus)]) in (0, 1)
    assert "10 of 10 files answered from the cache." in capsys.readouterr().out
    warm = _report(capsys, str(corpus))
    assert cold[0] == warm[0]
    cold_set, warm_set = ({json.dumps(f, sort_keys=True) for f in json.loads(r[1])} for r in (cold, warm))
    assert (sorted(cold_set - warm_set), sorted(warm_set - cold_set)) == ([], [])
    assert cold == warm


def test_cache_invalidates_on_content_and_on_rules(tmp_path: Path) -> None:
    rules = all_rules()
    a = ruleset_fingerprint(rules, ("x",))
    assert a == ruleset_fingerprint(rules, ("x",))
    assert a != ruleset_fingerprint(rules, ("y",)), "config settings are part of the key"
    assert a != ruleset_fingerprint(rules[:-1], ("x",)), "the selected rules are part of the key"
    doc = tmp_path / "doc.txt"
    doc.write_text("202223年起，支付宝分别建立分公司。\n", "utf-8")
    engine = Engine(tuple(rules))
    cache = Cache(tmp_path / "cache", a)
    first = run(engine, [str(doc)], Config(), cache=cache)
    assert first.cached == 0 and [f.rule for f in first.findings] == ["DATE001"]
    again = run(engine, [str(doc)], Config(), cache=cache)
    assert again.cached == 1 and again.findings == first.findings
    doc.write_text("2022年起，支付宝分别建立分公司。\n", "utf-8")
    changed = run(engine, [str(doc)], Config(), cache=cache)
    assert changed.cached == 0 and changed.findings == []


def test_pack_edit_changes_the_fingerprint(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(
        """rules:
  - {code: TEST001, name: t, family: chrome, severity: info, kind: lexicon, words: [foo], message: m,
     summary: s, docs: d, examples: {bad: [{text: foo, match: foo}], good: [bar]}}
""",
        "utf-8",
    )
    from seedlint.packs import load_pack

    before = ruleset_fingerprint(load_pack(pack), ())
    pack.write_text(pack.read_text("utf-8").replace("[foo]", "[foo, baz]"), "utf-8")
    assert ruleset_fingerprint(load_pack(pack), ()) != before


class _LongestLine:
    """A corpus rule for tests: flag a document's line if it repeats in another document."""

    meta = RuleMeta(
        code="TEST900",
        name="shared-line",
        family="chrome",
        severity=Severity.WARNING,
        summary="s",
        docs="d",
        bad=(Example("x", (Expected("x"),)),),
        good=(Example("y"),),
    )
    triggers: tuple[str, ...] = ()

    def summarize(self, doc: Document) -> set[str]:
        return {line.text for line in doc.lines if line.text}

    def reduce(self, summaries: Sequence[Any]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for lines in summaries:
            for line in lines:
                counts[line] = counts.get(line, 0) + 1
        return counts

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for line in doc.lines:
            if line.text and ctx.corpus.get(line.text, 0) >= 2:
                yield Hit(line.start, line.end, "shared")


def test_corpus_rules_use_the_whole_corpus_when_one_file_is_checked(tmp_path: Path) -> None:
    for name, text in {"a.txt": "shared line\nonly a\n", "b.txt": "shared line\nonly b\n"}.items():
        (tmp_path / name).write_text(text, "utf-8")
    engine = Engine((_LongestLine(),))
    alone = run(engine, [str(tmp_path / "a.txt")], Config())
    assert alone.findings == []
    with_corpus = run(engine, [str(tmp_path / "a.txt")], Config(), [str(tmp_path / "b.txt")])
    assert [(f.path, f.line) for f in with_corpus.findings] == [(str(tmp_path / "a.txt"), 1)]


def test_results_of_a_stopped_rule_are_not_cached(tmp_path: Path) -> None:
    pack = tmp_path / "slow.yaml"
    pack.write_text(
        """rules:
  - {code: TEST950, name: slow, family: chrome, severity: info, kind: pattern, pattern: '(a+)+$', message: m,
     triggers: [aaa], summary: s, docs: d, examples: {bad: [{text: aa, match: aa}], good: [b]}}
""",
        "utf-8",
    )
    from seedlint.packs import load_pack

    doc = tmp_path / "doc.txt"
    doc.write_text("a" * 5000 + "b\n", "utf-8")
    rules = tuple(load_pack(pack))
    engine = Engine(rules, timeout=0.05)
    cache = Cache(tmp_path / "cache", ruleset_fingerprint(rules, ()))
    first = run(engine, [str(doc)], Config(), cache=cache)
    assert [d.rule for d in first.diagnostics] == ["TEST950"]
    again = run(engine, [str(doc)], Config(), cache=cache)
    assert again.cached == 0, "a run cut short by a timeout must be recomputed next time"


def test_a_half_cached_file_is_reported_under_its_own_path(tmp_path: Path) -> None:
    """Another file with the same bytes cached its per-document part, but not its corpus part."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for p in (a, b):
        p.write_text("shared line\n202223年起，支付宝分别建立分公司。\n", "utf-8")
    rules = (*[r for r in all_rules() if r.meta.code == "DATE001"], _LongestLine())
    engine = Engine(rules)
    cache = Cache(tmp_path / "cache", "fp")
    run(engine, [str(a)], Config(), cache=cache)  # caches a's parts (evidence: a alone)
    result = run(engine, [str(b)], Config(), [str(a)], cache=cache)  # new evidence: corpus part misses
    assert {f.path for f in result.findings} == {str(b)}
    assert sorted(f.rule for f in result.findings) == ["DATE001", "TEST900", "TEST900"]
