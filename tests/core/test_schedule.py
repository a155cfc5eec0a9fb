"""Scheduled blocks: when each occurrence falls (wall-clock time across DST, days off)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import DayOff, DayRules
from focusapp.core.errors import ValidationError
from focusapp.core.schedule import (
    RunOutcome,
    ScheduledBlock,
    ScheduledRun,
    due,
    next_occurrences,
    next_schedule_id,
    occurrence_on,
    tally_runs,
)
from focusapp.core.settings_rules import check_scheduled

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
POWER_HOUR = ScheduledBlock(id="s1", name="Power hour", weekdays=(0, 1, 2, 3, 4), at="09:00",
                            minutes=60, role="outbound_prospector",
                            activity="outbound_prospector.prospecting")

weekday_sets = st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s)))
times = st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}")
entries = st.builds(ScheduledBlock, id=st.just("s1"), name=st.just("Power hour"),
                    weekdays=weekday_sets, at=times, minutes=st.just(60),
                    role=st.just("solo"))
instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31),
                        timezones=st.sampled_from([PARIS, NEW_YORK]))
days_off = st.lists(st.dates(date(2025, 1, 1), date(2029, 1, 10)).map(lambda d: DayOff(d, d)),
                    max_size=10).map(tuple)


@given(entries, instants, days_off)
def test_every_occurrence_is_in_the_future_on_its_weekday_at_its_wall_time(entry, now, off):
    rules = DayRules(days_off=off)
    found = next_occurrences([entry], now, rules, now.tzinfo)
    starts = [o.start for o in found]
    assert starts == sorted(starts)
    for occurrence in found:
        local = occurrence.start
        assert local > now
        assert local.weekday() in entry.weekdays
        assert not rules.is_day_off(local.date())
        # The wall clock shows the time asked, unless a DST change skips that time that day.
        asked = datetime.combine(local.date(), entry.time_of_day)
        exists = asked.replace(tzinfo=now.tzinfo).astimezone(UTC).astimezone(
            now.tzinfo).replace(tzinfo=None) == asked
        assert local.replace(tzinfo=None) == asked or not exists


@given(entries, instants)
def test_no_weekday_is_left_out_over_a_week(entry, now):
    found = next_occurrences([entry], now, DayRules(), now.tzinfo)
    in_a_week = {o.start.weekday() for o in found if o.start <= now + timedelta(days=7)}
    assert in_a_week == set(entry.weekdays)


def test_nine_o_clock_stays_nine_o_clock_across_the_dst_change_in_paris():
    friday = datetime(2026, 3, 27, 10, 0, tzinfo=PARIS)  # DST starts on Sunday the 29th
    monday, tuesday = next_occurrences([POWER_HOUR], friday, DayRules(), PARIS)[:2]
    assert monday.start == datetime(2026, 3, 30, 9, 0, tzinfo=PARIS)
    assert monday.start.utcoffset() == timedelta(hours=2)
    assert monday.start.astimezone(UTC).hour == 7  # it was 08:00 UTC the Friday before
    assert tuesday.start.time() == time(9, 0)


def test_a_time_in_the_hour_skipped_by_dst_falls_an_hour_later_on_the_wall():
    night = ScheduledBlock(id="s1", name="Late", weekdays=(6,), at="02:30", minutes=30,
                           role="solo")
    when = occurrence_on(night, date(2026, 3, 29), PARIS)
    assert (when.hour, when.minute) == (3, 30)


def test_a_day_off_has_no_scheduled_block():
    monday = datetime(2026, 11, 23, 8, 0, tzinfo=PARIS)
    rules = DayRules(days_off=(DayOff(date(2026, 11, 23), date(2026, 11, 24)),))
    first = next_occurrences([POWER_HOUR], monday, rules, PARIS)[0]
    assert first.start.date() == date(2026, 11, 25)


def test_due_lists_what_came_within_the_window_only():
    at_nine = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
    assert [o.start for o in due([POWER_HOUR], at_nine + timedelta(minutes=3), DayRules(),
                                 PARIS, timedelta(minutes=10))] == [at_nine]
    assert due([POWER_HOUR], at_nine + timedelta(minutes=11), DayRules(), PARIS,
               timedelta(minutes=10)) == []
    assert due([POWER_HOUR], at_nine - timedelta(seconds=1), DayRules(), PARIS,
               timedelta(minutes=10)) == []


def test_runs_are_tallied_per_week():
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
    runs = [ScheduledRun("s1", "Power hour", monday + timedelta(days=n), outcome)
            for n, outcome in enumerate([RunOutcome.STARTED, RunOutcome.STARTED,
                                         RunOutcome.SKIPPED, RunOutcome.MISSED,
                                         RunOutcome.STARTED, RunOutcome.STARTED,
                                         RunOutcome.STARTED, RunOutcome.MISSED])]
    tally = tally_runs(runs, date(2026, 11, 23), date(2026, 11, 29))
    assert (tally.started, tally.skipped, tally.missed) == (5, 1, 1)


def test_a_new_id_is_never_one_in_use():
    taken = [POWER_HOUR, ScheduledBlock(**{**POWER_HOUR.__dict__, "id": "s2"})]
    assert next_schedule_id(taken) == "s3"
    assert next_schedule_id([]) == "s1"


@pytest.mark.parametrize(("change", "code"), [
    ({"name": "  "}, "schedule.name.empty"),
    ({"name": "x" * 61}, "schedule.name.long"),
    ({"weekdays": ()}, "schedule.no_day"),
    ({"weekdays": (2, 1)}, "schedule.weekdays"),
    ({"weekdays": (7,)}, "schedule.weekdays"),
    ({"at": "9:00"}, "setting.time_form"),
    ({"minutes": 500}, "minutes.range"),
    ({"role": ""}, "schedule.role"),
])
def test_a_bad_entry_is_refused_with_its_code(change, code):
    with pytest.raises(ValidationError) as refused:
        check_scheduled(ScheduledBlock(**{**POWER_HOUR.__dict__, **change}))
    assert refused.value.code == code
