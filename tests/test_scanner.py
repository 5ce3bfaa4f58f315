"""The trigger scanner: shared triggers compiled once, short triggers compiled whole, same lines either way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.hsdb import hyperscan
from seedlint.prefilter import prefilter
from seedlint.scanner import Scanner, Trigger
from tests.conftest import all_rules

TEXT = "第一行，没有数字\n金额为1，000元\nsmall and micro\nsmall gold suit here\n"


@pytest.mark.parametrize("use_hyperscan", [True, False])
def test_a_shared_trigger_is_compiled_once_and_credited_to_every_rule(use_hyperscan: bool) -> None:
    triggers = [Trigger(0, r"\d，\d{3}"), Trigger(1, r"\d，\d{3}"), Trigger(1, "gold"), Trigger(2, "gold")]
    scanner = Scanner(triggers, use_hyperscan=use_hyperscan)
    assert len(object.__getattribute__(scanner, "_distinct")) == 2
    assert scanner.scan(TEXT, TEXT.encode()) == {0: [1], 1: [1, 3], 2: [3]}


@pytest.mark.skipif(hyperscan is None, reason="Hyperscan is not installed")
def test_short_triggers_are_compiled_whole_not_as_a_weak_literal() -> None:
    # reduced to its literal '，' this trigger fired at every comma of a Chinese text
    assert prefilter(r"\d，\d{3}") == (r"\d，\d{3}", False)
    scanner = Scanner([Trigger(0, r"\d，\d{3}"), Trigger(1, r"small[ \t]+gold[ \t]+suit")])
    assert scanner.scan(TEXT, TEXT.encode()) == {0: [1], 1: [3]}
    # look-around is still reduced to literals (Hyperscan may refuse it)
    assert prefilter(r"(?<!\d)20\d\d(?=年)")[0] == "20"


@pytest.mark.skipif(hyperscan is None, reason="Hyperscan is not installed")
def test_every_builtin_trigger_is_in_the_hyperscan_database() -> None:
    """None falls back to a `regex` search of the whole text (slower, and not what the cache holds)."""
    rules = all_rules()
    triggers = [Trigger(i, t, bool(getattr(r, "ignorecase", False))) for i, r in enumerate(rules) for t in r.triggers]
    scanner = Scanner(triggers)
    assert object.__getattribute__(scanner, "_fallback") == []


LINES = st.lists(
    st.sampled_from([*"ab 分享下载:：|>\t.!?", "Share", "下载文档", "Page 2 of 9", "第2页", "\r", "\x00"]), max_size=12
)


@given(line=LINES.map("".join))
def test_one_line_scanned_once_finds_what_a_whole_scan_finds(line: str) -> None:
    """The chrome vocabulary's whole-line lookups use ``line_owners``; its answer is ``sorted(scan(line))``."""
    for scanner in (_vocabulary_scanner(), _END_SCANNER):
        assert scanner.line_owners(line) == sorted(scanner.scan(line, line.encode("utf-8", "surrogatepass")))


_END_SCANNER = Scanner([Trigger(0, r"b\z"), Trigger(1, "a(?!b)"), Trigger(2, "分享")])


def _vocabulary_scanner() -> Scanner:
    analyzer = next(r.analyzer for r in all_rules() if r.meta.code == "CHROME060")  # type: ignore[attr-defined]
    analyzer.known("x")  # builds its scanner
    assert analyzer._scanner is not None
    return analyzer._scanner


@pytest.mark.parametrize("use_hyperscan", [True, False])
def test_a_trigger_with_a_set_operation_keeps_its_meaning(use_hyperscan: bool) -> None:
    """`regex`'s V1 sets ([[a-z]--[aeiou]]: consonants) mean another pattern to Hyperscan: searched with `regex`."""
    text = "xby\nx[--a]y\nxay\n"
    scanner = Scanner([Trigger(0, r"x[[a-z]--[aeiou]]y")], use_hyperscan=use_hyperscan)
    assert scanner.scan(text, text.encode()) == {0: [0]}
