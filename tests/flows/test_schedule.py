"""A scheduled block as the user lives it: "Power hour in 5 min" with Start / Snooze 10 /
Skip, the block starting by itself, and the honest record of each occurrence."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from typing import Any

import pytest
import shiboken6

from focusapp.core.errors import ValidationError
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
    answer(ScheduledAnswer.START)  # the notification was still on screen
    answer(ScheduledAnswer.SKIP)
    assert timer.state is TimerState.RUNNING and outcomes(store) == [RunOutcome.STARTED]
    assert shell.problems == []  # not "a focus block is already running"


def test_start_in_ten_minutes_starts_it_by_itself_then_and_records_no_run(flow, clock, shell,
                                                                         timer, store):
    request = StartRequest(minutes=25, role="outbound_prospector", activity=PROSPECTING)
    starts = flow.start_later(request, 10)
    assert starts == at(8, 10) and shell.notes[-1] == ("Focus block later",
                                                   "It starts by itself at 08:10.")
    come(flow, clock, at(8, 9))
    assert timer.state is TimerState.IDLE
    assert not [a for a in shell.asked if a[0] == "scheduled"]  # no heads-up: just asked
    come(flow, clock, at(8, 10))
    assert timer.block.start == at(8, 10) and timer.block.planned_minutes == 25
    assert shell.notes[-1][0] == "Focus block started"
    assert outcomes(store) == []


def test_a_delayed_start_with_a_block_running_then_is_said_not_forced(flow, clock, shell,
                                                                      timer):
    flow.start_later(StartRequest(minutes=25, role="outbound_prospector"), 5)
    timer.start(StartRequest(minutes=50, role="field_sales"))
    come(flow, clock, at(8, 5))
    assert timer.block.role == "field_sales"
    assert shell.notes[-1] == ("Your delayed focus block did not start",
                               "A focus block was running at its time.")


def test_the_tray_starts_the_usual_block_in_ten_minutes(flow, clock, timer):
    flow.start_later_from_menu(10)
    come(flow, clock, at(8, 10))
    assert timer.block.planned_minutes == 25  # the first preset, as `focusapp start` does


@pytest.mark.parametrize("minutes", [0, 241])
def test_a_delay_out_of_range_is_refused_in_words(flow, shell, minutes):
    flow.start_later_from_menu(minutes)
    assert [p.code for p in shell.problems] == ["timer.delay_range"]


def test_the_command_line_starts_a_block_later_and_extends_it(flow, clock, shell, timer,
                                                              daily, store):
    """`focusapp start 25 --in 10m` then `focusapp extend 10`, as the running app answers."""
    from focusapp.flows.counting import CountingFlow
    from focusapp.flows.handoffs import HandoffsFlow
    from focusapp.flows.leads import LeadsFlow
    from focusapp.flows.one_thing import OneThingFlow
    from focusapp.flows.reminders import RemindersFlow
    from focusapp.flows.server import CommandServer
    from focusapp.flows.windows import WindowsFlow
    from focusapp.services.accounts import AccountBook
    from focusapp.services.leads import LeadBook
    from focusapp.ui.import_text import import_summary

    blocks = BlocksFlow(daily, timer, shell)
    windows = WindowsFlow(daily, shell, RemindersFlow(clock, daily, blocks,
                                                      OneThingFlow(daily, shell)),
                          lambda: None, store)  # type: ignore[arg-type,return-value]
    server = CommandServer(store, timer, shell, blocks, OneThingFlow(daily, shell), windows,
                           CountingFlow(daily, timer, shell), HandoffsFlow(clock, daily, shell),
                           AccountBook(clock, store, daily),
                           LeadsFlow(clock, daily, LeadBook(store), timer, shell),
                           import_summary, later=flow.start_later)
    answer = server.handle("start", {"minutes": 25, "role": "outbound_prospector",
                                     "activity": None, "in_minutes": 10})
    assert answer["block_id"] == ""
    assert answer["starts_at"] == at(8, 10).isoformat()
    come(flow, clock, at(8, 10))
    assert timer.state is TimerState.RUNNING
    extended = server.handle("extend", {"minutes": 10})
    assert (extended["planned_minutes"], extended["remaining_seconds"]) == (35, 35 * 60)
    with pytest.raises(ValidationError) as refused:
        server.handle("extend", {"minutes": 500})
    assert refused.value.code == "timer.extend_range"
