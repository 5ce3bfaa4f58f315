"""SCRIPT104-SCRIPT107: synonym-spinning swaps and Traditional->Simplified conversion residue."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from seedlint.checks.scripts import RULES
from seedlint.checks.scripts.conversion import load_conversion_pack
from seedlint.checks.scripts.conversion.residue import residue_data_of
from seedlint.packfile import PackError, read_pack_file
from seedlint.registry import builtin_pack_files
from seedlint.rule import Rule
from tests.conftest import run_text

CODES = ("SCRIPT101", "SCRIPT102", "SCRIPT104", "SCRIPT105", "SCRIPT106", "SCRIPT107")


@functools.cache
def rules() -> tuple[Rule, ...]:
    return tuple(r for r in RULES() if r.meta.code in CODES)


def found(text: str) -> list[tuple[str, int, str, str | None, bool]]:
    return [(f.rule, f.column, f.snippet, f.fix, f.fix_safe) for f in run_text(rules(), text)]


# -- spinning: its own codes, the class in the message ----------------------------------------
def test_spinner_pairs_report_under_their_own_code_with_a_safe_fix() -> None:
    findings = run_text(rules(), "应只管即便少去公开场合，可及时到相干医院救治。")
    assert [(f.rule, f.snippet, f.fix, f.fix_safe) for f in findings] == [
        ("SCRIPT104", "只管即便", "尽量", True),
        ("SCRIPT104", "相干", "相关", True),
    ]
    assert all("synonym-spinning" in f.message for f in findings)


def test_converter_pairs_stay_with_script101() -> None:
    assert [f[0] for f in found("我们致力于经济的可持续开展，为客户提供优质效劳。")] == ["SCRIPT101", "SCRIPT101"]


def test_gate_counts_certain_swaps_of_both_mechanisms() -> None:
    spun = "应只管即便少去公开场合，可及时到相干医院救治。他很熟识这一带。"
    assert [f[0] for f in found(spun)] == ["SCRIPT104", "SCRIPT104"]  # 2 certain markers: below the gate
    converted = found("经济的可持续开展。" + spun)  # a converter's swap is evidence too
    assert [f[0] for f in converted] == ["SCRIPT101", "SCRIPT104", "SCRIPT104", "SCRIPT105"]
    assert converted[-1][2:] == ("熟识", "熟悉", False)


def test_ordinary_contexts_are_never_reported_even_behind_the_gate() -> None:
    text = "应只管即便少去，不克不及到达，良多患者到相干医院。我们彼此熟识，他的人生阅历丰富，要把握机会，获益良多。"
    assert {f[2] for f in found(text)} == {"只管即便", "不克不及", "良多", "相干"}


def test_unknown_mechanism_is_a_pack_error(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text("kind: conversion-pairs\nmechanism: poetry\npairs: []\n", encoding="utf-8")
    with pytest.raises(PackError, match="mechanism"):
        load_conversion_pack([pack])


def test_every_spinner_pair_names_its_source() -> None:
    path = next(p for p in builtin_pack_files() if p.name == "conversion.spinner.zh.yaml")
    pairs = read_pack_file(path).data["pairs"]
    assert len(pairs) >= 50
    assert all(p.get("source") and p.get("note") for p in pairs)


# -- conversion residue ---------------------------------------------------------------------
def test_taiwan_word_is_reported_only_beside_its_mainland_form() -> None:
    assert found("这部分内容较多，其中一部份是说明，另一部份是附录。") == [
        ("SCRIPT106", 12, "部份", "部分", True),
        ("SCRIPT106", 20, "部份", "部分", True),
    ]
    assert found("其中一部份是说明，另一部份是附录。") == []  # no 部分 in the document
    assert found("这部分内容较多，其中一部份是说明。") == []  # one Taiwan word: 稽核 is mainland usage too
    assert found("其中一部份是軟體的說明，這部分的內容較多。") == []  # Traditional text: not residue


def test_rare_extension_a_character_between_han_characters() -> None:
    (finding,) = run_text(rules(), "恐龙生活在侏㑩纪，这是我们都知道的。")
    assert (finding.rule, finding.snippet, finding.fix) == ("SCRIPT107", "㑩", None)
    assert "儸" in finding.message and "conversion residue" in finding.message
    assert found("字表里的“㑩”是儸的简化字，这是我们都知道的。") == []


def test_residue_pack_rejects_malformed_items(tmp_path: Path) -> None:
    pack = tmp_path / "r.yaml"
    pack.write_text("kind: conversion-residue\ntaiwan_words: 部份部分\n", encoding="utf-8")
    with pytest.raises(PackError, match="bad 'taiwan_words' item"):
        residue_data_of([read_pack_file(pack)])
    pack.write_text("kind: conversion-residue\nwords: 部份:部分\n", encoding="utf-8")
    with pytest.raises(PackError, match="unknown key"):
        residue_data_of([read_pack_file(pack)])


def test_generated_residue_table_is_built_from_opencc() -> None:
    path = next(p for p in builtin_pack_files() if p.name == "conversion.residue.zh.yaml")
    data = residue_data_of([read_pack_file(path)])
    assert data.taiwan_words["部份"] == "部分" and data.taiwan_words["印表机"] == "打印机"
    assert data.ext_a["㑩"] == "儸" and len(data.ext_a) > 100
    assert "互动" not in data.taiwan_words  # mainland usage too (wordfreq Zipf >= 3.5): left out


def test_a_document_is_searched_once_for_the_four_swap_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from seedlint.checks.scripts.conversion import analysis

    calls: list[str] = []
    real = analysis.line_artifacts

    def counting(pack: analysis.ConversionPack, text: str, offset: int, timeout: float) -> list[analysis.Artifact]:
        calls.append(text)
        return real(pack, text, offset, timeout)

    monkeypatch.setattr(analysis, "line_artifacts", counting)
    text = "应只管即便少去公开场合。\n经济的可持续开展，可及时到相干医院救治。\n他很熟识这一带。"
    codes = [f.rule for f in run_text(rules(), text)]
    assert codes == ["SCRIPT104", "SCRIPT101", "SCRIPT104", "SCRIPT105"]
    assert len(calls) == 3  # one search per trigger line, shared by SCRIPT101, 102, 104 and 105
