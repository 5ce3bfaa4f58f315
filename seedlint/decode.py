"""Turn a file's bytes into text without ever changing the file.

Order: BOM (UTF-8-sig, UTF-32, UTF-16), strict UTF-8, then a detected legacy
encoding (GB18030, Big5, cp1252…) via charset-normalizer. NUL bytes without a
UTF-16/32 BOM or shape mean binary.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class BinaryFileError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""
    legacy: bool = False  # True when detected rather than declared or UTF-8


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs on every other byte of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`BinaryFileError` with a one-line reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise BinaryFileError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from None
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed:
            try:
                return Decoded(data.decode(guessed), guessed, legacy=True)
            except UnicodeDecodeError:
                pass
        raise BinaryFileError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect_legacy(data)


def _detect_legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # heavy: imported only for non-UTF-8 files

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BinaryFileError("not valid UTF-8 and no text encoding could be detected")
    encoding = best.encoding
    # GB2312/GBK are subsets of GB18030: decode with the superset so no character is lost.
    if encoding.replace("_", "").lower() in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"
    try:
        return Decoded(data.decode(encoding), encoding, legacy=True)
    except (UnicodeDecodeError, LookupError):
        raise BinaryFileError(f"detected {encoding} but the bytes do not decode") from None


def encode_text(text: str, decoded: Decoded) -> bytes:
    """Inverse of :func:`decode_bytes`, for writing fixes back in the file's own encoding."""
    return decoded.bom + text.encode(decoded.encoding)
