"""The one place that reads the clock.

Everything below `app.py` takes a `Clock`, so tests drive time by hand (a FakeClock) and a
resume from sleep is simulated by moving the wall clock without the monotonic one.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in the local offset in force."""
        ...

    def monotonic(self) -> float:
        """Seconds that never jump (they stop while the machine sleeps on Linux)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()
