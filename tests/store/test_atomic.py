"""Atomic JSON files: readable, never half-written, and what TinyDB expects."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from focusapp.store import Store
from focusapp.store.atomic import (
    AtomicJSONStorage,
    atomic_write_bytes,
    dumps_tables,
    load_tables,
    parse_tables,
)
from focusapp.store.errors import DamagedFile
from tests.conftest import FakeClock

short_text = st.text(max_size=8)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | short_text
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(short_text, inner, max_size=3),
    max_leaves=6,
)
tables = st.dictionaries(
    st.text(min_size=1, max_size=8),
    st.dictionaries(
        st.integers(1, 10**6).map(str),
        st.dictionaries(short_text, json_values, max_size=4),
        max_size=4,
    ),
    max_size=3,
)


@settings(max_examples=40)
@given(tables)
def test_dumps_tables_round_trips(data: dict) -> None:  # type: ignore[type-arg]
    assert parse_tables(dumps_tables(data).encode("utf-8")) == data


def test_one_document_per_line() -> None:
    text = dumps_tables({"days": {"1": {"day": "2026-11-23", "one_thing": "Appeler « ACME »"}},
                         "meta": {}})
    assert text.splitlines() == [
        "{",
        ' "days": {',
        '  "1": {"day": "2026-11-23", "one_thing": "Appeler « ACME »"}',
        " },",
        ' "meta": {}',
        "}",
    ]


def test_read_missing_or_empty_new_file_is_none(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "x.json")
    assert storage.read() is None
    assert not (tmp_path / "x.json").exists()  # reading never creates the file
    (tmp_path / "x.json").touch()
    assert storage.read() is None
    assert load_tables(tmp_path / "missing.json") is None


def test_damaged_content_raises(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b'{"t": {"1": {"a": ')
    with pytest.raises(DamagedFile, match="not valid JSON"):
        AtomicJSONStorage(path).read()


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"t": {"1": {"a": 1, "a": 2}}}', "the key 'a' appears twice"),
        (b'{"t": {"1": {"a": NaN}}}', "NaN is not a number JSON allows"),
    ],
)
def test_a_duplicate_key_or_nan_makes_a_data_file_damaged(
    tmp_path: Path, content: bytes, why: str
) -> None:
    # Plain json.loads would keep the last 'a', or a NaN the store can never write back.
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(DamagedFile, match=why):
        AtomicJSONStorage(path).read()


def test_tinydb_on_atomic_storage(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert({"n": 1})
    db.table("t").insert({"n": 2})
    db.table("t").remove(doc_ids=[1])
    db.close()
    assert json.loads(path.read_text("utf-8")) == {"t": {"2": {"n": 2}}}
    again = TinyDB(path, storage=AtomicJSONStorage)
    assert [d["n"] for d in again.table("t").all()] == [2]
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]  # no temp file left


def test_failed_write_keeps_the_old_file_and_drops_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert({"n": 1})
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        db.table("t").insert({"n": 2})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]
    assert [d["n"] for d in db.table("t").all()] == [1]  # memory agrees with the file again


def test_unserialisable_value_fails_before_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert({"n": 1})
    before = path.read_bytes()
    with pytest.raises(ValueError):
        db.table("t").insert({"n": float("nan")})
    assert path.read_bytes() == before
    assert [d["n"] for d in db.table("t").all()] == [1]


def test_atomic_write_bytes_replaces(tmp_path: Path) -> None:
    path = tmp_path / "f"
    atomic_write_bytes(path, b"long content " * 100)
    atomic_write_bytes(path, b"short")
    assert path.read_bytes() == b"short"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


def test_open_removes_temp_files_a_killed_writer_left(data_dir: Path, clock: FakeClock) -> None:
    Store.open(data_dir, now=clock.now)[0].close()
    leftovers = [
        data_dir / ".focusapp.json.abc123.tmp",
        data_dir / "blocks" / ".2026-11.json.x.tmp",
    ]
    for path in leftovers:
        path.write_bytes(b'{"half": ')
    with Store.open(data_dir, now=clock.now)[0]:
        assert not any(p.exists() for p in leftovers)


def test_a_new_folder_is_synced_and_a_launch_on_an_unchanged_one_syncs_nothing(
        data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    # On a laptop's disk each fsync may take milliseconds of a launch that wrote nothing.
    synced: list[int] = []
    real_fsync = os.fsync

    def counted(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counted)
    store, _ = Store.open(data_dir, now=clock.now)  # made: its files and folders synced
    store.close()
    assert synced
    store, _ = Store.open(data_dir, now=clock.now)  # the day's backup of the main file
    store.close()
    synced.clear()
    store, _ = Store.open(data_dir, now=clock.now)
    store.close()
    assert synced == []
