"""A block stopped on a full disk: stopped at once, the user told once, nothing lost.

The disk is refused at the store's one atomic write (tests/disk.py); the retry is the timer's
real QTimer, run fast here and waited for with qtbot.waitUntil.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import shiboken6

from focusapp.core.models import Outcome
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.shell import BlockEndAnswer
from focusapp.flows.today import TodayFlow
from focusapp.services.timer import FocusTimer, StartRequest, TimerState
from tests.disk import Disk, month_files

REQUEST = StartRequest(minutes=25, role="outbound_prospector",
                       activity="outbound_prospector.prospecting_block")
SAVED = "Focus block saved"


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(monkeypatch)


@pytest.fixture
def timer(daily: Any, store: Any, clock: Any) -> Iterator[FocusTimer]:
    focus_timer = FocusTimer(clock, store, daily.settings, retry_ms=10)
    yield focus_timer
    shiboken6.delete(focus_timer)


@pytest.fixture
def blocks(daily: Any, timer: FocusTimer, shell: Any) -> BlocksFlow:
    return BlocksFlow(daily, timer, shell)


def told(shell: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(p.code, dict(p.params)) for p in shell.problems]


def saved_notes(shell: Any) -> list[str]:
    return [message for title, message in shell.notes if title == SAVED]


def test_a_block_stopped_on_a_full_disk_stops_and_is_saved_when_space_returns(
        blocks, timer, store, shell, clock, disk, qtbot):
    block = blocks.start(REQUEST)
    clock.advance(minutes=12)
    disk.fill()
    blocks.ask_stop()
    assert timer.state is TimerState.IDLE and timer.block is None
    assert told(shell) == [("timer.stop_not_saved", {"reason": "ENOSPC"})]
    assert shell.chimes == 1 and shell.question("block_end")  # the end goes on as usual
    assert store.blocks.get(block.id) is None
    refused = disk.refused
    qtbot.waitUntil(lambda: disk.refused >= refused + 3)  # retried, silently
    assert len(shell.problems) == 1 and saved_notes(shell) == []
    disk.free()
    qtbot.waitUntil(lambda: store.blocks.get(block.id) is not None)
    kept = store.blocks.get(block.id)
    assert kept.end == block.start + timedelta(minutes=12)
    assert kept.outcome is Outcome.PARTIAL and not kept.recovered
    assert store.runtime.get_checkpoint() is None
    assert saved_notes(shell) == ["The focus block that ended at 09:12 is saved now."]
    assert len(shell.problems) == 1 and timer.unsaved.blocks == ()


def test_the_block_end_answer_on_a_full_disk_is_kept_and_saved_later(
        blocks, timer, store, shell, clock, disk, qtbot, daily):
    daily.totals()  # read, as the app does after its first paint
    block = blocks.start(REQUEST)
    clock.advance(minutes=25)
    timer.check()  # due: saved while there is room
    _, answer = shell.question("block_end")
    disk.fill()
    answer(BlockEndAnswer(count=3, note="two callbacks", take_break=False))
    assert told(shell) == [("timer.stop_not_saved", {"reason": "ENOSPC"})]
    assert store.blocks.get(block.id).note == ""
    assert daily.todays_blocks()[-1].note == "two callbacks"  # what the windows show
    disk.free()
    qtbot.waitUntil(lambda: store.blocks.get(block.id).note == "two callbacks")
    assert store.blocks.get(block.id).count == 3
    assert len(saved_notes(shell)) == 1


def test_an_answer_given_while_the_block_waits_is_saved_with_it_and_told_once(
        blocks, timer, store, shell, clock, disk, qtbot):
    block = blocks.start(REQUEST)
    clock.advance(minutes=7)
    disk.fill()
    blocks.ask_stop()
    _, answer = shell.question("block_end")
    answer(BlockEndAnswer(count=None, note="dialler crashed", take_break=False))
    assert len(shell.problems) == 1
    disk.free()
    qtbot.waitUntil(lambda: store.blocks.get(block.id) is not None)
    kept = store.blocks.get(block.id)
    assert (kept.note, kept.end) == ("dialler crashed", block.start + timedelta(minutes=7))
    assert len(saved_notes(shell)) == 1


def test_a_start_saves_the_waiting_block_first_and_is_refused_while_the_disk_is_full(
        blocks, timer, store, shell, clock, disk):
    first = blocks.start(REQUEST)
    clock.advance(minutes=5)
    disk.fill()
    blocks.ask_stop()
    blocks.ask_start()
    _, answer = shell.question("start")
    answer(REQUEST)
    assert told(shell)[-1] == ("timer.not_saved", {"reason": "ENOSPC"})
    assert timer.state is TimerState.IDLE
    disk.free()
    second = blocks.start(REQUEST)  # no wait for the retry: the start saves it first
    assert store.blocks.get(first.id).end == first.start + timedelta(minutes=5)
    assert store.runtime.get_checkpoint().block == second


def test_a_block_running_on_a_disk_that_fills_keeps_what_was_done_to_it(
        blocks, timer, store, shell, clock, disk, qtbot):
    block = blocks.start(REQUEST)
    disk.fill()
    clock.advance(minutes=2)
    timer.check()  # the heartbeat's checkpoint is refused: no traceback, still running
    timer.pause()
    clock.advance(minutes=3)
    timer.resume()
    timer.log_interruption("manager at the desk")
    assert timer.state is TimerState.RUNNING and shell.problems == []
    clock.advance(minutes=5)
    blocks.ask_stop()
    disk.free()
    qtbot.waitUntil(lambda: store.blocks.get(block.id) is not None)
    kept = store.blocks.get(block.id)
    assert kept.focused_minutes == pytest.approx(7)
    assert [i.what for i in kept.interruptions] == ["manager at the desk"]


def test_a_stop_the_disk_refused_is_recovered_as_it_was_stopped(daily, store, shell, clock,
                                                               disk):
    first = FocusTimer(clock, store, daily.settings)
    block = first.start(REQUEST)
    clock.advance(minutes=9)
    disk.fill(only=month_files)  # nearly full: the month file no longer fits, runtime.json does
    stopped = first.stop()
    assert store.blocks.get(block.id) is None
    assert store.runtime.get_checkpoint().block == stopped  # the stop is noted
    shiboken6.delete(first)  # the app dies before the disk has room again
    disk.free()
    clock.advance(minutes=1)  # started again while the block would still be due
    second = FocusTimer(clock, store, daily.settings)
    TodayFlow(daily, second, store, shell).recover_block()
    assert second.state is TimerState.IDLE  # not resumed: the user had stopped it
    assert store.blocks.get(block.id) == stopped and not stopped.recovered
    assert store.runtime.get_checkpoint() is None
    assert saved_notes(shell) == ["FocusApp stopped before it could save your last focus "
                                  "block; it is saved now, as you stopped it."]
    shiboken6.delete(second)


def test_a_start_on_a_disk_still_full_keeps_the_recovered_block_and_says_so_once(
        daily, store, shell, clock, disk, qtbot):
    first = FocusTimer(clock, store, daily.settings)
    block = first.start(REQUEST)
    clock.advance(minutes=9)
    disk.fill(only=month_files)
    stopped = first.stop()
    shiboken6.delete(first)  # the app dies; it starts again with the disk as full
    second = FocusTimer(clock, store, daily.settings, retry_ms=10)
    BlocksFlow(daily, second, shell, second)  # owned by the timer, as the app owns its flows
    TodayFlow(daily, second, store, shell).recover_block()
    assert second.state is TimerState.IDLE and second.unsaved.blocks == (stopped,)
    assert told(shell) == [("timer.stop_not_saved", {"reason": "ENOSPC"})]
    assert saved_notes(shell) == []  # not "saved" before it is
    disk.free()
    qtbot.waitUntil(lambda: store.blocks.get(block.id) == stopped)
    assert saved_notes(shell) == ["The focus block that ended at 09:09 is saved now."]
    shiboken6.delete(second)
