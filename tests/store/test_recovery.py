"""A damaged file is set aside, its newest good backup restored, and the user told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from focusapp.core.models import Settings
from focusapp.store import Store
from tests.conftest import FakeClock
from tests.store.helpers import at, damaged_files, make_block


def cut_in_half(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "invalid-json": lambda raw: raw.replace(b"{", b"<", 3),
    "bad-utf8": lambda raw: raw[:20] + b"\xff\xfe\x80" + raw[20:],
    "truncated": cut_in_half,
    "empty": lambda raw: b"",
    "not-an-object": lambda raw: b"[1, 2, 3]\n",
    "table-not-an-object": lambda raw: b'{"blocks": [1, 2], "days": []}',
    "doc-id-not-a-number": lambda raw: b'{"blocks": {"first": {"id": "x"}}}',
    "doc-not-an-object": lambda raw: b'{"blocks": {"1": 42}}',
}

DAY_ONE = date(2026, 11, 23)
DAY_TWO = date(2026, 11, 24)


def build_history(data_dir: Path, clock: FakeClock) -> None:
    """Day one: some data. Day two: opened (backing day one's data up), more data."""
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.settings.save(Settings(language="fr"))
        store.blocks.save(make_block("one", at(2026, 11, 23, 9, 0), rich=True))
    clock.advance(days=1)
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert set(report.backed_up) == {"focusapp.json", "blocks/2026-11.json"}
        store.settings.save(Settings(language="en"))
        store.blocks.save(make_block("two", at(2026, 11, 24, 9, 0)))


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("rel", ["focusapp.json", "blocks/2026-11.json"])
def test_damaged_file_is_recovered_from_newest_backup(
    data_dir: Path, clock: FakeClock, rel: str, damage: str
) -> None:
    build_history(data_dir, clock)
    live = data_dir / rel
    damaged_bytes = DAMAGE[damage](live.read_bytes())
    live.write_bytes(damaged_bytes)
    clock.advance(hours=1)

    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert len(report.recoveries) == 1
        recovery = report.recoveries[0]
        assert recovery.file == rel
        assert recovery.restored_from == DAY_TWO
        assert recovery.moved_to == live.with_name(f"{live.name}.damaged-20261124T100000")
        assert recovery.moved_to.read_bytes() == damaged_bytes  # kept aside, never deleted
        backup = data_dir / "backups" / DAY_TWO.isoformat() / rel
        assert live.read_bytes() == backup.read_bytes()
        # The damaged file is back as it was at the start of day two; the others are intact.
        if rel == "focusapp.json":
            assert store.settings.get().language == "fr"
            assert [b.id for b in store.blocks.all()] == ["one", "two"]
        else:
            assert store.settings.get().language == "en"
            assert [b.id for b in store.blocks.all()] == ["one"]
            assert store.blocks.get("one") == make_block("one", at(2026, 11, 23, 9, 0), rich=True)
    assert damaged_files(data_dir) == [recovery.moved_to]

    # The next open finds nothing wrong.
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.recoveries == []


def test_damaged_file_without_backup_starts_empty(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.blocks.save(make_block("one", at(2026, 11, 23, 9, 0)))
    month = data_dir / "blocks" / "2026-11.json"
    month.write_bytes(b'{"blocks": {"1": ')
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        (recovery,) = report.recoveries
        assert recovery.file == "blocks/2026-11.json" and recovery.restored_from is None
        assert recovery.moved_to.exists() and not month.exists()
        assert store.blocks.all() == []
        store.blocks.save(make_block("two", at(2026, 11, 23, 10, 0)))
        assert [b.id for b in store.blocks.all()] == ["two"]


def test_backup_that_is_itself_damaged_is_skipped(data_dir: Path, clock: FakeClock) -> None:
    build_history(data_dir, clock)  # backups: day one (initial main), day two (day one's data)
    (data_dir / "backups" / DAY_TWO.isoformat() / "focusapp.json").write_bytes(b"garbage")
    (data_dir / "focusapp.json").write_bytes(b"")
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        (recovery,) = report.recoveries
        assert recovery.restored_from == DAY_ONE
        assert store.settings.get() == Settings()  # the main file as created on day one


def test_damaged_runtime_file_starts_empty(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.runtime.set("blocking", {"domains": ["youtube.com"]})
    (data_dir / "runtime.json").write_bytes(b"\x00\x00\x00")
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        (recovery,) = report.recoveries
        assert recovery.file == "runtime.json" and recovery.restored_from is None
        assert store.runtime.get("blocking") is None


def test_month_file_damaged_while_open_is_recovered_when_read(
    data_dir: Path, clock: FakeClock
) -> None:
    build_history(data_dir, clock)
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.recoveries == []
        (data_dir / "blocks" / "2026-11.json").write_bytes(b"{oops")
        assert [b.id for b in store.blocks.all()] == ["one"]
        (recovery,) = store.recoveries
        assert recovery.file == "blocks/2026-11.json" and recovery.restored_from == DAY_TWO
