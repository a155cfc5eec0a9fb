"""The user's calendars kept current: read at start, every N minutes, and when a calendar file
changes, on a worker thread so the window never waits for the network.

A failed read keeps the copy read before (`store.calendars`) and says why once, not at
every attempt; a calendar whose events were partly unreadable still loads the rest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from focusapp.core.calendar import (
    DayCalendar,
    Meeting,
    ReadCalendar,
    addresses,
    meetings_of_day,
    read_calendar,
)
from focusapp.core.errors import CodedError, Problem
from focusapp.services.calendar_fetch import load
from focusapp.services.clock import Clock
from focusapp.store.calendars import CalendarBook, CalendarSource

Fetch = Callable[[str], bytes]


@dataclass(frozen=True)
class SourceRead:
    """One attempt at reading a calendar: its bytes and what they gave, or why not."""

    source: CalendarSource
    data: bytes | None = None
    read: ReadCalendar | None = None
    problem: Problem | None = None  # the read failed: nothing of it is used

    @property
    def partly(self) -> Problem | None:
        """Read, but some events had to be left out: the user is told which kind."""
        read = self.read
        if read is None or not (read.broken or read.unknown_zones):
            return None
        return Problem("calendar.partly", {"broken": read.broken,
                                           "zones": ", ".join(read.unknown_zones)},
                       f"{read.broken} broken event(s), unknown zones {read.unknown_zones}")


def read_source(source: CalendarSource, around: date | None,
                fetch: Fetch = load) -> SourceRead:
    """Fetch and parse one calendar, the days around `around` (None: all), blocking: a
    worker thread or the command line."""
    try:
        data = fetch(source.location)
        return SourceRead(source, data, read_calendar(data, around))
    except CodedError as error:
        return SourceRead(source, problem=error.problem)


def record(book: CalendarBook, result: SourceRead, now: datetime) -> None:
    """What a read gave, kept: the new copy and its time, or the problem."""
    if result.data is not None:
        book.record_read(result.source.id, now, result.data, result.partly)
    elif result.problem is not None:
        book.record_problem(result.source.id, result.problem)


def read_cached(book: CalendarBook, around: date | None) -> dict[str, ReadCalendar]:
    """The copies read before, parsed (a copy that no longer parses is skipped: the next
    refresh replaces it)."""
    calendars = {}
    for source in book.sources():
        data = book.cached(source.id)
        if data is None:
            continue
        try:
            calendars[source.id] = read_calendar(data, around)
        except CodedError:
            continue
    return calendars


def day_calendars(book: CalendarBook,
                  calendars: dict[str, ReadCalendar]) -> tuple[DayCalendar, ...]:
    return tuple(DayCalendar(s.name, calendars[s.id], addresses(s.me))
                 for s in book.sources() if s.id in calendars)


class CalendarService(QObject):
    changed = Signal()  # the calendars or their events changed: the day's meetings may have
    problem = Signal(str, object)  # a calendar's name and a new Problem with it
    refreshed = Signal()  # a round of reads is over (every source asked for was tried)
    added = Signal(str)  # a calendar checked and added (`check_and_add`), by its name
    add_refused = Signal(object)  # the Problem that kept a calendar from being added
    _result = Signal(object)  # a worker's SourceRead, delivered in this object's thread
    _round_over = Signal()
    _checked = Signal(object, object)  # the thread that checked a new calendar, its read

    def __init__(self, clock: Clock, book: CalendarBook, fetch: Fetch = load,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.book = book
        self._fetch = fetch
        self._calendars: dict[str, ReadCalendar] = {}
        self._worker: threading.Thread | None = None
        self._pending: set[str] | None = None  # asked for while a round ran; None: nothing
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._result.connect(self._take)
        self._round_over.connect(self._next_round)
        self._checks: list[threading.Thread] = []
        self._checked.connect(self._take_checked)

    def start(self) -> None:
        """The cached copies at once (offline too), then a fresh read of every calendar."""
        self._calendars = read_cached(self.book, self.clock.now().date())
        self._watch_files()
        self._timer.start(self.book.refresh_minutes() * 60_000)
        self.changed.emit()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self._pending = None

    def sources(self) -> tuple[CalendarSource, ...]:
        return self.book.sources()

    def refreshing(self) -> bool:
        return self._worker is not None

    def add(self, name: str, location: str, me: tuple[str, ...]) -> CalendarSource:
        """A calendar the caller has already read once (the command line does): kept, then
        read here in the background."""
        source = self.book.add(name, location, me)
        self._watch_files()
        self.refresh([source.id])
        return source

    def checking(self) -> bool:
        return bool(self._checks)

    def check_and_add(self, name: str, location: str, me: tuple[str, ...]) -> None:
        """Read a new calendar on a worker thread, and keep it only if it reads: `added`
        or `add_refused` says which (the Settings window's Add)."""
        candidate = CalendarSource("", name, location, me)
        check = threading.Thread(target=self._check, args=(candidate, self.clock.now().date()),
                                 name="calendar-check", daemon=True)
        self._checks.append(check)
        check.start()

    def _check(self, candidate: CalendarSource, around: date) -> None:
        self._checked.emit(threading.current_thread(), read_source(candidate, around,
                                                                   self._fetch))

    def _take_checked(self, check: threading.Thread, result: SourceRead) -> None:
        check.join()  # it has emitted: its last step
        self._checks.remove(check)
        if result.problem is not None or result.read is None:
            self.add_refused.emit(result.problem)
            return
        candidate = result.source
        try:
            source = self.book.add(candidate.name, candidate.location, candidate.me)
        except CodedError as error:  # added meanwhile, by the command line
            self.add_refused.emit(error.problem)
            return
        record(self.book, replace(result, source=source), self.clock.now())
        self._calendars[source.id] = result.read
        self._watch_files()
        self.changed.emit()
        self.added.emit(source.name)

    def remove(self, key: str) -> CalendarSource:
        source = self.book.remove(key)
        self._calendars.pop(source.id, None)
        if source.is_file and source.location in self._watcher.files():
            self._watcher.removePath(source.location)
        self.changed.emit()
        return source

    def set_refresh_minutes(self, minutes: int) -> None:
        if minutes != self.book.refresh_minutes():
            self.book.set_refresh_minutes(minutes)
        if self._timer.isActive():
            self._timer.start(minutes * 60_000)

    def meetings(self, day: date, day_start: time, zone: tzinfo) -> tuple[Meeting, ...]:
        if any(not read.covers(day) for read in self._calendars.values()):
            # Days past what the last reads hold (no read for a week): the copies on disk.
            self._calendars = read_cached(self.book, day)
        return meetings_of_day(day_calendars(self.book, self._calendars), day, day_start, zone)

    def refresh(self, ids: Sequence[str] | None = None) -> None:
        """Read the calendars `ids` (None: all) on a worker thread; a round already running
        is followed by another with what was asked for meanwhile."""
        wanted = {s.id for s in self.book.sources()} if ids is None else set(ids)
        if self._worker is not None:
            self._pending = (self._pending or set()) | wanted
            return
        sources = [s for s in self.book.sources() if s.id in wanted]
        if not sources:
            self.refreshed.emit()
            return
        self._worker = threading.Thread(target=self._read_all,
                                        args=(sources, self.clock.now().date()),
                                        name="calendar-refresh", daemon=True)
        self._worker.start()

    def _read_all(self, sources: Sequence[CalendarSource], around: date) -> None:
        """The worker: blocking reads, one after the other; results go to the Qt thread."""
        for source in sources:
            self._result.emit(read_source(source, around, self._fetch))
        self._round_over.emit()

    def _take(self, result: SourceRead) -> None:
        before = {s.id: s for s in self.book.sources()}.get(result.source.id)
        if before is None:
            return  # removed while it was read
        record(self.book, result, self.clock.now())
        if result.read is not None:
            self._calendars[result.source.id] = result.read
            self.changed.emit()
        problem = result.problem or result.partly
        if problem is not None and (before.problem is None or before.problem != problem):
            self.problem.emit(before.name, problem)

    def _next_round(self) -> None:
        if self._worker is not None:
            self._worker.join()
        self._worker = None
        pending, self._pending = self._pending, None
        if pending:
            self.refresh(sorted(pending))
        else:
            self.refreshed.emit()

    def _watch_files(self) -> None:
        files = [s.location for s in self.book.sources() if s.is_file]
        # A file that is not there (yet) cannot be watched: its next read says so.
        missing = [f for f in files if f not in self._watcher.files() and Path(f).is_file()]
        if missing:
            self._watcher.addPaths(missing)

    def _file_changed(self, path: str) -> None:
        # An editor that saves by replacing the file ends the watch on the old one.
        if path not in self._watcher.files():
            self._watcher.addPath(path)
        self.refresh([s.id for s in self.book.sources() if s.location == path])
