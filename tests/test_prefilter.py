"""Prefilters must be supersets: wherever a rule's regex matches, its compiled trigger matches too."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from seedlint.prefilter import cheapen, literals, prefilter
from tests.conftest import all_rules

PATTERNS = [
    r"^[ \t]*(?:分享|下载(?:文档|全文))[！!]?\s*$",
    r"(?i)^\s*(?:share|download)\b",
    r"(?<!\d)((?:1[89]|20)\d{3,4})(?=\s*年)",
    r"[\p{Latin}\p{N}][，：…]",
    r"\p{Han}[a-z]{1,12}\p{Han}",
    r"[^\p{L}]x",
    r"\P{L}y",
    r"\p{Lu}\p{Ll}{0,5}['’]",
    r"a(?:bc)?d",
    r"Related\s+reading",
    r"[妗妞]{2}",
]
ALPHABET = st.sampled_from(
    [*list("ab cdxyXY分享下载文档全文！!年1920 \t\n,，：…Éé'’Ab妗妞α"), "Share", "DOWNLOAD", "reading", "Related"]
)


def test_literal_sets() -> None:
    assert literals(PATTERNS[0]) == {"分享", "下载文档", "下载全文"}
    assert literals(PATTERNS[1]) == {"share", "download"}
    assert literals(r"[\p{Latin}\p{N}][，：…]") == {"，", "：", "…"}
    assert literals(r"\d{4}") is None  # nothing worth scanning for
    assert literals(r"x|\p{L}") is None


def test_negated_properties_are_left_alone() -> None:
    assert cheapen(r"[^\p{L}]x") == r"[^\p{L}]x"
    assert cheapen(r"\P{Han}") == r"\P{Han}"
    assert cheapen(r"[^a]\p{Han}").startswith("[^a][\u2e80-")
    assert "{0,}" in cheapen(r"a[^\n]{0,150}$")


@pytest.mark.parametrize("pattern", PATTERNS)
@given(text=st.lists(ALPHABET, max_size=25).map("".join))
def test_prefilter_is_a_superset(pattern: str, text: str) -> None:
    trigger, caseless = prefilter(pattern)
    flags = regex.V1 | regex.MULTILINE | (regex.IGNORECASE if caseless else 0)
    if regex.search(pattern, text, regex.V1 | regex.MULTILINE):
        assert regex.search(trigger, text, flags), (pattern, trigger, text)


def test_every_builtin_trigger_prefilter_compiles_with_regex() -> None:
    for rule in all_rules():
        for trigger in rule.triggers:
            compiled, _ = prefilter(trigger)
            regex.compile(compiled, regex.V1)
