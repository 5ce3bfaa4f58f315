"""Bad input through the CLI: each case runs ``seedlint check`` on files in tmp_path and proves,
by checksumming every input file before and after, that nothing was written.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.data.kit import MARKER, Run, check, cli, positions, slow, snapshot, write_pack


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("A normal line.\nIt has a marker XX here.\n", encoding="utf-8")
    return folder


def _concise(capsys: pytest.CaptureFixture[str], pack: Path, *args: str, select: str = "ZZ") -> Run:
    return cli(
        capsys, "check", "--rule-pack", str(pack), "--select", select, "--no-cache", "--format", "concise", *args
    )


def _unchanged(before: dict[str, str], folder: Path) -> None:
    assert snapshot(folder) == before


def test_missing_path_exits_2_and_the_others_are_still_checked(
    inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(inputs)
    missing = inputs / "nope.txt"
    run = check(capsys, pack, str(inputs / "ok.txt"), str(missing))
    assert run.code == 2
    assert run.err.splitlines() == [f"seedlint: error: {missing}: no such file or directory"]
    assert positions(run.json()) == [(MARKER, 2, 17, 2, 19)]
    _unchanged(before, inputs)
    assert not missing.exists()


def test_directory_without_files(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a text file: not picked from a folder
    before = snapshot(empty)
    run = _concise(capsys, pack, str(empty))
    assert run.code == 0
    assert run.out.splitlines() == [
        f"{empty}: info: directory holds no text files to check",
        "Found 0 findings in 0 files.",
    ]
    _unchanged(before, empty)


def test_unreadable_file(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = inputs / "secret.txt"
    secret.write_text("XX\n", encoding="utf-8")
    secret.chmod(0)
    try:
        try:
            secret.open("rb").close()
        except PermissionError:
            pass
        else:  # root (or CAP_DAC_OVERRIDE) reads it anyway: see test_unreadable_broken_symlink
            pytest.skip("running as root: a chmod 000 file is still readable")
        before = snapshot(inputs)
        run = _concise(capsys, pack, str(secret), str(inputs / "ok.txt"))
        lines = run.out.splitlines()
        assert f"{secret}: error: cannot read file: Permission denied" in lines
        assert f"{inputs / 'ok.txt'}:2:17: ZZA001 marker XX" in lines
        assert sum(str(secret) in line for line in lines) == 1
        _unchanged(before, inputs)
    finally:
        secret.chmod(0o644)


def test_unreadable_broken_symlink(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be opened even by root: a symlink to nothing (dangling link in a corpus dump)."""
    link = inputs / "dangling.txt"
    link.symlink_to(inputs / "gone.txt")
    before = snapshot(inputs)
    run = _concise(capsys, pack, str(link), str(inputs / "ok.txt"))
    lines = run.out.splitlines()
    assert f"{link}: error: cannot read file: No such file or directory" in lines
    assert f"{inputs / 'ok.txt'}:2:17: ZZA001 marker XX" in lines
    assert lines[-1] == "Found 1 finding in 2 files."
    _unchanged(before, inputs)
    assert not (inputs / "gone.txt").exists()


def test_directory_named_like_a_file(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = inputs / "looks-like-a-file.txt"
    odd.mkdir()
    (odd / "inner.txt").write_text("XX\n", encoding="utf-8")
    before = snapshot(inputs)
    run = check(capsys, pack, str(odd))
    assert [(f["path"], f["line"], f["column"]) for f in run.json()] == [(f"{odd}/inner.txt", 1, 1)]
    _unchanged(before, inputs)


def test_binary_file_is_skipped_with_one_line(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blob = inputs / "blob.txt"
    blob.write_bytes(b"XX header\x00\x00\x00\x01\x02XX\xff\xfe" * 50)
    before = snapshot(inputs)
    run = _concise(capsys, pack, str(inputs))
    lines = run.out.splitlines()
    assert [line for line in lines if "blob.txt" in line] == [
        f"{blob}: warning: skipped: binary file (contains NUL bytes)"
    ]
    assert f"{inputs / 'ok.txt'}:2:17: ZZA001 marker XX" in lines
    assert run.code == 1  # the marker in ok.txt; the skipped file itself does not fail the run
    _unchanged(before, inputs)


def test_invalid_utf8_is_read_in_a_detected_legacy_encoding(
    inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    legacy = inputs / "legacy.txt"
    legacy.write_bytes("Año de publicación: 2003.\r\nSegún él, la señal XX llegó.\r\n".encode("cp1252"))
    before = snapshot(inputs)
    run = _concise(capsys, pack, str(legacy))
    assert run.out.splitlines() == [f"{legacy}:2:20: ZZA001 marker XX", "Found 1 finding in 1 file."]
    _unchanged(before, inputs)


def test_gb18030_file(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = inputs / "gb.txt"
    zh.write_bytes("今年是202223年，XX公司成立。\r\n第二行XX\r\n".encode("gb18030"))
    before = snapshot(inputs)
    run = check(capsys, pack, str(zh), select="DATE001,ZZA001")
    found = [(f["rule"], f["line"], f["column"]) for f in run.json()]
    assert ("DATE001", 1, 4) in found
    assert [p for p in positions(run.ours())] == [(MARKER, 1, 12, 1, 14), (MARKER, 2, 4, 2, 6)]
    _unchanged(before, inputs)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str], codec: str) -> None:
    wide = inputs / "wide.txt"
    wide.write_bytes("今年是202223年，XX公司成立。\r\n😀第二行XX\r\n".encode(codec))  # "utf-16"/"utf-32" add a BOM
    before = snapshot(inputs)
    run = check(capsys, pack, str(wide), select="DATE001,ZZA001")
    assert ("DATE001", 1, 4) in [(f["rule"], f["line"], f["column"]) for f in run.json()]
    assert positions(run.ours()) == [(MARKER, 1, 12, 1, 14), (MARKER, 2, 5, 2, 7)]
    _unchanged(before, inputs)


def test_empty_file(inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = inputs / "empty.txt"
    empty.write_bytes(b"")
    before = snapshot(inputs)
    run = _concise(capsys, pack, str(empty))
    assert (run.code, run.out, run.err) == (0, "Found 0 findings in 1 file.\n", "")
    _unchanged(before, inputs)


def test_malformed_pack(inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_pack(tmp_path / "bad", "rules:\n  - code: ZZX001\n    name: [unclosed\n", "bad.yaml")
    before = snapshot(inputs), snapshot(bad.parent)
    run = cli(capsys, "check", str(inputs), "--rule-pack", str(bad))
    assert (run.code, run.out) == (2, "")
    assert run.err.splitlines() == [
        f"seedlint: error: {bad}:3: invalid YAML: {run.err.split('invalid YAML: ')[1].strip()}"
    ]
    assert "Traceback" not in run.err
    assert (snapshot(inputs), snapshot(bad.parent)) == before


CATASTROPHIC = """\
rules:
  - code: ZZR001
    name: zz-runaway
    family: truncation
    severity: warning
    kind: pattern
    summary: A regex with catastrophic backtracking.
    docs: A test rule whose pattern backtracks exponentially on a long run of 'a' that ends in 'b'.
    pattern: '(a+)+$'
    triggers: ['a{10}']
    message: "runaway {match}"
    examples:
      bad: [{text: "aaaaaaaaaa", match: "aaaaaaaaaa"}]
      good: ["b"]
"""


def test_catastrophic_regex_is_stopped_with_a_warning(
    inputs: Path, pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runaway = write_pack(tmp_path / "pack", CATASTROPHIC, "runaway.yaml")
    evil = inputs / "evil.txt"
    evil.write_text("first XX\n" + "a" * 5000 + "b\nlast XX\n", encoding="utf-8")
    before = snapshot(inputs)
    started = time.monotonic()
    run = cli(
        capsys, "check", str(evil), str(inputs / "ok.txt"), "--rule-pack", str(pack), "--rule-pack", str(runaway),
        "--select", "ZZA001,ZZR001", "--timeout", "0.2", "--no-cache", "--format", "concise",
    )  # fmt: skip
    elapsed = time.monotonic() - started
    lines = run.out.splitlines()
    assert [line for line in lines if "ZZR001" in line] == [
        f"{evil}: warning: rule ZZR001 stopped: a regex ran over 0.2s"
    ]
    # the run went on: the other rule in the same file, and the next file
    assert f"{evil}:1:7: ZZA001 marker XX" in lines
    assert f"{evil}:3:6: ZZA001 marker XX" in lines
    assert f"{inputs / 'ok.txt'}:2:17: ZZA001 marker XX" in lines
    assert run.code == 1
    assert elapsed < 10
    _unchanged(before, inputs)


# -- a 200 MB file ----------------------------------------------------------------------

BIG_RULE = """\
rules:
  - code: ZZY001
    name: zz-big-year
    family: date
    severity: error
    kind: pattern
    summary: A six-digit year followed by 'por error'.
    docs: A test rule that finds the markers planted at the start and the end of a 200 MB file.
    pattern: '\\b20\\d{4}(?= por error)'
    message: "year {match}"
    examples:
      bad: [{text: "en 202223 por error", match: "202223"}]
      good: ["en 2023 por error"]
"""
BIG_SIZE = 200 * 1024 * 1024
MEASURE = """\
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:]).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


WORDS = (
    "el la de que y en los las del se por un una con para su al es lo como más pero sus le ya o este "
    "sí the of and to in is that for it as was with be by on not he this are or his from at which "
    "but have comisión informe gobierno ciudad año según también committee report government city "
    "year council"
)


def _big_file(path: Path) -> int:
    rng = random.Random(2024)
    words = WORDS.split()
    paragraphs = []
    for _ in range(400):
        n = rng.randint(40, 160)
        paragraphs.append(" ".join(rng.choice(words) for _ in range(n)).capitalize() + ".")
    block = ("\n".join(paragraphs) + "\n").encode("utf-8")
    head = "El informe se publicó en 202223 por error.\n".encode()
    tail = "La versión final apareció en 201999 por error.\n".encode()
    with path.open("wb") as fh:
        fh.write(head)
        written = len(head)
        while written + len(block) + len(tail) <= BIG_SIZE:
            fh.write(block)
            written += len(block)
        fh.write(tail)
        written += len(tail)
    return written


@slow
def test_200_mb_file(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    big = folder / "big.txt"
    size = _big_file(big)
    assert size > 0.95 * BIG_SIZE
    digest = hashlib.sha256(big.read_bytes()).hexdigest()
    lines = big.read_bytes().count(b"\n")
    pack = write_pack(tmp_path / "pack", BIG_RULE, "big.yaml")
    command = [
        sys.executable, "-c", MEASURE, sys.executable, "-m", "seedlint", "check", str(big), "--rule-pack", str(pack),
        "--select", "ZZY001", "--no-cache", "--format", "concise",
    ]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False)
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        f"{big}:1:26: ZZY001 year 202223",
        f"{big}:{lines}:30: ZZY001 year 201999",
        "Found 2 findings in 1 file.",
    ]
    peak_kib = int(done.stderr.strip().splitlines()[-1])
    peak = peak_kib * 1024
    assert peak < 3 * size, f"peak RSS {peak / 2**20:.0f} MiB for a {size / 2**20:.0f} MiB file"
    assert elapsed < 60
    assert hashlib.sha256(big.read_bytes()).hexdigest() == digest
    assert os.listdir(folder) == ["big.txt"]


def test_long_trigger_searched_without_hyperscan_is_stopped_too(
    inputs: Path, pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trigger over 5,000 characters goes to the ``regex`` fallback scan, which honours the timeout
    as well (it ran unbounded): the rule runs on every line and is stopped with the same warning."""
    long_trigger = "(?:(a+)+$)|" + "|".join(f"zq{i}" for i in range(900))
    assert len(long_trigger) > 5000
    runaway = write_pack(
        tmp_path / "pack", CATASTROPHIC.replace("triggers: ['a{10}']", f"triggers: ['{long_trigger}']"), "long.yaml"
    )
    evil = inputs / "evil.txt"
    evil.write_text("first XX\n" + "a" * 5000 + "b\nlast XX\n", encoding="utf-8")
    run = cli(
        capsys, "check", str(evil), "--rule-pack", str(pack), "--rule-pack", str(runaway),
        "--select", "ZZA001,ZZR001", "--timeout", "0.2", "--no-cache", "--format", "concise", "--jobs", "1",
    )  # fmt: skip
    lines = run.out.splitlines()
    assert [line for line in lines if "ZZR001" in line] == [
        f"{evil}: warning: rule ZZR001 stopped: a regex ran over 0.2s"
    ]
    assert f"{evil}:3:6: ZZA001 marker XX" in lines and run.code == 1


def test_a_file_no_rule_could_check_fails_the_run_with_exit_2(
    inputs: Path, pack: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gate must not pass a file it did not check: the scan failing on one file is exit 2, even with
    --exit-zero, and the other files are still reported."""
    from seedlint import scanner

    (inputs / "bad.txt").write_text("Another XX line.\n", encoding="utf-8")
    real = scanner.Scanner.scan

    def scan(self: scanner.Scanner, text: str, utf8: bytes, timeout: float | None = None) -> dict[int, list[int]]:
        if "Another" in text:
            raise MemoryError("simulated")
        return real(self, text, utf8, timeout)

    monkeypatch.setattr(scanner.Scanner, "scan", scan)
    for extra in ((), ("--exit-zero",)):
        run = _concise(capsys, pack, "--jobs", "1", *extra, str(inputs))
        assert run.code == 2, run.err
        assert "ok.txt:2:17: ZZA001" in run.out
        assert "bad.txt" in run.out + run.err and "the trigger scan failed: MemoryError: simulated" in run.out + run.err
        assert run.err.splitlines()[-1] == "seedlint: error: 1 file(s) not fully checked (see the errors above)"
