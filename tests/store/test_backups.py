"""Daily rotated backups: once per day per file, 14 days kept, restorable."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from focusapp.core.models import Settings
from focusapp.store import Store
from tests.conftest import FakeClock
from tests.store.helpers import at, make_block

START = date(2026, 11, 23)


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_backup_made_once_per_day(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.settings.save(Settings(language="fr"))
    clock.advance(days=1)  # 2026-11-24
    today = data_dir / "backups" / "2026-11-24"
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.backed_up == ["focusapp.json"]
        first = (today / "focusapp.json").read_bytes()
        store.settings.save(Settings(language="en"))
        store.blocks.save(make_block("a", at(2026, 11, 24, 9, 0)))
        store.blocks.save(make_block("b", at(2026, 11, 24, 10, 0)))
    for expected in (["blocks/2026-11.json"], []):  # the month file is new today
        clock.advance(hours=2)
        store, report = Store.open(data_dir, now=clock.now)
        with store:
            assert report.backed_up == expected
            store.settings.save(Settings(language="fr", autostart=True))
            store.blocks.save(make_block("c", at(2026, 11, 24, 11, 0)))
    assert (today / "focusapp.json").read_bytes() == first  # still the start of the day
    assert files_under(data_dir / "backups") == [
        "2026-11-23/focusapp.json",  # the new main file, before its first write
        "2026-11-24/blocks/2026-11.json",
        "2026-11-24/focusapp.json",
    ]
    # A copy keeps the mtime of the file it copied: that is how "unchanged" is seen.
    with Store.open(data_dir, now=clock.now)[0] as store:
        assert store.list_backups() == [date(2026, 11, 23), date(2026, 11, 24)]


def test_long_running_store_backs_up_on_first_write_of_a_new_day(
    data_dir: Path, clock: FakeClock
) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.blocks.save(make_block("a", at(2026, 11, 23, 9, 0)))
        clock.advance(days=1)
        store.blocks.save(make_block("b", at(2026, 11, 24, 9, 0)))
        store.blocks.save(make_block("c", at(2026, 11, 24, 10, 0)))
        copy = data_dir / "backups" / "2026-11-24" / "blocks" / "2026-11.json"
        assert '"a"' in copy.read_text("utf-8") and '"b"' not in copy.read_text("utf-8")


def test_rotation_keeps_fourteen_days_and_every_file_newest_copy(
    data_dir: Path, clock: FakeClock
) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.blocks.save(make_block("old", at(2026, 10, 2, 9, 0)))  # october: written once
    for n in range(1, 21):
        clock.advance(days=1)
        store, _ = Store.open(data_dir, now=clock.now)
        with store:
            store.settings.save(Settings(long_break_every=2 + n % 8))
            store.blocks.save(make_block(f"b{n}", at(2026, 11, 23, 9, 0) + timedelta(days=n)))
    with Store.open(data_dir, now=clock.now)[0] as store:
        days = store.list_backups()
        assert len(days) == 14
        assert days == [START + timedelta(days=n) for n in range(7, 21)]
        # October's file changed only on the first day: its only copy moved forward.
        october = store.backups.copies("blocks/2026-10.json")
        assert [day for day, _ in october] == [START + timedelta(days=7)]
        assert store.blocks.count() == 21


def test_restore_a_day(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.settings.save(Settings(language="fr"))
        store.blocks.save(make_block("nov", at(2026, 11, 23, 9, 0)))
    clock.advance(days=1)
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.settings.save(Settings(language="en"))
        store.blocks.save(make_block("dec", at(2026, 12, 1, 9, 0)))
        clock.advance(days=1)
        report = store.restore(date(2026, 11, 24))
        assert report.recoveries == []
        assert store.settings.get().language == "fr"
        assert [b.id for b in store.blocks.all()] == ["nov"]
        assert not (data_dir / "blocks" / "2026-12.json").exists()
        aside = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("before-")]
        assert len(aside) == 1 and (aside[0] / "blocks" / "2026-12.json").exists()
    with Store.open(data_dir, now=clock.now)[0] as store:
        assert store.settings.get().language == "fr" and store.blocks.count() == 1
