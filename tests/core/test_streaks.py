from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focusapp.core.days import DayOff, DayRules, iter_days
from focusapp.core.models import OneThingStatus, Outcome, Tally
from focusapp.core.roles import DailyTarget, RoleConfig, RoleId
from focusapp.core.streaks import (
    DayMark,
    DayProgress,
    RoleHistory,
    compute_all_streaks,
    daily_progress,
    target_met,
)
from tests.core.factories import block, one_thing

ROLE = RoleId.OUTBOUND_PROSPECTOR
ROLES = (RoleConfig.default(ROLE),)
RULES = DayRules()
START = date(2026, 1, 5)  # a Monday


def streak_of(blocks, days=(), rules=RULES, today=None, since=START, freezes=True):
    today = today or max(b.day() for b in blocks)
    return compute_all_streaks(ROLES, blocks, list(days), rules, since, today, freezes)[ROLE]


def met_working_days(n: int, rules: DayRules = RULES, first: date = START) -> list[date]:
    days = []
    day = first
    while len(days) < n:
        if rules.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def test_fifty_minutes_on_a_key_activity_meets_the_target():
    s = streak_of([block(START, 30), block(START, 20, at=time(14))])
    assert s.current == 1 and s.today_met


def test_minutes_off_key_activities_do_not_count():
    s = streak_of([block(START, 60, activity=None), block(START, 60, activity="custom.9")])
    assert s.current == 0 and not s.today_met


def test_one_thing_done_of_the_role_meets_the_target():
    day = one_thing(START + timedelta(days=1), ROLE.value)
    s = streak_of([block(START, 50)], days=[day], today=START + timedelta(days=1))
    assert s.current == 2
    other_role = one_thing(START + timedelta(days=2), RoleId.FIELD_SALES.value)
    s = streak_of([block(START, 50)], days=[other_role], today=START + timedelta(days=3))
    assert s.current == 0


def test_a_count_target_is_met_by_the_counts_entered():
    roles = (
        RoleConfig(
            ROLE,
            activities=RoleConfig.default(ROLE).activities,
            target=DailyTarget(minutes=None, count=20),
        ),
    )
    blocks = [block(START, 10, count=12), block(START, 10, count=8, at=time(11))]
    s = compute_all_streaks(roles, blocks, [], RULES, START, START)[ROLE]
    assert s.today_met


def test_a_streak_runs_across_a_weekend_and_a_day_off():
    rules = DayRules(days_off=(DayOff(date(2026, 1, 12), date(2026, 1, 12)),))
    # Thu 8, Fri 9, (weekend), (Mon 12 off), Tue 13
    blocks = [block(d, 50) for d in [date(2026, 1, 8), date(2026, 1, 9), date(2026, 1, 13)]]
    s = streak_of(blocks, rules=rules, since=date(2026, 1, 8))
    assert s.current == 3
    assert s.marks[date(2026, 1, 10)] is DayMark.OFF
    assert s.marks[date(2026, 1, 12)] is DayMark.OFF


def test_a_missed_working_day_breaks_the_streak_but_today_does_not():
    blocks = [block(d, 50) for d in met_working_days(3)]
    after_gap = met_working_days(5)[-1]  # day 4 missed, day 5 met
    s = streak_of([*blocks, block(after_gap, 50)], freezes=False)
    assert (s.current, s.best) == (1, 3)
    today = met_working_days(4)[-1]
    pending = streak_of(blocks, today=today, freezes=False)
    assert pending.current == 3 and pending.marks[today] is DayMark.PENDING


def test_a_freeze_is_earned_per_ten_met_days_and_used_on_a_miss():
    days = met_working_days(12)
    blocks = [block(d, 50) for d in days[:10]] + [block(days[11], 50)]  # days[10] missed
    s = streak_of(blocks, today=days[11])
    assert s.freezes_earned == 1 and s.freezes_used == 1 and s.freezes_held == 0
    assert s.marks[days[10]] is DayMark.FROZEN
    assert s.current == 11  # frozen neither breaks nor extends
    no_freeze = streak_of(blocks, today=days[11], freezes=False)
    assert no_freeze.current == 1 and no_freeze.marks[days[10]] is DayMark.MISSED


def test_at_most_two_freezes_are_held():
    days = met_working_days(40)
    s = streak_of([block(d, 50) for d in days])
    assert s.freezes_held == 2 and s.freezes_earned == 2


@pytest.mark.parametrize(("n", "low", "high"), [(30, 0.79, 0.81), (60, 0.955, 0.965)])
def test_strength_after_a_perfect_run(n, low, high):
    s = streak_of([block(d, 50) for d in met_working_days(n)])
    assert low <= s.strength <= high


def test_one_miss_after_a_long_run_costs_a_few_points():
    days = met_working_days(62)
    full = streak_of([block(d, 50) for d in days[:60]], today=days[59])
    one_miss = streak_of([block(d, 50) for d in [*days[:60], days[61]]], freezes=False)
    assert one_miss.current == 1
    assert 0 < full.strength - one_miss.strength < 0.05


def test_consistency_is_the_share_of_the_last_28_working_days_before_today():
    days = met_working_days(40)
    blocks = [block(d, 50) for i, d in enumerate(days[:39]) if i % 2 == 0]
    s = streak_of(blocks, today=days[39])
    window = days[11:39]
    assert s.consistency == pytest.approx(sum(1 for i in range(11, 39) if i % 2 == 0) / 28)
    assert len(window) == 28


def test_weekly_role_streak_counts_weeks_with_four_met_days():
    weeks = [met_working_days(5, first=START + timedelta(weeks=w)) for w in range(3)]
    blocks = [block(d, 50) for w in weeks for d in w[:4]]
    s = streak_of(blocks, today=weeks[2][-1])
    assert s.weekly == 3
    thin = [block(d, 50) for d in weeks[1][:3]]  # only 3 met in week 2
    s = streak_of(
        [*[block(d, 50) for d in weeks[0][:4]], *thin, *[block(d, 50) for d in weeks[2][:4]]],
        today=weeks[2][-1],
    )
    assert s.weekly == 1


def test_days_off_lower_the_weekly_bar():
    week = met_working_days(5)
    rules = DayRules(days_off=(DayOff(week[0], week[1]),))  # 3 working days left: bar 2
    s = streak_of([block(d, 50) for d in week[2:4]], rules=rules, today=week[4] + timedelta(days=2))
    assert s.weekly == 1


def test_the_running_week_does_not_break_the_weekly_streak():
    week1 = met_working_days(5)
    blocks = [block(d, 50) for d in week1[:4]]
    s = streak_of(blocks, today=week1[4] + timedelta(days=3))  # Monday of the next week
    assert s.weekly == 1


def test_unfinished_blocks_do_not_count():
    running = block(START, 50).__class__(
        id="r",
        start=datetime(2026, 1, 5, 9, tzinfo=UTC),
        planned_minutes=50,
        role=ROLE.value,
        activity="outbound_prospector.prospecting_block",
    )
    s = streak_of([running], today=START)
    assert not s.today_met


def test_abandoned_blocks_still_count_their_focused_minutes():
    s = streak_of([block(START, 50, outcome=Outcome.ABANDONED)])
    assert s.today_met


# ---- properties -----------------------------------------------------------------------

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 90), st.booleans()), max_size=80),
    st.integers(0, 150),
    st.booleans(),
)
def test_streak_numbers_stay_in_bounds(entries, span, freezes):
    blocks = [block(START + timedelta(days=d), m or 1) for d, m, _ in entries]
    days = [
        one_thing(START + timedelta(days=d), ROLE.value, OneThingStatus.DONE)
        for d, _, done in entries
        if done
    ]
    today = START + timedelta(days=span)
    s = streak_of(blocks, days, today=today, freezes=freezes)
    elapsed = sum(1 for _ in RULES.working_days(START, today))
    assert 0 <= s.current <= s.best <= elapsed
    assert 0.0 <= s.consistency <= 1.0
    assert 0.0 <= s.strength <= 1.0
    assert 0 <= s.freezes_held <= 2
    assert s.freezes_used <= s.freezes_earned
    met = sum(1 for m in s.marks.values() if m is DayMark.MET)
    assert met <= elapsed


tz_choices = st.sampled_from([PARIS, NEW_YORK])


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=datetime(2026, 3, 1), max_value=datetime(2026, 11, 30)),
            tz_choices,
        ),
        min_size=1,
        max_size=40,
    )
)
def test_dst_and_time_zone_changes_never_lose_duplicate_or_move_a_block(starts):
    # blocks recorded in the zone in force (Paris or New York: a trip, a time-zone change),
    # across the spring and autumn DST transitions of both
    blocks = []
    for naive, tz in starts:
        aware = naive.replace(tzinfo=tz)
        fixed = aware.astimezone(timezone(aware.utcoffset() or timedelta()))  # as stored
        b = block(fixed.date(), 50, at=fixed.timetz().replace(tzinfo=None), tz=fixed.tzinfo)
        blocks.append(b)
    progress = daily_progress(blocks, [], ROLES, time(4))[ROLE.value]
    total = sum(p.minutes for p in progress.values())
    assert total == pytest.approx(50 * len(blocks))  # none lost, none duplicated
    for b in blocks:
        wall = b.start.replace(tzinfo=None) - timedelta(hours=4)
        assert wall.date() in progress  # counted on the local day of its start
    expected = {}
    for b in blocks:
        d = (b.start.replace(tzinfo=None) - timedelta(hours=4)).date()
        expected[d] = expected.get(d, 0) + 50
    assert {d: p.minutes for d, p in progress.items()} == pytest.approx(expected)


def test_history_marks_cover_every_tracked_day():
    blocks = [block(d, 50) for d in met_working_days(7)]
    today = START + timedelta(days=13)
    h = RoleHistory(
        ROLE.value,
        DailyTarget(),
        daily_progress(blocks, [], ROLES, time(4))[ROLE.value],
        RULES,
        START,
        today,
    )
    assert set(h.marks) == set(iter_days(START, today))
    assert h.mark(today + timedelta(days=1)) is DayMark.FUTURE
    assert h.mark(START - timedelta(days=1)) is DayMark.OFF  # a Sunday before tracking
    assert h.mark(START - timedelta(days=3)) is DayMark.UNTRACKED


# ---- counts: finished blocks and tallies between blocks (issue 11) ------------------------

_COUNTED = st.lists(st.tuples(st.integers(0, 20), st.integers(0, 50), st.booleans()),
                    max_size=30)


@given(_COUNTED)
def test_a_days_count_is_the_sum_of_its_blocks_and_tallies_on_key_activities(entries):
    """Property: every count lands once, on its day, and only key activities count."""
    blocks, tallies, expected = [], [], {}
    config = ROLES[0]
    for offset, n, in_block in entries:
        day = START + timedelta(days=offset)
        if in_block:
            blocks.append(block(day, 25, count=n))
        else:
            tallies.append(Tally(day, ROLE.value, "outbound_prospector.prospecting_block", n))
        expected[day] = expected.get(day, 0) + n
    tallies.append(Tally(START, ROLE.value, "not.a_key_activity", 99))  # never counted
    tallies.append(Tally(START, "solo", "outbound_prospector.prospecting_block", 7))  # not held
    progress = daily_progress(blocks, [], (config,), time(4), tallies)[ROLE.value]
    assert {d: p.count for d, p in progress.items() if p.count} == {
        d: n for d, n in expected.items() if n}


def test_a_count_target_is_met_by_tallies_alone():
    config = RoleConfig(ROLE, activities=ROLES[0].activities,
                        target=DailyTarget(minutes=None, count=40))
    tallies = [Tally(START, ROLE.value, "outbound_prospector.prospecting_block", 40)]
    progress = daily_progress([], [], (config,), time(4), tallies)[ROLE.value]
    assert target_met(progress[START], config.target)
    assert not target_met(daily_progress([], [], (config,), time(4), tallies[:0]).get(
        ROLE.value, {}).get(START, DayProgress()), config.target)
