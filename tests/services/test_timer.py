"""The focus timer with a fake clock and a real store: start → end, pauses, stops, crashes."""

from __future__ import annotations

import gc
import weakref
from datetime import timedelta

import pytest

from focusapp.core.errors import ValidationError
from focusapp.core.models import Outcome, Settings
from focusapp.services.sleep import SleepWatcher
from focusapp.services.timer import (
    FocusTimer,
    StartRequest,
    StrictModeLocked,
    StrictNoPause,
    TimerBusy,
    TimerState,
)

REQUEST = StartRequest(minutes=25, role="outbound_prospector",
                       activity="outbound_prospector.prospecting_block", energy=4)


@pytest.fixture
def timer(qtbot, store, clock):
    return FocusTimer(clock, store, lambda: Settings())


def test_a_full_block_runs_to_its_due_time_and_is_saved(timer, store, clock, qtbot):
    block = timer.start(REQUEST)
    assert timer.state is TimerState.RUNNING and timer.ticking
    assert store.runtime.get_checkpoint().block == block
    clock.advance(minutes=10)
    timer.check()
    assert timer.remaining_seconds() == pytest.approx(15 * 60)
    clock.advance(minutes=15, seconds=1)
    with qtbot.waitSignal(timer.block_finished) as finished:
        timer.check()
    done = finished.args[0]
    assert done.outcome is Outcome.COMPLETED
    assert done.end == block.start + timedelta(minutes=25)  # its due instant, not the tick's
    assert done.focused_minutes == pytest.approx(25)
    assert store.blocks.get(block.id) == done
    assert store.runtime.get_checkpoint() is None
    assert timer.state is TimerState.IDLE and not timer.ticking  # nothing ticks when idle


def test_pauses_are_recorded_and_not_counted(timer, clock):
    timer.start(REQUEST)
    clock.advance(minutes=5)
    timer.pause()
    assert timer.state is TimerState.PAUSED and not timer.ticking
    clock.advance(minutes=30)  # a long lunch call
    assert timer.remaining_seconds() == pytest.approx(20 * 60)
    timer.resume()
    clock.advance(minutes=10)
    block = timer.stop()
    assert block.outcome is Outcome.PARTIAL
    assert block.focused_minutes == pytest.approx(15)
    assert len(block.pauses) == 1 and block.pauses[0].end is not None
    assert (block.end - block.start) == timedelta(minutes=45)


def test_stop_early_keeps_a_partial_block(timer, store, clock):
    timer.start(REQUEST)
    clock.advance(minutes=7)
    block = timer.stop()
    assert block.outcome is Outcome.PARTIAL and block.focused_minutes == pytest.approx(7)
    assert store.blocks.get(block.id).outcome is Outcome.PARTIAL


def test_abandon_keeps_the_block_flagged(timer, store, clock):
    timer.start(REQUEST)
    clock.advance(minutes=3)
    block = timer.abandon()
    assert store.blocks.get(block.id).outcome is Outcome.ABANDONED


def test_strict_mode_needs_confirmation_but_has_an_emergency_exit(timer, clock):
    timer.start(StartRequest(minutes=50, role="solo", strict=True))
    clock.advance(minutes=5)
    with pytest.raises(StrictModeLocked):
        timer.stop()
    assert timer.state is TimerState.RUNNING
    block = timer.abandon()
    assert block.outcome is Outcome.ABANDONED and block.strict


def test_a_strict_block_cannot_be_paused(timer, clock):
    timer.start(StartRequest(minutes=50, role="solo", strict=True))
    with pytest.raises(StrictNoPause):
        timer.pause()
    assert timer.state is TimerState.RUNNING


def test_strict_stop_with_the_phrase(timer, clock):
    timer.start(StartRequest(minutes=50, role="solo", strict=True))
    clock.advance(minutes=5)
    assert timer.stop(confirmed=True).outcome is Outcome.PARTIAL


def test_one_block_at_a_time(timer):
    timer.start(REQUEST)
    with pytest.raises(TimerBusy):
        timer.start(REQUEST)


def test_interruptions_are_logged_with_the_block(timer, clock):
    timer.start(REQUEST)
    clock.advance(minutes=3)
    timer.log_interruption("  Boss   at the desk ")
    block = timer.stop()
    assert [i.what for i in block.interruptions] == ["Boss at the desk"]


@pytest.mark.parametrize("what", ["", "   ", "\u200b\u200b"])
def test_an_interruption_with_nothing_said_is_refused(timer, what):
    timer.start(REQUEST)
    with pytest.raises(ValidationError) as refused:
        timer.log_interruption(what)
    assert refused.value.code == "interruption.empty"
    assert timer.block is not None and timer.block.interruptions == ()


def test_breaks_long_after_n_completed_blocks(timer, clock, qtbot):
    for n in range(1, 5):
        timer.start(REQUEST)
        clock.advance(minutes=26)
        timer.check()
        length = timer.start_break()
        assert timer.state is TimerState.BREAK
        assert length == timedelta(minutes=15 if n == 4 else 5)
        clock.advance(minutes=16)
        with qtbot.waitSignal(timer.break_finished):
            timer.check()
        assert timer.state is TimerState.IDLE


def test_a_break_after_a_block_stopped_early_is_short(timer, clock):
    # No block completed yet today: 0 is a multiple of every N, but no long break is earned.
    timer.start(REQUEST)
    clock.advance(minutes=10)
    timer.stop()
    assert timer.start_break() == timedelta(minutes=5)


def test_a_suspend_past_the_due_time_ends_the_block_at_due_and_says_so(timer, clock, qtbot):
    block = timer.start(REQUEST)
    clock.advance(minutes=10)
    timer.check()
    clock.jump_wall(hours=2)  # the laptop slept
    with qtbot.waitSignal(timer.ended_during_sleep) as told:
        timer.check()
    ended = told.args[0]
    assert ended.end == block.start + timedelta(minutes=25)
    assert ended.outcome is Outcome.COMPLETED


def test_a_block_that_ends_while_awake_is_not_said_to_have_ended_asleep(timer, clock, qtbot):
    ended_asleep = []
    timer.ended_during_sleep.connect(ended_asleep.append)
    timer.start(REQUEST)
    clock.advance(minutes=25, seconds=1)
    with qtbot.waitSignal(timer.block_finished):
        timer.check()
    assert ended_asleep == []  # the app would otherwise notify "ended while asleep" every time


def test_a_sleep_shorter_than_the_block_leaves_it_running(timer, clock):
    ended_asleep = []
    timer.ended_during_sleep.connect(ended_asleep.append)
    timer.start(REQUEST)
    clock.advance(minutes=5)
    timer.check()
    clock.jump_wall(minutes=10)  # a ten-minute suspend: wall time counts, the block goes on
    timer.check()
    assert timer.state is TimerState.RUNNING and ended_asleep == []
    assert timer.remaining_seconds() == pytest.approx(10 * 60)


def test_the_shared_watcher_ends_a_block_due_asleep_before_the_next_tick(store, clock, qtbot):
    watcher = SleepWatcher(clock)
    timer = FocusTimer(clock, store, lambda: Settings(), sleep_watcher=watcher)
    block = timer.start(REQUEST)
    clock.advance(minutes=10)
    clock.jump_wall(hours=2)
    with qtbot.waitSignal(timer.ended_during_sleep) as told:
        watcher.check()  # the watcher's own timer (or another service) noticed the resume
    assert told.args[0].end == block.start + timedelta(minutes=25)
    assert timer.state is TimerState.IDLE and store.blocks.get(block.id) == told.args[0]


def test_a_clock_set_back_keeps_the_time_left_and_the_block_whole(store, clock, qtbot):
    """Sensible behaviour: the block moves back with the clock, so it keeps its focus time
    and remaining time, and is saved (and checkpointed) in the clock now shown."""
    timer = FocusTimer(clock, store, lambda: Settings())
    block = timer.start(REQUEST)
    clock.advance(minutes=3)
    timer.log_interruption("phone")
    clock.advance(minutes=7)
    clock.jump_wall(hours=-1)  # the user sets the clock back an hour
    timer.check()
    assert timer.remaining_seconds() == pytest.approx(15 * 60)  # not 75 minutes
    moved = store.runtime.get_checkpoint().block
    assert moved.start == block.start - timedelta(hours=1)
    assert moved.interruptions[0].at == moved.start + timedelta(minutes=3)
    assert moved.remaining_seconds(clock.now()) == pytest.approx(15 * 60)  # what a crash keeps

    clock.advance(minutes=15, seconds=1)
    ended_asleep = []
    timer.ended_during_sleep.connect(ended_asleep.append)
    with qtbot.waitSignal(timer.block_finished) as finished:
        timer.check()
    done = finished.args[0]
    assert done.outcome is Outcome.COMPLETED and done.focused_minutes == pytest.approx(25)
    assert done.end == clock.now() - timedelta(seconds=1) and ended_asleep == []


def test_recovery_resumes_a_block_still_due(store, clock, qtbot):
    first = FocusTimer(clock, store, lambda: Settings())
    block = first.start(REQUEST)
    clock.advance(minutes=5)
    first.check()
    del first  # the process dies: no stop, no save
    second = FocusTimer(clock, store, lambda: Settings())
    recovery = second.recover()
    assert recovery.resumed and recovery.block.id == block.id
    assert second.state is TimerState.RUNNING
    assert second.remaining_seconds() == pytest.approx(20 * 60)


def test_recovery_closes_an_overdue_block_at_its_last_known_instant(store, clock):
    first = FocusTimer(clock, store, lambda: Settings())
    block = first.start(REQUEST)
    clock.advance(minutes=3)
    first.pause()  # checkpoint written at 3 minutes
    first.resume()
    clock.advance(minutes=4)
    del first
    clock.advance(hours=3)  # the app stays dead past the due time
    second = FocusTimer(clock, store, lambda: Settings())
    recovery = second.recover()
    assert not recovery.resumed
    saved = store.blocks.get(block.id)
    assert saved.recovered and saved.outcome is Outcome.PARTIAL
    assert saved.end == block.start + timedelta(minutes=3)  # the last instant we knew of
    assert store.runtime.get_checkpoint() is None
    assert second.state is TimerState.IDLE


def test_bad_requests_are_refused(timer):
    from focusapp.core.errors import ValidationError

    for minutes in (0, 4, 181, 10_000):
        with pytest.raises(ValidationError):
            StartRequest(minutes=minutes, role="solo")
    with pytest.raises(ValidationError):
        StartRequest(minutes=25, role="solo", energy=6)


def test_a_dropped_timer_dies_at_once_in_its_own_thread(qtbot, store, clock):
    """No reference cycle: a timer left to Python's cyclic collector could be destroyed in a
    worker thread (the blocking controller's), where Qt aborts on its running QTimers."""
    timer = FocusTimer(clock, store, lambda: Settings())
    timer.start(REQUEST)  # its tick is running
    gc.disable()  # only reference counting may free it here
    try:
        gone = weakref.ref(timer)
        del timer
        assert gone() is None
    finally:
        gc.enable()
