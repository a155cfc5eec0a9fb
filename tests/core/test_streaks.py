from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focusapp.core.days import DayOff, DayRules, iter_days
from focusapp.core.errors import ValidationError
from focusapp.core.models import OneThingStatus, Outcome, Tally
from focusapp.core.roles import Activity, DailyTarget, RoleConfig, RoleId
from focusapp.core.streaks import (
    STRENGTH_MEMORY,
    DayMark,
    DayProgress,
    RoleHistory,
    compute_all_streaks,
    daily_progress,
    role_histories,
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


# ---- targets in minutes and/or counts, a count per metric (issue 11) ------------------------

PROSPECTING = "outbound_prospector.prospecting_block"  # counts touches
CONVERSATIONS = "outbound_prospector.conversations"  # counts conversations
RESEARCH = "outbound_prospector.icp_research"  # counts accounts researched


def _day(*entries: tuple[str, int, int]) -> DayProgress:
    """START's progress from (activity, focused minutes, count) blocks."""
    blocks = [block(START, minutes, activity=activity, count=count, at=time(8 + n))
              for n, (activity, minutes, count) in enumerate(entries)]
    return daily_progress(blocks, [], ROLES, time(4))[ROLE.value].get(START, DayProgress())


@pytest.mark.parametrize(
    ("target", "entries", "met"),
    [
        # Minutes only: 35 + 25 focused minutes on key activities reach 60; counts do not.
        (DailyTarget(60), [(PROSPECTING, 35, 0), (CONVERSATIONS, 25, 0)], True),
        (DailyTarget(60), [(PROSPECTING, 35, 90)], False),
        # One count, as older settings hold it: every metric of the role added up.
        (DailyTarget(None, 40), [(PROSPECTING, 10, 30), (CONVERSATIONS, 10, 10)], True),
        (DailyTarget(None, 40), [(PROSPECTING, 10, 39)], False),
        # A count per metric: 40 touches; conversations do not make touches.
        (DailyTarget(None, per_metric=(("touches", 40),)),
         [(PROSPECTING, 10, 30), (CONVERSATIONS, 10, 10)], False),
        (DailyTarget(None, per_metric=(("touches", 40),)),
         [(PROSPECTING, 10, 30), (PROSPECTING, 10, 10)], True),
        # Both: 60 minutes and 40 touches. 18 touches in 60 minutes is not enough...
        (DailyTarget(60, per_metric=(("touches", 40),)), [(PROSPECTING, 60, 18)], False),
        # ...nor 40 touches in 35 minutes; both together are.
        (DailyTarget(60, per_metric=(("touches", 40),)), [(PROSPECTING, 35, 40)], False),
        (DailyTarget(60, per_metric=(("touches", 40),)),
         [(PROSPECTING, 35, 40), (RESEARCH, 25, 0)], True),
        # Two metrics, each with its own target: each must be reached.
        (DailyTarget(None, per_metric=(("touches", 40), ("conversations", 5))),
         [(PROSPECTING, 20, 45), (CONVERSATIONS, 20, 4)], False),
        (DailyTarget(None, per_metric=(("touches", 40), ("conversations", 5))),
         [(PROSPECTING, 20, 45), (CONVERSATIONS, 20, 5)], True),
        # A metric no key activity counts is never reached by the others.
        (DailyTarget(None, per_metric=(("meetings_booked", 1),)), [(PROSPECTING, 90, 80)],
         False),
        # A count on an activity that is not one of the role's is not counted at all.
        (DailyTarget(None, 40), [("custom.9", 50, 40)], False),
    ],
    ids=["minutes", "minutes-not-counts", "one-count-all-metrics", "one-count-short",
         "per-metric-other-metric", "per-metric", "both-minutes-short-of-counts",
         "both-counts-short-of-minutes", "both", "two-metrics-one-short", "two-metrics",
         "metric-not-counted", "activity-not-counted"],
)
def test_a_day_is_met_when_every_part_of_the_target_the_user_set_is_met(target, entries, met):
    assert target_met(_day(*entries), target) is met


def test_the_days_count_is_split_by_metric_and_an_activity_without_one_counts_in_total():
    config = RoleConfig(ROLE, activities=(*ROLES[0].activities,
                                          Activity("custom.1", name="Walk-ins")))
    blocks = [block(START, 25, activity=PROSPECTING, count=12),
              block(START, 25, activity="custom.1", count=3, at=time(11))]
    tallies = [Tally(START, ROLE.value, CONVERSATIONS, 2)]
    progress = daily_progress(blocks, [], (config,), time(4), tallies)[ROLE.value][START]
    assert progress.count == 17
    assert progress.by_metric == {"touches": 12, "conversations": 2}


@pytest.mark.parametrize(
    ("target", "code"),
    [(dict(minutes=None, count=None), "target.empty"),
     (dict(minutes=None, per_metric=(("touches", 0),)), "target.count"),
     (dict(per_metric=(("touches", 4), ("touches", 5))), "target.metric"),
     (dict(per_metric=(("not_a_metric", 4),)), "target.metric")],
    ids=["empty", "zero", "twice", "unknown"],
)
def test_a_target_refuses_what_could_never_be_set_in_settings(target, code):
    with pytest.raises(ValidationError) as refused:
        DailyTarget(**target)
    assert refused.value.code == code


_TALLIED = st.lists(st.tuples(
    st.datetimes(min_value=datetime(2026, 3, 20), max_value=datetime(2026, 4, 5)),
    st.sampled_from([PROSPECTING, CONVERSATIONS, RESEARCH]), st.integers(1, 30),
    st.booleans()), max_size=30)


@settings(max_examples=80, deadline=None)
@given(_TALLIED)
def test_every_count_lands_once_on_one_day_across_day_starts_and_dst(entries):
    """Property: whatever the hour (before the 04:00 day start, the night Paris changes
    to summer time), totals equal the sum of the blocks' and tallies' counts, per metric
    and overall; no count is lost or counted on two days."""
    blocks, tallies = [], []
    metric = {a.id: a.metric for a in ROLES[0].activities}
    expected: dict[str | None, int] = {}
    per_day: dict[date, int] = {}
    for naive, activity, count, in_block in entries:
        aware = naive.replace(tzinfo=PARIS)
        fixed = aware.astimezone(timezone(aware.utcoffset() or timedelta()))  # as stored
        if in_block:
            blocks.append(block(fixed.date(), 25, activity=activity, count=count,
                                at=fixed.timetz().replace(tzinfo=None), tz=fixed.tzinfo))
            day = (naive - timedelta(hours=4)).date()  # its start's local day
        else:
            day = naive.date()
            tallies.append(Tally(day, ROLE.value, activity, count))
        expected[metric[activity]] = expected.get(metric[activity], 0) + count
        per_day[day] = per_day.get(day, 0) + count
    progress = daily_progress(blocks, [], ROLES, time(4), tallies)[ROLE.value]
    assert {d: p.count for d, p in progress.items()} == per_day
    for name, total in expected.items():
        assert sum(p.by_metric.get(name, 0) for p in progress.values()) == total
    for p in progress.values():
        assert p.count == sum(p.by_metric.values())


# ---- the walk in bulk equals the walk day by day ------------------------------------------


def walked_day_by_day(history: RoleHistory, target: DailyTarget,
                      progress: dict[date, DayProgress], freezes: bool) -> dict[str, object]:
    """SPEC §8's walk, one day at a time (the rules as they read): the reference the bulk
    walk (`RoleHistory`) must equal, every mark, strength and number, dict order included."""
    rules, marks, strength_after = history.rules, {}, {}
    working, met_prefix = [], [0]
    current = best = met_total = held = earned = used = 0
    strength, today_met = 0.0, False
    day = history.since
    while day <= history.as_of:
        if not rules.is_working_day(day):
            marks[day] = DayMark.OFF
            day += timedelta(days=1)
            continue
        met = target_met(progress.get(day, DayProgress()), target)
        if day == history.as_of:
            today_met = met
            if not met:
                marks[day] = DayMark.PENDING
                break
        else:
            working.append(day)
            met_prefix.append(met_prefix[-1] + met)
        strength = strength * STRENGTH_MEMORY + (1 - STRENGTH_MEMORY) * met
        strength_after[day] = strength
        if met:
            marks[day] = DayMark.MET
            current += 1
            best = max(best, current)
            met_total += 1
            if freezes and met_total % 10 == 0 and held < 2:
                held, earned = held + 1, earned + 1
        elif freezes and held > 0:
            marks[day] = DayMark.FROZEN
            held, used = held - 1, used + 1
        else:
            marks[day] = DayMark.MISSED
            current = 0
        day += timedelta(days=1)
    weekly, monday = 0, history.since - timedelta(days=history.since.weekday())
    normal = max(1, len(rules.working_weekdays))
    while monday <= history.as_of:  # a week meets the bar: 4 met days of 5, fewer if fewer
        week = [monday + timedelta(days=n) for n in range(7)]
        judged = [d for d in week if history.since <= d < history.as_of
                  and rules.is_working_day(d)]
        available, met = len(judged), sum(1 for d in judged if marks[d] is DayMark.MET)
        running = history.as_of in week
        if running:  # today, and the working days to come
            available += sum(1 for d in week if d >= history.as_of and rules.is_working_day(d))
            met += marks.get(history.as_of) is DayMark.MET
        if available:
            bar = min(available, max(1, math.floor(4 * available / normal + 0.5)))
            if met >= bar:
                weekly += 1
            elif not running:
                weekly = 0
        monday += timedelta(weeks=1)
    return {"marks": list(marks.items()), "strength_after": list(strength_after.items()),
            "working": working, "met_prefix": met_prefix, "current": current, "best": best,
            "held": held, "earned": earned, "used": used, "strength": strength,
            "today_met": today_met, "weekly": weekly if history.since <= history.as_of else 0}


def numbers_of(history: RoleHistory) -> dict[str, object]:
    return {"marks": list(history.marks.items()),
            "strength_after": list(history.strength_after.items()),
            "working": history._working, "met_prefix": history._met_prefix,
            "current": history.current, "best": history.best, "held": history.freezes_held,
            "earned": history.freezes_earned, "used": history.freezes_used,
            "strength": history.strength, "today_met": history.today_met,
            "weekly": history.weekly_streak()}


_MET = DayProgress(80.0, 8, False, {"touches": 5})
_SAMPLES = (_MET, _MET, None, DayProgress(), DayProgress(49.5, 3, False, {}),
            DayProgress(50.0, 4, False, {"touches": 2}), DayProgress(0.0, 0, True, {}))
_PROGRESS = st.lists(st.tuples(st.sampled_from(_SAMPLES), st.integers(1, 40)),
                     max_size=12).map(  # runs of days alike: long runs hold two freezes
    lambda runs: [sample for sample, days in runs for _ in range(days)])
_TARGETS = st.sampled_from([DailyTarget(50), DailyTarget(None, 4), DailyTarget(
    50, per_metric=(("touches", 3),))])
_WEEKDAYS = st.one_of(st.just(frozenset(range(5))), st.frozensets(st.integers(0, 6)))
_DAYS_OFF = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 6)), max_size=3)


@settings(max_examples=200, deadline=None)
@given(_PROGRESS, _TARGETS, _WEEKDAYS, _DAYS_OFF, st.integers(0, 30), st.integers(-3, 280),
       st.booleans())
def test_the_walk_equals_the_rules_applied_day_by_day(progress, target, weekdays, days_off,
                                                      since, span, freezes):
    """Long met runs (freezes earned past the two held), misses with and without freezes,
    today met, pending or off, days off, no working day at all, and `since` after today."""
    rules = DayRules(working_weekdays=weekdays, days_off=tuple(
        DayOff(START + timedelta(days=d), START + timedelta(days=d + n)) for d, n in days_off))
    by_day = {START + timedelta(days=d): p for d, p in enumerate(progress) if p is not None}
    first = START + timedelta(days=since)
    history = RoleHistory(ROLE.value, target, by_day, rules, first, first + timedelta(span),
                          freezes)
    assert numbers_of(history) == walked_day_by_day(history, target, by_day, freezes)


def test_roles_taken_up_on_other_days_are_each_walked_from_their_own_day():
    """The roles share a calendar only when they start the same day."""
    later = START + timedelta(days=9)
    roles = (RoleConfig.default(ROLE), replace(RoleConfig.default(RoleId.ACCOUNT_MANAGER),
                                               since=later))
    progress = {config.role.value: {START + timedelta(days=d): _MET for d in range(0, 40, 3)}
                for config in roles}
    as_of = START + timedelta(days=45)
    walked = role_histories(roles, (), [], RULES, START, as_of, progress=progress)
    alone = {config.role.value: RoleHistory(config.role.value, config.target,
                                            progress[config.role.value], RULES, first, as_of)
             for config, first in zip(roles, (START, later), strict=True)}
    assert {role: numbers_of(h) for role, h in walked.items()} == {
        role: numbers_of(h) for role, h in alone.items()}
