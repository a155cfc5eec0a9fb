"""The day around the calendar (issue 13), built and wired together: the user's calendars
and the day's meetings, the plan made around them, and the scheduled blocks that start by
themselves. Each is built after the first paint or at its first use: icalendar,
recurring-ical-events and APScheduler load then."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.reminders import RemindersFlow
from focusapp.flows.shell import Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.sleep import SleepWatcher
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store

if TYPE_CHECKING:
    from focusapp.flows.calendar import CalendarFlow
    from focusapp.flows.planning import PlanningFlow
    from focusapp.flows.schedule import ScheduleFlow


class DayAgenda(QObject):
    def __init__(self, clock: Clock, store: Store, daily: DailyLoop, timer: FocusTimer,
                 blocks: BlocksFlow, reminders: RemindersFlow, sleep: SleepWatcher,
                 shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock, self.store, self.daily, self.timer = clock, store, daily, timer
        self.blocks, self.reminders, self.sleep, self.shell = blocks, reminders, sleep, shell
        self._calendar: CalendarFlow | None = None
        self.planning: PlanningFlow | None = None  # with the calendars, after the first paint
        self.schedule: ScheduleFlow | None = None  # built after the first paint

    def calendar(self) -> CalendarFlow:
        """The user's calendars and the day's meetings, built on first use."""
        if self._calendar is None:
            from focusapp.flows.calendar import CalendarFlow
            from focusapp.services.calendar import CalendarService
            from focusapp.store.calendars import CalendarBook

            service = CalendarService(self.clock, CalendarBook(self.store.data_dir),
                                      parent=self)
            self._calendar = CalendarFlow(self.clock, self.daily, service, self.shell, self)
        return self._calendar

    def start_calendars(self) -> None:
        """The copies kept on disk at once, then a read of each calendar in the background
        (nothing at all, network included, when the user has none); the day's plan around
        them."""
        calendar = self.calendar()
        self._start_planning(calendar)
        calendar.calendars.start()

    def _start_planning(self, calendar: CalendarFlow) -> None:
        from focusapp.flows.planning import PlanningFlow
        from focusapp.store.plans import PlanDecisions

        self.planning = PlanningFlow(self.clock, self.daily, self.timer, self.blocks,
                                     PlanDecisions(self.store.runtime), self.shell,
                                     calendar.meetings, self)
        calendar.calendars.changed.connect(self.planning.render)
        calendar.plan = self.planning.planned
        self.planning.render()

    def answer_plan(self, key: str, what: str) -> None:
        """A click in Today's timeline, which shows a plan only once one is built."""
        if self.planning is not None:
            self.planning.answer(key, what)

    def start_schedule(self) -> None:
        """The scheduled blocks (APScheduler loads after the first paint, as for reminders)."""
        if self.schedule is not None:
            return
        from focusapp.flows.schedule import ScheduleFlow
        from focusapp.services.scheduled import ScheduledBlocks

        service = ScheduledBlocks(self.clock, self.daily.settings, sleep_watcher=self.sleep,
                                  parent=self)
        self.schedule = ScheduleFlow(self.clock, self.store, self.blocks, service, self)
        self.reminders.rescheduled.connect(service.schedule_changed)
        service.start()

    def start_later(self, request: StartRequest, in_minutes: int) -> datetime:
        """"Start in N min" (the command line, the tray): on the scheduled blocks' engine."""
        return self._started_schedule().start_later(request, in_minutes)

    def start_later_from_menu(self, in_minutes: int) -> None:
        self._started_schedule().start_later_from_menu(in_minutes)

    def _started_schedule(self) -> ScheduleFlow:
        self.start_schedule()
        assert self.schedule is not None
        return self.schedule

    def shutdown(self) -> None:
        if self.schedule is not None:
            self.schedule.service.shutdown()
        if self._calendar is not None:
            self._calendar.calendars.stop()
