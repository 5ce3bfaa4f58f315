"""YAML rule packs: every malformation is a PackError naming ``file:line:``; the CLI exits 2.

Also the kinds a pack can use (pattern with fix / delete_line / unless, lexicon, table),
defaults, data packs, pack folders and duplicate codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint import registry
from seedlint.document import Document
from seedlint.engine import Engine
from seedlint.finding import Severity
from seedlint.packs import PackError, load_pack
from seedlint.registry import load_rules
from tests.data.kit import check, cli, snapshot, write_pack

BASE = """\
pack: test.packs
description: A valid pack that each case below breaks in one place.
rules:
  - code: ZZK001
    name: zz-base
    family: date
    severity: warning
    kind: pattern
    summary: A six-digit number before 年.
    docs: A test rule used only to check how pack errors are reported.
    pattern: '(?P<num>\\d{6})(?=年)'
    message: "bad year {num}"
    examples:
      bad:
        - text: "202223年"
          match: "202223"
      good: ["2023年"]
"""


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


# (id, old, new, text marking the blamed line, occurrence of it, fragment of the message)
CASES = [
    ("yaml-flow", "    kind: pattern\n", "    kind: [pattern\n", "kind: [pattern", 1, "invalid YAML"),
    ("yaml-quote", '      good: ["2023年"]\n', '      good: ["2023年]\n', "good:", 1, "invalid YAML"),
    ("yaml-key", "    docs: A test", "    docs A test", "docs A test", 1, "invalid YAML"),
    ("yaml-tab", "    severity: warning\n", "\tseverity: warning\n", "\tseverity", 1, "invalid YAML"),
    ("yaml-mapping", "    summary: A six", "    summary: A: six", "summary:", 1, "invalid YAML"),
    (
        "duplicate-key",
        "    kind: pattern\n",
        "    kind: pattern\n    kind: lexicon\n",
        "kind: lexicon",
        1,
        "duplicate key",
    ),
    (
        "unknown-key",
        "    kind: pattern\n",
        "    kind: pattern\n    colour: red\n",
        "colour:",
        1,
        "unknown key 'colour'",
    ),
    ("unknown-top-key", "pack: test.packs\n", "pack: test.packs\nauthor: me\n", "author:", 1, "unknown key 'author'"),
    ("bad-regex", "'(?P<num>\\d{6})(?=年)'", "'(?P<num>\\d{6}(?=年)'", "pattern:", 1, "bad regex in 'pattern'"),
    (
        "bad-unless",
        "    kind: pattern\n",
        "    kind: pattern\n    unless: '[abc'\n",
        "unless:",
        1,
        "bad regex in 'unless'",
    ),
    ("bad-trigger", "    kind: pattern\n", "    kind: pattern\n    triggers: ['a(']\n", "triggers:", 1, "bad regex"),
    (
        "missing-field",
        "    summary: A six-digit number before 年.\n",
        "",
        "- code:",
        1,
        "missing required key 'summary'",
    ),
    ("bad-code", "code: ZZK001", "code: zz-1", "code:", 1, "rule code 'zz-1'"),
    ("unknown-family", "family: date", "family: dates", "family:", 1, "unknown family 'dates'"),
    ("unknown-kind", "kind: pattern", "kind: regex", "kind:", 1, "unknown kind 'regex'"),
    ("bad-severity", "severity: warning", "severity: fatal", "severity:", 1, "unknown severity 'fatal'"),
    ("bad-name", "name: zz-base", "name: ZZ Base", "name:", 1, "lower-case slug"),
    (
        "wrong-type",
        "    kind: pattern\n",
        "    kind: pattern\n    ignorecase: maybe\n",
        "ignorecase:",
        1,
        "must be bool",
    ),
    ("message-field", '"bad year {num}"', '"bad year {year}"', "message:", 1, "unknown field {year}"),
    ("no-good-example", '      good: ["2023年"]\n', "", "examples:", 1, "at least one 'good'"),
]


@pytest.mark.parametrize(
    ("old", "new", "marker", "occurrence", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_pack_errors_name_file_and_line(
    tmp_path: Path, old: str, new: str, marker: str, occurrence: int, fragment: str
) -> None:
    assert BASE.count(old) == 1
    text = BASE.replace(old, new)
    pack = write_pack(tmp_path, text, "bad.yaml")
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    message = str(exc.value)
    assert message.startswith(f"{pack}:{_line_of(text, marker, occurrence)}: "), message
    assert fragment in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "line"), [("", 1), ("- just\n- a list\n", 1), ("pack: x\nrules: []\n", 2), ("pack: x\n", 1)]
)
def test_packs_without_rules(tmp_path: Path, text: str, line: int) -> None:
    pack = write_pack(tmp_path, text, "empty.yaml")
    with pytest.raises(PackError, match=rf"^{pack}:{line}: "):
        load_pack(pack)


def test_base_pack_is_valid(tmp_path: Path) -> None:
    [rule] = load_pack(write_pack(tmp_path, BASE))
    assert (rule.meta.code, rule.meta.family, rule.meta.severity) == ("ZZK001", "date", Severity.WARNING)
    assert rule.meta.source == f"{tmp_path / 'zz.yaml'}:4"
    [f] = Engine((rule,)).check(Document("d.txt", "公元202223年")).findings
    assert (f.column, f.end_column, f.message) == (3, 9, "bad year 202223")


def test_data_packs_are_skipped(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "kind: glossary\nentries:\n  - {wrong: a, right: b}\n", "names.yaml")
    assert load_pack(pack) == []


@pytest.mark.parametrize(
    "case", ["yaml-flow", "unknown-key", "bad-regex", "missing-field", "bad-code", "unknown-family"]
)
def test_cli_exits_2_with_one_line_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _, old, new, marker, occurrence, fragment = next(c for c in CASES if c[0] == case)
    text = BASE.replace(old, new)
    pack = write_pack(tmp_path / "packs", text, "bad.yaml")
    target = tmp_path / "in" / "a.txt"
    target.parent.mkdir()
    target.write_text("公元202223年\n", encoding="utf-8")
    before = snapshot(tmp_path / "in"), snapshot(tmp_path / "packs")
    for command in (["check", str(target)], ["rules"], ["explain", "ZZK001"]):
        run = cli(capsys, *command, "--rule-pack", str(pack))
        assert run.code == 2
        assert run.out == ""
        lines = run.err.splitlines()
        assert len(lines) == 1, run.err
        assert f"{pack}:{_line_of(text, marker, occurrence)}:" in lines[0]
        assert fragment in lines[0]
        assert "Traceback" not in run.err
    assert (snapshot(tmp_path / "in"), snapshot(tmp_path / "packs")) == before


def test_cli_missing_pack_path_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli(capsys, "check", "x.txt", "--rule-pack", "nope.yaml")
    assert run.code == 2
    assert run.err.count("\n") == 1 and "nope.yaml" in run.err


# -- the kinds --------------------------------------------------------------------------

KINDS = """\
pack: test.kinds
defaults:
  family: chrome
  severity: warning
  examples:
    bad: [{text: "x", match: "x"}]
    good: ["y"]
rules:
  - code: ZZM001
    name: zz-fix
    kind: pattern
    summary: Swapped day and month.
    docs: A pattern rule whose fix template reorders its groups.
    pattern: '(?P<m>\\d{1,2})/(?P<d>\\d{1,2})/(?P<y>\\d{4})'
    fix: '\\g<y>-\\g<m>-\\g<d>'
    unless: 'US date'
    message: "date {match} in {y}"
  - code: ZZM002
    name: zz-delete
    kind: pattern
    severity: info
    summary: A share-button line.
    docs: A pattern rule that deletes its line.
    pattern: '^分享到[:：].*$'
    delete_line: true
    message: "share line"
  - code: ZZM003
    name: zz-words
    kind: lexicon
    ignorecase: true
    summary: Filler words.
    docs: A lexicon rule.
    words: [click here, 点击这里]
    message: "filler '{match}'"
  - code: ZZM004
    name: zz-table
    kind: table
    fix_safe: false
    summary: Wrong words.
    docs: A table rule.
    replace: {teh: the, 帐号: 账号}
    message: "{match} -> {fix}"
"""


def test_pack_kinds_behave(tmp_path: Path) -> None:
    rules = tuple(load_pack(write_pack(tmp_path, KINDS)))
    assert [r.meta.severity for r in rules] == [Severity.WARNING, Severity.INFO, Severity.WARNING, Severity.WARNING]
    text = "Born 12/31/1999 here.\nUS date 1/2/2003 kept.\n分享到：微博 微信\nCLICK HERE or 点击这里.\nteh 帐号 tehx\n"
    findings = Engine(rules).check(Document("k.txt", text)).findings
    got = [(f.rule, f.line, f.column, f.snippet, f.fix, f.fix_safe, f.message) for f in findings]
    assert got == [
        ("ZZM001", 1, 6, "12/31/1999", "1999-12-31", True, "date 12/31/1999 in 1999"),
        ("ZZM002", 3, 1, "分享到：微博 微信", "", False, "share line"),
        ("ZZM003", 4, 1, "CLICK HERE", None, True, "filler 'CLICK HERE'"),
        ("ZZM003", 4, 15, "点击这里", None, True, "filler '点击这里'"),
        ("ZZM004", 5, 1, "teh", "the", False, "teh -> the"),
        ("ZZM004", 5, 5, "帐号", "账号", False, "帐号 -> 账号"),
    ]
    delete = findings[1]
    line_start = text.index("分享到")
    assert delete.fix_range == (line_start, text.index("\n", line_start) + 1)  # the whole line with its newline


def test_pack_folder_and_duplicate_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "builtin_pack_files", list)  # only our packs: independent of the families
    folder = tmp_path / "packs"
    write_pack(folder, BASE, "a.yaml")
    write_pack(folder / "sub", KINDS, "b.yml")
    codes = [r.meta.code for r in load_rules([folder], plugins=False)]
    assert codes == ["ZZK001", "ZZM001", "ZZM002", "ZZM003", "ZZM004"]
    write_pack(folder, BASE, "copy.yaml")
    with pytest.raises(PackError, match=r"duplicate rule code ZZK001 \(also in .*a\.yaml:4\)"):
        load_rules([folder], plugins=False)


def test_cli_runs_a_pack_from_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "packs", BASE, "a.yaml")
    target = tmp_path / "a.txt"
    target.write_text("公元202223年\n", encoding="utf-8")
    run = check(capsys, tmp_path / "packs", str(target), select="ZZK001")
    assert run.code == 1
    assert [(f["rule"], f["column"], f["message"]) for f in run.json()] == [("ZZK001", 3, "bad year 202223")]


# -- one parse per pack file, kinds declared ---------------------------------------------------------


def test_each_pack_file_is_parsed_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building every rule (YAML packs and all families) parses each built-in pack file exactly once."""
    import yaml

    from seedlint import packfile
    from seedlint.checks.chrome import vocab

    packfile._parse.cache_clear()
    registry.builtin_packs.cache_clear()
    vocab.load_line_patterns.cache_clear()
    parsed: list[str] = []
    real_load = yaml.load

    def counting_load(stream: str, Loader: type) -> object:
        parsed.append(stream[:200])
        return real_load(stream, Loader=Loader)

    monkeypatch.setattr(packfile.yaml, "load", counting_load)
    monkeypatch.setattr(yaml, "safe_load", lambda *_a, **_k: pytest.fail("a pack read outside seedlint.packfile"))
    load_rules()
    files = registry.builtin_pack_files()
    assert len(files) >= 8
    assert len(parsed) == len(files)  # every file once: none skipped, none twice


def test_a_pack_declares_its_kind_and_an_unknown_kind_fails(tmp_path: Path) -> None:
    from seedlint.packfile import PACK_KINDS, read_pack_file

    assert {"rules", "glossary", "conversion-pairs", "script-data"} <= set(PACK_KINDS)
    assert all(read_pack_file(p).kind in PACK_KINDS for p in registry.builtin_pack_files())
    pack = write_pack(tmp_path, "kind: glosary\nentities: []\n", "names.yaml")
    with pytest.raises(PackError, match=r"names\.yaml:1: unknown pack kind 'glosary'"):
        load_rules([pack], plugins=False)


# -- hostile packs: aliases, keys, types and bounds (issue 16) ---------------------------------------

LAUGHS = """\
pack: test.bomb
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
source: *g
rules: []
"""


def test_alias_bomb_is_refused_before_anything_expands_it(tmp_path: Path) -> None:
    """Nine levels of nine: 48 million strings if expanded; refused after a bounded walk."""
    path = write_pack(tmp_path, LAUGHS)
    with pytest.raises(PackError, match=r"bomb\.yaml:1: rule pack expands to more than 1,000,000 values") as err:
        load_pack(path.rename(tmp_path / "bomb.yaml"))
    assert "aliases" in str(err.value)


def test_self_referring_pack_is_refused(tmp_path: Path) -> None:
    path = write_pack(tmp_path, "pack: x\nloop: &l [*l]\nrules: []\n")
    with pytest.raises(PackError, match=r"zz\.yaml:2: invalid YAML: found unconstructable recursive node"):
        load_pack(path)


def test_pack_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = write_pack(tmp_path, "pack: x\ndeep: " + "[" * 70 + "]" * 70 + "\nrules: []\n")
    with pytest.raises(PackError, match=r"zz\.yaml:1: rule pack expands to nesting deeper than 64"):
        load_pack(path)


@pytest.mark.parametrize(
    "key",
    ["? [a, b]\n: 1", "? {a: 1}\n: 1", "x: &k [big]\n*k : 1"],
    ids=["list-key", "mapping-key", "alias-key"],
)
def test_mapping_keys_must_be_plain_scalars(tmp_path: Path, key: str) -> None:
    path = write_pack(tmp_path, BASE + key + "\n")
    with pytest.raises(PackError, match=r"zz\.yaml:\d+: invalid YAML: a mapping key must be a plain scalar"):
        load_pack(path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("pack: test.packs\n", "pack: test.packs\nsource: [a, b]\n", r":\d+: 'source' must be a string, not list"),
        ("    message:", "    triggers: [[a]]\n    message:", r"each trigger must be a pattern \(a string\), not list"),
        ('match: "202223"', "match: [202223]", r"each expectation is \{match, line\?, column\?, fix\?\}"),
        ('match: "202223"', 'expect: [{match: "202223", fix: {a: 1}}]', r"each expectation is"),
    ],
    ids=["source-list", "trigger-list", "match-list", "fix-mapping"],
)
def test_values_are_type_checked_not_stringified(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in BASE
    with pytest.raises(PackError, match=message):
        load_pack(write_pack(tmp_path, BASE.replace(old, new, 1)))


CONVERSION = """\
kind: conversion-pairs
pack: test.conversion
macros: {m: [x, y]}
pairs:
  - {wrong: 效劳, right: 服务, certain: ['优质效劳']}
"""


def test_conversion_macros_and_notes_are_type_checked(tmp_path: Path) -> None:
    from seedlint.checks.scripts.conversion.analysis import load_conversion_pack

    with pytest.raises(PackError, match=r"conv\.yaml:3: 'm' must be a string, not list"):
        load_conversion_pack([write_pack(tmp_path, CONVERSION, "conv.yaml")])
    fixed = CONVERSION.replace("{m: [x, y]}", "{m: 'x'}").replace("]}", "], note: {a: 1}}")
    with pytest.raises(PackError, match=r"conv\.yaml:5: 'note' must be a string, not _Map"):
        load_conversion_pack([write_pack(tmp_path, fixed, "conv.yaml")])


def test_pack_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seedlint import packfile

    monkeypatch.setattr(packfile, "MAX_PACK_BYTES", 100)
    with pytest.raises(PackError, match=r"zz\.yaml:0: rule pack is over the 0 MB limit \(\d+ bytes\)"):
        load_pack(write_pack(tmp_path, BASE))
