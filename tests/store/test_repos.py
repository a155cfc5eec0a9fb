"""Every model through the store and back, and the repositories' queries."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from focusapp.core.days import DayOff, IsoWeek
from focusapp.core.models import Day, OneThingStatus, Reflections, Settings
from focusapp.core.roles import RoleConfig, RoleId, default_role_configs
from focusapp.store import DistractionEvent, Store
from focusapp.store.checkpoint import Checkpoint
from tests.conftest import FakeClock
from tests.store.helpers import KOLKATA, NEW_YORK, PARIS_SUMMER, at, make_block


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    store, report = Store.open(data_dir, now=clock.now)
    assert report.created and report.recoveries == []
    yield store  # type: ignore[misc]
    store.close()


def reopen(store: Store, clock: FakeClock) -> Store:
    store.close()
    again, report = Store.open(store.data_dir, now=clock.now)
    assert report.recoveries == [] and not report.created
    return again


def test_blocks_round_trip_with_offsets_pauses_and_flags(store: Store, clock: FakeClock) -> None:
    blocks = [
        make_block("a", at(2026, 11, 23, 9, 0), rich=True),
        make_block("b", at(2026, 7, 1, 22, 15, tz=PARIS_SUMMER), rich=True),
        make_block("c", at(2026, 11, 22, 21, 0, tz=NEW_YORK)),
        make_block("d", at(2026, 11, 24, 8, 0, tz=KOLKATA), finished=False, rich=True),
    ]
    for block in blocks:
        store.blocks.save(block)
    store = reopen(store, clock)
    try:
        for block in blocks:
            got = store.blocks.get(block.id)
            assert got == block
            assert got is not None and got.start.utcoffset() == block.start.utcoffset()
        assert store.blocks.all() == sorted(blocks, key=lambda b: b.start)
        assert store.blocks.count() == 4
        assert store.blocks.get("nope") is None
    finally:
        store.close()


def test_block_save_is_an_upsert_by_id(store: Store, data_dir: Path) -> None:
    running = make_block("x", at(2026, 11, 23, 9, 0), finished=False)
    store.blocks.save(running)
    done = make_block("x", at(2026, 11, 23, 9, 0), note="done")
    store.blocks.save(done)
    assert store.blocks.all() == [done]
    stored = json.loads((data_dir / "blocks" / "2026-11.json").read_text("utf-8"))
    assert len(stored["blocks"]) == 1


def test_one_save_rewrites_one_month_file(store: Store, data_dir: Path) -> None:
    store.blocks.save(make_block("oct", at(2026, 10, 5, 9, 0)))
    store.blocks.save(make_block("nov", at(2026, 11, 5, 9, 0)))
    october = data_dir / "blocks" / "2026-10.json"
    before = october.stat().st_mtime_ns, october.stat().st_ino
    store.blocks.save(make_block("nov2", at(2026, 11, 6, 9, 0)))
    assert (october.stat().st_mtime_ns, october.stat().st_ino) == before


def test_block_whose_start_moves_month_is_not_duplicated(store: Store, clock: FakeClock) -> None:
    store.blocks.save(make_block("m", at(2026, 10, 31, 23, 0)))
    store = reopen(store, clock)  # nothing loaded: the index must find it
    try:
        moved = make_block("m", at(2026, 11, 1, 0, 30))
        store.blocks.save(moved)
        assert store.blocks.all() == [moved]
        store = reopen(store, clock)
        assert store.blocks.all() == [moved] and store.blocks.count() == 1
    finally:
        store.close()


def test_between_uses_the_local_day_with_day_start(store: Store) -> None:
    late = make_block("late", at(2026, 11, 1, 1, 30))  # 01:30 on Nov 1 = evening of Oct 31
    morning = make_block("morning", at(2026, 10, 31, 9, 0))
    nov = make_block("nov", at(2026, 11, 2, 10, 0))
    far_east = make_block("kolkata", at(2026, 10, 31, 23, 0, tz=KOLKATA))
    for block in (nov, late, morning, far_east):
        store.blocks.save(block)
    four = time(4, 0)
    assert store.blocks.between(date(2026, 10, 31), date(2026, 10, 31), four) == [
        morning, far_east, late,  # by instant: 08:00, 17:30 and 00:30 UTC
    ]
    assert store.blocks.between(date(2026, 11, 1), date(2026, 11, 30), four) == [nov]
    midnight = time(0, 0)
    assert store.blocks.between(date(2026, 11, 1), date(2026, 11, 1), midnight) == [late]
    assert store.blocks.between(date(2026, 11, 2), date(2026, 11, 1), four) == []


def test_days_round_trip_and_queries(store: Store, clock: FakeClock) -> None:
    days = [
        Day(date(2026, 11, 23), "Call ACME", "account_manager", None, OneThingStatus.OPEN),
        Day(date(2026, 11, 20), "Renewal", "account_manager", "account_manager.renewal_next_step",
            OneThingStatus.NOT_DONE),
        Day(date(2026, 11, 24), "Renewal", "account_manager", None, OneThingStatus.DONE,
            carried_from=date(2026, 11, 20)),
    ]
    for day in days:
        store.days.save(day)
    store.days.save(Day(date(2026, 11, 23), "Call ACME", "account_manager", None,
                        OneThingStatus.PARTLY))
    store = reopen(store, clock)
    try:
        assert store.days.get(date(2026, 11, 23)) == Day(
            date(2026, 11, 23), "Call ACME", "account_manager", None, OneThingStatus.PARTLY)
        assert [d.day for d in store.days.all()] == [
            date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24)]
        assert [d.day for d in store.days.between(date(2026, 11, 21), date(2026, 11, 30))] == [
            date(2026, 11, 23), date(2026, 11, 24)]
        assert store.days.get(date(2026, 1, 1)) is None
    finally:
        store.close()


def test_settings_round_trip(store: Store, clock: FakeClock) -> None:
    assert store.settings.get() == Settings()
    settings = Settings(language="fr", days_off=(DayOff(date(2026, 12, 24), date(2026, 12, 31)),),
                        working_weekdays=(0, 1, 2, 3), presets=(30, 60))
    store.settings.save(settings)
    store = reopen(store, clock)
    try:
        assert store.settings.get() == settings
    finally:
        store.close()


def test_settings_document_with_unknown_and_missing_keys(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    store.close()
    main = data_dir / "focusapp.json"
    tables = json.loads(main.read_text("utf-8"))
    tables["settings"] = {"1": {"language": "en", "theme": "dark", "day_start": "03:00"}}
    main.write_text(json.dumps(tables), "utf-8")
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.recoveries == []
        assert store.settings.get() == Settings(language="en", day_start="03:00")


def test_roles_default_then_round_trip(store: Store, clock: FakeClock) -> None:
    assert store.roles.get() == default_role_configs()
    custom = RoleConfig.default(RoleId.OUTBOUND_PROSPECTOR).with_custom_activity("Salon", "cards")
    configs = (custom, RoleConfig.default(RoleId.SOLO, enabled=False))
    store.roles.save(configs)
    store = reopen(store, clock)
    try:
        assert store.roles.get() == configs
    finally:
        store.close()


def test_reviews_round_trip(store: Store, clock: FakeClock) -> None:
    week = IsoWeek(2026, 48)
    assert store.reviews.get(week) is None
    store.reviews.save(Reflections(week, "a", "b", {"solo": "c"}))
    store.reviews.save(Reflections(week, "worked", "change", {"solo": "priority"}))
    store.reviews.save(Reflections(IsoWeek(2026, 47), "x"))
    store = reopen(store, clock)
    try:
        assert store.reviews.get(week) == Reflections(week, "worked", "change",
                                                      {"solo": "priority"})
        assert [r.week for r in store.reviews.all()] == [IsoWeek(2026, 47), week]
    finally:
        store.close()


def test_runtime_checkpoint_and_facts(store: Store, clock: FakeClock, data_dir: Path) -> None:
    assert store.runtime.get_checkpoint() is None
    running = make_block("b1", at(2026, 11, 23, 9, 0), finished=False, rich=True)
    store.runtime.set_checkpoint(Checkpoint(running, last_seen=at(2026, 11, 23, 9, 1)))
    store.runtime.set("blocking", {"domains": ["youtube.com"], "until": "2026-11-23T09:50"})
    main_before = (data_dir / "focusapp.json").stat().st_mtime_ns
    for n in range(5):
        store.runtime.set_checkpoint(Checkpoint(running, last_seen=at(2026, 11, 23, 9, 2 + n)))
    assert (data_dir / "focusapp.json").stat().st_mtime_ns == main_before
    latest = Checkpoint(running, last_seen=at(2026, 11, 23, 9, 6))
    assert store.runtime.get_checkpoint() == latest
    store = reopen(store, clock)
    try:
        assert store.runtime.get_checkpoint() == latest
        assert store.runtime.get("blocking")["domains"] == ["youtube.com"]
        store.runtime.clear_checkpoint()
        assert store.runtime.get_checkpoint() is None
        with pytest.raises(TypeError):
            store.runtime.set("bad", {1, 2})
    finally:
        store.close()


def test_distractions_log_and_prune(store: Store, data_dir: Path) -> None:
    t0 = at(2026, 8, 20, 9, 0)
    store.distractions.add("old", t0, "site", "youtube.com", 30.0)
    store.distractions.add("b1", at(2026, 11, 23, 9, 5), "app", "steam", 12.5)
    store.distractions.add("b1", at(2026, 11, 23, 9, 1), "blocked_site", "lemonde.fr", 0)
    store.distractions.add("b2", at(2026, 11, 23, 10, 1), "app", "steam", 1)
    assert store.distractions.for_block("b1") == [
        DistractionEvent("b1", at(2026, 11, 23, 9, 1), "blocked_site", "lemonde.fr", 0.0),
        DistractionEvent("b1", at(2026, 11, 23, 9, 5), "app", "steam", 12.5),
    ]
    with pytest.raises(ValueError):
        store.distractions.add("b1", at(2026, 11, 23, 9, 5), "app", "steam", float("nan"))
    removed = store.distractions.prune(at(2026, 11, 23, 9, 0) - timedelta(days=90))
    assert removed == 1
    assert store.distractions.for_block("old") == []
    assert not (data_dir / "distractions" / "2026-08.json").exists()
    assert len(store.distractions.for_block("b1")) == 2


def test_store_is_a_context_manager_and_releases_the_lock(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, now=clock.now)[0] as store:
        store.blocks.save(make_block("a", at(2026, 11, 23, 9, 0)))
    assert store.closed
    with Store.open(data_dir, now=clock.now)[0] as again:
        assert again.blocks.count() == 1


def test_a_bad_record_is_skipped_reported_and_kept(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, now=clock.now)[0] as store:
        store.blocks.save(make_block("good", at(2026, 11, 23, 9, 0)))
    month = data_dir / "blocks" / "2026-11.json"
    tables = json.loads(month.read_text("utf-8"))
    tables["blocks"]["7"] = {"id": "hand-edited", "start": "yesterday", "planned_minutes": 25,
                             "role": "solo"}
    month.write_text(json.dumps(tables), "utf-8")
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.recoveries == []
        assert [b.id for b in store.blocks.all()] == ["good"]
        assert len(store.problems) == 1 and "document 7" in store.problems[0]
        assert "start" in store.problems[0] or "instant" in store.problems[0]
        store.blocks.save(make_block("new", at(2026, 11, 23, 11, 0)))
    kept = json.loads(month.read_text("utf-8"))["blocks"]
    assert kept["7"]["start"] == "yesterday"  # never dropped from the file


def test_created_is_recorded_once(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, now=clock.now)[0] as store:
        assert store.created == clock.now()
    clock.advance(days=3)
    with Store.open(data_dir, now=clock.now)[0] as store:
        assert store.created == clock.now() - timedelta(days=3)


def test_store_never_reads_the_clock_itself() -> None:
    import focusapp.store

    folder = Path(focusapp.store.__file__).parent
    for source in folder.glob("*.py"):
        text = source.read_text("utf-8")
        for forbidden in ("datetime.now(", "date.today(", "time.time(", "datetime.utcnow("):
            assert forbidden not in text, f"{source.name} reads the clock: {forbidden}"
