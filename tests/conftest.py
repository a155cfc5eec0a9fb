"""Shared fixtures: a fresh data folder per test, a controllable clock, a store on both."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from focusapp.store.database import Store

# Widget tests run offscreen unless a test session deliberately uses Xvfb (e2e tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Autouse: every test runs in a made-up desktop session, never the developer's.
pytest_plugins = ["tests.isolation", "tests.platforms"]  # platforms: `linux_only`

# Hypothesis on a developer's machine: wall-clock deadlines and "too slow" checks are noise on a
# shared 2-core machine (a hang is pytest-timeout's to catch); failing examples are kept in the
# checkout's git-ignored .hypothesis/, wherever pytest runs from, and replayed first next time.
# On CI (CI=true) Hypothesis's own "ci" profile holds: derandomized, no database, no deadline.
settings.register_profile(
    "dev",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    database=DirectoryBasedExampleDatabase(
        Path(__file__).resolve().parents[1] / ".hypothesis" / "examples"),
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

PARIS_WINTER = timezone(timedelta(hours=1))
THREAD_END_S = 5.0


@pytest.fixture(autouse=True)
def no_thread_outlives_its_test() -> Iterator[None]:
    """A thread a test leaves running couples it to the tests that come after it."""
    before = set(threading.enumerate())
    yield
    left = [thread for thread in threading.enumerate() if thread not in before]
    for thread in left:
        thread.join(THREAD_END_S)  # one that was told to stop may still be on its way out
    running = [thread.name for thread in left if thread.is_alive()]
    assert not running, f"threads left running by this test: {running}"


@pytest.fixture(autouse=True)
def qt_garbage_dies_in_the_gui_thread() -> Iterator[None]:
    """Qt objects a test leaves in reference cycles (a FocusTimer and its QTimers) are
    collected here, in the GUI thread. Left to Python's collector they die wherever it next
    runs: in a later test's worker thread (a service loop, a socket client), where Qt warns
    "QObject::killTimer: Timers cannot be stopped from another thread", or crashes."""
    yield
    gc.collect()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What the imports and the collection made lives all session: frozen out of the
    collector's sight, so the collection after each test looks at that test's objects only
    (it doubled the suite's time otherwise)."""
    gc.collect()
    gc.freeze()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


class FakeClock:
    """A clock that moves only when the test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 23, 9, 0, tzinfo=PARIS_WINTER)  # a Monday
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self._now += step
        self._monotonic += step.total_seconds()

    def jump_wall(self, **delta: float) -> None:
        """Move the wall clock only: forward as a resume from sleep does, back (a negative
        delta) as setting the clock back does."""
        self._now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    """A fresh store on the test's data folder, on the fake clock; closed after."""
    opened, _ = Store.open(data_dir, now=clock.now)
    yield opened
    opened.close()
