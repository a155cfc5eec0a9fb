"""The day's plan: proposals around the meetings, accepted (kept, started in one click) or
skipped (not proposed again that day), with the real store and the fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

import pytest
import shiboken6

from focusapp.core.calendar import Meeting
from focusapp.core.models import OneThingStatus
from focusapp.core.planner import Kind
from focusapp.core.schedule import ScheduledBlock
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.planning import PlanningFlow
from focusapp.flows.shell import EveningAnswer
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer, TimerState
from focusapp.store.database import Store
from focusapp.store.plans import PlanDecisions
from tests.flows.conftest import FakeShell


def at(clock: Any, hour: int, minute: int = 0) -> datetime:
    now = clock.now()
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


def meetings(clock: Any) -> list[Meeting]:
    """The same two meetings every day."""
    return [Meeting(at(clock, 10), at(clock, 11), "Acme", True, False, "work"),
            Meeting(at(clock, 14), at(clock, 14, 30), "Globex", True, False, "work")]


@pytest.fixture
def flow(qapp: Any, clock: Any, store: Store, daily: DailyLoop, timer: FocusTimer,
         shell: FakeShell) -> Iterator[PlanningFlow]:
    blocks = BlocksFlow(daily, timer, shell)
    planning = PlanningFlow(clock, daily, timer, blocks, PlanDecisions(store.runtime), shell,
                            lambda: meetings(clock))
    yield planning
    shiboken6.delete(planning)
    shiboken6.delete(blocks)


def kinds(shell: FakeShell) -> list[tuple[Kind, str]]:
    return [(p.kind, p.start.strftime("%H:%M")) for p in shell.plan.proposed]


def test_prep_next_steps_and_power_hours_are_proposed_around_the_meetings(
        flow: PlanningFlow, shell: FakeShell) -> None:
    flow.render()  # 09:00 on Monday; a Field Sales and outbound rep
    assert kinds(shell) == [
        (Kind.PREP, "09:45"), (Kind.NEXT_STEP, "11:00"), (Kind.POWER_HOUR, "11:05"),
        (Kind.PREP, "13:45"), (Kind.NEXT_STEP, "14:30"), (Kind.POWER_HOUR, "14:35")]
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in shell.plan.free] == [
        ("09:00", "09:45"), ("12:05", "13:45"), ("15:35", "18:00")]


def test_a_power_hour_scheduled_in_settings_is_not_proposed_again(
        flow: PlanningFlow, shell: FakeShell, daily: DailyLoop, clock: Any) -> None:
    """The rep scheduled a daily power hour at 15:00 (it starts by itself): Today proposes
    only the other one, and nothing over it."""
    power_hour = ScheduledBlock(id="s1", name="Power hour", weekdays=tuple(range(7)),
                                at="15:00", minutes=60, role="outbound_prospector",
                                activity="outbound_prospector.prospecting_block")
    daily.save_settings(daily.settings().updated(scheduled_blocks=(power_hour,)))
    flow.render()
    assert kinds(shell) == [
        (Kind.PREP, "09:45"), (Kind.NEXT_STEP, "11:00"), (Kind.POWER_HOUR, "11:05"),
        (Kind.PREP, "13:45"), (Kind.NEXT_STEP, "14:30")]
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in shell.plan.free] == [
        ("09:00", "09:45"), ("12:05", "13:45"), ("14:35", "15:00"), ("16:00", "18:00")]


def test_a_skipped_proposal_stays_skipped_all_day_even_after_a_restart(
        flow: PlanningFlow, shell: FakeShell, store: Store, clock: Any) -> None:
    flow.render()
    prep = shell.plan.proposed[0]
    flow.answer(prep.key, "skip")
    assert prep.key not in {p.key for p in shell.plan.proposed}
    store.close()
    reopened, _ = Store.open(store.data_dir, now=clock.now)
    assert PlanDecisions(reopened.runtime).of_day(clock.now().date()).skipped == {prep.key}
    reopened.close()
    clock.advance(days=1)
    flow.render()
    assert Kind.PREP in {p.kind for p in shell.plan.proposed}  # a new day, a new plan


def test_an_accepted_proposal_keeps_its_time_and_starts_in_one_click(
        flow: PlanningFlow, shell: FakeShell, timer: FocusTimer, clock: Any) -> None:
    flow.render()
    power = next(p for p in shell.plan.proposed if p.kind is Kind.POWER_HOUR)
    flow.answer(power.key, "accept")
    assert [p.key for p in shell.plan.accepted] == [power.key]
    assert power.key not in {p.key for p in shell.plan.proposed}
    clock.advance(hours=2, minutes=5)  # 11:05: the power hour's time
    flow.render()
    assert [p.start for p in shell.plan.accepted] == [power.start]
    flow.answer(power.key, "start")
    assert timer.state is TimerState.RUNNING
    block = timer.block
    assert block is not None
    assert (block.role, block.activity, block.planned_minutes) == (
        "outbound_prospector", "outbound_prospector.prospecting_block", 60)


def test_nothing_is_proposed_before_the_running_block_ends(
        flow: PlanningFlow, shell: FakeShell, timer: FocusTimer, clock: Any) -> None:
    from focusapp.services.timer import StartRequest

    clock.advance(hours=1, minutes=30)  # 10:30, in the Acme meeting
    timer.start(StartRequest(minutes=90, role="field_sales"))  # until 12:00
    flow.render()
    assert all(p.start >= at(clock, 12) for p in shell.plan.proposed)
    assert all(s >= at(clock, 12) for s, _ in shell.plan.free)


def test_one_thing_done_during_the_day_and_still_asked_in_the_evening(
        daily: DailyLoop, shell: FakeShell) -> None:
    one_thing = OneThingFlow(daily, shell)
    daily.set_one_thing("Close Acme", "field_sales")
    one_thing.mark_done()
    assert daily.one_thing().status is OneThingStatus.DONE
    one_thing.ask_evening_check()
    (day,), answer = shell.question("evening_check")
    assert day.status is OneThingStatus.DONE
    answer(EveningAnswer(OneThingStatus.PARTLY, carry_over=False))
    assert daily.one_thing().status is OneThingStatus.PARTLY
    shiboken6.delete(one_thing)


def test_done_with_no_one_thing_changes_nothing(daily: DailyLoop, shell: FakeShell) -> None:
    one_thing = OneThingFlow(daily, shell)
    one_thing.mark_done()
    assert daily.one_thing() is None and not shell.problems and not shell.warnings
    shiboken6.delete(one_thing)


def test_the_plan_moves_on_with_the_clock(flow: PlanningFlow, shell: FakeShell,
                                          clock: Any) -> None:
    clock.advance(hours=10)  # 19:00: the working day is over
    flow.render()
    assert shell.plan.proposed == () and shell.plan.free == ()
    assert shell.plan.now.time() == time(19)


def test_meetings_held_on_the_calendar_prefill_the_count_confirmed_in_one_tap(
        flow: PlanningFlow, shell: FakeShell, clock: Any, daily: DailyLoop) -> None:
    flow.render()
    assert shell.plan.held_to_count == 0  # 09:00: none held yet
    clock.advance(hours=2, minutes=30)  # 11:30: Acme is over
    flow.render()
    assert shell.plan.held_to_count == 1
    flow.answer("", "count_held")
    assert daily.counted_today("field_sales", "field_sales.prospect_meetings") == 1
    assert shell.plan.held_to_count == 0
    flow.answer("", "count_held")  # a second tap counts nothing more
    assert daily.counted_today("field_sales", "field_sales.prospect_meetings") == 1
