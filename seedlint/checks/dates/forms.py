"""The surface forms of the date grammar: one regular expression per way of writing a date.

Each form has a gate, a cheap substring test (``年``, a month name, a slash) that
tells :func:`gates` whether the form can match a text at all, so most windows run
only a few of the expressions.
"""

from __future__ import annotations

import re
from typing import Literal

import regex

from seedlint.checks.dates.lexicon import MON_EN, MON_ES, MONTHS_ES

Form = Literal["zh", "es", "en", "iso", "dmy", "ym", "my", "year", "decade", "quarter"]
Ymd = tuple[int, int, int]
Span2 = tuple[int, int]

_Y4 = r"(?<![0-9０-９.,．])[0-9０-９]{4}(?![0-9０-９])"
_YZH = r"[〇零○Ｏ一二三四五六七八九]{4}"
_MZ = (
    r"(?<![0-9０-９〇零○一二两三四五六七八九十百千万第个個几幾每.．])"
    r"(?:[0-9０-９]{1,2}(?![0-9０-９])|十[一二]?|[一二三四五六七八九])"
)
_DZ = (
    r"(?:[0-9０-９]{1,2}(?![0-9０-９])|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|"
    r"[一二三四五六七八九])"
)
_NOL = r"(?<!\w)"  # no letter, digit or underscore before
_NOLA = r"(?!\w)"  # no letter, digit or underscore after
_FLAGS = 0

FORMS: tuple[tuple[Form, str, re.Pattern[str]], ...] = (
    (
        "zh",
        "yue",
        re.compile(
            rf"(?:(?P<y>{_Y4}|{_YZH})\s*年\s*)?(?P<m>{_MZ})\s*月(?:\s*(?P<d>{_DZ})\s*[日号號])?",
            _FLAGS,
        ),
    ),
    ("year", "nian", re.compile(rf"(?P<y>{_Y4}|{_YZH})\s*年(?!代)", _FLAGS)),
    ("decade", "niandai", re.compile(r"(?<![0-9０-９])(?P<y>[0-9０-９]{3}[0０])\s*年代", _FLAGS)),
    (
        "quarter",
        "jidu",
        re.compile(rf"(?P<y>{_Y4})\s*年\s*(?:第\s*)?(?P<q>[一二三四五六七八九1-9１-９])\s*季(?:度)?", _FLAGS),
    ),
    (
        "es",
        "es",
        re.compile(
            rf"{_NOL}(?P<d>\d{{1,2}}|primero)(?:\s*(?:º|°|\.º))?\s+de\s+(?P<mon>{MON_ES}){_NOLA}"
            rf"(?:\s+(?:de|del)\s+(?:año\s+)?(?P<y>\d{{3,4}})(?![0-9]|[.,]\d))?",
            _FLAGS | re.IGNORECASE,
        ),
    ),
    (
        "es",
        "es",
        re.compile(
            rf"{_NOL}(?P<mon>{MON_ES})\s+(?:de|del)\s+(?:año\s+)?(?P<y>\d{{3,4}})(?![0-9]|[.,]\d)",
            _FLAGS | re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        "trimestre",
        re.compile(
            rf"{_NOL}(?P<qw>primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo)\s+trimestre\s+"
            r"(?:de|del)\s+(?:año\s+)?(?P<y>\d{4})(?!\d)",
            _FLAGS | re.IGNORECASE,
        ),
    ),
    (
        "en",
        "en",
        re.compile(
            rf"{_NOL}(?P<mon>{MON_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![0-9:]|[.,]\d)"
            rf"(?:,?\s+(?P<y>\d{{3,4}})(?![0-9]|[.,]\d))?",
            _FLAGS,
        ),
    ),
    (
        "en",
        "en",
        re.compile(
            rf"(?<![0-9])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON_EN})\.?{_NOLA}"
            rf"(?:,?\s+(?P<y>\d{{3,4}})(?![0-9]|[.,]\d))?",
            _FLAGS,
        ),
    ),
    (
        "en",
        "en",
        re.compile(
            rf"{_NOL}(?P<mon>{MON_EN})\.?,?\s+(?:of\s+)?(?P<y>\d{{3,4}})(?![0-9]|[.,]\d)",
            _FLAGS,
        ),
    ),
    (
        "quarter",
        "quarter",
        re.compile(
            rf"{_NOL}(?:the\s+)?(?P<qw>first|second|third|fourth|fifth|sixth|seventh|eighth)\s+quarter\s+"
            r"(?:of\s+)?(?P<y>\d{4})(?!\d)",
            _FLAGS | re.IGNORECASE,
        ),
    ),
    ("quarter", "Q", re.compile(rf"{_NOL}Q(?P<q>[1-4])\s*(?P<y>\d{{4}})(?!\d)", _FLAGS)),
    ("quarter", "Q", re.compile(rf"(?<![0-9])(?P<y>\d{{4}})\s*Q(?P<q>[1-4]){_NOLA}", _FLAGS)),
    ("decade", "decade", re.compile(rf"(?<![0-9])(?P<y>\d{{3}}0)'?s{_NOLA}", _FLAGS)),
    (
        "iso",
        "sep",
        re.compile(
            r"(?<![0-9\-/.A-Za-zÀ-ÿ])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![0-9]|[-/.:]\d)",
            _FLAGS,
        ),
    ),
    (
        "dmy",
        "sep",
        re.compile(
            r"(?<![0-9\-/.A-Za-zÀ-ÿ])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![0-9]|[-/.:]\d)",
            _FLAGS,
        ),
    ),
    (
        "ym",
        "sep",
        re.compile(r"(?<![0-9\-/.A-Za-zÀ-ÿ])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?![0-9]|[-/.:]\d)", _FLAGS),
    ),
    ("my", "slash", re.compile(r"(?<![0-9\-/.A-Za-zÀ-ÿ])(?P<m>\d{1,2})/(?P<y>\d{4})(?![0-9]|[-/.:]\d)", _FLAGS)),
    (
        "year",
        "digit",
        re.compile(r"(?<![0-9０-９\-/.:,$€£¥￥#A-Za-zÀ-ÿ_])(?P<y>[12][0-9]{3})(?![0-9]|[.,:/]\d|\s*[%％‰])", _FLAGS),
    ),
)

ORDINAL_QUARTER = {
    "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
}  # fmt: skip

_ES_MONTHS = tuple(k for k in MONTHS_ES)
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGIT = regex.compile(r"[0-9０-９]")


def gates(line: str) -> set[str]:
    """Cheap substring tests that tell which forms can match at all (most windows need few)."""
    gates: set[str] = set()
    if not _DIGIT.search(line) and not any(ch in line for ch in "〇零○Ｏ一二三四五六七八九十"):
        return gates
    gates.add("digit")
    if "月" in line:
        gates.add("yue")
    if "年" in line:
        gates.update(("nian", "jidu") if "季" in line else ("nian",))
        if "年代" in line:
            gates.add("niandai")
    low = line.lower()
    if any(m in low for m in _ES_MONTHS):
        gates.add("es")
    if "trimestre" in low:
        gates.add("trimestre")
    if any(m in line for m in _EN_MONTHS):
        gates.add("en")
    if "quarter" in low:
        gates.add("quarter")
    if "Q" in line:
        gates.add("Q")
    if "0s" in line or "0's" in line:
        gates.add("decade")
    if "-" in line or "/" in line or "." in line:
        gates.add("sep")
    if "/" in line:
        gates.add("slash")
    return gates
