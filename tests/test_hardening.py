"""Faults and fuzzing: the engine's failure boundary, language codes, unlistable folders,
and a property suite over decode -> check -> fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.config import ConfigError, load_config
from seedlint.decode import BinaryFileError, decode_bytes, encode_text
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.files import discover
from seedlint.fixer import apply_fixes, fix_text, fixable
from seedlint.packs import load_pack
from tests.conftest import all_rules
from tests.data.kit import write_pack


def test_lone_surrogates_through_the_api_never_raise() -> None:
    engine = Engine(all_rules())
    text = "Aviso legal \ud800 descargar\n温馨提示：\udfff 1. 本站\n\ud83d 2023年 (abierto\n"
    doc = Document("x.txt", text)
    evidence = engine.reduce([engine.summarize(doc)])
    result = engine.check(doc, evidence)
    assert "ENC007" in {f.rule for f in result.findings}
    assert not [d for d in result.diagnostics if d.severity >= 3], result.diagnostics


def test_a_failing_summary_or_reduce_stays_inside_the_engine() -> None:
    class Boom:
        triggers = ()
        meta = all_rules()[0].meta

        def check(self, doc: Document, ctx: object) -> list[object]:
            raise ValueError("boom")

        def summarize(self, doc: Document) -> object:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

        def reduce(self, summaries: object) -> object:
            raise KeyError("nothing")

    engine = Engine((Boom(),))  # type: ignore[arg-type]
    doc = Document("x.txt", "text\n")
    assert engine.summarize(doc) == {}
    assert engine.reduce([{"X": 1}, "not a mapping"]) == {}  # type: ignore[list-item]
    result = engine.check(doc)
    assert [d.message for d in result.diagnostics] == [f"rule {Boom.meta.code} failed: ValueError: boom"]


def test_language_codes_are_normalised_and_checked(tmp_path: Path) -> None:
    config = tmp_path / "seedlint.toml"
    config.write_text('languages = ["EN", " zh "]\n', encoding="utf-8")
    assert load_config(config).languages == ("en", "zh")
    config.write_text('languages = ["english"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown language 'english'"):
        load_config(config)


def test_unlistable_subfolders_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover([str(tmp_path)])
    assert files == [f"{tmp_path}/ok/a.txt"]
    assert [(d.path, d.message) for d in problems] == [
        (f"{tmp_path}/locked", "cannot list directory: Permission denied")
    ]


# -- decode -> check -> fix -------------------------------------------------------------
_PIECES = st.sampled_from(
    [
        *("colour", "color", "XX", "META: x", "妖怪", "支付宝", "2023年", "202223", "(", ")", "“", "”", "¿", "?"),
        *(" ", "é", "\n", "\r\n", "\r", "\t", "\x00", "\ufeff", "\u200b", "\ud800", "\x1b", "…"),
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252", "big5"])


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    pack = write_pack(tmp_path_factory.mktemp("pack"))
    return Engine((*load_pack(pack), *(r for r in all_rules() if r.meta.code.startswith(("SCRIPT01", "ENC00")))))


@settings(max_examples=60)
@given(text=_TEXTS, encoding=_ENCODINGS)
def test_decode_check_fix_properties(engine: Engine, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")  # what a file with a lone surrogate holds
    try:
        decoded = decode_bytes(data)
    except BinaryFileError:
        return  # the one documented error
    doc = Document("x.txt", decoded.text)
    findings = engine.check(doc).findings
    size = len(decoded.text)
    lines = len(doc.line_starts)
    for f in findings:
        assert 0 <= f.offset <= f.end_offset <= size
        assert 0 <= f.fix_range[0] <= f.fix_range[1] <= size
        assert 1 <= f.line <= f.end_line <= lines and f.column >= 1

    def check(t: str) -> list:  # type: ignore[type-arg]
        return list(engine.check(Document("x.txt", t)).findings)

    fixed, _ = fix_text(decoded.text, check, unsafe=True)
    assert fix_text(fixed, check, unsafe=True) == (fixed, 0), "fixes are idempotent"
    once, applied = apply_fixes(decoded.text, fixable(findings, True))
    if not applied:
        return
    chosen = sorted(f.fix_range for f in fixable(findings, True))
    head, tail = decoded.text[: chosen[0][0]], decoded.text[max(end for _, end in chosen) :]
    assert once.startswith(head) and once.endswith(tail), "text outside the fixes is untouched"
    if encode_text(decoded.text, decoded) == data:  # a file --fix accepts: its untouched bytes stay as they were
        try:
            written = encode_text(once, decoded)
        except UnicodeEncodeError:
            return  # a fix the file's encoding cannot hold: reported as "fix not written", the file is left alone
        assert written.startswith(data[: len(encode_text(head, decoded))])
        assert written.endswith(tail.encode(decoded.encoding, "surrogatepass"))


def test_utf8_with_a_stray_nul_is_binary_not_utf16() -> None:
    with pytest.raises(BinaryFileError):
        decode_bytes(b"0\x00\xc2\x80")  # was read as UTF-16-LE '0脂'
    assert decode_bytes("a中文本".encode("utf-16-le")).text == "a中文本"
    assert decode_bytes("hello 中文".encode("utf-16-be")).text == "hello 中文"
