"""Scheduled blocks coming due through APScheduler, and across sleeps and clock changes
(the rules of tests/services/test_reminders.py: frozen system time moved with the FakeClock,
the wake-up timer expired by hand, the sleep watcher checked by hand or by its own timer)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from focusapp.core.days import DayOff
from focusapp.core.models import Settings
from focusapp.core.schedule import Occurrence, ScheduledBlock
from focusapp.services.scheduled import ScheduledBlocks
from focusapp.services.sleep import SleepWatcher
from tests.conftest import PARIS_WINTER as PARIS
from tests.conftest import FakeClock
from tests.services.test_reminders import Now, wait_until

MON = date(2026, 11, 23)
POWER_HOUR = ScheduledBlock(id="s1", name="Power hour", weekdays=(0, 1, 2, 3, 4), at="09:00",
                            minutes=60, role="outbound_prospector")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


@dataclass
class Heard:
    said: list[tuple[str, datetime]] = field(default_factory=list)

    def attach(self, service: ScheduledBlocks) -> None:
        for name in ("heads_up", "due", "missed"):
            getattr(service, name).connect(
                lambda o, n=name: self.said.append((n, o.start)))


@dataclass
class Rig:
    service: ScheduledBlocks
    now: Now
    heard: Heard
    settings: list[Settings]

    def wake(self, qtbot: QtBot) -> None:
        """As if APScheduler's wake-up timer expired now (its QTimer counts real time)."""
        scheduler = self.service.scheduler
        assert scheduler is not None
        before = scheduler.wakeups
        scheduler.wakeup()
        wait_until(qtbot, lambda: scheduler.wakeups > before)
        qtbot.wait(20)  # the queued job runs (QtThreadExecutor)

    def job_time(self) -> datetime | None:
        scheduler = self.service.scheduler
        assert scheduler is not None
        job = scheduler.get_job("scheduled-blocks")
        return None if job is None else job.next_run_time


@pytest.fixture
def rig(qtbot: QtBot, time_machine: Any) -> Iterator[Rig]:
    clock = FakeClock(at(MON, 8))
    watcher = SleepWatcher(clock)
    settings = [Settings(scheduled_blocks=(POWER_HOUR,))]
    service = ScheduledBlocks(clock, lambda: settings[-1], sleep_watcher=watcher)
    heard = Heard()
    heard.attach(service)
    rig = Rig(service, Now(clock, time_machine, watcher), heard, settings)
    service.start()
    yield rig
    service.shutdown()


def test_apscheduler_wakes_for_the_heads_up_then_for_the_start(qtbot: QtBot, rig: Rig):
    assert rig.job_time() == at(MON, 8, 55)
    rig.now.set(at(MON, 8, 55))
    rig.wake(qtbot)
    assert rig.heard.said == [("heads_up", at(MON, 9))]
    assert rig.job_time() == at(MON, 9)
    rig.now.set(at(MON, 9))
    rig.wake(qtbot)
    assert rig.heard.said[-1] == ("due", at(MON, 9))
    assert rig.job_time() == at(MON, 8, 55) + timedelta(days=1)  # Tuesday's heads-up


def test_asleep_through_its_time_it_is_missed_once_never_started(qtbot: QtBot, rig: Rig):
    rig.now.sleep_until(at(MON, 11))
    rig.wake(qtbot)  # APScheduler's misfire handling first (its grace is long)...
    rig.now.watcher.check()  # ...then the watcher notices the resume: nothing twice
    rig.wake(qtbot)
    assert rig.heard.said == [("missed", at(MON, 9))]


def test_a_short_sleep_over_its_time_still_starts_it_once(qtbot: QtBot, rig: Rig):
    rig.now.set(at(MON, 8, 50))
    with qtbot.waitSignal(rig.service.due, timeout=3000):
        rig.now.sleep_until(at(MON, 9, 4))
        rig.now.watcher.check()
    rig.wake(qtbot)
    assert rig.heard.said == [("due", at(MON, 9))]  # the heads-up was slept through


def test_the_watchers_own_timer_notices_a_sleep_over_it(qtbot: QtBot, time_machine: Any):
    clock = FakeClock(at(MON, 8))
    watcher = SleepWatcher(clock, interval_s=0.02)
    service = ScheduledBlocks(clock, lambda: Settings(scheduled_blocks=(POWER_HOUR,)),
                              sleep_watcher=watcher)
    Now(clock, time_machine, watcher)
    service.start()
    try:
        with qtbot.waitSignal(service.missed, timeout=3000) as blocker:
            clock.jump_wall(hours=3)
        assert blocker.args[0].start == at(MON, 9)
    finally:
        service.shutdown()


def test_a_clock_set_back_over_it_does_not_start_it_again(qtbot: QtBot, rig: Rig):
    rig.now.set(at(MON, 9, 1))
    rig.wake(qtbot)
    rig.now.set_clock_back_to(at(MON, 8, 50))
    rig.now.watcher.check()
    rig.now.set(at(MON, 9, 0))
    rig.wake(qtbot)
    assert [what for what, _ in rig.heard.said] == ["due"]


def test_after_a_dst_change_nine_stays_nine_on_the_wall(qtbot: QtBot, rig: Rig):
    summer = timezone(timedelta(hours=2))
    rig.now.set(at(MON, 10))
    rig.now.clock._now = rig.now.clock.now().astimezone(summer)  # same instant, new offset
    rig.now.watcher.check()
    wake = rig.job_time()
    assert wake is not None and wake == datetime(2026, 11, 24, 8, 55, tzinfo=summer)


def test_a_day_off_has_no_heads_up(qtbot: QtBot, rig: Rig):
    rig.settings.append(Settings(scheduled_blocks=(POWER_HOUR,),
                                 days_off=(DayOff(MON, MON),)))
    rig.service.schedule_changed()
    assert rig.job_time() == at(MON, 8, 55) + timedelta(days=1)


def test_a_block_added_after_its_time_is_not_missed(qtbot: QtBot, rig: Rig):
    rig.settings.append(Settings())
    rig.service.schedule_changed()
    rig.now.set(at(MON, 14))
    rig.settings.append(Settings(scheduled_blocks=(POWER_HOUR,)))
    rig.service.schedule_changed()
    rig.wake(qtbot)
    assert rig.heard.said == []


def test_snoozed_it_warns_again_in_ten_minutes_and_starts_five_after(qtbot: QtBot, rig: Rig):
    rig.now.set(at(MON, 8, 55))
    rig.wake(qtbot)
    occurrence: Occurrence = rig.service.pending()[0]
    rig.service.snooze(occurrence)
    assert rig.job_time() == at(MON, 9, 5)
    rig.now.set(at(MON, 9, 5))
    rig.wake(qtbot)
    rig.now.set(at(MON, 9, 10))
    rig.wake(qtbot)
    assert rig.heard.said == [("heads_up", at(MON, 9)), ("heads_up", at(MON, 9, 10)),
                              ("due", at(MON, 9, 10))]
