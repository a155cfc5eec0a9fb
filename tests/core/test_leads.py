"""Speed-to-lead: lead clocks and a week's figures, from stored facts and a given clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import DayOff, DayRules, IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.leads import (
    Lead,
    arrivals_counting_for,
    due_for_warning,
    figures_of,
    find_waiting,
    lead_figures,
    validate_lead_minutes,
    waiting,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)


def lead(at: datetime, touched_after: timedelta | None = None, *, name: str = "",
         lead_id: str = "a1b2c3d4", minutes: int = 5) -> Lead:
    touched = None if touched_after is None else at + touched_after
    return Lead(lead_id, at, "inbound_qualifier", minutes, name, touched)


def test_a_lead_touched_within_its_target_is_in_time_and_one_touched_after_is_late():
    assert lead(MONDAY, timedelta(minutes=5)).in_time
    assert not lead(MONDAY, timedelta(minutes=5, seconds=1)).in_time
    assert not lead(MONDAY).in_time


def test_the_clock_stops_at_the_first_touch():
    first = lead(MONDAY).touched(MONDAY + timedelta(minutes=3))
    again = first.touched(MONDAY + timedelta(hours=2))
    assert again.waited(MONDAY + timedelta(days=1)) == timedelta(minutes=3)


def test_a_touch_before_the_lead_after_the_clock_was_set_back_waited_nothing():
    touched = lead(MONDAY).touched(MONDAY - timedelta(minutes=10))
    assert touched.waited(MONDAY) == timedelta(0) and touched.in_time


def test_only_leads_past_their_target_and_never_warned_are_due_for_a_warning():
    fresh = lead(MONDAY, lead_id="fresh000")
    old = lead(MONDAY - timedelta(minutes=6), lead_id="old00000")
    warned = Lead("warned00", MONDAY - timedelta(minutes=9), "inbound_qualifier", 5, warned=True)
    done = lead(MONDAY - timedelta(minutes=9), timedelta(minutes=1), lead_id="done0000")
    assert due_for_warning([fresh, old, warned, done], MONDAY) == (old,)


def test_waiting_leads_come_oldest_first():
    later = lead(MONDAY, lead_id="later000")
    earlier = lead(MONDAY - timedelta(minutes=1), lead_id="early000")
    assert waiting([later, earlier]) == (earlier, later)


def test_a_lead_is_found_by_its_name_then_by_its_id():
    acme = lead(MONDAY, name="Acme", lead_id="0badf00d")
    other = lead(MONDAY, name="Other", lead_id="cafe1234")
    assert find_waiting([acme, other], " acme ") == acme
    assert find_waiting([acme, other], "cafe") == other
    for bad in ("caf", "Nobody", ""):
        with pytest.raises(ValidationError) as refused:
            find_waiting([acme, other], bad)
        assert refused.value.code == "lead.unknown"


def test_a_touched_lead_is_not_found_again():
    with pytest.raises(ValidationError):
        find_waiting([lead(MONDAY, timedelta(minutes=1), name="Acme")], "Acme")


def test_a_lead_set_aside_stops_waiting_and_counts_nowhere():
    spam = lead(MONDAY, name="Spam", lead_id="5ba0000").dropped(MONDAY + timedelta(hours=1))
    real = lead(MONDAY, timedelta(minutes=2), name="Acme")
    assert waiting([spam, real]) == () and due_for_warning([spam], MONDAY + timedelta(days=1)) == ()
    figures = figures_of([spam, real])
    assert (figures.arrived, figures.in_time, figures.untouched) == (1, 1, 0)
    with pytest.raises(ValidationError):  # set aside once: not found again
        find_waiting([spam], "Spam")
    assert spam.dropped(MONDAY + timedelta(days=2)).dropped_at == MONDAY + timedelta(hours=1)


def test_the_target_is_from_one_minute_to_a_day():
    assert validate_lead_minutes(5) == 5
    for bad in (0, 1441, True):
        with pytest.raises(ValidationError) as refused:
            validate_lead_minutes(bad)  # type: ignore[arg-type]
        assert refused.value.code == "lead_minutes.range"


def test_twenty_leads_15_in_time_3_late_2_never():
    leads = ([lead(MONDAY, timedelta(minutes=m % 5), lead_id=f"in{m:06d}") for m in range(15)]
             + [lead(MONDAY, timedelta(minutes=m), lead_id=f"late{m:04d}") for m in (6, 7, 30)]
             + [lead(MONDAY, lead_id=f"never{n:03d}") for n in range(2)])
    figures = lead_figures(leads, date(2026, 11, 23), date(2026, 11, 29), DayRules())
    assert (figures.arrived, figures.in_time, figures.late, figures.untouched) == (20, 15, 3, 2)
    assert figures.share_in_time == 0.75
    waits = sorted([m % 5 for m in range(15)] + [6, 7, 30])
    assert figures.median_seconds == 60 * (waits[8] + waits[9]) / 2


def test_no_lead_has_no_share_and_no_median():
    assert figures_of([]).share_in_time is None and figures_of([]).median_seconds is None


# ---- day boundaries, days off, DST --------------------------------------------------------

FRIDAY_BEFORE_A_DAY_OFF = datetime(2026, 11, 27, 23, 58, tzinfo=PARIS)


def test_a_lead_at_2358_the_evening_before_a_day_off_counts_for_that_evening_and_waits_all_night():
    rules = DayRules(days_off=(DayOff(date(2026, 11, 30), date(2026, 11, 30)),))
    touched = lead(FRIDAY_BEFORE_A_DAY_OFF).touched(datetime(2026, 12, 1, 9, 0, tzinfo=PARIS))
    assert touched.working_day(rules) == date(2026, 11, 27)
    assert touched.waited(touched.touched_at or MONDAY) == timedelta(days=3, hours=9, minutes=2)
    week = IsoWeek(2026, 48)
    assert lead_figures([touched], week.monday, week.days[-1], rules).late == 1


def test_a_lead_on_a_day_off_counts_for_the_next_working_day():
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=PARIS)
    rules = DayRules(days_off=(DayOff(date(2026, 11, 30), date(2026, 11, 30)),))
    assert lead(saturday).working_day(rules) == date(2026, 12, 1)
    assert lead_figures([lead(saturday)], date(2026, 11, 23), date(2026, 11, 29),
                        rules).arrived == 0


def test_a_lead_at_0130_belongs_to_the_evening_before():
    tuesday_night = datetime(2026, 11, 25, 1, 30, tzinfo=PARIS)
    assert lead(tuesday_night).working_day(DayRules(day_start=time(4, 0))) == date(2026, 11, 24)


def test_across_the_spring_switch_the_clock_counts_real_minutes():
    # 01:58 then 03:01 on the night Paris goes from 02:00 to 03:00: three minutes passed.
    at = datetime(2026, 3, 29, 1, 58, tzinfo=PARIS)
    touched = lead(at).touched(datetime(2026, 3, 29, 3, 1, tzinfo=PARIS))
    assert touched.waited(at) == timedelta(minutes=3) and touched.in_time
    assert lead(at).overdue(datetime(2026, 3, 29, 3, 3, tzinfo=PARIS))


zones = st.sampled_from([PARIS, NEW_YORK, UTC, timezone(timedelta(hours=-9))])
instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31),
                        timezones=zones)
waits = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10))
day_offs = st.lists(st.dates(min_value=date(2019, 12, 1), max_value=date(2036, 1, 31)),
                    max_size=6).map(lambda days: tuple(DayOff(d, d) for d in days))


@given(instants, waits, zones)
def test_the_clock_is_real_time_whatever_zone_the_touch_is_read_in(at, wait, zone):
    touch = (at.astimezone(UTC) + wait).astimezone(zone)
    touched = lead(at).touched(touch)
    assert touched.waited(touch) == wait
    assert touched.in_time == (wait <= timedelta(minutes=5))


@given(instants, waits)
def test_a_lead_is_overdue_exactly_from_its_target_until_touched(at, wait):
    now = (at.astimezone(UTC) + wait).astimezone(at.tzinfo)
    assert lead(at).overdue(now) == (wait >= timedelta(minutes=5))
    assert not lead(at).touched(now).overdue(now + timedelta(days=1))


@given(instants, day_offs, st.times())
def test_a_lead_counts_on_a_working_day_at_or_after_the_day_it_came_in(at, offs, start):
    rules = DayRules(day_start=start, days_off=offs)
    day = lead(at).working_day(rules)
    arrived = lead(at).working_day(DayRules(day_start=start, working_weekdays=frozenset(
        range(7))))
    assert rules.is_working_day(day)
    assert day >= arrived
    assert not any(rules.is_working_day(d) for d in _days(arrived, day - timedelta(days=1)))


@given(st.lists(st.tuples(instants, st.none() | waits), max_size=30), day_offs)
def test_every_lead_of_a_period_is_in_time_late_or_untouched_in_exactly_one_week(facts, offs):
    rules = DayRules(days_off=offs)
    leads = [lead(at, wait, lead_id=f"{n:08x}") for n, (at, wait) in enumerate(facts)]
    weeks = {IsoWeek.of(one.working_day(rules)) for one in leads}
    per_week = [lead_figures(leads, w.monday, w.days[-1], rules) for w in weeks]
    assert sum(f.arrived for f in per_week) == len(leads)
    for figures in per_week:
        assert figures.in_time + figures.late + figures.untouched == figures.arrived


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
       st.integers(min_value=0, max_value=13),
       st.lists(st.tuples(st.integers(min_value=-90 * 24 * 60, max_value=20 * 24 * 60), zones),
                max_size=30),
       st.frozensets(st.integers(min_value=0, max_value=6)), day_offs, st.times())
def test_the_arrival_window_holds_every_lead_that_counts_for_its_days(
        first, span, arrivals, weekdays, offs, start):
    """Today's lead figures read only the months of this window (LeadBook.counting_for)."""
    rules = DayRules(day_start=start, working_weekdays=weekdays, days_off=offs)
    last = first + timedelta(days=span)
    low, high = arrivals_counting_for(first, last, rules)
    midnight = datetime.combine(first, time())
    for minutes, zone in arrivals:
        one = lead((midnight + timedelta(minutes=minutes)).replace(tzinfo=zone))
        if first <= one.working_day(rules) <= last:
            assert low <= one.at.date() <= high


def test_the_arrival_window_reaches_back_over_days_off_and_past_midnight():
    monday = date(2026, 11, 23)
    rules = DayRules(day_start=time(5, 0))
    # Saturday's lead counts for Monday; one at 01:00 on Tuesday is still Monday's.
    assert lead(datetime(2026, 11, 21, 10, 0, tzinfo=PARIS)).working_day(rules) == monday
    assert lead(datetime(2026, 11, 24, 1, 0, tzinfo=PARIS)).working_day(rules) == monday
    assert arrivals_counting_for(monday, monday, rules) == (date(2026, 11, 21),
                                                            date(2026, 11, 24))
