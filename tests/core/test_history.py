"""The history view's series (issue 17): worked examples and properties against the walk."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focusapp.core.days import DayOff, DayRules, IsoWeek, iter_days
from focusapp.core.history import best_run, frozen_days, history_days, recent_weeks
from focusapp.core.roles import DailyTarget
from focusapp.core.streaks import STRENGTH_MEMORY, DayMark, DayProgress, RoleHistory

MON = date(2026, 1, 5)
TARGET = DailyTarget(minutes=50)
MET, NOT_MET = DayProgress(minutes=50), DayProgress(minutes=10)


def walk(progress: dict[date, DayProgress], as_of: date, rules: DayRules | None = None,
         freezes: bool = True) -> RoleHistory:
    return RoleHistory("outbound_prospector", TARGET, progress, rules or DayRules(), MON, as_of,
                       freezes)


def test_a_week_worked_day_by_day():
    # Mon met, Tue met, Wed missed, Thu met, Fri off (a day off), weekend off, Mon met.
    friday = MON + timedelta(days=4)
    rules = DayRules(days_off=(DayOff(friday, friday),))
    progress = {MON: MET, MON + timedelta(days=1): MET, MON + timedelta(days=2): NOT_MET,
                MON + timedelta(days=3): MET, MON + timedelta(days=7): MET}
    history = walk(progress, MON + timedelta(days=7), rules, freezes=False)
    days = history_days(history, MON - timedelta(days=1), MON + timedelta(days=8))
    assert [d.mark for d in days] == [
        DayMark.OFF,  # Sunday before the start: not a working day
        DayMark.MET, DayMark.MET, DayMark.MISSED, DayMark.MET,
        DayMark.OFF, DayMark.OFF, DayMark.OFF, DayMark.MET, DayMark.FUTURE]
    m = STRENGTH_MEMORY
    one = 1 - m
    two = one * m + (1 - m)
    three = two * m
    four = three * m + (1 - m)
    five = four * m + (1 - m)
    assert [d.strength for d in days] == pytest.approx(
        [0.0, one, two, three, four, four, four, four, five, five])
    assert best_run(history) == (MON, MON + timedelta(days=1))


def test_a_freeze_keeps_the_run_and_is_listed():
    ten = [d for d in iter_days(MON, MON + timedelta(days=13)) if d.isoweekday() <= 5]
    progress = dict.fromkeys(ten, MET)
    miss = MON + timedelta(days=14)  # Monday of the third week: missed, a freeze is used
    progress[MON + timedelta(days=15)] = MET
    history = walk(progress, MON + timedelta(days=15))
    assert history.marks[miss] is DayMark.FROZEN
    assert frozen_days(history) == (miss,)
    assert best_run(history) == (MON, MON + timedelta(days=15))
    assert history.best == 11


def test_before_any_met_day_there_is_no_best_run():
    assert best_run(walk({}, MON + timedelta(days=3))) is None


_DAYS = st.dictionaries(st.integers(0, 120), st.booleans(), max_size=90)


@settings(max_examples=80, deadline=None)
@given(_DAYS, st.integers(0, 120), st.booleans(), st.sets(st.integers(0, 120), max_size=10))
def test_series_agree_with_the_walk(entries, span, freezes, off):
    rules = DayRules(days_off=tuple(DayOff(MON + timedelta(days=d), MON + timedelta(days=d))
                                    for d in sorted(off)))
    progress = {MON + timedelta(days=d): MET if met else NOT_MET for d, met in entries.items()}
    as_of = MON + timedelta(days=span)
    history = walk(progress, as_of, rules, freezes)
    days = history_days(history, MON, as_of)
    # The last value is today's strength, as the streak chips show it.
    assert days[-1].strength == pytest.approx(history.strength)
    # Days off (and today pending) never change strength.
    for before, day in itertools.pairwise(days):
        if day.mark in (DayMark.OFF, DayMark.PENDING):
            assert day.strength == before.strength
    # The best run is as long, in met days, as the best streak.
    run = best_run(history)
    met_in_run = 0 if run is None else sum(
        1 for d in iter_days(*run) if history.marks.get(d) is DayMark.MET)
    assert met_in_run == history.best


def test_recent_weeks_count_met_days_of_judged_working_days():
    # Week 1 (from MON): Mon-Thu met, Fri missed; week 2: Mon met, Tue a day off, as of Wed
    # (pending). Before MON: not tracked.
    tuesday = MON + timedelta(days=8)
    rules = DayRules(days_off=(DayOff(tuesday, tuesday),))
    progress = {MON + timedelta(days=d): MET for d in range(4)}
    progress[MON + timedelta(days=7)] = MET
    history = walk(progress, MON + timedelta(days=9), rules, freezes=False)
    weeks = recent_weeks(history, IsoWeek.of(MON + timedelta(days=9)), count=3)
    assert [(w.week, w.met, w.working) for w in weeks] == [
        (IsoWeek.of(MON).shifted(-1), 0, 0),  # before tracking began
        (IsoWeek.of(MON), 4, 5),
        (IsoWeek.of(MON).shifted(1), 1, 1),  # the day off and today pending are not judged
    ]
