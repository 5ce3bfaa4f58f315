"""Decoding: BOM first, then strict UTF-8, then a detected legacy encoding; NULs mean binary.

Every decoded text must be exactly the text that was encoded (line endings included),
and re-encoding it must give back the very same bytes.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.decode import BinaryFileError, Decoded, decode_bytes, encode_text
from seedlint.files import discover, load
from seedlint.finding import Severity

MIXED = "Año 2023: 公司成立。\r\n😀 e\u0301 «comillas»\rlast line without newline"
ZH = "202223年起，支付宝分别在北京、上海建立分公司。\n总部位于杭州市西湖区，员工超过一万人。\n"
ZH_TRAD = "臺灣的歷史與文化非常豐富，這是一個測試句子。\n博物館收藏了許多珍貴的文物。\n"
ES = "El niño comió piñas en la montaña, según él. ¿Qué más? «Nada», dijo.\r\nAdiós.\r\n"
EN_TYPO = "“Smart quotes” aren’t ASCII — and neither is the € sign…\n"


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_bom_decides_and_round_trips(bom: bytes, codec: str, name: str) -> None:
    data = bom + MIXED.encode(codec)
    decoded = decode_bytes(data)
    assert decoded == Decoded(MIXED, name, bom, legacy=False)
    assert "\ufeff" not in decoded.text  # the BOM is not text
    assert encode_text(decoded.text, decoded) == data


def test_utf16_text_starting_with_nul_is_not_mistaken_for_utf32() -> None:
    # FF FE 00 00 is both the UTF-32-LE BOM and UTF-16-LE BOM + U+0000.
    data = "\x00ab中".encode("utf-16")
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == ("\x00ab中", "utf-16-le")


def test_strict_utf8_without_bom() -> None:
    decoded = decode_bytes(MIXED.encode("utf-8"))
    assert decoded == Decoded(MIXED, "utf-8", b"", legacy=False)


def test_invalid_utf8_after_a_utf8_bom_is_refused() -> None:
    with pytest.raises(BinaryFileError, match="utf-8"):
        decode_bytes(codecs.BOM_UTF8 + b"caf\xe9\n")


@pytest.mark.parametrize(
    ("text", "codec", "names"),
    [
        (ZH, "gb18030", {"gb18030"}),
        ("202223年起，支付宝分别建立北京分公司。", "gb18030", {"gb18030"}),  # short: a detector alone says cp949
        ("朱镕基在会上发言。\n", "gb18030", {"gb18030"}),  # 镕 is GBK, not GB2312
        ("表情😀也能编码。\n", "gb18030", {"gb18030"}),  # four-byte GB18030 sequence
        (ZH_TRAD, "big5", {"big5", "cp950"}),
        (ES, "cp1252", {"cp1252"}),  # a detector alone says cp1250 (ñ -> ń)
        (EN_TYPO, "cp1252", {"cp1252"}),
    ],
)
def test_legacy_encodings_are_detected_exactly(text: str, codec: str, names: set[str]) -> None:
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding in names
    assert decoded.legacy and decoded.bom == b""
    assert encode_text(decoded.text, decoded) == data


def test_other_legacy_encodings_fall_back_to_the_detector() -> None:
    text = "こんにちは、世界。これは日本語のテストです。東京は晴れです。\n"
    decoded = decode_bytes(text.encode("shift_jis"))
    assert decoded.text == text
    assert decoded.legacy


@pytest.mark.parametrize("text", [ZH, "ID 42: plain ASCII text\nsecond line\n", "Mixed 中文 and English.\n"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.legacy) == (text, codec, True)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom(codec: str) -> None:
    decoded = decode_bytes(ZH.encode(codec))
    assert (decoded.text, decoded.encoding) == (ZH, codec)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00>\x00\x01\x00\x00\x00",
        b"A UTF-8 line with one stray NUL\x00 in the middle.\n",
        "中文文本里夹了一个\x00空字节。\n".encode(),
        b"\x00",
        b"\x00\x00\x00\x00",
        random.Random(7).randbytes(4096),
    ],
    ids=["png", "elf", "utf8-nul", "utf8-cjk-nul", "nul", "nul4", "random"],
)
def test_nul_bytes_without_utf16_or_utf32_shape_are_binary(data: bytes) -> None:
    assert b"\x00" in data
    with pytest.raises(BinaryFileError) as exc:
        decode_bytes(data)
    assert "\n" not in str(exc.value)


def test_line_endings_are_kept_exactly() -> None:
    text = "one\r\ntwo\rthree\nfour\r\n\r\n"
    for codec in ("utf-8", "utf-16", "utf-32", "gb18030"):
        assert decode_bytes(text.encode(codec)).text == text


def test_empty_input_is_empty_utf8() -> None:
    assert decode_bytes(b"") == Decoded("", "utf-8")


def test_load_reads_without_writing_and_reports_problems(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(ZH.encode("gb18030"))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\x03binary")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (good, binary)}

    loaded = load(str(good))
    assert loaded.document is not None and loaded.decoded is not None
    assert loaded.document.text == ZH
    assert (loaded.document.encoding, loaded.document.detected) == ("gb18030", True)
    assert loaded.diagnostics == ()

    skipped = load(str(binary))
    assert skipped.document is None
    [diag] = skipped.diagnostics
    assert (diag.path, diag.severity) == (str(binary), Severity.WARNING)
    assert diag.message.startswith("skipped: binary")

    missing = load(str(tmp_path / "missing.txt"))
    assert missing.document is None
    assert missing.diagnostics[0].severity == Severity.ERROR
    assert "cannot read file" in missing.diagnostics[0].message
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (good, binary)} == before


def test_discover_expands_directories_sorted_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "b/1.md", "a.txt", "image.png", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, problems = discover([str(tmp_path), str(tmp_path / "nope.txt")])
    rel = [Path(f).relative_to(tmp_path).as_posix() for f in files]
    assert rel == ["a.txt", "b/1.md", "b/2.txt"]
    assert [(Path(d.path).name, d.severity) for d in problems] == [("nope.txt", Severity.ERROR)]


# -- properties -------------------------------------------------------------------------


@given(st.text())
def test_any_text_round_trips_through_every_bom(text: str) -> None:
    for codec, name in (("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-32", "utf-32-le")):
        if codec == "utf-16" and text.startswith("\x00"):
            continue  # FF FE 00 00 is also the UTF-32-LE BOM: inherently ambiguous
        data = text.encode(codec)
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding) == (text, name)
        assert encode_text(decoded.text, decoded) == data


@given(st.text())
def test_any_text_as_plain_utf8(text: str) -> None:
    data = text.encode("utf-8")
    if "\x00" in text:
        with pytest.raises(BinaryFileError):
            decode_bytes(data)
    else:
        assert decode_bytes(data) == Decoded(text, "utf-8")


@given(st.binary(max_size=512))
def test_any_bytes_decode_or_are_binary_deterministically(data: bytes) -> None:
    try:
        first: Decoded | str = decode_bytes(data)
    except BinaryFileError as exc:
        first = str(exc)
    try:
        second: Decoded | str = decode_bytes(data)
    except BinaryFileError as exc:
        second = str(exc)
    assert first == second
    if isinstance(first, Decoded):
        assert isinstance(first.text, str)
        if not first.legacy and first.encoding.startswith("utf"):
            assert encode_text(first.text, first) == data
