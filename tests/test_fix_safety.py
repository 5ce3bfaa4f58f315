"""--fix never loses data: links, hard links, read-only files, edits made meanwhile, owner and mode."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from seedlint import fixer
from seedlint.decode import Decoded
from seedlint.fixer import FixRefused, check_round_trip
from tests.data.kit import COLOUR, Run, cli, write_pack

TEXT = "The colour of the sky.\n"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


def _fix(capsys: pytest.CaptureFixture[str], pack: Path, *paths: Path) -> Run:
    args = ["check", "--fix", "--no-cache", "--format", "concise", "--rule-pack", str(pack), "--select", COLOUR]
    return cli(capsys, *args, *map(str, paths))


def test_plain_file_is_fixed_keeping_mode(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    doc.chmod(0o640)
    run = _fix(capsys, pack, doc)
    assert run.code == 0, run
    assert doc.read_text(encoding="utf-8") == "The color of the sky.\n"
    assert doc.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_owner_is_kept_when_run_as_root(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    os.chown(doc, 1234, 4321)
    _fix(capsys, pack, doc)
    assert doc.read_text(encoding="utf-8") == "The color of the sky.\n"
    assert (doc.stat().st_uid, doc.stat().st_gid) == (1234, 4321)


def test_symlink_hard_link_and_read_only_are_refused(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.txt"
    real.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    hard = tmp_path / "hard.txt"
    hard.write_text(TEXT, encoding="utf-8")
    os.link(hard, tmp_path / "hard-2.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    locked.chmod(0o444)
    run = _fix(capsys, pack, link, hard, locked)
    lines = run.out.splitlines()
    assert f"{link}: error: not fixed: a symbolic link (fix the file it points to)" in lines
    assert f"{hard}: error: not fixed: the file has 2 hard links" in lines
    assert f"{locked}: error: not fixed: the file is read-only" in lines
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == TEXT
    assert hard.read_text(encoding="utf-8") == TEXT and os.stat(hard).st_nlink == 2
    assert locked.read_text(encoding="utf-8") == TEXT and locked.stat().st_mode & 0o777 == 0o444
    assert run.code == 1  # the findings are still there


def test_an_edit_made_while_fixing_is_never_lost(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    real_fix_text = fixer.fix_text

    def fix_text_while_someone_edits(text: str, check: Callable[[str], Sequence[Any]], unsafe: bool) -> tuple[str, int]:
        with open(doc, "a", encoding="utf-8") as fh:
            fh.write("A line appended meanwhile.\n")
        return real_fix_text(text, check, unsafe)

    monkeypatch.setattr(fixer, "fix_text", fix_text_while_someone_edits)
    run = _fix(capsys, pack, doc)
    assert f"{doc}: error: not fixed: the file changed while it was being fixed" in run.out.splitlines()
    assert doc.read_text(encoding="utf-8") == TEXT + "A line appended meanwhile.\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".seedlint-tmp")] == []


def test_text_that_does_not_re_encode_to_its_bytes_is_refused() -> None:
    check_round_trip(Decoded("café", "utf-8"), "café".encode())
    with pytest.raises(FixRefused, match="does not encode back"):
        check_round_trip(Decoded("café", "cp1252"), b"caf\xc3\xa9")
    with pytest.raises(FixRefused):
        check_round_trip(Decoded("支付", "big5"), "支付".encode("gb18030"))


def test_leftover_temporary_files_are_removed(tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Nothing to fix.\n", encoding="utf-8")
    leftover = tmp_path / ".a.txt.k2j3h4.seedlint-tmp"
    leftover.write_text("half a file", encoding="utf-8")
    other = tmp_path / ".keep-me.tmp"
    other.write_text("not ours", encoding="utf-8")
    _fix(capsys, pack, doc)
    assert not leftover.exists() and other.exists()
