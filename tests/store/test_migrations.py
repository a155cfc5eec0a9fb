"""Upgrading old data folders, and refusing ones from the future."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, time
from pathlib import Path

import pytest

from focusapp.core.days import DayOff, IsoWeek
from focusapp.core.models import OneThingStatus, Outcome, Reflections
from focusapp.core.roles import RoleId
from focusapp.store import SCHEMA_VERSION, Store, UnsupportedSchema
from focusapp.store.lock import DataDirLock
from focusapp.store.migrations import schema_version
from tests.conftest import FakeClock

FIXTURE = Path(__file__).parent / "fixtures" / "v1.json"


def install_v1(data_dir: Path) -> Path:
    main = data_dir / "focusapp.json"
    shutil.copyfile(FIXTURE, main)
    return main


def read(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text("utf-8"))


def test_v1_fixture_upgrades(data_dir: Path, clock: FakeClock) -> None:
    install_v1(data_dir)
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.migrated_from == 1 and report.recoveries == [] and not report.created
        main = read(data_dir / "focusapp.json")
        assert main["meta"]["1"] == {"schema_version": SCHEMA_VERSION,
                                     "created": "2026-10-01T08:12:00+02:00",
                                     "profile": store.profile}
        assert re.fullmatch(r"[0-9a-f]{32}", store.profile)  # given at the first open
        assert "blocks" not in main and "distractions" not in main
        assert sorted(p.name for p in (data_dir / "blocks").iterdir()) == [
            "2026-10.json", "2026-11.json"]

        blocks = store.blocks.all()
        assert [b.id for b in blocks] == [
            "b-2026-10-29-a", "b-2026-10-30-a", "b-2026-10-31-late", "b-2026-11-02-a",
            "b-2026-11-03-a"]
        assert [b.planned_minutes for b in blocks] == [50, 50, 25, 25, 45]
        assert [b.outcome for b in blocks] == [Outcome.COMPLETED, Outcome.COMPLETED,
                                               Outcome.ABANDONED, Outcome.COMPLETED,
                                               Outcome.COMPLETED]
        second = blocks[1]
        assert second.serves_one_thing and second.strict and second.count == 25
        assert second.pauses[0].end is not None and second.interruptions[0].what == "manager"
        assert blocks[4].recovered

        settings = store.settings.get()
        assert settings.language == "fr" and settings.day_start == "05:00"
        assert settings.working_weekdays == (0, 1, 2, 3) and settings.presets == (25, 45)
        assert settings.days_off == (DayOff(date(2026, 11, 11), date(2026, 11, 11)),)
        # 01:30 on Nov 1 with a 05:00 day start is the evening of Oct 31.
        late = store.blocks.between(date(2026, 10, 31), date(2026, 10, 31), time(5, 0))
        assert [b.id for b in late] == ["b-2026-10-31-late"]

        day = store.days.get(date(2026, 10, 30))
        assert day is not None and day.status is OneThingStatus.DONE
        assert day.one_thing == "Book three meetings with the Lyon list"
        roles = store.roles.get()
        assert [r.role for r in roles] == [RoleId.OUTBOUND_PROSPECTOR]
        assert roles[0].activities[1].name == "LinkedIn warm-up"
        assert store.reviews.get(IsoWeek(2026, 44)) == Reflections(
            IsoWeek(2026, 44), "Mornings on the phone", "Stop after 23:00",
            {"outbound_prospector": "Lyon list"})
        assert [e.target for e in store.distractions.for_block("b-2026-10-29-a")] == [
            "linkedin.com"]

    # The v1 file is kept, byte for byte, for anyone who needs to go back.
    kept = data_dir / "backups" / f"before-schema-{SCHEMA_VERSION}" / "focusapp.json"
    assert kept.read_bytes() == FIXTURE.read_bytes()
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.migrated_from is None and store.blocks.count() == 5


def test_interrupted_migration_runs_again_without_duplicates(
    data_dir: Path, clock: FakeClock
) -> None:
    install_v1(data_dir)
    store, _ = Store.open(data_dir, now=clock.now)
    store.close()
    # Simulate a crash after the month files were written but before the main file was:
    install_v1(data_dir)
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.migrated_from == 1
        assert store.blocks.count() == 5
        assert len(store.distractions.for_block("b-2026-10-31-late")) == 1


@pytest.mark.parametrize("found", [SCHEMA_VERSION + 1, 99])
def test_newer_schema_is_refused_and_left_untouched(
    data_dir: Path, clock: FakeClock, found: int
) -> None:
    main = data_dir / "focusapp.json"
    tables = {"meta": {"1": {"schema_version": found, "created": "2030-01-01T00:00:00+00:00"}},
              "settings": {}, "things_we_do_not_know": {"1": {"x": 1}}}
    main.write_text(json.dumps(tables), "utf-8")
    before = main.read_bytes(), main.stat().st_mtime_ns
    with pytest.raises(UnsupportedSchema) as info:
        Store.open(data_dir, now=clock.now)
    assert f"data schema {found}" in str(info.value) and "newer FocusApp" in str(info.value)
    assert (main.read_bytes(), main.stat().st_mtime_ns) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["focusapp.json", "focusapp.lock"]
    DataDirLock.acquire(data_dir).release()  # the failed open let go of the lock


def test_schema_version_of_files() -> None:
    assert schema_version(None) is None
    assert schema_version({"meta": {}, "days": {}}) is None
    assert schema_version({"days": {"1": {"day": "2026-01-01"}}}) == 1
    assert schema_version({"meta": {"1": {"schema_version": 2}}}) == 2
