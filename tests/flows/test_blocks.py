"""Focus blocks through BlocksFlow: what the user is asked, told and what is kept."""

from __future__ import annotations

from typing import Any

import pytest

from focusapp.core.errors import CodedError, ValidationError
from focusapp.core.models import Outcome
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.shell import BlockEndAnswer, StrictStopAnswer
from focusapp.services.timer import StartRequest, TimerState

PROSPECTING = "outbound_prospector.prospecting_block"


@pytest.fixture
def blocks(daily: Any, timer: Any, shell: Any) -> BlocksFlow:
    return BlocksFlow(daily, timer, shell)


def test_the_start_dialog_opens_on_the_one_things_role_and_activity(blocks, daily, shell):
    daily.set_one_thing("Book three meetings", "outbound_prospector", PROSPECTING)
    blocks.ask_start(50)
    (form,), _ = shell.question("start")
    assert (form.minutes, form.role, form.activity) == (50, "outbound_prospector", PROSPECTING)
    assert form.presets == tuple(daily.settings().presets)


def test_a_block_on_the_one_thing_counts_it_whatever_the_dialog_said(blocks, daily, shell):
    daily.set_one_thing("Book three meetings", "outbound_prospector", PROSPECTING)
    blocks.ask_start()
    _, answer = shell.question("start")
    answer(StartRequest(minutes=25, role="outbound_prospector", activity=PROSPECTING))
    assert blocks.timer.block.serves_one_thing
    assert shell.notes[-1][0] == "Focus block started"


def test_a_block_on_another_activity_does_not_serve_the_one_thing(blocks, daily):
    daily.set_one_thing("Book three meetings", "outbound_prospector", PROSPECTING)
    block = blocks.start(StartRequest(minutes=25, role="outbound_prospector",
                                      activity="outbound_prospector.icp_research"))
    assert not block.serves_one_thing


def test_starting_while_a_block_runs_is_refused_in_words(blocks, shell):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector"))
    blocks.ask_start()
    _, answer = shell.question("start")
    answer(StartRequest(minutes=50, role="outbound_prospector"))
    assert [p.code for p in shell.problems] == ["timer.busy"]
    assert blocks.timer.block.planned_minutes == 25


def test_the_end_chimes_asks_the_count_and_keeps_it(blocks, timer, store, shell, clock):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector",
                              activity="outbound_prospector.conversations"))
    clock.advance(minutes=25, seconds=1)  # awake all along: wall and monotonic time agree
    timer.check()
    assert shell.chimes == 1 and shell.notes[-1][0] == "Focus block finished"
    (_block, metric), answer = shell.question("block_end")
    assert metric == "conversations"
    answer(BlockEndAnswer(count=7, note="Two callbacks", take_break=True))
    (saved,) = store.blocks.all()
    assert (saved.count, saved.note, saved.outcome) == (7, "Two callbacks", Outcome.COMPLETED)
    assert timer.state is TimerState.BREAK


def test_a_strict_block_asks_for_the_phrase_and_keeps_running_without_it(blocks, timer,
                                                                          shell):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector", strict=True))
    blocks.ask_stop()
    _, answer = shell.question("strict_stop")
    answer(StrictStopAnswer(confirmed=False, emergency=False))
    assert timer.state is TimerState.RUNNING
    blocks.ask_stop()
    _, answer = shell.question("strict_stop")
    answer(StrictStopAnswer(confirmed=True, emergency=False))
    assert timer.state is TimerState.IDLE


def test_the_emergency_exit_abandons(blocks, store, shell):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector", strict=True))
    blocks.ask_stop()
    _, answer = shell.question("strict_stop")
    answer(StrictStopAnswer(confirmed=False, emergency=True))
    assert store.blocks.all()[0].outcome is Outcome.ABANDONED


def test_stop_from_the_command_line_refuses_a_strict_block(blocks, timer):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector", strict=True))
    with pytest.raises(CodedError) as refused:
        blocks.stop_for_command()
    assert refused.value.code == "timer.strict_from_command"  # where to stop it, not "type"
    assert timer.state is TimerState.RUNNING


def test_an_activity_from_the_command_line_is_an_id_of_the_role(blocks):
    block = blocks.start_for(None, "field_sales", "prospect_meetings")  # the short form
    assert block.activity == "field_sales.prospect_meetings"
    assert block.planned_minutes == blocks.daily.settings().presets[0]


def test_a_wrong_activity_names_the_valid_ones(blocks, timer):
    with pytest.raises(ValidationError) as refused:
        blocks.start_for(25, "field_sales", "Calls %2")
    assert refused.value.code == "activity.unknown"
    assert "field_sales.prospect_meetings" in refused.value.params["valid"]
    assert timer.block is None


def test_no_activity_takes_the_one_things_only_for_its_role(blocks, daily, timer):
    daily.set_one_thing("Book three meetings", "outbound_prospector", PROSPECTING)
    assert blocks.start_for(25, "outbound_prospector", None).activity == PROSPECTING
    timer.abandon()
    assert blocks.start_for(25, "field_sales", None).activity is None


def test_the_nudge_is_needed_only_before_the_first_block(blocks, timer, clock):
    assert blocks.nudge_needed()
    blocks.start(StartRequest(minutes=25, role="outbound_prospector"))
    assert not blocks.nudge_needed()  # running
    clock.advance(minutes=26)
    timer.check()
    assert not blocks.nudge_needed()  # a block is done today


def test_an_interruption_is_logged_on_the_running_block(blocks, timer, shell):
    blocks.ask_interruption()
    assert not shell.asked  # nothing to interrupt
    blocks.start(StartRequest(minutes=25, role="outbound_prospector"))
    blocks.ask_interruption()
    _, answer = shell.question("interruption")
    answer("Manager")
    assert [i.what for i in timer.block.interruptions] == ["Manager"]


def test_a_block_that_fell_due_asleep_is_said_so(blocks, timer, shell, clock):
    blocks.start(StartRequest(minutes=25, role="outbound_prospector"))
    clock.jump_wall(hours=2)  # the lid was closed: the wall clock moved, monotonic time not
    timer.check()
    titles = [title for title, _ in shell.notes]
    assert "Your block ended while the computer was asleep" in titles
    assert "It was saved as finished at 09:25." in [text for _, text in shell.notes]


def test_a_clock_set_back_during_a_block_is_said_once(daily, store, shell, clock):
    from focusapp.services.sleep import SleepWatcher
    from focusapp.services.timer import FocusTimer

    watcher = SleepWatcher(clock)
    timer = FocusTimer(clock, store, daily.settings, sleep_watcher=watcher)
    blocks = BlocksFlow(daily, timer, shell, sleep=watcher)
    blocks.start(StartRequest(minutes=25, role="outbound_prospector"))
    clock.advance(minutes=10)
    timer.check()
    clock.jump_wall(minutes=-40)  # someone set the clock back
    watcher.check()
    said = [title for title, _ in shell.notes if "clock was set back" in title]
    assert said == ["The computer's clock was set back"]
    assert timer.remaining_seconds() == pytest.approx(15 * 60)  # nothing earned was lost



def test_ten_more_minutes_from_the_tray_are_said_and_a_refusal_is_worded(blocks, shell):
    blocks.start(StartRequest(minutes=170, role="outbound_prospector"))
    blocks.extend(10)
    assert blocks.timer.block.planned_minutes == 180
    title, text = shell.notes[-1]  # the text's plural comes from whichever catalogue is in
    assert title == "Focus block extended" and text.startswith("10 more minute")
    blocks.extend(5)
    assert [p.code for p in shell.problems] == ["timer.extend_too_long"]
    assert blocks.timer.block.planned_minutes == 180
