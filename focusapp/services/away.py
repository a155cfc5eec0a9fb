"""Sampling the idle time while a block runs, and telling when a spell away ended.

The idle source (services/idle.py) is asked every `SAMPLE_MS` while a block runs and never
otherwise: one cheap call (an X11 request or a D-Bus round trip) every 20 seconds is far
below the idle-CPU budget (0.5 % of a core), and a spell of at least 2 minutes (the
smallest threshold) is measured to within those 20 seconds. The rules are core.away's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.core.away import AwaySpan, AwayWatch, IdleSample
from focusapp.services.clock import Clock

if TYPE_CHECKING:  # the sources (ctypes, the display, the bus) load with the first block
    from focusapp.services.blocking.status import MechanismStatus
    from focusapp.services.idle import IdleSource

log = logging.getLogger(__name__)

SAMPLE_MS = 20_000


class AwaySampler(QObject):
    spell_ended = Signal(object)  # AwaySpan: the user is back after a spell away

    def __init__(self, clock: Clock, source: Callable[[], IdleSource],
                 parent: QObject | None = None, *, interval_ms: int = SAMPLE_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self._build = source
        self._source: IdleSource | None = None  # built at the first block: it probes
        self._watch: AwayWatch | None = None
        self._floor: Callable[[], datetime] = clock.now
        self._meter: Callable[[], float] = lambda: 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sample)

    @property
    def sampling(self) -> bool:
        return self._timer.isActive()

    def start(self, threshold: timedelta, floor: Callable[[], datetime],
              meter: Callable[[], float]) -> None:
        """Sample until `stop`: nothing before `floor()` counts (the block's start or its
        last resume, read at each sample since the timer moves it when the clock is set
        back); `meter()` is the block's distraction meter."""
        self._watch, self._floor, self._meter = AwayWatch(threshold), floor, meter
        self._timer.start()  # the first sample comes with the first interval: the source
        # (a display, a bus) is not probed while a block recovered at start-up paints

    def sample(self) -> None:
        reading = self._read()
        if reading is None or self._watch is None:
            return
        self._watch, spell = self._watch.observe(reading, self._floor())
        if spell is not None:
            self.spell_ended.emit(spell)

    def stop(self) -> AwaySpan | None:
        """Stop sampling (the block ends or pauses): a spell still going on ends now and is
        returned."""
        self._timer.stop()
        watch, self._watch = self._watch, None
        reading = self._read() if watch is not None else None
        return None if watch is None or reading is None else watch.close(reading, self._floor())

    def status(self) -> MechanismStatus:
        """How well time away is seen here, for Settings → Blocking (builds the source,
        which probes the bus or the display: not before the first paint)."""
        return self._built().status()

    def shutdown(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.close()

    def _built(self) -> IdleSource:
        if self._source is None:
            self._source = self._build()
            status = self._source.status()
            if status.reason is not None:  # said once: no question will come, or a rough one
                log.info("away time %s here: %s", status.support, status.reason.message)
        return self._source

    def _read(self) -> IdleSample | None:
        idle = self._built().idle_seconds()
        if idle is None:  # the source cannot tell now: this sample is skipped
            return None
        return IdleSample(self._clock.now(), self._clock.monotonic(), idle, self._meter())
