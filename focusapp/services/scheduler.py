"""APScheduler on Qt: the scheduler and the executor `Reminders` runs its jobs with.

APScheduler 3.11's own `QtScheduler` loses its timers, and its default executor runs jobs in
a thread pool; `SingleTimerQtScheduler` wakes up through one QTimer we own, and
`QtThreadExecutor` runs every job in the Qt (GUI) thread. Each class says why. Together with
`services.reminders`, the only modules that import APScheduler.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.schedulers.base import STATE_STOPPED, BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

_QTIMER_MAX_MS = 2**31 - 1  # QTimer intervals are a signed 32-bit count of milliseconds


class SingleTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """A QtScheduler that owns ONE real single-shot QTimer, restarted at each wake-up.

    Workaround: APScheduler 3.11's QtScheduler stores the return value of
    `QTimer.singleShot(...)`, which is None, so `_stop_timer` never stops the previous timer.
    Every `add_job`/`reschedule_job`/`wakeup` therefore left one more live timer behind, each of
    which re-arms another when it fires: 100 `add_job` calls made it wake 300-400 times in 3 s,
    and it kept waking after `shutdown()`. Here `_start_timer` restarts the same QTimer, so any
    burst of calls collapses into one wake-up and `shutdown()` really stops it.
    """

    def __init__(self, **options: Any) -> None:
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early; APScheduler would then find nothing due and
        # re-arm for the remainder (a wasted wake-up). One precise timer costs nothing.
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.timeout.connect(self._process_jobs)
        self.wakeups = 0  # how many times _process_jobs ran (diagnostics and tests)
        super().__init__(**options)

    @property
    def timer_active(self) -> bool:
        return self._qtimer.isActive()

    @property
    def timer_remaining_ms(self) -> int:
        """Milliseconds until the next wake-up, -1 when none is armed."""
        return self._qtimer.remainingTime() if self._qtimer.isActive() else -1

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            # Round up: waking a hair early finds nothing due and costs a second wake-up.
            self._qtimer.start(min(math.ceil(wait_seconds * 1000), _QTIMER_MAX_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> None:
        if self.state == STATE_STOPPED:  # a timeout already queued when shutdown() ran
            return
        self.wakeups += 1
        wait_seconds = BaseScheduler._process_jobs(self)
        self._start_timer(wait_seconds)


class _Relay(QObject):
    """Runs callables in the thread this object lives in (the GUI thread), one event later."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, func: Callable[[], None]) -> None:
        func()


class QtThreadExecutor(BaseExecutor):  # type: ignore[misc]
    """An APScheduler executor that runs jobs in the Qt thread, after `_process_jobs` returns.

    Why not the default thread pool: the job reads settings and app state (not thread-safe)
    and updates the fired-set; in the GUI thread none of that needs a lock, and the signal it
    emits reaches slots directly. Why not `DebugExecutor` (run inline): `_process_jobs` holds
    the scheduler's job-store lock while it submits, and a slot that opened a modal dialog or
    called `reschedule()` would re-enter APScheduler in the middle of its loop over due jobs.
    Posting through a queued signal runs the job one event later, outside that loop.
    """

    def __init__(self) -> None:
        super().__init__()
        self._relay = _Relay()
        self._closed = False

    def start(self, scheduler: Any, alias: str) -> None:
        super().start(scheduler, alias)
        self._closed = False

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        self._relay.posted.emit(partial(self._run, job, list(run_times)))

    def _run(self, job: Any, run_times: list[datetime]) -> None:
        if self._closed:  # queued before shutdown(): drop it
            return
        try:
            events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
        except BaseException:
            self._run_job_error(job.id, *sys.exc_info()[1:])
        else:
            self._run_job_success(job.id, events)
