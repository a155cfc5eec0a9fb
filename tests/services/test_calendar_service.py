"""The calendars kept current: read on a worker thread (the Qt thread never waits for the
network), kept on disk for offline use, a failure that keeps the last good copy and is told
once, a calendar file read again when it changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer

from focusapp.services.calendar import CalendarService
from focusapp.store.calendars import CalendarBook
from tests.calendar_samples import ACCEPTED, BROKEN, BUSY_WEEK, ME, UNKNOWN_ZONE, ics
from tests.calendar_server import CalendarServer, calendar_server, send
from tests.conftest import FakeClock

PARIS = ZoneInfo("Europe/Paris")
MONDAY = date(2026, 11, 23)


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    with calendar_server() as running:
        yield running


@pytest.fixture
def book(data_dir: Path) -> CalendarBook:
    return CalendarBook(data_dir)


@pytest.fixture
def service(qtbot: Any, clock: FakeClock, book: CalendarBook) -> Iterator[CalendarService]:
    calendars = CalendarService(clock, book)
    yield calendars
    calendars.stop()
    if calendars.refreshing():
        qtbot.waitSignal(calendars.refreshed, timeout=10_000).wait()


def titles(service: CalendarService) -> list[str]:
    return [m.title for m in service.meetings(MONDAY, time(4), PARIS)]


def test_a_refresh_runs_on_a_worker_and_the_qt_thread_keeps_going(
        qtbot: Any, service: CalendarService, book: CalendarBook,
        server: CalendarServer) -> None:
    book.add("Work", f"{server.url}/slow.ics", (ME,))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    service.refresh()  # the server holds its answer until the gate opens
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs meanwhile
    assert service.refreshing() and titles(service) == []
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        server.gate.set()
    timer.stop()
    assert "Pipeline review" in titles(service)
    assert "Vendor pitch" not in titles(service)  # declined by the user (ME)


def test_a_calendar_is_kept_for_offline_use_with_its_last_refresh(
        qtbot: Any, clock: FakeClock, service: CalendarService, book: CalendarBook,
        server: CalendarServer) -> None:
    book.add("Work", f"{server.url}/week.ics", (ME,))
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        service.refresh()
    server.routes["/week.ics"] = send(404, b"", "text/plain")  # the address stops working
    problems: list[tuple[str, Any]] = []
    service.problem.connect(lambda name, problem: problems.append((name, problem.code)))
    offline = CalendarService(clock, book)  # the next start, from the disk
    offline.problem.connect(lambda name, problem: problems.append((name, problem.code)))
    with qtbot.waitSignal(offline.refreshed, timeout=10_000):
        offline.start()
    offline.stop()
    assert "Pipeline review" in [m.title for m in offline.meetings(MONDAY, time(4), PARIS)]
    (source,) = book.sources()
    assert source.refreshed == clock.now()
    assert source.problem is not None and source.problem.code == "calendar.not_found"
    assert problems == [("Work", "calendar.not_found")]
    with qtbot.waitSignal(offline.refreshed, timeout=10_000):
        offline.refresh()
    assert problems == [("Work", "calendar.not_found")]  # told once, not at every attempt


def test_partly_readable_calendar_loads_the_rest_and_says_what_was_left_out(
        qtbot: Any, service: CalendarService, book: CalendarBook,
        server: CalendarServer) -> None:
    server.routes["/mixed.ics"] = send(200, ics(BROKEN, UNKNOWN_ZONE, ACCEPTED))
    book.add("Work", f"{server.url}/mixed.ics", ())
    problems: list[Any] = []
    service.problem.connect(lambda _name, problem: problems.append(problem))
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        service.refresh()
    assert titles(service) == ["Demo with Acme"]
    assert [(p.code, dict(p.params)) for p in problems] == [
        ("calendar.partly", {"broken": 1, "zones": "Mars/Olympus"})]


def test_a_calendar_file_is_read_again_when_it_changes(
        qtbot: Any, service: CalendarService, book: CalendarBook, tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics(ACCEPTED))
    book.add("work.ics", str(path), ())
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        service.start()
    assert titles(service) == ["Demo with Acme"]
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        path.write_bytes(BUSY_WEEK)
    assert "Pipeline review" in titles(service)


def test_a_removed_calendar_leaves_the_day(
        qtbot: Any, service: CalendarService, book: CalendarBook, tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics(ACCEPTED))
    service.add("work.ics", str(path), ())
    qtbot.waitUntil(lambda: titles(service) == ["Demo with Acme"], timeout=10_000)
    qtbot.waitUntil(lambda: not service.refreshing(), timeout=10_000)
    service.remove("1")
    assert titles(service) == [] and book.sources() == ()
    assert list(book.cache_dir.iterdir()) == []
