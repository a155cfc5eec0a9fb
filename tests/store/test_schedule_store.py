"""Scheduled blocks live in the settings (kept, exported, imported, checked like the rest);
what became of each occurrence lives in its own table."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from focusapp.core.schedule import RunOutcome, ScheduledBlock, ScheduledRun
from focusapp.store.database import Store
from focusapp.store.export import export_all
from focusapp.store.import_check import ImportErrors, ImportPlan, validate_import
from tests.conftest import PARIS_WINTER, FakeClock

POWER_HOUR = ScheduledBlock(id="s1", name="Power hour", weekdays=(0, 2, 4), at="09:00",
                            minutes=60, role="outbound_prospector",
                            activity="outbound_prospector.prospecting", strict=True)


def test_scheduled_blocks_survive_a_reopen_and_an_export_import(store: Store,
                                                                data_dir, clock: FakeClock):
    store.settings.save(replace(store.settings.get(), scheduled_blocks=(POWER_HOUR,)))
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    try:
        assert reopened.settings.get().scheduled_blocks == (POWER_HOUR,)
        plan = validate_import(export_all(reopened))
        assert isinstance(plan, ImportPlan)
        assert plan.settings.scheduled_blocks == (POWER_HOUR,)
    finally:
        reopened.close()


def test_an_import_with_a_broken_scheduled_block_says_why(store: Store):
    doc = export_all(store)
    doc["settings"]["scheduled_blocks"] = [
        {"id": "s1", "name": "", "weekdays": [0], "at": "09:00", "minutes": 60,
         "role": "solo", "activity": None, "strict": False}]
    checked = validate_import(doc)
    assert isinstance(checked, ImportErrors)
    assert [p.refusal.code for p in checked.problems
            if p.kind == "settings" and p.refusal] == ["schedule.name.empty"]


def test_the_first_word_on_an_occurrence_stays(store: Store):
    at_nine = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS_WINTER)
    store.scheduled_runs.save(ScheduledRun("s1", "Power hour", at_nine, RunOutcome.STARTED))
    store.scheduled_runs.save(ScheduledRun("s1", "Power hour", at_nine, RunOutcome.MISSED))
    store.scheduled_runs.save(ScheduledRun("s1", "Power hour", at_nine + timedelta(days=1),
                                           RunOutcome.SKIPPED))
    assert [r.outcome for r in store.scheduled_runs.all()] == [RunOutcome.STARTED,
                                                               RunOutcome.SKIPPED]
