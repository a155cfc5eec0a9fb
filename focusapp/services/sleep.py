"""Noticing that the machine slept, or that its clock was set: one rule for the whole app.

A QTimer counts monotonic time, which stops while the machine sleeps, so nothing scheduled
with one fires during a sleep; afterwards the wall clock has moved further than monotonic time.
`SleepWatcher` compares the two between checks:

* wall time moved MORE than monotonic time by over the threshold: the machine slept (or the
  clock was set forward, which looks the same): `resumed(seconds)`;
* wall time moved LESS than monotonic time by over the threshold: the clock was set back
  (by hand, or a large NTP step): `clock_set_back(seconds)`;
* the UTC offset changed (DST, travel): `offset_changed()`, jobs computed in local time are
  off by the difference.

NTP slews and timer jitter stay far below the threshold. The watcher checks on a coarse timer
of its own; a service that runs a faster timer (the focus timer's 1 Hz tick) calls `check()`
before judging what is due, so a resume is seen before anything it affects.

Caveat: on Linux and macOS monotonic time stops during a suspend. Where it keeps counting (on
Windows, Python 3.12's `time.monotonic` is GetTickCount64, which counts sleep) a resume moves
both clocks alike and is not reported; only a clock change is.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.services.clock import Clock
from focusapp.services.qt_keys import set_keys

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 15.0
DEFAULT_THRESHOLD_S = 60.0


class SleepWatcher(QObject):
    """Checks the clock every `interval_s` from construction on; `check()` checks now."""

    resumed = Signal(float)  # seconds the wall clock moved beyond monotonic time (slept)
    clock_set_back = Signal(float)  # seconds the wall clock moved back against monotonic time
    offset_changed = Signal()  # the local UTC offset is not the one of the previous check

    def __init__(
        self,
        clock: Clock,
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        threshold_s: float = DEFAULT_THRESHOLD_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._threshold_s = threshold_s
        self._last_wall: datetime = clock.now()
        self._last_mono = clock.monotonic()
        self._timer = QTimer(self)
        interval_ms = max(1, round(interval_s * 1000))
        self._timer.setInterval(interval_ms)
        # A coarse check on whole seconds costs nothing. Workaround: VeryCoarseTimer rounds the
        # interval to whole seconds, so a sub-second interval (tests) became 0 and spun the CPU
        # (millions of timeouts in 3 s, measured with Qt 6.12): only use it from 1 s up.
        set_keys(self._timer,
                 timerType="VeryCoarseTimer" if interval_ms >= 1000 else "CoarseTimer")
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Compare both clocks with the previous check and say what happened in between."""
        wall, mono = self._clock.now(), self._clock.monotonic()
        gap = (wall - self._last_wall).total_seconds() - (mono - self._last_mono)
        offset_changed = wall.utcoffset() != self._last_wall.utcoffset()
        # Remembered before emitting: a slot may call check() again (or spin a nested event
        # loop that runs the timer), and must not see the same jump twice.
        self._last_wall, self._last_mono = wall, mono
        if gap > self._threshold_s:
            log.info("wall clock moved %.0f s beyond monotonic time: resume from sleep", gap)
            self.resumed.emit(gap)
        elif gap < -self._threshold_s:
            log.info("wall clock set back by %.0f s", -gap)
            self.clock_set_back.emit(-gap)
        if offset_changed:
            self.offset_changed.emit()
