"""Reminders with a controlled clock (SPEC §10, DESIGN "Reminders with APScheduler").

How time is controlled: APScheduler reads the real system clock (`datetime.now`), the service
reads the injected clock. Each test freezes the system clock with time_machine (tick=False) and
moves it together with the FakeClock (`Now.set`: both advance, as while awake;
`Now.sleep_until`: the wall clock jumps, monotonic time does not, as a resume from sleep does;
`Now.set_clock_back_to`: the wall clock goes back, as when the user sets it). Sleeps and clock
changes reach the reminders through a `SleepWatcher` on the same FakeClock (`Now.watcher`):
tests call its `check()`, or give it a short interval and let its timer run.
The QTimer behind APScheduler counts real time, so "the wake-up timer expired" is simulated by
calling `scheduler.wakeup()` once time has been moved; one test lets the real timer fire with a
ticking clock. Waits are on signals or on counters with a deadline in real monotonic time
(pytest-qt's waitUntil reads `time.time()`, which time_machine freezes), never fixed sleeps
that an assertion depends on.
"""

from __future__ import annotations

import time as systime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from focusapp.core.days import DayOff
from focusapp.core.models import Settings
from focusapp.services.reminders import MISFIRE_GRACE, ReminderKind, Reminders
from focusapp.services.scheduler import SingleTimerQtScheduler
from focusapp.services.sleep import SleepWatcher
from tests.conftest import PARIS_WINTER as PARIS
from tests.conftest import FakeClock

K = ReminderKind
MON = date(2026, 11, 23)
TUE = date(2026, 11, 24)
WED = date(2026, 11, 25)
THU = date(2026, 11, 26)
FRI = date(2026, 11, 27)
SAT = date(2026, 11, 28)
NEXT_MON = date(2026, 11, 30)
NEXT_FRI = date(2026, 12, 4)

SIGNALS = {
    K.ONE_THING: "one_thing_due",
    K.END_OF_DAY: "end_of_day_due",
    K.REVIEW: "review_due",
    K.NUDGE: "nudge_due",
}


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=PARIS)


def wait_until(qtbot: QtBot, predicate: Callable[[], bool], timeout_ms: int = 3000) -> None:
    """Spin the Qt event loop until `predicate` holds; the deadline is real monotonic time."""
    deadline = systime.monotonic() + timeout_ms / 1000
    while not predicate():
        if systime.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout_ms} ms")
        qtbot.wait(5)


class Now:
    """Moves the FakeClock and the frozen system clock (time_machine) together; `watcher`
    watches that FakeClock for the reminders."""

    def __init__(self, clock: FakeClock, traveller: Any, watcher: SleepWatcher) -> None:
        self.clock = clock
        self.traveller = traveller
        self.watcher = watcher
        traveller.move_to(clock.now(), tick=False)

    def set(self, when: datetime) -> None:
        """Awake time passes up to `when`: wall and monotonic clocks both advance."""
        delta = (when - self.clock.now()).total_seconds()
        assert delta >= 0, "time only moves forward here"
        self.clock.advance(seconds=delta)
        self.traveller.move_to(when, tick=False)

    def sleep_until(self, when: datetime) -> None:
        """The machine sleeps until `when`: the wall clock jumps, monotonic time does not."""
        self.clock.jump_wall(seconds=(when - self.clock.now()).total_seconds())
        self.traveller.move_to(when, tick=False)

    def set_clock_back_to(self, when: datetime) -> None:
        """The user sets the clock back to `when`: the wall clock goes back, monotonic time
        goes on."""
        assert when < self.clock.now()
        self.clock.jump_wall(seconds=(when - self.clock.now()).total_seconds())
        self.traveller.move_to(when, tick=False)


@dataclass
class Recorder:
    fired: list[tuple[ReminderKind, date]] = field(default_factory=list)
    resumes: list[float] = field(default_factory=list)

    def attach(self, reminders: Reminders, watcher: SleepWatcher | None = None) -> None:
        for kind, name in SIGNALS.items():
            getattr(reminders, name).connect(lambda day, k=kind: self.fired.append((k, day)))
        if watcher is not None:
            watcher.resumed.connect(self.resumes.append)

    @property
    def kinds(self) -> list[ReminderKind]:
        return [kind for kind, _ in self.fired]

    def count(self, kind: ReminderKind) -> int:
        return self.kinds.count(kind)

    def clear(self) -> None:
        self.fired.clear()
        self.resumes.clear()


@dataclass
class SettingsBox:
    value: Settings = field(default_factory=Settings)

    def __call__(self) -> Settings:
        return self.value


@pytest.fixture
def box() -> SettingsBox:
    return SettingsBox()


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


Make = Callable[..., Reminders]


@pytest.fixture
def make(
    qtbot: QtBot, time_machine: Any, box: SettingsBox, rec: Recorder
) -> Iterator[tuple[Make, list[Now]]]:
    """make(start, watch_every_s=15, **kwargs): a started Reminders at `start` (a FakeClock
    and frozen time), told of sleeps by a SleepWatcher checking every `watch_every_s`."""
    created: list[Reminders] = []
    nows: list[Now] = []

    def factory(start: datetime, *, watch_every_s: float = 15.0, **kwargs: Any) -> Reminders:
        clock = FakeClock(start)
        watcher = SleepWatcher(clock, interval_s=watch_every_s)
        nows.append(Now(clock, time_machine, watcher))
        reminders = Reminders(clock, box, sleep_watcher=watcher, **kwargs)
        rec.attach(reminders, watcher)
        created.append(reminders)
        reminders.start()
        wait_until(qtbot, lambda: sched(reminders).wakeups >= 1)  # the start-up wake-up
        return reminders

    yield factory, nows
    for reminders in created:
        reminders.shutdown()


def sched(reminders: Reminders) -> SingleTimerQtScheduler:
    scheduler = reminders.scheduler
    assert scheduler is not None
    return scheduler


def wake(qtbot: QtBot, reminders: Reminders) -> None:
    """As if APScheduler's wake-up timer expired now; returns once the queued jobs ran."""
    scheduler = sched(reminders)
    before = scheduler.wakeups
    scheduler.wakeup()
    wait_until(qtbot, lambda: scheduler.wakeups > before)
    qtbot.wait(20)  # let the queued job runs (QtThreadExecutor) go through


# ---- the wake-up timer --------------------------------------------------------------------


def test_a_burst_of_rescheduling_wakes_the_scheduler_once_and_shutdown_stops_it(
    qtbot: QtBot, make: tuple[Make, list[Now]]
) -> None:
    factory, _ = make
    reminders = factory(at(MON, 8))
    scheduler = sched(reminders)
    qtbot.wait(50)
    base = scheduler.wakeups
    for _ in range(100):  # 400 add_job(replace_existing=True) calls, each asking for a wakeup
        reminders.reschedule()
    wait_until(qtbot, lambda: scheduler.wakeups > base)
    qtbot.wait(300)
    # Stock 3.11 QtScheduler: hundreds of wake-ups here (one leaked timer per call).
    assert scheduler.wakeups == base + 1
    assert scheduler.timer_active
    assert 29 * 60_000 < scheduler.timer_remaining_ms <= 30 * 60_000  # next: 08:30

    reminders.shutdown()
    stopped_at = scheduler.wakeups
    qtbot.wait(300)
    assert scheduler.wakeups == stopped_at
    assert not scheduler.timer_active
    assert reminders.next_fire_times() == {kind.value: None for kind in ReminderKind}


def test_the_real_wakeup_timer_fires_the_job_at_its_time(qtbot: QtBot, time_machine: Any) -> None:
    due = at(MON, 8, 30)
    time_machine.move_to(due - timedelta(milliseconds=300), tick=True)

    class TickingClock:
        def now(self) -> datetime:
            return datetime.now(PARIS)

        def monotonic(self) -> float:
            return systime.monotonic()

    reminders = Reminders(TickingClock(), Settings)
    emitted_at: list[datetime] = []
    reminders.one_thing_due.connect(lambda _day: emitted_at.append(datetime.now(PARIS)))
    try:
        with qtbot.waitSignal(reminders.one_thing_due, timeout=5000) as blocker:
            reminders.start()
            assert emitted_at == []  # not yet due at start: no catch-up
        assert blocker.args == [MON]
        assert emitted_at[0] >= due
        assert reminders.jobs_run == 1
    finally:
        reminders.shutdown()


# ---- each reminder at its time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "due", "following"),
    [
        (K.ONE_THING, at(MON, 8, 30), at(TUE, 8, 30)),
        (K.NUDGE, at(MON, 11), at(TUE, 11)),
        (K.END_OF_DAY, at(MON, 17, 30), at(TUE, 17, 30)),
        (K.REVIEW, at(FRI, 16), at(NEXT_FRI, 16)),  # default review: Friday 16:00
    ],
)
def test_each_reminder_fires_at_its_time(
    qtbot: QtBot,
    make: tuple[Make, list[Now]],
    rec: Recorder,
    kind: ReminderKind,
    due: datetime,
    following: datetime,
) -> None:
    factory, nows = make
    reminders = factory(due - timedelta(minutes=1))
    now = nows[0]
    assert reminders.next_fire_times()[kind.value] == due
    assert 55_000 <= sched(reminders).timer_remaining_ms <= 60_000
    rec.clear()  # whatever the start-up catch-up fired for earlier times

    now.set(due - timedelta(seconds=1))
    wake(qtbot, reminders)
    assert rec.fired == []

    now.set(due)
    with qtbot.waitSignal(getattr(reminders, SIGNALS[kind]), timeout=3000) as blocker:
        sched(reminders).wakeup()
    assert blocker.args == [due.date()]
    assert rec.fired == [(kind, due.date())]
    assert reminders.jobs_run == 1
    assert reminders.next_fire_times()[kind.value] == following

    wake(qtbot, reminders)  # a spurious wake-up fires nothing more
    assert rec.fired == [(kind, due.date())]


def test_the_nudge_fires_only_when_needed_and_enabled(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    factory, nows = make
    asked: list[date] = []

    def started_nothing(day: date) -> bool:
        asked.append(day)
        return False

    reminders = factory(at(MON, 10, 59), is_nudge_needed=started_nothing)
    nows[0].set(at(MON, 11))
    wake(qtbot, reminders)
    assert reminders.jobs_run == 1
    assert asked == [MON]
    assert rec.count(K.NUDGE) == 0

    box.value = replace(box.value, nudge_enabled=False)
    reminders.reschedule()
    assert reminders.next_fire_times()["nudge"] is None
    assert reminders.check_due(at(MON, 11, 30)) == []


# ---- never on a weekend or a day off ------------------------------------------------------


def test_no_reminder_on_a_weekend(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, nows = make
    reminders = factory(at(SAT, 7))
    assert reminders.next_fire_times() == {
        "one_thing": at(NEXT_MON, 8, 30),
        "end_of_day": at(NEXT_MON, 17, 30),
        "review": at(NEXT_FRI, 16),
        "nudge": at(NEXT_MON, 11),
    }
    for hour, minute in [(8, 30), (11, 0), (16, 0), (17, 30)]:
        nows[0].set(at(SAT, hour, minute))
        wake(qtbot, reminders)
    assert reminders.jobs_run == 0
    assert reminders.check_due(at(SAT, 18)) == []
    assert rec.fired == []


def test_a_job_scheduled_before_the_weekend_became_non_working_checks_the_day(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, working_weekdays=(0, 1, 2, 3, 4, 5))  # Monday to Saturday
    factory, nows = make
    reminders = factory(at(SAT, 8))
    assert reminders.next_fire_times()["one_thing"] == at(SAT, 8, 30)
    box.value = replace(box.value, working_weekdays=(0, 1, 2, 3, 4))  # changed, not rescheduled
    nows[0].set(at(SAT, 8, 30))
    wake(qtbot, reminders)
    assert reminders.jobs_run == 1  # the stale job ran, and its working-day check held it back
    assert rec.fired == []


@pytest.mark.parametrize(
    ("kind", "due"),
    [
        (K.ONE_THING, at(MON, 8, 30)),
        (K.NUDGE, at(MON, 11)),
        (K.END_OF_DAY, at(MON, 17, 30)),
        (K.REVIEW, at(FRI, 16)),
    ],
)
def test_no_reminder_on_a_day_off(
    qtbot: QtBot,
    make: tuple[Make, list[Now]],
    rec: Recorder,
    box: SettingsBox,
    kind: ReminderKind,
    due: datetime,
) -> None:
    box.value = replace(box.value, days_off=(DayOff(due.date(), due.date()),))
    factory, nows = make
    reminders = factory(due - timedelta(minutes=1))
    rec.clear()
    nows[0].set(due)
    wake(qtbot, reminders)
    assert reminders.jobs_run == 1  # the cron job ran (a weekday), the day-off check held it
    assert rec.fired == []
    assert reminders.check_due(due + timedelta(minutes=5)) == []  # nor by catch-up
    assert rec.fired == []


def test_review_follows_the_configured_weekday_and_time(
    make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, review_weekday=2, review_time="15:00")  # Wednesday
    factory, _ = make
    reminders = factory(at(MON, 8))
    assert reminders.next_fire_times()["review"] == at(WED, 15)
    assert K.REVIEW not in reminders.check_due(at(MON, 15, 30))
    assert K.REVIEW not in reminders.check_due(at(TUE, 15, 30))
    assert reminders.check_due(at(WED, 15, 30)) == [K.ONE_THING, K.REVIEW]
    assert K.REVIEW not in reminders.check_due(at(WED, 16))  # once
    # A review weekday chosen on a non-working day is honoured ("unless asked").
    box.value = replace(box.value, review_weekday=5)
    assert reminders.check_due(at(SAT, 15, 30)) == [K.REVIEW]
    assert rec.fired[-2:] == [(K.REVIEW, WED), (K.REVIEW, SAT)]


# ---- sleep and late starts ----------------------------------------------------------------


@pytest.mark.parametrize("nudge_needed", [True, False])
def test_a_three_hour_sleep_over_the_one_thing_time_fires_it_once(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, nudge_needed: bool
) -> None:
    factory, nows = make
    reminders = factory(
        at(MON, 8), is_nudge_needed=lambda _day: nudge_needed, watch_every_s=0.02
    )
    assert rec.fired == []
    with qtbot.waitSignal(nows[0].watcher.resumed, timeout=3000) as blocker:
        nows[0].sleep_until(at(MON, 11))  # the watcher's real timer notices
    assert blocker.args == [pytest.approx(3 * 3600)]
    assert rec.fired == [(K.ONE_THING, MON)] + ([(K.NUDGE, MON)] if nudge_needed else [])
    assert reminders.next_fire_times()["one_thing"] == at(TUE, 8, 30)

    # APScheduler's own timer (monotonic: still 30 min to go) expiring later fires nothing more.
    wake(qtbot, reminders)
    qtbot.wait(100)  # several more checks of the watcher: no gap any more
    assert rec.count(K.ONE_THING) == 1
    assert len(rec.resumes) == 1


def test_sleep_when_apscheduler_misfire_handling_runs_first_still_fires_once(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, nudge_enabled=False)
    factory, nows = make
    reminders = factory(at(MON, 8))  # the watcher's 15 s timer does not run here: we check
    nows[0].sleep_until(at(MON, 11))
    wake(qtbot, reminders)  # the scheduler wakes first: 08:30 missed by 2.5 h, within grace
    assert reminders.jobs_run == 1
    assert rec.fired == [(K.ONE_THING, MON)]

    nows[0].watcher.check()  # then the watcher notices the resume
    assert rec.resumes == [pytest.approx(3 * 3600)]
    assert rec.fired == [(K.ONE_THING, MON)]
    wake(qtbot, reminders)
    assert rec.fired == [(K.ONE_THING, MON)]


def test_a_two_day_sleep_coalesces_into_one_prompt_for_today(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, nudge_enabled=False)
    factory, nows = make
    reminders = factory(at(MON, 8))
    nows[0].sleep_until(at(WED, 9))
    wake(qtbot, reminders)  # three missed 08:30 runs, coalesced: one run, for Wednesday
    nows[0].watcher.check()
    assert rec.fired == [(K.ONE_THING, WED)]
    assert len(rec.resumes) == 1


def test_a_sleep_longer_than_the_grace_fires_only_what_is_still_timely(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 8))
    nows[0].sleep_until(at(MON, 21))  # One Thing 12.5 h late, nudge 10 h late: stale
    nows[0].watcher.check()
    wake(qtbot, reminders)
    assert rec.fired == [(K.END_OF_DAY, MON)]  # 3.5 h late, within its 4 h grace
    assert MISFIRE_GRACE[K.END_OF_DAY] == timedelta(hours=4)


def test_an_overnight_sleep_fires_todays_prompt_not_yesterdays_again(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 18))  # start-up catch-up: Monday's One Thing and evening check
    assert rec.fired == [(K.ONE_THING, MON), (K.END_OF_DAY, MON)]
    rec.clear()
    nows[0].sleep_until(at(TUE, 9))
    nows[0].watcher.check()
    wake(qtbot, reminders)
    assert rec.fired == [(K.ONE_THING, TUE)]


@pytest.mark.parametrize(
    ("late_times", "asleep_from", "awake_at", "missed"),
    [
        # An evening check at 22:30, asleep over it: 2 h late at 00:30, within its 4 h grace.
        ({"end_of_day_time": "22:30"}, at(MON, 22), at(TUE, 0, 30), K.END_OF_DAY),
        # The default Friday review (16:00, 8 h grace), asleep over it until midnight sharp.
        ({}, at(FRI, 15), at(SAT, 0), K.REVIEW),
    ],
)
def test_a_reminder_missed_asleep_never_fires_on_a_later_calendar_day(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox,
    late_times: dict[str, str], asleep_from: datetime, awake_at: datetime, missed: ReminderKind,
) -> None:
    box.value = replace(box.value, nudge_enabled=False, **late_times)
    factory, nows = make
    reminders = factory(asleep_from)
    rec.clear()  # the start-up catch-up of that day's earlier reminders
    nows[0].sleep_until(awake_at)
    wake(qtbot, reminders)  # APScheduler's misfire handling: the job is within its grace
    nows[0].watcher.check()  # and the watcher's re-evaluation
    assert reminders.jobs_run == 1 and rec.resumes != []
    assert missed not in rec.kinds  # yesterday's prompt, after midnight, would be about a day gone
    assert rec.fired == []


def test_a_clock_set_back_over_a_reminder_does_not_fire_it_twice(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, nudge_enabled=False)
    factory, nows = make
    reminders = factory(at(MON, 8))
    nows[0].set(at(MON, 8, 30))
    wake(qtbot, reminders)
    assert rec.fired == [(K.ONE_THING, MON)]

    nows[0].set_clock_back_to(at(MON, 7, 30))  # the user sets the clock back an hour
    nows[0].watcher.check()
    assert reminders.next_fire_times()["one_thing"] == at(MON, 8, 30)  # rescheduled on it
    nows[0].set(at(MON, 8, 30))  # 08:30 comes round a second time
    wake(qtbot, reminders)
    assert reminders.jobs_run == 2  # the job ran again...
    assert rec.fired == [(K.ONE_THING, MON)]  # ...and the prompt was not shown twice


def test_first_launch_after_the_one_thing_time_prompts_once(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, _ = make
    reminders = factory(at(MON, 10))  # One Thing time 08:30 has passed
    assert rec.fired == [(K.ONE_THING, MON)]
    assert reminders.catch_up() == []
    wake(qtbot, reminders)
    assert rec.fired == [(K.ONE_THING, MON)]
    assert reminders.next_fire_times()["one_thing"] == at(TUE, 8, 30)


def test_starting_exactly_at_the_time_fires_once(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, _ = make
    reminders = factory(at(MON, 8, 30))  # catch-up fires; the job is also due right now
    wait_until(qtbot, lambda: reminders.jobs_run == 1)
    wake(qtbot, reminders)
    assert rec.fired == [(K.ONE_THING, MON)]


def test_a_missed_review_is_not_fired_the_next_day(
    make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    box.value = replace(box.value, review_weekday=2)  # Wednesday 16:00
    factory, _ = make
    factory(at(THU, 9))
    assert K.REVIEW not in rec.kinds


def test_a_late_launch_the_same_evening_still_offers_the_review(
    make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, _ = make
    factory(at(FRI, 20))  # review 16:00, 4 h ago
    assert rec.kinds == [K.ONE_THING, K.REVIEW, K.END_OF_DAY]


# ---- settings changes and clock changes ---------------------------------------------------


def test_changing_a_time_moves_the_job_at_once(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 8))
    assert reminders.next_fire_times()["one_thing"] == at(MON, 8, 30)

    box.value = replace(box.value, one_thing_time="09:15")
    reminders.reschedule()
    assert reminders.next_fire_times()["one_thing"] == at(MON, 9, 15)
    wait_until(qtbot, lambda: 74 * 60_000 < sched(reminders).timer_remaining_ms <= 75 * 60_000)

    nows[0].set(at(MON, 8, 30))
    wake(qtbot, reminders)
    assert rec.fired == []
    nows[0].set(at(MON, 9, 15))
    with qtbot.waitSignal(reminders.one_thing_due, timeout=3000):
        sched(reminders).wakeup()
    assert rec.fired == [(K.ONE_THING, MON)]


def test_a_new_utc_offset_reschedules_in_local_time(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 8))
    clock = nows[0].clock
    summer = timezone(timedelta(hours=2))
    clock._now = clock.now().astimezone(summer)  # same instant, now 09:00 local
    nows[0].watcher.check()
    assert rec.fired == [(K.ONE_THING, MON)]  # 08:30 local has passed
    assert rec.resumes == []
    following = reminders.next_fire_times()["one_thing"]
    assert following == datetime(2026, 11, 24, 8, 30, tzinfo=summer)
    assert following is not None and following.utcoffset() == timedelta(hours=2)


def test_after_shutdown_nothing_fires(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 8), watch_every_s=0.02)
    reminders.shutdown()
    nows[0].sleep_until(at(MON, 11))
    nows[0].watcher.check()
    qtbot.wait(100)
    assert rec.resumes == [pytest.approx(3 * 3600)]  # the shared watcher still tells...
    assert rec.fired == []  # ...but reminders shut down fire nothing
    assert reminders.scheduler is None


# ---- the once-and-only-once rule, for any sequence of checks ------------------------------


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    start_minutes=st.integers(0, 14 * 24 * 60),
    steps=st.lists(st.integers(1, 30 * 60), min_size=1, max_size=25),
    day_off=st.integers(0, 20),
    nudge_needed=st.booleans(),
)
def test_check_due_fires_each_timely_reminder_exactly_once(
    qapp: Any, start_minutes: int, steps: list[int], day_off: int, nudge_needed: bool
) -> None:
    """Model check: checks at arbitrary instants (awake ticks, sleeps, late starts) fire each
    reminder exactly once if some check fell in its window — on an allowed day, from its time
    to its grace, the same calendar day — and never otherwise."""
    first_day = MON - timedelta(days=1)
    the_day_off = first_day + timedelta(days=day_off)
    config = replace(Settings(), days_off=(DayOff(the_day_off, the_day_off),))
    start = at(first_day, 0) + timedelta(minutes=start_minutes)
    checks = [start]
    for step in steps:
        checks.append(checks[-1] + timedelta(minutes=step))

    reminders = Reminders(FakeClock(start), lambda: config, lambda _day: nudge_needed)
    rec = Recorder()
    rec.attach(reminders)
    for instant in checks:
        reminders.check_due(instant)

    rules = config.day_rules
    expected: set[tuple[ReminderKind, date]] = set()
    times = {
        K.ONE_THING: time(8, 30),
        K.END_OF_DAY: time(17, 30),
        K.REVIEW: time(16, 0),
        K.NUDGE: time(11, 0),
    }
    day = checks[0].date()
    while day <= checks[-1].date():
        for kind, hhmm in times.items():
            if kind is K.REVIEW:
                allowed = day.weekday() == 4 and not rules.is_day_off(day)
            else:
                allowed = rules.is_working_day(day) and (kind is not K.NUDGE or nudge_needed)
            occurrence = datetime.combine(day, hhmm, tzinfo=PARIS)
            window_end = min(occurrence + MISFIRE_GRACE[kind], at(day, 23, 59, 59))
            if allowed and any(occurrence <= t <= window_end for t in checks):
                expected.add((kind, day))
        day += timedelta(days=1)

    assert len(rec.fired) == len(set(rec.fired)), "a reminder fired twice"
    assert set(rec.fired) == expected


def test_an_evening_check_moved_later_in_the_day_fires_again_at_its_new_time(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    """Issue 10, item 12: the check came at 17:30 in the middle of a block and was put aside;
    the user moved it to 18:30 in Settings so it comes after the block. It must come then."""
    factory, nows = make
    reminders = factory(at(MON, 17, 29))
    rec.clear()
    nows[0].set(at(MON, 17, 30))
    wake(qtbot, reminders)
    assert rec.fired == [(K.END_OF_DAY, MON)]

    box.value = replace(box.value, end_of_day_time="18:30")
    reminders.reschedule()  # what Settings does after a save
    assert reminders.next_fire_times()["end_of_day"] == at(MON, 18, 30)
    nows[0].set(at(MON, 18, 30))
    wake(qtbot, reminders)
    assert rec.fired == [(K.END_OF_DAY, MON), (K.END_OF_DAY, MON)]


def test_a_reminder_moved_earlier_to_a_time_already_past_does_not_fire_twice(
    qtbot: QtBot, make: tuple[Make, list[Now]], rec: Recorder, box: SettingsBox
) -> None:
    factory, nows = make
    reminders = factory(at(MON, 17, 29))
    rec.clear()
    nows[0].set(at(MON, 17, 30))
    wake(qtbot, reminders)
    box.value = replace(box.value, end_of_day_time="17:00")
    reminders.reschedule()
    nows[0].sleep_until(at(MON, 18))  # a resume re-checks what is due today
    nows[0].watcher.check()
    assert rec.fired == [(K.END_OF_DAY, MON)]
