"""Reminders: the One Thing prompt, the end-of-day check, the weekly review, the nudge (SPEC §10).

This module and `services.scheduler` (APScheduler's plumbing on Qt) are the only ones in the
project that import APScheduler (DESIGN "Reminders with APScheduler — designed for the way it
fails"). Everything else sees `Reminders`, a QObject with one past-tense signal per reminder
kind, each carrying the local date the reminder is for:

    one_thing_due(date)  end_of_day_due(date)  review_due(date)  nudge_due(date)

How a reminder reaches the user, and the failures each step answers:

* APScheduler holds one CronTrigger job per kind, at the configured local time (in the time
  zone of `clock.now()`), with `coalesce=True`, `max_instances=1` and an explicit
  `misfire_grace_time` (`MISFIRE_GRACE`). Jobs do nothing but call `_fire_if_due`, which checks
  the working day / day off, that the reminder was not already fired for that date, and emits.
* APScheduler's scheduler wakes up through ONE single-shot QTimer that we own
  (`SingleTimerQtScheduler`): the stock 3.11 `QtScheduler` loses its timers (see the class).
* Jobs run in the Qt (GUI) thread through `QtThreadExecutor`, not in APScheduler's thread pool:
  `settings_provider` and `is_nudge_needed` read app state that is not thread-safe, and the
  fired-set needs no lock when one thread owns it.
* Laptops sleep: a QTimer's interval is counted on the monotonic clock, which stops while the
  machine sleeps, so a reminder due during a sleep would fire late by the sleep's length (or,
  if the app was rescheduled meanwhile, never). The app's `SleepWatcher` (services/sleep.py,
  shared with the focus timer) notices a resume, a clock set back or a new UTC offset; each
  makes the reminders re-evaluate once: today's reminders that fell due meanwhile fire once,
  and the jobs are rescheduled from now.
* Exactly once: every path (APScheduler's job, the watcher, `catch_up()` at start) goes
  through `_fire_if_due`, which keys each firing on (kind, date of the occurrence), notes the
  time of day it fired for, and records it before emitting. So a resume handled by both the
  watcher and APScheduler's own misfire handling still emits once, in whichever order they
  run; a clock set back over a reminder's time does not fire it again for the same day; and
  a reminder moved later the same day in Settings (after it fired) fires again at its new
  time, as the user asked.

All methods must be called from the GUI thread. The settings owner calls `reschedule()` after
any change of a reminder time, working days, days off or the nudge switch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from PySide6.QtCore import QObject, Signal

from focusapp.core.days import parse_time_of_day
from focusapp.core.models import Settings
from focusapp.services.clock import Clock
from focusapp.services.scheduler import QtThreadExecutor, SingleTimerQtScheduler
from focusapp.services.sleep import SleepWatcher


class ReminderKind(StrEnum):
    ONE_THING = "one_thing"
    END_OF_DAY = "end_of_day"
    REVIEW = "review"
    NUDGE = "nudge"


# How late a reminder may still fire. The same value is APScheduler's `misfire_grace_time` and
# the limit the watcher's re-evaluation and `catch_up()` apply, so every path agrees; on top of
# it, no reminder ever fires on a later calendar day than the one it was for.
MISFIRE_GRACE: dict[ReminderKind, timedelta] = {
    # SPEC: the morning prompt also comes "at the first launch/wake of the day when that time
    # has passed" — so all day long (bounded by the same-day rule).
    ReminderKind.ONE_THING: timedelta(hours=12),
    # The evening check is still useful in the evening; the next morning's One Thing flow asks
    # about yesterday instead.
    ReminderKind.END_OF_DAY: timedelta(hours=4),
    # The weekly review: any time later the same day, never the day after.
    ReminderKind.REVIEW: timedelta(hours=8),
    # "You have not started a block on your key activity": stale after a couple of hours.
    ReminderKind.NUDGE: timedelta(hours=2),
}

_CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
_KEEP_FIRED_DAYS = 8


# ---- when each reminder falls -------------------------------------------------------------


def _reminder_time(kind: ReminderKind, settings: Settings) -> time:
    text = {
        ReminderKind.ONE_THING: settings.one_thing_time,
        ReminderKind.END_OF_DAY: settings.end_of_day_time,
        ReminderKind.REVIEW: settings.review_time,
        ReminderKind.NUDGE: settings.nudge_time,
    }[kind]
    return parse_time_of_day(text)


def _weekdays(kind: ReminderKind, settings: Settings) -> frozenset[int]:
    if kind is ReminderKind.REVIEW:
        return frozenset({settings.review_weekday})
    return frozenset(settings.working_weekdays)


def _enabled(kind: ReminderKind, settings: Settings) -> bool:
    return settings.nudge_enabled if kind is ReminderKind.NUDGE else True


def latest_occurrence(kind: ReminderKind, settings: Settings, now: datetime) -> datetime | None:
    """The last instant at or before `now` (wall time in now's offset) the reminder fell due."""
    if not _enabled(kind, settings):
        return None
    at = _reminder_time(kind, settings)
    weekdays = _weekdays(kind, settings)
    for back in range(8):
        day = now.date() - timedelta(days=back)
        if day.weekday() not in weekdays:
            continue
        candidate = datetime.combine(day, at, tzinfo=now.tzinfo)
        if candidate <= now:
            return candidate
    return None


def _day_allows(kind: ReminderKind, settings: Settings, day: date) -> bool:
    rules = settings.day_rules
    if kind is ReminderKind.REVIEW:
        # The review weekday is chosen explicitly ("unless asked", SPEC §10), so it may fall on
        # a non-working weekday; a day off (holiday, leave) still silences it.
        return not rules.is_day_off(day)
    return rules.is_working_day(day)


# ---- the service --------------------------------------------------------------------------


class Reminders(QObject):
    """Schedules the reminders and emits one signal per reminder when it falls due."""

    one_thing_due = Signal(object)  # date
    end_of_day_due = Signal(object)  # date
    review_due = Signal(object)  # date
    nudge_due = Signal(object)  # date

    def __init__(
        self,
        clock: Clock,
        settings_provider: Callable[[], Settings],
        is_nudge_needed: Callable[[date], bool] | None = None,
        *,
        sleep_watcher: SleepWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings_provider
        self._is_nudge_needed = is_nudge_needed or (lambda _day: True)
        self._scheduler: SingleTimerQtScheduler | None = None
        # (kind, date) -> the time of day it fired for: a reminder moved later the same day
        # (Settings) fires again at its new time; a clock set back over it does not.
        self._fired: dict[tuple[ReminderKind, date], time] = {}
        self._jobs_run = 0
        watcher = sleep_watcher or SleepWatcher(clock, parent=self)
        watcher.resumed.connect(self._on_clock_moved)
        watcher.clock_set_back.connect(self._on_clock_moved)
        watcher.offset_changed.connect(self._on_clock_moved)

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    def start(self) -> None:
        """Schedule every reminder, then `catch_up()` on today.

        Connect the signals first: the catch-up may emit before this returns.
        """
        if self._scheduler is not None:
            return
        self._scheduler = SingleTimerQtScheduler(
            timezone=self._tz(),
            executors={"default": QtThreadExecutor()},
        )
        self._scheduler.start()
        self.reschedule()
        self.catch_up()

    def shutdown(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=False)

    def reschedule(self) -> None:
        """Re-read the settings and (re)place every job; the next fire time counts from now.

        Each `add_job(replace_existing=True)` computes the job's next run time from the current
        instant, so a reminder whose time has already passed today is not fired again by
        APScheduler; the few wake-ups this asks for collapse into one (one QTimer).
        """
        scheduler = self._scheduler
        if scheduler is None:
            return
        settings = self._settings()
        tz = self._tz()
        for kind in ReminderKind:
            if not _enabled(kind, settings):
                if scheduler.get_job(kind.value) is not None:
                    scheduler.remove_job(kind.value)
                continue
            at = _reminder_time(kind, settings)
            days = ",".join(_CRON_DAYS[d] for d in sorted(_weekdays(kind, settings)))
            scheduler.add_job(
                self._run_job,
                CronTrigger(day_of_week=days, hour=at.hour, minute=at.minute, timezone=tz),
                args=(kind.value,),
                id=kind.value,
                name=f"reminder:{kind.value}",
                replace_existing=True,
                coalesce=True,  # many missed runs -> one
                max_instances=1,
                misfire_grace_time=int(MISFIRE_GRACE[kind].total_seconds()),
            )

    def next_fire_times(self) -> dict[str, datetime | None]:
        """Each kind's next scheduled instant (None: disabled or not running)."""
        result: dict[str, datetime | None] = {kind.value: None for kind in ReminderKind}
        if self._scheduler is not None:
            for kind in ReminderKind:
                job = self._scheduler.get_job(kind.value)
                if job is not None:
                    result[kind.value] = job.next_run_time
        return result

    # -- catching up ------------------------------------------------------------------------

    def catch_up(self) -> list[ReminderKind]:
        """Fire, once, today's reminders whose time has passed (first launch of the day)."""
        return self.check_due(self._clock.now())

    def check_due(self, now: datetime) -> list[ReminderKind]:
        """Fire every reminder of `now`'s day that is due at `now` and not fired yet.

        Due: its latest occurrence is on now's calendar day, at most `MISFIRE_GRACE` ago, on a
        working day (the review: not a day off), and for the nudge `is_nudge_needed` agrees.
        Returns the kinds fired, in the order of their times.
        """
        settings = self._settings()
        occurrences = [
            (occ, kind)
            for kind in ReminderKind
            if (occ := latest_occurrence(kind, settings, now)) is not None
        ]
        fired = []
        for _occ, kind in sorted(occurrences):
            if self._fire_if_due(kind, now, settings):
                fired.append(kind)
        return fired

    def _on_clock_moved(self, *_how_much: float) -> None:
        """The machine slept, or the clock was set back, or the UTC offset changed.

        After a sleep the QTimer behind APScheduler (monotonic time) is late (Vorta dropped
        APScheduler because reminders vanished after sleep); after a clock change or a new
        offset (DST, travel) the jobs were computed on the old clock. In every case: fire what
        fell due meanwhile, once, and reschedule from now so APScheduler does not fire it
        again. A clock set back over a reminder's time fires nothing twice: the fired-set
        already holds that (kind, day).
        """
        if self._scheduler is None:  # not started, or shut down
            return
        self._scheduler.timezone = self._tz()
        self.check_due(self._clock.now())
        self.reschedule()

    # -- diagnostics ------------------------------------------------------------------------

    @property
    def scheduler(self) -> SingleTimerQtScheduler | None:
        """The APScheduler instance while running (diagnostics and tests only)."""
        return self._scheduler

    @property
    def jobs_run(self) -> int:
        """How many times an APScheduler job ran (whether or not it emitted)."""
        return self._jobs_run

    def fired(self) -> frozenset[tuple[ReminderKind, date]]:
        return frozenset(self._fired)

    # -- internals --------------------------------------------------------------------------

    def _tz(self) -> tzinfo | None:
        return self._clock.now().tzinfo

    def _run_job(self, kind: str) -> None:
        """The APScheduler job (GUI thread, see QtThreadExecutor): check, then emit."""
        self._jobs_run += 1
        self._fire_if_due(ReminderKind(kind), self._clock.now(), self._settings())

    def _signal(self, kind: ReminderKind) -> Any:
        return {
            ReminderKind.ONE_THING: self.one_thing_due,
            ReminderKind.END_OF_DAY: self.end_of_day_due,
            ReminderKind.REVIEW: self.review_due,
            ReminderKind.NUDGE: self.nudge_due,
        }[kind]

    def _fire_if_due(self, kind: ReminderKind, now: datetime, settings: Settings) -> bool:
        occurrence = latest_occurrence(kind, settings, now)
        if occurrence is None:
            return False
        day = occurrence.date()
        if day != now.date() or now - occurrence > MISFIRE_GRACE[kind]:
            return False
        if not _day_allows(kind, settings, day) or self._already_fired(kind, occurrence):
            return False
        if kind is ReminderKind.NUDGE and not self._is_nudge_needed(day):
            return False
        # Recorded before emitting: a slot that spins a nested event loop (a modal dialog) can
        # let the watcher or a job run again, and they must see this one as fired.
        self._fired[(kind, day)] = occurrence.time()
        self._prune(now.date())
        self._signal(kind).emit(day)
        return True

    def _already_fired(self, kind: ReminderKind, occurrence: datetime) -> bool:
        """Fired that day at this time or later: a clock set back over it, or the time moved
        earlier in Settings, never fires it twice."""
        fired_at = self._fired.get((kind, occurrence.date()))
        return fired_at is not None and occurrence.time() <= fired_at

    def _prune(self, today: date) -> None:
        oldest = today - timedelta(days=_KEEP_FIRED_DAYS)
        for key in [f for f in self._fired if f[1] < oldest]:
            del self._fired[key]
