"""The weekly export to a folder: started after the first paint, tried at once when a folder
is chosen in Settings, and what it did said in a notification (a fault once per week and
reason: the service keeps count)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from focusapp.core.errors import Problem
from focusapp.core.text import fill
from focusapp.flows.shell import Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.sleep import SleepWatcher
from focusapp.store.database import Store

if TYPE_CHECKING:  # the export's code loads after the first paint
    from focusapp.services.weekly_export import WeeklyExport


class WeeklyExportFlow(QObject):
    def __init__(self, clock: Clock, store: Store, daily: DailyLoop, shell: Shell,
                 sleep: SleepWatcher | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._store, self._daily, self._shell = clock, store, daily, shell
        self._sleep = sleep
        self.service: WeeklyExport | None = None
        self._folder = daily.settings().weekly_export_folder
        daily.changed.connect(self._maybe_new_folder)

    def start(self) -> None:
        from focusapp.services.weekly_export import WeeklyExport

        if self.service is None:
            self.service = WeeklyExport(self._clock, self._store, self._daily.settings,
                                        self._sleep, self)
            self.service.exported.connect(self._exported)
            self.service.failed.connect(self._failed)
        self.service.start()

    def shutdown(self) -> None:
        if self.service is not None:
            self.service.stop()

    def _maybe_new_folder(self) -> None:
        """A folder just chosen (or changed) is tried at once, so the user sees it work."""
        folder = self._daily.settings().weekly_export_folder
        if folder != self._folder:
            self._folder = folder
            if self.service is not None:
                self.service.check()

    def _exported(self, path: Path) -> None:
        self._shell.notify(self.tr("Weekly export"), fill(
            self.tr("Your weekly export %1 is in %2."), path.name, str(path.parent)))

    def _failed(self, problem: Problem) -> None:
        self._shell.notify_problem(self.tr("Weekly export"), problem)
