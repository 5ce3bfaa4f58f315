"""Fixes: safe vs unsafe, --diff writes nothing, writes are atomic and keep encoding, idempotence."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.cli import main
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.fixer import apply_fixes, fix_text
from seedlint.packs import load_pack

PACK = """rules:
  - code: TEST101
    name: conversion-table
    family: script
    severity: warning
    kind: table
    replace: {效劳: 服务, 本钱: 成本, 根底设施: 基础设施}
    message: "converter artifact {match} -> {fix}"
    summary: s
    docs: d
    examples: {bad: [{text: 效劳, match: 效劳}], good: [服务]}
  - code: TEST102
    name: junk-line
    family: chrome
    severity: warning
    kind: pattern
    pattern: '^下载文档$'
    delete_line: true
    message: "chrome line"
    summary: s
    docs: d
    examples: {bad: [{text: 下载文档, match: 下载文档}], good: [请下载文档后阅读]}
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK, "utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fix(pack: Path, *args: str) -> int:
    return main(["check", "--no-cache", "--format", "concise", "--rule-pack", str(pack), "--select", "TEST", *args])


def test_fix_applies_safe_fixes_only(tmp_path: Path, pack: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("优质效劳，降低本钱。\n下载文档\n结尾。\n", "utf-8")
    assert _fix(pack, str(doc), "--fix") == 1  # the unsafe chrome line remains
    assert doc.read_text("utf-8") == "优质服务，降低成本。\n下载文档\n结尾。\n"
    assert _fix(pack, str(doc), "--fix", "--unsafe-fixes") == 0
    assert doc.read_text("utf-8") == "优质服务，降低成本。\n结尾。\n"


def test_diff_prints_and_writes_nothing(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("优质效劳。\n", "utf-8")
    before = _sha(doc)
    capsys.readouterr()
    assert _fix(pack, str(doc), "--diff") == 1
    out = capsys.readouterr().out
    assert "-优质效劳。" in out and "+优质服务。" in out
    assert _sha(doc) == before


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\r\n"),
        ("utf-8", codecs.BOM_UTF8, "\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
        ("gb18030", b"", "\n"),
        ("utf-8", b"", "\r"),  # classic Mac OS line ends stay lone CRs
        ("gb18030", b"", "\r"),
    ],
)
def test_fix_keeps_encoding_bom_line_endings_and_mode(
    tmp_path: Path, pack: Path, encoding: str, bom: bytes, newline: str
) -> None:
    doc = tmp_path / "a.txt"
    text = newline.join(
        ["第一行说明了情况，内容较长以便识别编码。", "优质效劳，降低本钱。", "最后一行也是完整的句子。", ""]
    )
    doc.write_bytes(bom + text.encode(encoding))
    doc.chmod(0o640)
    _fix(pack, str(doc), "--fix")
    expected = text.replace("效劳", "服务").replace("本钱", "成本")
    assert doc.read_bytes() == bom + expected.encode(encoding)
    assert doc.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if "seedlint-tmp" in p.name]


def test_overlapping_fixes_apply_once(pack: Path) -> None:
    engine = Engine(tuple(load_pack(pack)))
    text = "根底设施效劳"
    findings = engine.check(Document("x", text)).findings
    fixed, count = apply_fixes(text, findings)
    assert (fixed, count) == ("基础设施服务", 2)


WORDS = st.sampled_from(
    ["效劳", "本钱", "根底设施", "下载文档", "服务", "成本", "。", "\n", "\r\n", "\r", "abc", " ", "根底", "设施"]
)


@given(parts=st.lists(WORDS, max_size=30), unsafe=st.booleans())
def test_fix_is_idempotent_and_leaves_no_fixable_finding(parts: list[str], unsafe: bool) -> None:
    rules = tuple(load_pack(_pack_path()))
    engine = Engine(rules)

    def check(text: str) -> list:  # type: ignore[type-arg]
        return list(engine.check(Document("x", text)).findings)

    text = "".join(parts)
    once, _ = fix_text(text, check, unsafe)
    twice, applied = fix_text(once, check, unsafe)
    assert twice == once and applied == 0
    remaining = [f for f in check(once) if f.fix is not None and (f.fix_safe or unsafe)]
    assert remaining == []


_PACK_FILE: list[Path] = []


def _pack_path() -> Path:
    if not _PACK_FILE:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="seedlint-fix-"))
        (folder / "pack.yaml").write_text(PACK, "utf-8")
        _PACK_FILE.append(folder / "pack.yaml")
    return _PACK_FILE[0]
