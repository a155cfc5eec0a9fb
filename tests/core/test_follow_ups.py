"""Follow-ups (core/follow_ups.py): due times across DST, warned once, a week's figures."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.follow_ups import (
    FollowUp,
    due_after,
    follow_up_figures,
    open_by_due,
    parse_due,
    to_warn,
)

PARIS = ZoneInfo("Europe/Paris")
FOUR = time(4, 0)
instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=st.just(PARIS))


def follow_up(name: str, due: datetime, done_at: datetime | None = None,
              warned: bool = False) -> FollowUp:
    return FollowUp(id=name, name=name, at=due - timedelta(hours=48), due=due,
                    done_at=done_at, warned=warned)


def test_48_hours_across_the_autumn_dst_change_are_48_real_hours() -> None:
    met = datetime(2026, 10, 24, 10, 0, tzinfo=PARIS)  # Saturday; clocks go back on Sunday
    due = due_after(met, timedelta(hours=48))
    assert due.astimezone(UTC) - met.astimezone(UTC) == timedelta(hours=48)
    assert (due.day, due.hour) == (26, 9)  # the wall clock moved 47 h


@given(instants, st.integers(1, 90 * 24 * 60))
def test_a_due_time_is_the_delay_in_real_time_whatever_the_zone_does(
        met: datetime, minutes: int) -> None:
    due = due_after(met, timedelta(minutes=minutes))
    assert due.astimezone(UTC) - met.astimezone(UTC) == timedelta(minutes=minutes)
    assert due.tzinfo is met.tzinfo


@pytest.mark.parametrize(("text", "delay"), [("48h", timedelta(hours=48)),
                                             ("2d", timedelta(days=2)),
                                             ("3 J", timedelta(days=3)),
                                             ("90m", timedelta(minutes=90))])
def test_a_delay_is_written_in_minutes_hours_or_days(text: str, delay: timedelta) -> None:
    assert parse_due(text) == delay


@pytest.mark.parametrize(("text", "code"), [("soon", "follow_up_due.format"),
                                            ("48", "follow_up_due.format"),
                                            ("0h", "follow_up_due.range"),
                                            ("91d", "follow_up_due.range")])
def test_a_delay_that_is_not_one_is_refused(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_due(text)
    assert refused.value.code == code


def test_warned_within_four_hours_once_and_overdue_ones_never_warned_too() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
    soon = follow_up("soon", now + timedelta(hours=3, minutes=59))
    later = follow_up("later", now + timedelta(hours=4, minutes=1))
    missed = follow_up("missed", now - timedelta(hours=1))
    told = follow_up("told", now + timedelta(hours=1), warned=True)
    done = follow_up("done", now + timedelta(hours=1), done_at=now)
    assert [f.name for f in to_warn([later, soon, missed, told, done], now)] == [
        "missed", "soon"]


def test_open_follow_ups_soonest_due_first() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
    a, b = follow_up("a", now + timedelta(hours=30)), follow_up("b", now + timedelta(hours=2))
    assert open_by_due([a, b, follow_up("c", now, done_at=now)]) == (b, a)


def test_a_week_s_figures_in_time_late_overdue_and_still_to_come() -> None:
    week = IsoWeek(2026, 48)
    now = datetime(2026, 11, 25, 12, 0, tzinfo=PARIS)  # Wednesday
    due = datetime(2026, 11, 24, 10, 0, tzinfo=PARIS)
    follow_ups = [follow_up("in time", due, done_at=due - timedelta(hours=1)),
                  follow_up("late", due, done_at=due + timedelta(hours=1)),
                  follow_up("overdue", due),
                  follow_up("friday", due + timedelta(days=3)),
                  follow_up("next week", due + timedelta(days=7))]
    figures = follow_up_figures(follow_ups, week.monday, week.days[-1], FOUR, now)
    assert (figures.in_time, figures.late, figures.overdue, figures.pending) == (1, 1, 1, 1)
    assert (figures.due, figures.done) == (4, 2)


@given(st.lists(st.tuples(instants, st.booleans()), max_size=30),
       st.sampled_from([time(0), FOUR]))
def test_consecutive_weeks_share_out_every_follow_up_once(
        dues: list[tuple[datetime, bool]], day_start: time) -> None:
    """A due time at 03:59 or 04:00 on a Monday, in summer or winter time: it counts in
    exactly one week, so the weeks' figures add up to all of them."""
    now = datetime(2026, 6, 1, tzinfo=PARIS)
    follow_ups = [follow_up(str(i), due, done_at=due if done else None)
                  for i, (due, done) in enumerate(dues)]
    week, total = IsoWeek(2024, 52), 0
    while week <= IsoWeek(2028, 1):
        total += follow_up_figures(follow_ups, week.monday, week.days[-1], day_start,
                                   now).due
        week = week.shifted(1)
    assert total == len(follow_ups)
