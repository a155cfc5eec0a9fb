"""One rule for sleeps and clock changes: wall-clock time against monotonic time."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from focusapp.services.sleep import SleepWatcher
from tests.conftest import FakeClock


class Heard:
    def __init__(self, watcher: SleepWatcher) -> None:
        self.resumed: list[float] = []
        self.set_back: list[float] = []
        self.offsets = 0
        watcher.resumed.connect(self.resumed.append)
        watcher.clock_set_back.connect(self.set_back.append)
        watcher.offset_changed.connect(self._offset)

    def _offset(self) -> None:
        self.offsets += 1

    @property
    def anything(self) -> bool:
        return bool(self.resumed or self.set_back or self.offsets)


@pytest.fixture
def watcher(qtbot: QtBot, clock: FakeClock) -> SleepWatcher:
    return SleepWatcher(clock)


def test_a_sleep_is_reported_once_with_its_length(watcher: SleepWatcher, clock: FakeClock) -> None:
    heard = Heard(watcher)
    clock.advance(seconds=15)
    clock.jump_wall(hours=3)
    watcher.check()
    assert heard.resumed == [pytest.approx(3 * 3600)]
    clock.advance(seconds=15)
    watcher.check()  # awake again: the same jump is not reported twice
    assert heard.resumed == [pytest.approx(3 * 3600)] and heard.set_back == []


def test_awake_time_and_small_drift_are_not_a_sleep(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock.advance(hours=5)  # a long awake stretch between checks: both clocks moved alike
    watcher.check()
    clock.jump_wall(seconds=59)  # NTP-sized corrections, either way
    watcher.check()
    clock.jump_wall(seconds=-59)
    watcher.check()
    assert not heard.anything


def test_a_clock_set_back_is_reported_not_taken_for_a_sleep(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock.advance(seconds=10)
    clock.jump_wall(hours=-1)
    watcher.check()
    assert heard.set_back == [pytest.approx(3600)] and heard.resumed == []


def test_a_new_utc_offset_is_reported_without_a_jump(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock._now = clock.now().astimezone(timezone(timedelta(hours=2)))  # same instant, DST
    watcher.check()
    assert heard.offsets == 1 and heard.resumed == [] and heard.set_back == []


def test_its_own_timer_notices_a_sleep(qtbot: QtBot, clock: FakeClock) -> None:
    watcher = SleepWatcher(clock, interval_s=0.02)
    with qtbot.waitSignal(watcher.resumed, timeout=3000) as told:
        clock.jump_wall(minutes=10)  # nobody calls check(): the watcher's timer does
    assert told.args == [pytest.approx(600)]


def test_a_slot_that_checks_again_does_not_hear_the_jump_twice(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    watcher.resumed.connect(lambda _s: watcher.check())  # e.g. the timer's tick inside a slot
    clock.jump_wall(hours=1)
    watcher.check()
    assert heard.resumed == [pytest.approx(3600)]
