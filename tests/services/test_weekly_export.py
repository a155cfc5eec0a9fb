"""The weekly export sent by itself (services.weekly_export) on the fake clock: the real
store, real files in a temp "team drive"."""

from __future__ import annotations

from pathlib import Path

import pytest

from focusapp.core.errors import Problem
from focusapp.services.sleep import SleepWatcher
from focusapp.services.weekly_export import CHECK_EVERY, LAST_WEEK, WeeklyExport
from focusapp.store.database import Store
from focusapp.store.export import read_team_export
from focusapp.store.import_check import ImportErrors
from tests.conftest import FakeClock


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "team drive"
    folder.mkdir()
    return folder


@pytest.fixture
def exporter(store: Store, clock: FakeClock, drive: Path, qapp) -> WeeklyExport:
    """The service on a store whose settings send the export to `drive`, as Ana Lopez."""
    store.settings.save(store.settings.get().updated(weekly_export_folder=str(drive),
                                                     display_name="Ana López"))
    return WeeklyExport(clock, store, store.settings.get)


def weeks_in(folder: Path) -> list[str]:
    """The weeks of the exports in `folder` (their names end with "-2026-W48.json")."""
    return sorted(p.name.removesuffix(".json")[-8:] for p in folder.iterdir())


def test_the_finished_week_goes_to_the_folder_on_monday_after_the_day_start(
        exporter: WeeklyExport, store: Store, clock: FakeClock, drive: Path) -> None:
    store.runtime.set(LAST_WEEK, "2026-W47")  # last Monday's (the clock is Mon 23 Nov, W48)
    clock.advance(days=6, hours=18)  # Monday 30 Nov, 03:00: before the 04:00 day start
    exporter.start()
    assert exporter.timer.isActive() and exporter.timer.interval() == CHECK_EVERY.seconds * 1000
    assert list(drive.iterdir()) == []
    clock.advance(hours=1, minutes=5)  # 04:05
    written = exporter.check()
    assert written == drive / f"focusapp-ana-lopez-{store.profile[:8]}-2026-W48.json"
    export = read_team_export(written)
    assert not isinstance(export, ImportErrors)
    assert (export.name, export.profile) == ("Ana López", store.profile)  # who, as `export`
    clock.advance(hours=5)
    assert exporter.check() is None  # not twice
    assert [p.name for p in drive.iterdir()] == [written.name]  # no temp file left either


def test_not_twice_after_a_restart_nor_with_the_clock_set_back(
        exporter: WeeklyExport, store: Store, clock: FakeClock, drive: Path) -> None:
    first = exporter.check()  # the first time a folder is set: the last finished week, at once
    assert first is not None and first.name.endswith("-2026-W47.json")
    again = WeeklyExport(clock, store, store.settings.get)  # the app started again
    assert again.check() is None
    clock.advance(days=7)  # Monday of W49: W48 is due
    assert again.check() is not None
    clock.jump_wall(days=-4)  # the clock set back into W48
    assert again.check() is None
    assert weeks_in(drive) == ["2026-W47", "2026-W48"]


def test_a_laptop_off_for_two_weeks_sends_the_last_finished_week_when_back(
        exporter: WeeklyExport, store: Store, clock: FakeClock, drive: Path) -> None:
    store.runtime.set(LAST_WEEK, "2026-W47")
    clock.advance(days=16, hours=2)  # Wednesday of W50, 11:00: W48 and W49 went by
    assert exporter.check() is not None
    assert exporter.check() is None
    assert weeks_in(drive) == ["2026-W49"]  # it holds every week's data: one file is enough


def test_a_missing_folder_is_said_once_loses_nothing_and_is_retried(
        exporter: WeeklyExport, store: Store, clock: FakeClock, drive: Path,
        tmp_path: Path) -> None:
    told: list[Problem] = []
    exporter.failed.connect(told.append)
    drive.rename(tmp_path / "unplugged")  # the drive is not mounted
    assert exporter.check() is None
    clock.advance(hours=1)
    assert exporter.check() is None  # tried again, not said again
    assert [(p.code, p.params) for p in told] == [
        ("weekly_export.no_folder", {"folder": str(drive)})]
    assert not drive.exists()  # never made in place of the drive
    (tmp_path / "unplugged").rename(drive)  # plugged in again
    assert exporter.check() is not None
    assert store.runtime.get(LAST_WEEK) == "2026-W47"


def test_nothing_is_sent_while_no_folder_is_chosen(
        exporter: WeeklyExport, store: Store, drive: Path) -> None:
    store.settings.save(store.settings.get().updated(weekly_export_folder=""))
    assert exporter.check() is None
    assert store.runtime.get(LAST_WEEK) is None and list(drive.iterdir()) == []


def test_a_laptop_woken_after_the_weekend_sends_it_without_waiting_for_the_hour(
        store: Store, clock: FakeClock, drive: Path, qapp) -> None:
    store.settings.save(store.settings.get().updated(weekly_export_folder=str(drive)))
    store.runtime.set(LAST_WEEK, "2026-W47")
    watcher = SleepWatcher(clock)
    exporter = WeeklyExport(clock, store, store.settings.get, watcher)
    exporter.start()  # Monday of W48: nothing due
    clock.jump_wall(days=7)  # asleep from Monday to the next Monday: the hour's tick is late
    watcher.check()
    assert weeks_in(drive) == ["2026-W48"]
