from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import (
    DayOff,
    DayRules,
    IsoWeek,
    iter_days,
    local_day,
    parse_date,
    parse_time_of_day,
    validate_weekdays,
)
from focusapp.core.errors import ValidationError

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def test_block_at_0130_counts_for_the_previous_day():
    start = datetime(2026, 11, 24, 1, 30, tzinfo=PARIS)
    assert local_day(start) == date(2026, 11, 23)


def test_day_start_is_configurable():
    start = datetime(2026, 11, 24, 5, 30, tzinfo=PARIS)
    assert local_day(start, time(4, 0)) == date(2026, 11, 24)
    assert local_day(start, time(6, 0)) == date(2026, 11, 23)


def test_local_day_uses_the_offset_the_instant_carries():
    # 23:30 UTC is 00:30 in Paris: same instant, the offset recorded decides the day
    utc = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert local_day(utc, time(0, 0)) == date(2026, 11, 24)
    assert local_day(utc.astimezone(PARIS), time(0, 0)) == date(2026, 11, 25)


def test_naive_instants_are_refused():
    with pytest.raises(ValueError, match="no UTC offset"):
        local_day(datetime(2026, 11, 24, 9, 0))


def test_working_days_skip_weekends_and_days_off():
    rules = DayRules(days_off=(DayOff(date(2026, 11, 25), date(2026, 11, 26)),))
    days = list(rules.working_days(date(2026, 11, 23), date(2026, 11, 30)))
    assert days == [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 27), date(2026, 11, 30)]


def test_reversed_day_off_range_is_refused():
    with pytest.raises(ValidationError) as err:
        DayOff(date(2026, 12, 2), date(2026, 12, 1))
    assert err.value.code == "day_off.reversed"


@pytest.mark.parametrize("text", ["25:00", "8h30", "", "  ", "12:60", "abc", "-1:00", "123:00"])
def test_bad_times_of_day_are_refused_with_a_message(text):
    with pytest.raises(ValidationError) as err:
        parse_time_of_day(text)
    assert text in err.value.message or err.value.message


def test_good_times_of_day():
    assert parse_time_of_day("08:30") == time(8, 30)
    assert parse_time_of_day(" 4:05 ") == time(4, 5)
    assert parse_time_of_day("23:59") == time(23, 59)


def test_bad_dates_and_weekdays():
    with pytest.raises(ValidationError):
        parse_date("2026-02-30")
    with pytest.raises(ValidationError):
        validate_weekdays([])
    with pytest.raises(ValidationError):
        validate_weekdays([7])


def test_iso_weeks():
    week = IsoWeek.parse("2026-W48")
    assert week.monday == date(2026, 11, 23)
    assert str(week) == "2026-W48"
    assert week.days[-1] == date(2026, 11, 29)
    assert week.shifted(6) == IsoWeek(2027, 1)
    assert IsoWeek.of(date(2027, 1, 1)) == IsoWeek(2026, 53)
    for bad in ["2026-W54", "2025-W53", "W48", "2026-48", "", "2026-W00"]:
        with pytest.raises(ValidationError):
            IsoWeek.parse(bad)


instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31),
    timezones=st.sampled_from([PARIS, NEW_YORK, UTC, timezone(timedelta(hours=-9))]),
)


@given(instants, st.times())
def test_local_day_is_the_wall_clock_date_shifted_by_the_day_start(instant, day_start):
    day = local_day(instant, day_start)
    wall = instant.replace(tzinfo=None)
    start = datetime.combine(day, day_start)
    assert start <= wall < start + timedelta(days=1)


@given(instants)
def test_a_fixed_offset_copy_keeps_the_day(instant):
    # storage keeps the offset in force: a block read back must land on the same day
    fixed = instant.astimezone(timezone(instant.utcoffset() or timedelta()))
    assert local_day(fixed) == local_day(instant)


def test_the_seconds_of_the_day_start_count():
    # A day starting at 04:00:30: ten seconds past 04:00 still belongs to the day before.
    assert local_day(datetime(2026, 11, 24, 4, 0, 10, tzinfo=PARIS), time(4, 0, 30)) == date(
        2026, 11, 23)
    assert local_day(datetime(2026, 11, 24, 4, 0, 30, tzinfo=PARIS), time(4, 0, 30)) == date(
        2026, 11, 24)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(-3, 400),
       st.frozensets(st.integers(0, 6), min_size=1),
       st.lists(st.tuples(st.dates(date(2020, 1, 1), date(2031, 12, 31)), st.integers(0, 20)),
                max_size=3))
def test_working_days_are_the_days_that_are_working_days(first, length, weekdays, offs):
    """The fast walk (a week's pattern repeated) names exactly the days `is_working_day`
    accepts, in order, days off included."""
    rules = DayRules(working_weekdays=weekdays,
                     days_off=tuple(DayOff(d, d + timedelta(days=n)) for d, n in offs))
    last = first + timedelta(days=length)
    assert list(rules.working_days(first, last)) == [
        d for d in iter_days(first, last) if rules.is_working_day(d)]
    assert list(iter_days(first, last)) == [
        first + timedelta(days=i) for i in range(max(0, length + 1))]
