"""Scheduled blocks coming due: a heads-up 5 minutes before, then the start (core/schedule.py).

APScheduler stays the engine, with the rules of `services.reminders` (DESIGN "Reminders with
APScheduler"): one job, a `DateTrigger` at the next instant anything happens (a heads-up or a
start), run in the Qt thread by `QtThreadExecutor`, with `coalesce` and a misfire grace; the
job only calls `check()`, which emits signals and never starts anything itself:

    heads_up(Occurrence)  its time is 5 minutes away (or less: the app started late)
    due(Occurrence)       its time came, at most `START_GRACE` ago
    missed(Occurrence)    its time passed longer ago than that: the machine slept through it

Every path (the job, the sleep watcher's resume / clock set back / new offset, `start()`)
goes through `check()`, which keys each occurrence by (entry, day) and emits each signal once
per key, so a resume seen by the watcher and by APScheduler's misfire handling emits once.
A new UTC offset (DST, travel) re-plans from the wall-clock times. Occurrences older than
the service (or than the last change of the schedule) are not reported: the app cannot know
whether they were wanted then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Signal

from focusapp.core.models import Settings
from focusapp.core.schedule import (
    HEADS_UP,
    ONCE_PREFIX,
    SNOOZE,
    START_GRACE,
    Occurrence,
    ScheduledBlock,
    occurrences,
)
from focusapp.services.clock import Clock
from focusapp.services.scheduler import QtThreadExecutor, SingleTimerQtScheduler
from focusapp.services.sleep import SleepWatcher

JOB_ID = "scheduled-blocks"
# APScheduler's grace for the one job: after a long sleep it still runs (once: coalesced),
# and `check()` tells a late start from a missed one.
JOB_GRACE = timedelta(hours=12)

Key = tuple[str, date]


class ScheduledBlocks(QObject):
    heads_up = Signal(object)  # Occurrence
    due = Signal(object)  # Occurrence
    missed = Signal(object)  # Occurrence

    def __init__(self, clock: Clock, settings: Callable[[], Settings], *,
                 sleep_watcher: SleepWatcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._scheduler: SingleTimerQtScheduler | None = None
        self._since = clock.now()
        self._warned: set[Key] = set()  # heads-up given
        self._settled: set[Key] = set()  # due, missed, skipped or started: nothing more
        self._moved: dict[Key, datetime] = {}  # snoozed: its new start
        self._later: list[Occurrence] = []  # delayed starts ("start in 10 min")
        sleep_watcher.resumed.connect(self._on_clock_moved)
        sleep_watcher.clock_set_back.connect(self._on_clock_moved)
        sleep_watcher.offset_changed.connect(self._on_clock_moved)

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Plan, and report what is due now (an app started at 09:03 starts the 09:00)."""
        if self._scheduler is not None:
            return
        self._since = self._clock.now() - START_GRACE
        self._scheduler = SingleTimerQtScheduler(timezone=self._zone(),
                                                 executors={"default": QtThreadExecutor()})
        self._scheduler.start()
        self.check()

    def shutdown(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=False)

    def schedule_changed(self) -> None:
        """Settings changed: only the occurrences from now on count (a block added at 14:00
        did not miss 09:00; the job already reported everything due before)."""
        self._since = self._clock.now()
        self._plan()

    # -- the user's answers ---------------------------------------------------------------

    def snooze(self, occurrence: Occurrence) -> Occurrence:
        """Ten minutes later: the heads-up comes again 5 minutes before the new time."""
        later = replace(occurrence, start=self._clock.now() + SNOOZE + HEADS_UP)
        self._moved[occurrence.key] = later.start
        self._warned.discard(occurrence.key)
        self._plan()
        return later

    def start_later(self, entry: ScheduledBlock, at: datetime) -> Occurrence:
        """A one-off block at `at` (its id starts with `ONCE_PREFIX`); it comes `due` like a
        scheduled one, with no heads-up: the user has just asked for it."""
        occurrence = Occurrence(at, replace(entry, id=f"{ONCE_PREFIX}{len(self._later) + 1}"))
        self._later.append(occurrence)
        self._warned.add(occurrence.key)
        self._plan()
        return occurrence

    def settle(self, occurrence: Occurrence) -> None:
        """Skipped, or started by hand: it will not come due."""
        self._settled.add(occurrence.key)
        self._plan()

    # -- checking -------------------------------------------------------------------------

    def check(self) -> None:
        now = self._clock.now()
        for occurrence in self._around(now):
            key = occurrence.key
            if key in self._settled or occurrence.start < self._since:
                continue
            if occurrence.start <= now:
                # Settled before emitting: a slot may spin an event loop that runs check().
                self._settled.add(key)
                late = now - occurrence.start > START_GRACE
                (self.missed if late else self.due).emit(occurrence)
            elif occurrence.start - HEADS_UP <= now and key not in self._warned:
                self._warned.add(key)
                self.heads_up.emit(occurrence)
        self._plan()

    def pending(self) -> list[Occurrence]:
        """The occurrences still to come (today and tomorrow), soonest first."""
        now = self._clock.now()
        return [o for o in self._around(now) if o.key not in self._settled and o.start > now]

    def next_wake(self) -> datetime | None:
        now = self._clock.now()
        instants = [o.start if o.key in self._warned else o.start - HEADS_UP
                    for o in self.pending()]
        return min((max(at, now) for at in instants), default=None)

    # -- internals ------------------------------------------------------------------------

    def _around(self, now: datetime) -> list[Occurrence]:
        settings = self._settings()
        today = now.date()
        found = occurrences(settings.scheduled_blocks, today - timedelta(days=1),
                            today + timedelta(days=1), settings.day_rules, self._zone())
        moved = [replace(o, start=self._moved.get(o.key, o.start)) for o in found]
        moved += [o for o in self._later if o.key not in self._settled]
        return sorted(moved, key=lambda o: (o.start, o.entry.id))

    def _zone(self) -> tzinfo:
        # The offset in force: a new one (DST) re-plans through the sleep watcher.
        zone = self._clock.now().tzinfo
        assert zone is not None  # Clock.now() is aware
        return zone

    def _plan(self) -> None:
        scheduler = self._scheduler
        if scheduler is None:
            return
        wake = self.next_wake()
        if wake is None:
            if scheduler.get_job(JOB_ID) is not None:
                scheduler.remove_job(JOB_ID)
            return
        scheduler.add_job(self._run_job, DateTrigger(run_date=wake), id=JOB_ID,
                          name="scheduled blocks", replace_existing=True, coalesce=True,
                          max_instances=1,
                          misfire_grace_time=int(JOB_GRACE.total_seconds()))

    def _run_job(self) -> None:
        self.check()

    def _on_clock_moved(self, *_how_much: float) -> None:
        if self._scheduler is None:
            return
        self._scheduler.timezone = self._zone()
        self.check()

    @property
    def scheduler(self) -> SingleTimerQtScheduler | None:
        """The APScheduler instance while running (tests only)."""
        return self._scheduler
