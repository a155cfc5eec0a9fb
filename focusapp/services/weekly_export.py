"""The weekly export, sent by itself to the folder chosen in Settings (a team's synced drive).

When: `core.weekly_export.week_to_export` decides (the last finished week, once); this
service asks it at start, every `CHECK_EVERY` while the app runs, and when the clock moved
(a resume from sleep, a clock set back, a new UTC offset). A laptop that was off on Monday
exports at its next start; a week already exported is remembered in runtime.json under
`LAST_WEEK`, so a restart, a clock set back or a second check never writes it twice.

What: the same document as `focusapp export` (store.export.write_export), written
atomically (a synced drive never sees half a file) under a name a shared folder holds many
of (`core.weekly_export.export_file_name`).

Faults: the folder missing (a drive not connected), read-only or full never lose anything
(the week stays due and is tried again at the next check) and are said once per week and
reason, as a `Problem` on `failed`, never a traceback or a notification every hour.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.core.days import IsoWeek
from focusapp.core.errors import Problem, ValidationError, errno_name
from focusapp.core.models import Settings
from focusapp.core.weekly_export import week_to_export
from focusapp.services.clock import Clock
from focusapp.services.data_files import display_name
from focusapp.services.sleep import SleepWatcher
from focusapp.store.database import Store
from focusapp.store.errors import ChangeNotSaved
from focusapp.store.export import write_weekly_export

log = logging.getLogger(__name__)

LAST_WEEK = "weekly_export"  # runtime.json: the last week exported, as "2026-W48"
CHECK_EVERY = timedelta(hours=1)  # how soon after Monday's day start, or a fault, it is sent


class WeeklyExport(QObject):
    """Writes the last finished week's export into the chosen folder, once per week."""

    exported = Signal(object)  # Path written
    failed = Signal(object)  # Problem: why the week's export could not be written

    def __init__(self, clock: Clock, store: Store, settings: Callable[[], Settings],
                 sleep_watcher: SleepWatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._store, self._settings = clock, store, settings
        self._told: tuple[IsoWeek, str] | None = None  # the fault said last, not repeated
        self.timer = QTimer(self)
        self.timer.setInterval(int(CHECK_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.check)
        if sleep_watcher is not None:
            sleep_watcher.resumed.connect(self.check)
            sleep_watcher.clock_set_back.connect(self.check)
            sleep_watcher.offset_changed.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def last_week(self) -> IsoWeek | None:
        """The week exported last; None if never (or if runtime.json holds nonsense)."""
        text = self._store.runtime.get(LAST_WEEK)
        try:
            return IsoWeek.parse(text) if isinstance(text, str) else None
        except ValidationError:
            return None

    def check(self, *_clock_moved: object) -> Path | None:
        """Export the finished week if it is due and a folder is chosen; the path written."""
        settings = self._settings()
        if not settings.weekly_export_folder:
            return None
        week = week_to_export(self.last_week(), self._clock.now(), settings.day_rules.day_start)
        if week is None:
            return None
        folder = Path(settings.weekly_export_folder)
        if not folder.is_dir():  # a drive not mounted: never make a folder in its place
            self._fail(week, Problem("weekly_export.no_folder", {"folder": str(folder)},
                                     f"The weekly export's folder {folder} is not there."))
            return None
        try:
            path = write_weekly_export(self._store, folder, display_name(settings.display_name),
                                       week)
        except OSError as error:
            reason = errno_name(error)
            self._fail(week, Problem("weekly_export.not_written",
                                     {"folder": str(folder), "reason": reason},
                                     f"The weekly export could not be written to {folder}: "
                                     f"{error}."))
            return None
        try:
            self._store.runtime.set(LAST_WEEK, str(week))
        except OSError as error:  # the file is there; it is written again next time
            self._fail(week, ChangeNotSaved(error).problem)
        else:
            self._told = None
        self.exported.emit(path)
        return path

    def _fail(self, week: IsoWeek, problem: Problem) -> None:
        log.warning("weekly export of %s: %s", week, problem.message)
        key = (week, problem.code + str(problem.params.get("reason", "")))
        if key != self._told:
            self._told = key
            self.failed.emit(problem)
