"""Python rules of the ``encoding`` family (ENC001-ENC099): text damaged on its way through bytes.

RULES also exports the ``script`` family's conversion rules (SCRIPT101-SCRIPT199, see
:mod:`seedlint.checks.conversion`), which need the plug-in context to find their data pack.
Heavy libraries (ftfy) are imported only on lines a cheap trigger flagged.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import html
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import regex

from seedlint.checks.conversion import conversion_rules
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.registry import PluginContext
from seedlint.rule import Context, Example, Expected, Rule, RuleMeta


def _lines(doc: Document, ctx: Context) -> Iterator[tuple[int, str]]:
    for index in ctx.lines or ():
        line = doc.line_span(index)
        yield line.start, line.text


def _names(text: str) -> str:
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed').lower()}" for c in dict.fromkeys(text))


# -- ENC001 mojibake -------------------------------------------------------------------------
# the characters Windows-1252 puts at 0x80-0x9F (literal: trigger syntax must suit Hyperscan and `regex`)
_CP1252_HIGH = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_SPACE = regex.compile(r"\s")


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the whitespace-delimited token(s) around it."""
    while start > 0 and not _SPACE.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _SPACE.match(text[end]):
        end += 1
    return start, end


def _narrow(old: str, new: str) -> tuple[int, int, str]:
    """The smallest ``old[a:b]`` whose replacement turns ``old`` into ``new``."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    b = 0
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    return a, len(old) - b, new[a : len(new) - b]


class Mojibake:
    """ENC001: text decoded with the wrong encoding (UTF-8 read as Windows-1252: café → cafÃ©)."""

    meta = RuleMeta(
        code="ENC001",
        name="mojibake",
        family="encoding",
        severity=Severity.ERROR,
        summary="Mojibake: UTF-8 text decoded as Windows-1252/Latin-1 (cafÃ©, Itâ€™s).",
        docs=(
            "Finds characters that were encoded as UTF-8 and decoded as Windows-1252, Latin-1 or a "
            "similar single-byte encoding somewhere upstream: é becomes Ã©, ’ becomes â€™. Detection is "
            "ftfy's badness measure (located, zero on clean text), run only on lines holding a Latin-1 "
            "lead character followed by a continuation-range character. The fix, when ftfy can undo the "
            "damage inside the token, is ftfy.fix_encoding of that token only: ftfy.fix_text is never "
            "used, since it rewrites Chinese ，and ：."
        ),
        bad=(
            Example("Un cafÃ© con leche.", (Expected("Ã©", 1, 7, "é"),)),
            Example("Itâ€™s fine.\n北京 naÃ¯ve", (Expected("â€™", 1, 3, "’"), Expected("Ã¯", 2, 6, "ï"))),
        ),
        good=(
            Example("It’s a test — ok: €5, £3 and 5 °C. ¿Qué tal? ¡Sí! Pingüino, niño, São Paulo, 1.º"),
            Example("北京，上海：“你好”。👩\u200d💻 works in Zürich."),
        ),
        source=__name__,
    )
    triggers = (rf"[\xC0-\xFF][\x80-\xBF{_CP1252_HIGH}]", r"Ã\s", r"â€", r"‚Ä", r"ΓÇ")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        from ftfy import fix_encoding_and_explain
        from ftfy.badness import BADNESS_RE, badness

        for start, text in _lines(doc, ctx):
            tokens: list[tuple[int, int]] = []
            for m in BADNESS_RE.finditer(text):
                a, b = _token(text, m.start(), m.end())
                if tokens and a <= tokens[-1][1]:
                    tokens[-1] = (tokens[-1][0], max(b, tokens[-1][1]))
                else:
                    tokens.append((a, b))
            for a, b in tokens:
                token = text[a:b]
                fixed, steps = fix_encoding_and_explain(token)
                steps = steps or []
                if fixed != token and badness(fixed) < badness(token):
                    s, e, repl = _narrow(token, fixed)
                    if not repl and e < len(token):  # Â§ → §: show the character that stays
                        e += 1
                        repl = fixed[s : len(fixed) - (len(token) - e)]
                    how = " then ".join(f"{op} {arg}" for op, arg in steps if op in ("encode", "decode"))
                    yield Hit(
                        start + a + s,
                        start + a + e,
                        f"mojibake: '{token[s:e]}' is '{repl}' decoded with the wrong encoding ({how})",
                        fix=repl,
                        fix_safe=badness(fixed) == 0 and "\ufffd" not in token + fixed,
                    )
                else:
                    for m in BADNESS_RE.finditer(token):
                        yield Hit(start + a + m.start(), start + a + m.end(), f"mojibake: '{m.group()}'")


# -- ENC002 UTF-8 read as GBK ----------------------------------------------------------------
@cache
def _gbk_lead_class() -> str:
    """Characters GBK makes of a UTF-8 CJK lead byte and its first continuation byte (发 → 鍙)."""
    points: set[int] = set()
    for b1 in [*range(0xE3, 0xEA), 0xEF]:
        for b2 in range(0x80, 0xC0):
            with contextlib.suppress(UnicodeDecodeError):
                points.add(ord(bytes((b1, b2)).decode("gbk")))
    ranges: list[tuple[int, int]] = []
    for p in sorted(points):
        if ranges and p == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], p)
        else:
            ranges.append((p, p))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


@cache
def _gbk_lead() -> regex.Pattern[str]:
    return regex.compile(f"[{_gbk_lead_class()}]")


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7F\s\uFFFD]{2,}")
_CJK = regex.compile(r"[\p{Han}\u3000-\u303F\uFF00-\uFFEF]")
_UTF8_CJK = re.compile(rb"(?:[\xE2-\xEF][\x80-\xBF]{2}|[\xC2-\xDF][\x80-\xBF])+")


def _gbk_segments(run: str) -> Iterator[tuple[int, int, str]]:
    """Sub-runs of ``run`` whose GB18030 bytes are valid multi-byte UTF-8: (start, end, decoded)."""
    data = run.encode("gb18030")
    offsets = [0]
    for c in run:
        offsets.append(offsets[-1] + len(c.encode("gb18030")))
    i = 0
    while i < len(run):
        m = _UTF8_CJK.match(data, offsets[i])
        j = bisect.bisect_right(offsets, m.end()) - 1 if m else i
        if j >= i + 2:
            yield i, j, data[offsets[i] : offsets[j]].decode("utf-8", "replace")
            i = j
        else:
            i += 1


class Utf8ReadAsGbk:
    """ENC002: Chinese UTF-8 text decoded as GBK (发布 → 鍙戝竷)."""

    meta = RuleMeta(
        code="ENC002",
        name="utf8-read-as-gbk",
        family="encoding",
        severity=Severity.ERROR,
        summary="Chinese mojibake: UTF-8 text decoded as GBK/GB18030 (发布新闻 → 鍙戝竷鏂伴椈).",
        docs=(
            "Finds runs of rare Chinese characters that are really UTF-8 bytes decoded as GBK, the most "
            "common Chinese 乱码 (发布 → 鍙戝竷). A run is reported only when its GB18030 bytes are valid "
            "UTF-8 that decodes to Chinese, which ordinary Chinese text never is; the fix is that text. "
            "ftfy does not handle GBK mojibake, so nothing else catches it."
        ),
        bad=(Example("标题：鍙戝竷鏂伴椈", (Expected("鍙戝竷鏂伴椈", 1, 4, "发布新闻"),)),),
        good=(Example("涓涓细流汇成江海，浣熊在鏖战中逃走，鍪和銮都是生僻字，迷惘的人。"),),
        source=__name__,
    )

    @property
    def triggers(self) -> tuple[str, ...]:
        lead = f"[{_gbk_lead_class()}]"
        return (f"{lead}[^\\s\\x00-\\x7F]{{2}}{lead}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lead = _gbk_lead()
        for start, text in _lines(doc, ctx):
            for m in _NON_ASCII_RUN.finditer(text):
                if len(lead.findall(m.group())) < 2:
                    continue
                for i, j, decoded in _gbk_segments(m.group()):
                    cjk = len(_CJK.findall(decoded))
                    if cjk < 2 or cjk * 2 < len(decoded) or len(lead.findall(m.group()[i:j])) < 2:
                        continue
                    yield Hit(
                        start + m.start() + i,
                        start + m.start() + j,
                        f"mojibake: '{m.group()[i:j]}' is UTF-8 decoded as GBK; it reads '{decoded}'",
                        fix=decoded,
                        fix_safe="\ufffd" not in decoded,
                    )


# -- ENC003 replacement characters -------------------------------------------------------------
_REPLACEMENT = regex.compile(r"\uFFFD+|(?:锟斤拷)+")


class ReplacementCharacter:
    """ENC003: U+FFFD (or 锟斤拷, its GBK ghost) where a decoder gave up: the original is lost."""

    meta = RuleMeta(
        code="ENC003",
        name="replacement-character",
        family="encoding",
        severity=Severity.ERROR,
        summary="U+FFFD replacement characters (or 锟斤拷): bytes a decoder could not read.",
        docs=(
            "U+FFFD is what a decoder writes for bytes it cannot decode; 锟斤拷 is a pair of U+FFFD encoded "
            "as UTF-8 and read back as GBK. Either way the original characters are gone and no fix is "
            "possible: the passage should be re-fetched or dropped, not learned."
        ),
        bad=(
            Example("Precio: 20 \ufffd por persona.", (Expected("\ufffd", 1, 12),)),
            Example("文件名锟斤拷锟斤拷.doc", (Expected("锟斤拷锟斤拷", 1, 4),)),
        ),
        good=(Example("Precio: 20 € por persona. 斤两要称准。"),),
        source=__name__,
    )
    triggers = ("\ufffd", "锟斤拷")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in _lines(doc, ctx):
            for m in _REPLACEMENT.finditer(text):
                what = "U+FFFD replacement character" if m.group()[0] == "\ufffd" else "锟斤拷 (U+FFFD read as GBK)"
                yield Hit(start + m.start(), start + m.end(), f"{what} x{len(m.group())}: the original text is lost")


# -- ENC004 control characters ---------------------------------------------------------------
_CONTROL = regex.compile(r"\x1B\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+|[\x80-\x9F]")


def _in_utf8_mojibake(text: str, i: int) -> bool:
    """Is ``text[i]`` a continuation byte of a UTF-8 sequence read as Latin-1 (â\x80\x9c)?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and "\x80" <= text[j] <= "\xbf":
        j -= 1
    return j >= 0 and i - j <= 3 and "\u00c2" <= text[j] <= "\u00f4"


class ControlCharacter:
    """ENC004: C0/C1 control characters (other than tab and line breaks) in text."""

    meta = RuleMeta(
        code="ENC004",
        name="control-character",
        family="encoding",
        severity=Severity.ERROR,
        summary="C0/C1 control characters (not tab, LF, CR) or ANSI escape sequences in text.",
        docs=(
            "Control characters have no place in prose: NUL, form feeds and escape sequences come from "
            "binary junk, PDF extraction or terminal logs; C1 controls (U+0080-U+009F) are usually "
            "Windows-1252 punctuation decoded as Latin-1 (\\x93 for “). C0 controls and ANSI sequences "
            "are removed; a C1 control gets its Windows-1252 character as an unsafe fix. C1 controls "
            "inside UTF-8 mojibake are left to ENC001."
        ),
        bad=(
            Example("Hello\x00 world\x1b[31m red", (Expected("\x00", 1, 6, ""), Expected("\x1b[31m", 1, 13, ""))),
            Example("He said \x93yes\x94.", (Expected("\x93", 1, 9, "“"), Expected("\x94", 1, 13, "”"))),
        ),
        good=(Example("Tabs\tare fine.\r\nSo are line breaks.\n"),),
        source=__name__,
    )
    triggers = (r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]", r"[\x80-\x9F]")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in _lines(doc, ctx):
            for m in _CONTROL.finditer(text):
                s, got = m.start(), m.group()
                if got[0] == "\x1b" and len(got) > 1:
                    yield Hit(start + s, start + m.end(), f"ANSI escape sequence {got[1:]!r}", fix="")
                elif "\x80" <= got <= "\x9f":
                    if _in_utf8_mojibake(text, s):
                        continue  # part of UTF-8 mojibake: ENC001
                    try:
                        cp1252 = got.encode("latin-1").decode("cp1252")
                    except UnicodeDecodeError:
                        yield Hit(start + s, start + m.end(), f"C1 control character U+{ord(got):04X}", fix="")
                        continue
                    yield Hit(
                        start + s,
                        start + m.end(),
                        f"C1 control character U+{ord(got):04X}: Windows-1252 '{cp1252}' decoded as Latin-1",
                        fix=cp1252,
                        fix_safe=False,
                    )
                else:
                    yield Hit(
                        start + s,
                        start + m.end(),
                        f"control character {', '.join(f'U+{ord(c):04X}' for c in dict.fromkeys(got))}",
                        fix="",
                        fix_safe=not set(got) & {"\x0b", "\x0c"},
                    )


# -- ENC005 invisible format characters ------------------------------------------------------
_INVISIBLE = regex.compile(
    r"[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u061C\u180E\u3164\uFFA0\u115F\u1160"
    r"\U000E0000-\U000E007F]+"
)
_JOINING = regex.compile(
    r"[\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}"
    r"\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Myanmar}\p{Khmer}\p{Tibetan}\p{Mandaic}]"
)
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\p{Javanese}\p{Balinese}]")
_EMOJI_BEFORE = regex.compile(r"[\p{Extended_Pictographic}\uFE0F\U0001F3FB-\U0001F3FF]")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_RTL = regex.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}]")
_TAG_SEQUENCE = regex.compile(r"\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F")
_BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _legit_invisible(text: str, i: int, tags: list[tuple[int, int]]) -> bool:
    """Is the invisible character at ``text[i]`` doing its job here?"""
    c = text[i]
    if c == "\xad" and _in_utf8_mojibake(text, i):
        return True  # í read as Latin-1 is Ã + soft hyphen: ENC001 reports it
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if c == "\u200d":  # zero-width joiner: emoji sequences and joining scripts
        if prev and nxt and _EMOJI_BEFORE.match(prev) and _EMOJI.match(nxt):
            return True
        return bool(_JOINING.match(prev or " ") or _JOINING.match(nxt or " "))
    if c == "\u200c":
        return bool(_JOINING.match(prev or " ") or _JOINING.match(nxt or " "))
    if c == "\u200b":
        return bool(_NO_SPACE_SCRIPT.match(prev or " ") or _NO_SPACE_SCRIPT.match(nxt or " "))
    if c in _BIDI:
        return bool(_RTL.search(text))
    if "\U000e0000" <= c <= "\U000e007f":
        return any(a <= i < b for a, b in tags)
    if c in "\u115f\u1160\u3164\uffa0":
        return bool(regex.match(r"\p{Hangul}", prev or " ") or regex.match(r"\p{Hangul}", nxt or " "))
    if c == "\u180e":
        return bool(regex.match(r"\p{Mongolian}", prev or " ") or regex.match(r"\p{Mongolian}", nxt or " "))
    return False


class InvisibleCharacter:
    """ENC005: zero-width, bidi-control and tag characters where they do nothing but hide."""

    meta = RuleMeta(
        code="ENC005",
        name="invisible-character",
        family="encoding",
        severity=Severity.WARNING,
        summary="Zero-width, soft-hyphen, bidi-control or tag characters outside the contexts that need them.",
        docs=(
            "Invisible characters split words for tokenizers and search (inter\\u200bnational), smuggle "
            "hidden text (Unicode tag characters) or reorder display (bidi controls). Each is reported only "
            "outside its legitimate use: a zero-width joiner inside an emoji sequence (👩‍💻) or an Indic/"
            "Arabic word, a zero-width non-joiner in Persian, a zero-width space in Thai, bidi marks in a "
            "line with right-to-left text, tags inside a flag sequence. Removing zero-width characters is "
            "a safe fix; removing soft hyphens and bidi controls is offered as unsafe."
        ),
        bad=(
            Example("inter\u200bnational news", (Expected("\u200b", 1, 6, ""),)),
            Example("Price\u202e 100 \u2066ok", (Expected("\u202e", 1, 6, ""), Expected("\u2066", 1, 12, ""))),
        ),
        good=(
            Example("Family: 👨\u200d👩\u200d👧, coder: 👩🏽\u200d💻, flag: 🏳️\u200d🌈. Persian: می\u200cخواهم."),
            Example("Hebrew \u200fשלום\u200f and 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f."),
        ),
        source=__name__,
    )
    triggers = (
        "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\xad\u061c\u180e\u3164\uffa0\u115f\u1160"
        "\U000e0000-\U000e007f]",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in _lines(doc, ctx):
            tags = [m.span() for m in _TAG_SEQUENCE.finditer(text)] if "\U0001f3f4" in text else []
            for m in _INVISIBLE.finditer(text):
                bad = [i for i in range(m.start(), m.end()) if not _legit_invisible(text, i, tags)]
                groups: list[list[int]] = []
                for i in bad:
                    if groups and i == groups[-1][-1] + 1:
                        groups[-1].append(i)
                    else:
                        groups.append([i])
                for g in groups:
                    chars = text[g[0] : g[-1] + 1]
                    unsafe = bool(set(chars) & (_BIDI | {"\u00ad"}))
                    yield Hit(
                        start + g[0],
                        start + g[-1] + 1,
                        f"invisible character: {_names(chars)}",
                        fix="",
                        fix_safe=not unsafe,
                    )


# -- ENC006 private use ----------------------------------------------------------------------
_PRIVATE = regex.compile(r"[\uE000-\uF8FF\U000F0000-\U000FFFFD\U00100000-\U0010FFFD]+")


class PrivateUseCharacter:
    """ENC006: private-use code points: font-specific glyphs with no meaning outside one font."""

    meta = RuleMeta(
        code="ENC006",
        name="private-use-character",
        family="encoding",
        severity=Severity.WARNING,
        summary="Private-use characters (U+E000-U+F8FF, planes 15-16): icon-font glyphs or lost characters.",
        docs=(
            "Private-use code points mean something only to one font or one vendor: icon fonts on web "
            "pages, PDF extraction from embedded fonts, and GB18030 user-defined or (before GB18030-2022) "
            "unassigned codes all land there. In a corpus they are unreadable noise or characters whose "
            "identity was lost; no fix is possible without the source font."
        ),
        bad=(Example("点击\ue600下载文档", (Expected("\ue600", 1, 3),)),),
        good=(Example("点击下载文档 ★ ☆ © ™"),),
        source=__name__,
    )
    triggers = ("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        gb = doc.encoding.lower().startswith("gb")
        for start, text in _lines(doc, ctx):
            for m in _PRIVATE.finditer(text):
                points = " ".join(f"U+{ord(c):04X}" for c in m.group()[:8])
                note = " (GB18030 user-defined or unassigned code)" if gb else ""
                yield Hit(start + m.start(), start + m.end(), f"private-use character {points}{note}")


# -- ENC007 surrogates -----------------------------------------------------------------------
_SURROGATE = regex.compile(r"[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]")
_ANY_SURROGATE = regex.compile(r"[\uD800-\uDFFF]")


class LoneSurrogate:
    """ENC007: surrogate code points in decoded text (CESU-8, bad JSON, surrogateescape)."""

    meta = RuleMeta(
        code="ENC007",
        name="surrogate-code-point",
        family="encoding",
        severity=Severity.ERROR,
        summary="UTF-16 surrogate code points in text: a bad decode (CESU-8, broken JSON escapes).",
        docs=(
            "Surrogates (U+D800-U+DFFF) are halves of UTF-16 pairs and are not characters: text that holds "
            "them was decoded from CESU-8, from JSON with split \\ud83d\\ude00 escapes, or with "
            "surrogateescape. Most tools crash on them. A high+low pair is fixed to the character it "
            "encodes; a lone surrogate has no fix."
        ),
        bad=(
            Example(
                "smile \ud83d\ude00 and \udc80 end", (Expected("\ud83d\ude00", 1, 7, "😀"), Expected("\udc80", 1, 14))
            ),
        ),
        good=(Example("smile 😀 end"),),
        source=__name__,
    )
    triggers: tuple[str, ...] = ()  # Hyperscan cannot express surrogates: one C-speed search per document

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not _ANY_SURROGATE.search(doc.text):
            return
        for m in _SURROGATE.finditer(doc.text):
            got = m.group()
            if len(got) == 2:
                fixed = got.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
                yield Hit(m.start(), m.end(), f"surrogate pair for '{fixed}' (U+{ord(fixed):X})", fix=fixed)
            else:
                yield Hit(m.start(), m.end(), f"lone surrogate U+{ord(got):04X}: the original character is lost")


# -- ENC008 escaped Unicode in prose ---------------------------------------------------------
_ESCAPES = regex.compile(r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2})+")
_ESCAPE = regex.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2})")
_CODE_LINE = regex.compile(
    r"""(?:\b(?:print|printf|echo|return|var|let|const|def|import|escape|unicode|encoding|decode|encode|json|regex)\b"""
    r"""|\w\(|console\.|["'`]\\|`|[{};]\s*$|=|[A-Za-z]:\\|\\\\|\butf-?8\b|code ?point|转义|编码|码点)""",
    regex.IGNORECASE,
)
_LETTERS = regex.compile(r"\p{L}{2}")
_QUOTED_ESCAPE = regex.compile(r"""(['"])[^'"\n]{0,40}\\[uUx][0-9a-fA-F]{2}[^'"\n]{0,40}\1""")


def _unescape(run: str) -> tuple[str, bool] | None:
    """Decode a run of escapes; (text, exact) or None when it does not decode to text."""
    units = [m.group(1) for m in _ESCAPE.finditer(run)]
    if all(u[0] in "uU" for u in units):
        raw = "".join(chr(int(u[1:], 16)) for u in units)
        try:
            text = raw.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except UnicodeDecodeError:
            return None
        exact = True
    elif all(u[0] == "x" for u in units):
        data = bytes(int(u[1:], 16) for u in units)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
        exact = False
    else:
        return None
    if not text or any(unicodedata.category(c) in ("Cc", "Cs", "Cn") or c == "\ufffd" for c in text):
        return None
    return text, exact


class EscapedUnicode:
    """ENC008: literal ``\\u00e9`` / ``\\xc3\\xa9`` escapes left in prose by a bad serialiser."""

    meta = RuleMeta(
        code="ENC008",
        name="escaped-unicode",
        family="encoding",
        severity=Severity.WARNING,
        summary="Literal Unicode escapes (caf\\u00e9, \\xe4\\xb8\\xad) in prose instead of the characters.",
        docs=(
            "Text serialised twice (JSON inside JSON, repr() of a string, a Python 2 byte string) keeps "
            "its escapes: caf\\u00e9, \\u4e2d\\u6587, \\xe4\\xb8\\xad. bicleaner flags [\\\\][xu][0-9a-f]{2,} "
            "for the same reason. Lines that look like code or that talk about escapes are skipped. The "
            "fix decodes the escapes (\\u exactly; \\x bytes as UTF-8, else Windows-1252, as unsafe)."
        ),
        bad=(
            Example("Un caf\\u00e9 con leche.", (Expected("\\u00e9", 1, 7, "é"),)),
            Example(
                "标题 \\u4e2d\\u6587 新闻 and \\xe4\\xb8\\xad text",
                (Expected("\\u4e2d\\u6587", 1, 4, "中文"), Expected("\\xe4\\xb8\\xad", 1, 24, "中")),
            ),
        ),
        good=(
            Example('In Python, print("caf\\u00e9") writes the escape \\u00e9 as é.'),
            Example("The file is in C:\\xampp\\htdocs and D:\\x64\\bin."),
        ),
        source=__name__,
    )
    triggers = (r"\\[uU][0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for start, text in _lines(doc, ctx):
            if (
                _CODE_LINE.search(text, timeout=ctx.timeout)
                or _QUOTED_ESCAPE.search(text, timeout=ctx.timeout)
                or not _LETTERS.search(_ESCAPES.sub(" ", text))
            ):
                continue
            for m in _ESCAPES.finditer(text):
                decoded = _unescape(m.group())
                if decoded is None:
                    continue
                fixed, exact = decoded
                yield Hit(
                    start + m.start(),
                    start + m.end(),
                    f"escaped Unicode '{m.group()}' in text: it stands for '{fixed}'",
                    fix=fixed,
                    fix_safe=exact,
                )


# -- ENC009 legacy or mismatched encoding -----------------------------------------------------
_DECLARATION = regex.compile(r"""(?i)(?:charset|encoding)\s*=\s*["']?([A-Za-z][A-Za-z0-9_.:-]{1,30})""")
_GB = {"gb2312", "gbk", "gb18030", "hz"}


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class LegacyEncoding:
    """ENC009: the file is not UTF-8 (detected legacy encoding) or declares an encoding it is not in."""

    meta = RuleMeta(
        code="ENC009",
        name="legacy-encoding",
        family="encoding",
        severity=Severity.INFO,
        summary="The file was decoded from a legacy encoding (GB18030, cp1252…), or declares another charset.",
        docs=(
            "A corpus should be UTF-8. When a file is not, seedlint guesses its encoding (GB18030, Big5, "
            "Windows-1252…) and decodes it; this note, at 1:1, says which encoding was used, because a "
            "wrong guess garbles the whole file and other tools will read the bytes differently. It also "
            "reports an HTML/XML charset declaration that disagrees with how the bytes actually decode."
        ),
        bad=(Example('<meta charset="gb2312">\n<p>正文</p>', (Expected("gb2312", 1, 16),)),),
        good=(Example('<meta charset="utf-8">\n<p>正文</p>\n'), Example("Plain text with no declaration.")),
        source=__name__,
    )
    triggers: tuple[str, ...] = ()  # whole-document, cheap: a flag and the first 4 KB

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if doc.detected or doc.encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
            end = 1 if doc.text and doc.text[0] not in "\r\n" else 0
            how = "detected, not declared" if doc.detected else "declared by its byte-order mark"
            yield Hit(0, end, f"decoded as {doc.encoding} ({how}), not UTF-8: convert the file to UTF-8")
        head = doc.text[:4096]
        if "charset" not in head.lower() and "encoding" not in head.lower():
            return
        actual = _codec(doc.encoding)
        for m in _DECLARATION.finditer(head):
            declared = _codec(m.group(1))
            if declared is None or actual is None or declared == actual:
                continue
            if (declared in _GB and actual in _GB) or (declared == "ascii" and actual == "utf-8"):
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                f"the text declares charset {m.group(1)} but its bytes decode as {doc.encoding}",
            )


# -- ENC010 HTML entities --------------------------------------------------------------------
_ENTITY = regex.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = regex.compile(r"<[A-Za-z/!?]|\b(?:HTML|entity|entities|escape)\b|`|实体|转义", regex.IGNORECASE)


class HtmlEntity:
    """ENC010: HTML character references left in extracted text (&amp; &nbsp; &#8217;)."""

    meta = RuleMeta(
        code="ENC010",
        name="html-entity",
        family="encoding",
        severity=Severity.WARNING,
        summary="HTML character references (&amp;, &nbsp;, &#8217;) left unescaped in extracted text.",
        docs=(
            "Text extracted from HTML without unescaping, or escaped twice, keeps character references: "
            "AT&amp;T, l&#8217;homme, 5&nbsp;km, &amp;quot;. Only references HTML5 defines are reported, "
            "and lines that contain markup or talk about HTML are skipped. The fix is html.unescape of "
            "the reference."
        ),
        bad=(
            Example(
                "AT&amp;T and l&#8217;homme, 5&nbsp;km.",
                (Expected("&amp;", 1, 3, "&"), Expected("&#8217;", 1, 15, "’"), Expected("&nbsp;", 1, 30, "\u00a0")),
            ),
        ),
        good=(
            Example("AT&T and Johnson & Johnson; R&D; Q&A; black&white."),
            Example("In HTML, write &amp; for an ampersand."),
        ),
        source=__name__,
    )
    triggers = (r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        from html.entities import html5

        for start, text in _lines(doc, ctx):
            if _MARKUP.search(text):
                continue
            for m in _ENTITY.finditer(text):
                ref = m.group()
                if ref[1] != "#" and ref[1:] not in html5:
                    continue
                fixed = html.unescape(ref)
                if fixed == ref or any(unicodedata.category(c) in ("Cc", "Cs", "Cn") for c in fixed):
                    continue
                yield Hit(
                    start + m.start(), start + m.end(), f"HTML character reference '{ref}' for '{fixed}'", fix=fixed
                )


ENCODING_RULES: tuple[Rule, ...] = (
    Mojibake(),
    Utf8ReadAsGbk(),
    ReplacementCharacter(),
    ControlCharacter(),
    InvisibleCharacter(),
    PrivateUseCharacter(),
    LoneSurrogate(),
    EscapedUnicode(),
    LegacyEncoding(),
    HtmlEntity(),
)


def RULES(context: PluginContext | None = None) -> tuple[Rule, ...]:
    """The encoding rules and the conversion rules (whose data pack the plug-in context locates)."""
    return (*ENCODING_RULES, *conversion_rules(context.pack_files if context is not None else ()))
