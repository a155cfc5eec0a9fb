from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from focusapp.core.days import DayOff, DayRules, IsoWeek
from focusapp.core.models import Interruption, OneThingStatus, Outcome
from focusapp.core.review import WeekState, score_blocks, week_review
from focusapp.core.roles import RoleConfig, RoleId
from focusapp.core.scoring import block_awesome
from focusapp.core.streaks import DayMark, compute_all_streaks, role_histories
from tests.core.factories import block, one_thing

OP, FS = RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES
ROLES = (RoleConfig.default(OP), RoleConfig.default(FS))
WEEK = IsoWeek(2026, 48)  # Mon 23 Nov .. Sun 29 Nov
MON = WEEK.monday
SINCE = date(2026, 11, 2)


def review(blocks, days=(), today=MON + timedelta(days=6), rules=None, week=WEEK):
    return week_review(week, blocks, list(days), ROLES, rules or DayRules(), SINCE, today)


def test_a_week_with_work():
    blocks = [
        block(MON, 50, energy=4, by_target={"youtube.com": 120.0}, distracted=120),
        block(MON, 30, role=FS.value, activity="field_sales.meeting_preparation", at=time(14)),
        block(MON + timedelta(days=1), 60, energy=2, outcome=Outcome.ABANDONED),
        block(
            MON + timedelta(days=2),
            25,
            by_target={"news.ycombinator.com": 300.0, "youtube.com": 60.0},
        ),
    ]
    days = [
        one_thing(MON, OP.value),
        one_thing(MON + timedelta(days=1), OP.value, OneThingStatus.NOT_DONE),
    ]
    r = review(blocks, days)
    assert r.state is WeekState.NORMAL
    assert r.minutes[MON] == {OP.value: pytest.approx(50), FS.value: pytest.approx(30)}
    assert r.total_minutes == pytest.approx(165)
    assert r.one_thing_done == 1 and r.one_thing_set == 2
    assert r.abandoned == 1
    assert r.average_energy == pytest.approx((4 + 3 + 2 + 3) / 4)
    assert r.top_distractions == (("news.ycombinator.com", 300.0), ("youtube.com", 180.0))
    op = next(rw for rw in r.roles if rw.role == OP.value)
    assert op.marks[:5] == (
        DayMark.MET,
        DayMark.MET,
        DayMark.MISSED,
        DayMark.MISSED,
        DayMark.MISSED,
    )
    assert op.marks[5:] == (DayMark.OFF, DayMark.OFF)
    assert op.met_days == 2
    assert sum(s.value for s in r.awesome.values()) == pytest.approx(r.total_awesome)
    assert r.awesome[MON].minutes == pytest.approx(80)


def test_review_and_streaks_show_the_same_numbers():
    blocks = [block(SINCE + timedelta(days=i), 55) for i in range(0, 30) if i % 7 < 5]
    today = MON + timedelta(days=4)
    r = review(blocks, today=today)
    streaks = compute_all_streaks(ROLES, blocks, [], DayRules(), SINCE, today)
    op = next(rw for rw in r.roles if rw.role == OP.value)
    assert op.streak == streaks[OP.value]


def test_awesome_uses_consistency_before_the_day():
    # four perfect weeks before the reviewed week: consistency 20/28 on Monday
    blocks = [block(SINCE + timedelta(days=i), 60, energy=1) for i in range(21) if i % 7 < 5]
    blocks.append(block(MON, 60, energy=1))
    r = review(blocks)
    (part,) = r.awesome[MON].parts
    assert part.consistency == pytest.approx(1 + 15 / 28)


def test_each_blocks_awesome_takes_its_own_roles_consistency_and_key_activity():
    """Blocks of two roles on one day, key and not key: each scored with its own role's
    consistency before the day and its own activity's weight."""
    worked = [block(SINCE + timedelta(days=i), 60) for i in range(21) if i % 7 < 5]
    week = [block(MON, 30, at=time(8)), block(MON, 30, activity=None, at=time(9)),
            block(MON, 30, role=FS.value, activity="field_sales.meeting_preparation",
                  at=time(10)),
            block(MON, 30, role=FS.value, activity=None, at=time(11))]
    histories = role_histories(ROLES, [*worked, *week], [], DayRules(), SINCE, MON)
    by_role = {c.role.value: c for c in ROLES}
    assert score_blocks(week, ROLES, histories, DayRules())[MON].parts == tuple(
        block_awesome(b, key_activity=by_role[b.role].is_key_activity(b.activity),
                      consistency=histories[b.role].consistency_before(MON)) for b in week)
    assert len({p.consistency for p in score_blocks(week, ROLES, histories, DayRules())[
        MON].parts}) == 2  # the two roles' differ


def test_empty_future_and_all_off_weeks_are_named_not_crashed():
    assert review([]).state is WeekState.EMPTY
    assert review([]).average_energy is None and review([]).average_focus is None
    future = review([], week=WEEK.shifted(2))
    assert future.state is WeekState.FUTURE
    off = DayRules(days_off=(DayOff(MON, MON + timedelta(days=6)),))
    r = review([], rules=off)
    assert r.state is WeekState.ALL_OFF
    assert all(m is DayMark.OFF for rw in r.roles for m in rw.marks)


def test_a_role_enabled_mid_week():
    wed = MON + timedelta(days=2)
    r = week_review(WEEK, [block(wed, 50)], [], ROLES, DayRules(), wed, MON + timedelta(days=6))
    op = next(rw for rw in r.roles if rw.role == OP.value)
    assert op.marks[:2] == (DayMark.UNTRACKED, DayMark.UNTRACKED)
    assert op.marks[2] is DayMark.MET


def test_a_review_from_cached_progress_equals_the_full_one():
    from focusapp.core.streaks import daily_progress

    blocks = [block(SINCE + timedelta(days=i), 30 + i) for i in range(25) if i % 7 < 5]
    rules = DayRules()
    progress = daily_progress(blocks, [], ROLES, rules.day_start)
    for week in (WEEK.shifted(-2), WEEK.shifted(-1), WEEK):
        full = week_review(week, blocks, [], ROLES, rules, SINCE, MON + timedelta(days=6))
        cached = week_review(week, blocks, [], ROLES, rules, SINCE, MON + timedelta(days=6),
                             progress=progress)
        assert full == cached


def test_days_before_a_role_was_taken_up_are_not_missed():
    wed = MON + timedelta(days=2)
    roles = (RoleConfig.default(OP), replace(RoleConfig.default(FS), since=wed))
    blocks = [block(SINCE + timedelta(days=i), 50) for i in range(30) if i % 7 < 5]
    r = week_review(WEEK, blocks, [], roles, DayRules(), SINCE, MON + timedelta(days=6))
    fs = next(rw for rw in r.roles if rw.role == FS.value)
    assert fs.marks[:2] == (DayMark.UNTRACKED, DayMark.UNTRACKED)
    assert fs.marks[2:5] == (DayMark.MISSED,) * 3  # taken up Wednesday: from then on it counts


def test_average_focus_weighs_each_block_by_its_focused_time():
    # A clean 5-minute block and a 30-second one entirely distracted: 300 of 330 seconds
    # kept, 91 % (an average of blocks said 50 %).
    blocks = [block(MON, 5), block(MON, 0.5, at=time(10), distracted=30)]
    assert review(blocks).average_focus == pytest.approx(300 / 330)
    assert review([]).average_focus is None


def test_a_blocks_focused_time_is_kept_once_it_is_finished_never_while_it_runs():
    """The review asks each block's focused time several times: a finished block's is
    kept (its end, not `until`, stops it), a running one's grows with `until`."""
    running = replace(block(MON, 30), end=None, outcome=None)
    later = running.start + timedelta(minutes=20)
    assert running.focused_seconds(running.start + timedelta(minutes=10)) == 600.0
    assert running.focused_seconds(later) == 1200.0
    finished = running.finish(later, Outcome.COMPLETED)
    assert finished.focused_seconds() == 1200.0
    assert finished.focused_seconds(later + timedelta(hours=1)) == 1200.0
    assert finished.focused_minutes == 20.0


def test_the_week_tallies_its_interruptions_most_frequent_first():
    at = datetime(2026, 11, 23, 9, 5, tzinfo=UTC)
    with_calls = replace(block(MON, 50), interruptions=(
        Interruption(at, "phone"), Interruption(at, "colleague"), Interruption(at, "phone")))
    old_file = replace(block(MON + timedelta(days=1), 25), interruptions=(Interruption(at, ""),))
    assert review([with_calls, old_file]).interruptions == (("phone", 2), ("colleague", 1))


def test_a_role_held_from_the_start_counts_from_the_first_day_it_was_worked():
    """Outbound prospecting worked every day since 2 Nov; Field Sales held from the start
    (no `since`) but first worked on Thursday 26 Nov: Monday to Wednesday are blank, not
    missed."""
    thu = MON + timedelta(days=3)
    blocks = [block(SINCE + timedelta(days=i), 50) for i in range(26) if i % 7 < 5]
    blocks.append(block(thu, 50, role=FS.value, activity="field_sales.meeting_preparation"))
    r = week_review(WEEK, blocks, [], ROLES, DayRules(), SINCE, thu)
    fs = next(rw for rw in r.roles if rw.role == FS.value)
    assert fs.marks[:4] == (DayMark.UNTRACKED,) * 3 + (DayMark.MET,)
    assert fs.tracked_from == thu
    assert (fs.streak.current, fs.streak.best) == (1, 1)
    op = next(rw for rw in r.roles if rw.role == OP.value)
    assert op.tracked_from == SINCE and DayMark.UNTRACKED not in op.marks


def test_a_role_never_worked_is_tracked_from_today_only():
    blocks = [block(SINCE + timedelta(days=i), 50) for i in range(26) if i % 7 < 5]
    r = week_review(WEEK, blocks, [], ROLES, DayRules(), SINCE, MON + timedelta(days=2))
    fs = next(rw for rw in r.roles if rw.role == FS.value)
    assert fs.marks[:3] == (DayMark.UNTRACKED, DayMark.UNTRACKED, DayMark.PENDING)
