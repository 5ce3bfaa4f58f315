"""The results cache is untrusted input: planted entries can neither run code nor change a run."""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path
from typing import Any

import pytest

from seedlint.cache import FORMAT, Cache, _mac
from seedlint.cache_codec import decode, encode
from seedlint.cli import main
from seedlint.finding import Diagnostic, Finding, Severity
from tests.conftest import SEEDS


class _Payload:
    """Unpickling this runs ``os.system``: what a hostile cache entry would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.marker}",))


def _json_report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", "--format", "json", "--jobs", "1", *args])
    return code, capsys.readouterr().out


def _hostile_values(marker: Path, key: str) -> list[bytes]:
    finding = {"t": "finding", "v": {"path": "x", "line": "1"}}
    shapes: list[Any] = [
        {"t": "tuple", "v": [{"t": "tuple", "v": [finding]}, {"t": "tuple", "v": []}]},
        {"t": "tuple", "v": [{"t": "tuple", "v": [1, 2]}, {"t": "tuple", "v": []}]},
        {"t": "tuple", "v": []},
        {"t": "set", "v": [{"t": "list", "v": []}]},
        {"t": "module", "v": ["os"]},
        {"t": "tuple", "v": [5]},
        [[[[[]]]]],
        "a string",
        None,
    ]
    planted = [pickle.dumps(_Payload(marker)), b"\x80\x05garbage", b"", b"{", b"[" * 100_000, os.urandom(256)]
    planted += [json.dumps({"format": FORMAT, "key": key, "value": v}).encode() for v in shapes]
    # well-formed entries with a MAC made under another key (prepared offline, committed)
    forged = Cache(Path("unused"), "f" * 32, secret=b"k" * 32)
    for v in shapes:
        text = json.dumps(v)
        planted.append(
            json.dumps({"format": FORMAT, "key": key, "mac": _mac(forged.secret, key, text), "value": text}).encode()
        )
    empty = json.dumps(encode(((), ())))
    planted.append(
        json.dumps({"format": FORMAT, "key": key, "mac": _mac(b"k" * 32, key, empty), "value": empty}).encode()
    )
    return planted


def test_planted_entries_never_run_and_never_change_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(first, corpus / "copy.txt")  # lines shared across documents: the corpus rules have work to do
    monkeypatch.chdir(tmp_path)
    reference = _json_report(capsys, str(corpus), "--no-cache")
    assert _json_report(capsys, str(corpus)) == reference  # fills the cache
    entries = sorted((tmp_path / ".seedlint_cache").glob("*/*.json"))
    kinds = {p.name[0] for p in entries}
    assert kinds >= {"d", "c", "s"}, kinds  # document, corpus and summary entries are all read
    marker = tmp_path / "pwned"
    for variant in range(len(_hostile_values(marker, "k"))):
        for entry in entries:
            key = entry.stem
            entry.write_bytes(_hostile_values(marker, key)[variant])
            entry.with_suffix(".pickle").write_bytes(pickle.dumps(_Payload(marker)))  # the old layout too
        assert _json_report(capsys, str(corpus)) == reference, variant
        assert not marker.exists(), "a cache entry ran code"


def test_entries_round_trip_and_reject_wrong_shapes(tmp_path: Path) -> None:
    finding = Finding("a.txt", 1, 2, "X001", 1, 3, "date", Severity.ERROR, "m", "f", True, 1, 2, "s", (1, 2))
    diag = Diagnostic("a.txt", "stopped", Severity.WARNING, "X001")
    value = ((finding,), (diag,))
    assert decode(json.loads(json.dumps(encode(value)))) == value
    evidence = {"A": frozenset({1, 2}), "B": {"x": ("y", "z")}, "C": float("nan")}
    back = decode(json.loads(json.dumps(encode(evidence))))
    assert back["A"] == frozenset({1, 2}) and back["B"] == {"x": ("y", "z")}
    cache = Cache(tmp_path / "c", "f" * 32)
    cache.put("d-" + "0" * 32, value)
    assert cache.get_entry("d-" + "0" * 32) == value
    raw = json.loads((cache.folder / ("d-" + "0" * 32 + ".json")).read_text())
    value_json = json.loads(raw["value"])
    value_json["v"][0]["v"][0]["v"]["line"] = True  # a bool is not a line number
    raw["value"] = json.dumps(value_json)
    raw["mac"] = _mac(cache.secret, "d-" + "0" * 32, raw["value"])
    (cache.folder / ("d-" + "0" * 32 + ".json")).write_text(json.dumps(raw))
    assert cache.get_entry("d-" + "0" * 32) is None, "a correctly signed entry of the wrong shape is still a miss"
    with pytest.raises(ValueError):
        cache.get("../../etc/passwd")


def test_cache_writes_only_in_a_folder_it_made(tmp_path: Path) -> None:
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine\n")
    Cache(foreign, "f" * 32).put("d-" + "0" * 32, ((), ()))
    assert sorted(p.name for p in foreign.iterdir()) == ["notes.txt"]
    target = tmp_path / "elsewhere"
    target.mkdir()
    (tmp_path / "link").symlink_to(target)
    Cache(tmp_path / "link", "f" * 32).put("d-" + "0" * 32, ((), ()))
    assert list(target.iterdir()) == []
    fresh = Cache(tmp_path / "new", "f" * 32)
    fresh.put("d-" + "0" * 32, ((), ()))
    assert fresh.get_entry("d-" + "0" * 32) == ((), ())
    assert (tmp_path / "new" / "CACHEDIR.TAG").is_file()


def test_native_blobs_in_the_user_cache_are_keyed_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seedlint import usercache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    usercache.user_secret.cache_clear()
    try:
        usercache.write_blob("hs-test.db", "patterns-v1", b"\x01native\x02")
        assert usercache.read_blob("hs-test.db", "patterns-v1") == b"\x01native\x02"
        assert usercache.read_blob("hs-test.db", "patterns-v2") is None, "another key: a miss"
        stored = tmp_path / "seedlint" / "hs-test.db"
        raw = stored.read_bytes()
        stored.write_bytes(raw[:-1] + b"\x03")
        assert usercache.read_blob("hs-test.db", "patterns-v1") is None, "altered bytes: a miss"
        os.mkfifo(tmp_path / "seedlint" / "fifo.db")
        assert usercache.read_blob("fifo.db", "k") is None, "a FIFO is not read (and does not block)"
    finally:
        usercache.user_secret.cache_clear()


def test_hyperscan_databases_go_through_the_keyed_blobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database file planted in the user cache (the old untagged layout, or any bytes) is
    never handed to ``hyperscan.loadb``: the run rebuilds the database and keeps working."""
    hsdb = pytest.importorskip("seedlint.hsdb")
    if hsdb.hyperscan is None:
        pytest.skip("no Hyperscan on this platform")
    from seedlint import usercache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    usercache.user_secret.cache_clear()
    built: list[int] = []

    def make() -> tuple[Any, str]:
        built.append(1)
        return hsdb.build(["colou?r"], [0], [hsdb.BASE_FLAGS]), "0"

    try:
        db, _ = hsdb.cached("t", b"key", make)
        [path] = (tmp_path / "seedlint").glob("hs-t-*.db")
        assert path.read_bytes().startswith(b"seedlint-blob-1\n"), "stored as a tagged blob"
        assert hsdb.cached("t", b"key", make)[1] == "0" and len(built) == 1, "a warm start loads it"
        for planted in (b"0\n" + hsdb.hyperscan.dumpb(db), b"seedlint-blob-1\n" + b"\0" * 64, b"garbage"):
            path.write_bytes(planted)
            again, again_note = hsdb.cached("t", b"key", make)
            hits: list[int] = []

            def on_match(i: int, f: int, t: int, fl: int, c: object, hits: list[int] = hits) -> None:
                hits.append(t)

            again.scan(b"a color", match_event_handler=on_match)
            assert again_note == "0" and hits == [7]
        assert len(built) == 4, "each planted file was a miss, rebuilt"
    finally:
        usercache.user_secret.cache_clear()
