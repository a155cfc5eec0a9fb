"""Field Sales' dated next steps (core/next_steps.py): which meetings are still open, and a
week's meetings dated the same day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.next_steps import (
    MEETING_ACTIVITY,
    NextStep,
    latest_open,
    next_step,
    next_step_figures,
    open_meetings,
)
from tests.core.factories import UTC1, block

DAY = date(2026, 11, 24)  # a Tuesday
START = time(4, 0)


def meeting(day: date, at: time) -> object:
    return block(day, 45, "field_sales", MEETING_ACTIVITY, at=at)


def noted(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC1)


def test_the_days_meetings_without_a_next_step_are_open_in_order():
    morning, afternoon = meeting(DAY, time(9)), meeting(DAY, time(14))
    prep = block(DAY, 30, "field_sales", "field_sales.meeting_preparation")
    yesterday = meeting(DAY - timedelta(days=1), time(10))
    blocks = [afternoon, prep, morning, yesterday]
    assert open_meetings(blocks, [], DAY, START) == [morning, afternoon]
    step = next_step(afternoon, "Send the proposal", DAY + timedelta(days=2), noted(DAY, 15),
                     START)
    assert open_meetings(blocks, [step], DAY, START) == [morning]
    assert latest_open(blocks, [step], DAY, START) == morning
    assert latest_open([prep], [], DAY, START) is None


def test_a_next_step_is_one_line_dated_on_or_after_its_meeting():
    held = meeting(DAY, time(9))
    step = next_step(held, "  Call back\tthe CFO ", DAY, noted(DAY, 10), START)
    assert (step.text, step.due, step.block_id) == ("Call back the CFO", DAY, held.id)
    with pytest.raises(ValidationError) as empty:
        next_step(held, "\u200b", DAY, noted(DAY, 10), START)
    assert empty.value.code == "next_step.empty"
    with pytest.raises(ValidationError) as past:
        next_step(held, "Call", DAY - timedelta(days=1), noted(DAY, 10), START)
    assert past.value.code == "next_step.past"


def test_the_week_counts_meetings_and_those_dated_the_same_day():
    week = IsoWeek.of(DAY)
    monday, tuesday, wednesday = (meeting(DAY - timedelta(days=1), time(9)),
                                  meeting(DAY, time(9)), meeting(DAY + timedelta(days=1), time(9)))
    steps = [NextStep(monday.id, "a", DAY, noted(DAY - timedelta(days=1), 23)),  # same day
             NextStep(tuesday.id, "b", DAY, noted(DAY + timedelta(days=1), 2)),  # before 04:00
             NextStep(wednesday.id, "c", DAY + timedelta(days=3),
                      noted(DAY + timedelta(days=2), 9))]  # the next morning: too late
    figures = next_step_figures([monday, tuesday, wednesday], steps, week, START)
    assert (figures.meetings, figures.dated_same_day) == (3, 2)


def test_the_team_report_counts_a_reps_meetings_and_their_next_steps_once():
    import csv
    import io

    from focusapp.core.models import Settings
    from focusapp.core.roles import RoleId, default_role_configs
    from focusapp.core.team import Export, merge_reps, team_csv, team_rows

    roles = default_role_configs(frozenset({RoleId.FIELD_SALES}))
    held = [meeting(DAY, time(9)), meeting(DAY, time(14))]
    step = NextStep(held[0].id, "Send the proposal", DAY, noted(DAY, 10))
    older = Export("mon.json", "Ana", "p1", noted(DAY, 12), Settings(), roles, (),
                   tuple(held), next_steps=(step,))
    newer = Export("tue.json", "Ana", "p1", noted(DAY, 18), Settings(), roles, (),
                   tuple(held), next_steps=(step,))
    (rep,) = merge_reps([newer, older])
    assert rep.next_steps == (step,)
    rows = team_rows([rep], IsoWeek.of(DAY), DAY)
    (row,) = csv.DictReader(io.StringIO(team_csv(rows, IsoWeek.of(DAY))))
    assert (row["meetings"], row["next_steps_same_day"]) == ("2", "1")

