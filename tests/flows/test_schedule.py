"""A scheduled block as the user lives it: "Power hour in 5 min" with Start / Snooze 10 /
Skip, the block starting by itself, and the honest record of each occurrence."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from typing import Any

import pytest
import shiboken6

from focusapp.core.schedule import RunOutcome, ScheduledBlock
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.schedule import ScheduleFlow
from focusapp.flows.shell import ScheduledAnswer
from focusapp.services.scheduled import ScheduledBlocks
from focusapp.services.sleep import SleepWatcher
from focusapp.services.timer import StartRequest, TimerState
from tests.conftest import PARIS_WINTER

PROSPECTING = "outbound_prospector.prospecting_block"
POWER_HOUR = ScheduledBlock(id="s1", name="Power hour", weekdays=(0, 1, 2, 3, 4), at="09:00",
                            minutes=60, role="outbound_prospector", activity=PROSPECTING,
                            strict=True)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(datetime(2026, 11, 23).date(), time(hour, minute),
                            tzinfo=PARIS_WINTER)  # the FakeClock's Monday


@pytest.fixture
def flow(daily: Any, timer: Any, shell: Any, store: Any, clock: Any) -> Any:
    clock.advance(hours=-1)  # 08:00
    store.settings.save(replace(store.settings.get(), scheduled_blocks=(POWER_HOUR,)))
    daily.reload()
    watcher = SleepWatcher(clock)
    service = ScheduledBlocks(clock, daily.settings, sleep_watcher=watcher)
    flow = ScheduleFlow(clock, store, BlocksFlow(daily, timer, shell), service)
    yield flow
    for obj in (flow, service, watcher):
        shiboken6.delete(obj)


def come(flow: ScheduleFlow, clock: Any, when: datetime) -> None:
    """Time passes to `when`, and the job (or the watcher) checks, as APScheduler would."""
    clock.advance(seconds=(when - clock.now()).total_seconds())
    flow.service.check()


def outcomes(store: Any) -> list[RunOutcome]:
    return [run.outcome for run in store.scheduled_runs.all()]


def test_five_minutes_before_the_user_is_asked_in_the_blocks_own_words(flow, clock, shell):
    come(flow, clock, at(8, 54))
    assert not [a for a in shell.asked if a[0] == "scheduled"]
    come(flow, clock, at(8, 55))
    (notice,), _ = shell.question("scheduled")
    assert (notice.name, notice.minutes, notice.start) == ("Power hour", 5, at(9))


def test_unanswered_it_starts_by_itself_at_its_time_with_the_chime(flow, clock, shell, timer,
                                                                   store):
    come(flow, clock, at(8, 55))
    come(flow, clock, at(9))
    block = timer.block
    assert timer.state is TimerState.RUNNING
    assert (block.planned_minutes, block.activity, block.strict) == (60, PROSPECTING, True)
    assert shell.chimes == 1 and shell.notes[-1][0] == "Power hour started"
    assert outcomes(store) == [RunOutcome.STARTED]


def test_start_now_starts_it_at_once_and_not_again_at_its_time(flow, clock, shell, timer,
                                                               store):
    come(flow, clock, at(8, 55))
    _, answer = shell.question("scheduled")
    answer(ScheduledAnswer.START)
    started = timer.block
    assert started.start == at(8, 55)
    come(flow, clock, at(9))
    assert timer.block is started and outcomes(store) == [RunOutcome.STARTED]


def test_skipped_it_does_not_start_and_is_recorded_as_skipped(flow, clock, shell, timer,
                                                              store):
    come(flow, clock, at(8, 55))
    _, answer = shell.question("scheduled")
    answer(ScheduledAnswer.SKIP)
    come(flow, clock, at(9, 1))
    assert timer.state is TimerState.IDLE
    assert outcomes(store) == [RunOutcome.SKIPPED]


def test_snoozed_it_asks_again_ten_minutes_later_and_starts_five_after(flow, clock, shell,
                                                                       timer):
    come(flow, clock, at(8, 55))
    _, answer = shell.question("scheduled")
    answer(ScheduledAnswer.SNOOZE)
    come(flow, clock, at(9, 1))
    assert timer.state is TimerState.IDLE
    come(flow, clock, at(9, 5))
    (notice,), _ = shell.question("scheduled")
    assert notice.start == at(9, 10)
    come(flow, clock, at(9, 10))
    assert timer.block.start == at(9, 10)


def test_with_another_block_running_it_is_missed_and_said_so(flow, clock, shell, timer, store):
    timer.start(StartRequest(minutes=90, role="field_sales"))
    come(flow, clock, at(9))
    assert timer.block.role == "field_sales"
    assert outcomes(store) == [RunOutcome.MISSED]
    assert shell.notes[-1] == ("Power hour missed", "A focus block was running at its time.")


def test_asleep_through_it_it_is_missed_not_started(flow, clock, shell, timer, store):
    clock.jump_wall(hours=3)  # 08:00 -> 11:00, the machine asleep
    flow.service.check()
    assert timer.state is TimerState.IDLE
    assert outcomes(store) == [RunOutcome.MISSED]
    assert shell.notes[-1] == ("Power hour missed", "The computer was asleep at its time.")


def test_an_answer_after_it_started_by_itself_changes_nothing(flow, clock, shell, timer, store):
    come(flow, clock, at(8, 55))
    _, answer = shell.question("scheduled")
    come(flow, clock, at(9))
    answer(ScheduledAnswer.SKIP)  # the notification was still on screen
    assert timer.state is TimerState.RUNNING and outcomes(store) == [RunOutcome.STARTED]
