"""Turn a file's bytes into text without ever changing the file.

Order: BOM (UTF-8-sig, UTF-32, UTF-16), strict UTF-8, then a detected legacy
encoding (GB18030, Big5, cp1252…; charset-normalizer for the rest). NUL bytes
without a UTF-16/32 BOM or shape mean binary.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: how much of a file the plausibility checks look at (characters or bytes)
SAMPLE = 1 << 16
# Characters that do not occur in text: C0/C1 controls other than whitespace,
# private use, unassigned code points, surrogates, line/paragraph separators aside.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufff0-\uffff]")
# Characters that make up most of real en/es/zh/ja/ko text: ASCII, Latin-1 and
# Latin Extended-A letters, general punctuation, CJK punctuation, kana, the
# common CJK ideographs, Hangul syllables and full-width forms.
_COMMON = re.compile("[\t\n\r\x20-\x7e\u00a0-\u017f\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")
# GB2312-area pairs (both bytes >= 0xA1), or GB18030's four-byte sequences (emoji, rare characters)
_GB2312_PAIR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]|[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]")
_BIG5_COMMON_PAIR = re.compile(rb"[\xa1-\xc6][\x40-\x7e\xa1-\xfe]")
_HIGH = re.compile(rb"[\x80-\xff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# cp1252 characters that Western European text actually uses besides letters
_WESTERN_MARKS = frozenset("€‘’“”–—…•«»¿¡°ºª©®™·§¶½¼¾×÷±£¥¢\u00a0")


class BinaryFileError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""
    legacy: bool = False  # True when detected rather than declared or UTF-8


def _ratio(pattern: re.Pattern[str], text: str) -> float:
    sample = text[:SAMPLE]
    return len(pattern.findall(sample)) / max(len(sample), 1)


def _plausible_text(text: str) -> bool:
    """Decoded text that could be prose: no NULs, (almost) nothing a text never holds."""
    return bool(text) and "\x00" not in text and _ratio(_NOT_TEXT, text) <= 0.01


def _utf16_shape(data: bytes) -> str | None:
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


def _utf8_with_nuls(data: bytes) -> bool:
    """Bytes that, NULs removed, are UTF-8 with multi-byte characters: UTF-8 with stray NULs, not UTF-16
    (``b'0\\x00\\xc2\\x80'`` is '0' and U+0080 with a NUL, not '0脂')."""
    stripped = data[:SAMPLE].replace(b"\x00", b"")
    if stripped.isascii():
        return False
    try:
        stripped.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _wide_without_bom(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte-order mark, or None (then the bytes are binary).

    Bytes that are UTF-8 (or ASCII) once their NULs are removed are text with stray
    NULs, i.e. binary; otherwise a UTF-16/32 reading must give plausible text, and of
    the two byte orders the one whose characters are the more common wins.
    """
    candidates: list[tuple[float, str, str]] = []
    if len(data) % 4 == 0:
        for encoding in ("utf-32-le", "utf-32-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible_text(text):
                return Decoded(text, encoding, legacy=True)
    shape = _utf16_shape(data)
    if shape is not None and not _utf8_with_nuls(data):
        try:
            text = data.decode(shape)
        except UnicodeDecodeError:
            pass
        else:
            if _plausible_text(text):
                return Decoded(text, shape, legacy=True)
    if len(data) % 2:
        return None
    try:
        data[:SAMPLE].replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            candidates.append((_ratio(_COMMON, text), encoding, text))
    if not candidates:
        return None
    score, encoding, text = max(candidates, key=lambda c: c[0])
    if score < 0.5:
        return None
    return Decoded(text, encoding, legacy=True)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`BinaryFileError` with a one-line reason."""
    problem = ""
    for bom, encoding in _BOMS:  # UTF-32-LE's BOM starts like UTF-16-LE's: the next candidate gets its turn
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                problem = problem or f"invalid {encoding} after its byte-order mark: {exc.reason}"
    if problem:
        raise BinaryFileError(problem)
    if b"\x00" in data:
        wide = _wide_without_bom(data)
        if wide is not None:
            return wide
        raise BinaryFileError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect_legacy(data)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _pair_share(pattern: re.Pattern[bytes], data: bytes) -> float:
    """Share of the non-ASCII bytes that sit in sequences matching ``pattern``."""
    sample = data[:SAMPLE]
    high = len(_HIGH.findall(sample))
    return sum(len(_HIGH.findall(m)) for m in pattern.findall(sample)) / high if high else 0.0


def _western(text: str) -> bool:
    """cp1252 text of a Western language: its non-ASCII characters are letters and typography."""
    sample = text[:SAMPLE]
    others = _NON_ASCII.findall(sample)
    if not others or _NOT_TEXT.search(sample):
        return False
    good = sum(1 for ch in others if ch in _WESTERN_MARKS or ("\u00c0" <= ch <= "\u017f" and ch.isalpha()))
    return good >= 0.9 * len(others)


def _detect_legacy(data: bytes) -> Decoded:
    """The legacy encodings of an en/es/zh corpus first, each confirmed by its byte
    shape (a detector alone mistakes short GB18030 text for cp949 and cp1252 for
    cp1250); charset-normalizer for anything else."""
    # Simplified Chinese: GB2312-area pairs (both bytes >= 0xA1); GB18030 decodes every GBK extension too.
    if _pair_share(_GB2312_PAIR, data) >= 0.9:
        text = _try(data, "gb18030")
        if text is not None:
            return Decoded(text, "gb18030", legacy=True)
    # Traditional Chinese: symbols and level-1 characters of Big5 (lead 0xA1-0xC6).
    if _pair_share(_BIG5_COMMON_PAIR, data) >= 0.8:
        for encoding in ("big5", "cp950"):
            text = _try(data, encoding)
            if text is not None:
                return Decoded(text, encoding, legacy=True)
    text = _try(data, "cp1252")
    if text is not None and _western(text):
        return Decoded(text, "cp1252", legacy=True)
    from charset_normalizer import from_bytes  # heavy: imported only for unusual files

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
