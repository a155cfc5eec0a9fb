"""The reminders, built after the first paint and routed to the flows that answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.one_thing import OneThingFlow
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.sleep import SleepWatcher

if TYPE_CHECKING:
    from focusapp.flows.windows import WindowsFlow
    from focusapp.services.reminders import Reminders


class RemindersFlow(QObject):
    evening_due = Signal()  # the evening check's time came (for what else it should say)
    rescheduled = Signal()  # times, days or the scheduled blocks may have changed

    def __init__(self, clock: Clock, daily: DailyLoop, blocks: BlocksFlow,
                 one_thing: OneThingFlow, sleep: SleepWatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._sleep = sleep
        self._daily = daily
        self._blocks = blocks
        self._one_thing = one_thing
        self.windows: WindowsFlow | None = None  # set by the root (they refer to each other)
        self.reminders: Reminders | None = None

    def start(self) -> None:
        """Build on first call (APScheduler costs ~70 ms and 17 MiB the first paint does not
        need), then start, or reschedule when times or working days may have changed."""
        if self.reminders is None:
            from focusapp.services.reminders import Reminders

            reminders = Reminders(self._clock, self._daily.settings, self._blocks.nudge_needed,
                                  sleep_watcher=self._sleep, parent=self)
            reminders.one_thing_due.connect(self._one_thing.ask_if_missing)
            reminders.end_of_day_due.connect(self._one_thing.ask_evening_check)
            reminders.end_of_day_due.connect(self.evening_due)
            reminders.nudge_due.connect(self._blocks.on_nudge_due)
            reminders.review_due.connect(self._show_review)
            self.reminders = reminders
        if self.reminders.running:
            self.reminders.reschedule()
        else:
            self.reminders.start()  # its start-up catch-up fires what today already missed

    def reschedule(self) -> None:
        if self.reminders is not None:
            self.reminders.reschedule()  # a changed reminder time moves its job at once
        self.rescheduled.emit()

    def shutdown(self) -> None:
        if self.reminders is not None:
            self.reminders.shutdown()

    def _show_review(self, *_: object) -> None:
        if self.windows is not None:
            self.windows.show_review()
