"""The composition root: builds the services, the shell and the flows on an open store and
wires them. The only module that knows everything; the behaviour lives in `focusapp.flows`,
and the process that runs it (its QApplication, the store opened) in `focusapp.gui`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from focusapp.flows.agenda import DayAgenda
from focusapp.flows.away import AwayFlow
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.browser import BrowserFlow
from focusapp.flows.counting import CountingFlow
from focusapp.flows.guarding import GuardFlow
from focusapp.flows.handoffs import HandoffsFlow
from focusapp.flows.instruments import RoleInstruments
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.reminders import RemindersFlow
from focusapp.flows.today import TodayFlow
from focusapp.flows.weekly_export import WeeklyExportFlow
from focusapp.flows.windows import WindowsFlow
from focusapp.services import dataclass_cache, start_collector
from focusapp.services.away import AwaySampler
from focusapp.services.backends import Backends, detect_backends
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.sleep import SleepWatcher
from focusapp.services.timer import FocusTimer
from focusapp.store.database import OpenReport, Store
from focusapp.ui.browser_setup import browser_setup
from focusapp.ui.browser_text import blocked_page_words
from focusapp.ui.i18n import pick_language
from focusapp.ui.shell import QtShell
from focusapp.ui.tray import TrayController

if TYPE_CHECKING:
    from focusapp.core.exports import IcsText
    from focusapp.flows.server import CommandServer
    from focusapp.services.blocking.guard import DistractionGuard
    from focusapp.services.blocking.status import MechanismStatus
    from focusapp.services.idle import IdleSource

# Work the first paint does not need (APScheduler, QtNetwork, blocking) waits this long, so
# the tray icon and the window appear first; a 0 ms timer would run before X delivers the
# expose events.
AFTER_FIRST_PAINT_MS = 150


@dataclass
class Options:
    """How the app starts (tests and benchmarks change them)."""
    tray: bool | None = None  # None: use the tray when the desktop has one
    wizard: bool = True  # show the first-run wizard when it was never completed
    reminders: bool = True
    exit_when_ready: bool = False  # benchmarks and the bundle check: print "ready", then quit
    backends: Backends | None = None  # the desktop's mechanisms; None: detected here


class FocusApp(QObject):
    """The running application: one per data folder (the store's lock makes sure)."""

    def __init__(self, clock: Clock, store: Store, report: OpenReport,
                 options: Options | None = None, translator: QTranslator | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.clock, self.store, self.report = clock, store, report
        self.backends = self.options.backends or detect_backends()
        self.daily = DailyLoop(clock, store, self)
        self.sleep = SleepWatcher(clock, parent=self)  # one watcher for the timer and reminders
        self.timer = FocusTimer(clock, store, self.daily.settings, self, sleep_watcher=self.sleep)
        use_tray = TrayController.available() if self.options.tray is None else self.options.tray
        self.shell = QtShell(self.daily, store, use_tray=use_tray, translator=translator,
                             parent=self)
        self.day_view = TodayFlow(self.daily, self.timer, store, self.shell, self)
        self.blocks = BlocksFlow(self.daily, self.timer, self.shell, self, sleep=self.sleep)
        self.one_thing = OneThingFlow(self.daily, self.shell, self)
        self.counting = CountingFlow(self.daily, self.timer, self.shell, self)
        self.handoffs = HandoffsFlow(clock, self.daily, self.shell, self)
        self.blocks.end_answered.connect(self.handoffs.after_block)
        self.instruments = RoleInstruments(clock, store, self.daily, self.timer, self.shell,
                                           self.blocks, self)
        self.shell.account_names = self.instruments.book.names
        self.browser = BrowserFlow(clock, self.daily, self.timer, blocked_page_words,
                                   lambda: pick_language(self.daily.settings().language), self)
        self.shell.browsers = browser_setup(self.browser, Path.home())
        self.away = AwaySampler(clock, self.backends.idle or _no_idle, self)
        self.guard = GuardFlow(clock, store, self.timer, self.shell, self._build_guard, self,
                               also=self._desktop_statuses)
        self.away_flow = AwayFlow(self.daily, self.timer, self.shell, self.away, self)
        self.daily.lists_locked = self.guard.lists_locked
        self.reminders = RemindersFlow(clock, self.daily, self.blocks, self.one_thing, self.sleep,
                                       self)
        self.reminders.evening_due.connect(self.instruments.next_steps.evening)
        self.weekly_export = WeeklyExportFlow(clock, store, self.daily, self.shell, self.sleep,
                                              self)
        self.agenda = DayAgenda(clock, store, self.daily, self.timer, self.blocks,
                                self.reminders, self.sleep, self.shell, self)
        self.shell.calendars = lambda: self.agenda.calendar().calendars
        self.windows = WindowsFlow(self.daily, self.shell, self.reminders, self.backends.autostart,
                                   store, self)
        self.windows.ics_text = self._ics_text
        self._wire_actions()

    def _desktop_statuses(self) -> list[MechanismStatus]:
        """Beside the blocking mechanisms in Settings → Blocking: away time, the tray and the
        app's messages, as this desktop offers them (probed after the first paint)."""
        from focusapp.services.desktop import tray_status

        tray = self.shell.tray is not None and TrayController.available()
        found = [self.away.status(), tray_status(tray)]
        if self.backends.messages is not None:
            found.append(self.backends.messages(tray))
        return found

    def _ics_text(self) -> IcsText:
        from focusapp.ui.ics_text import ics_text

        return ics_text(self.store.roles.get())

    def _build_guard(self) -> DistractionGuard:
        from focusapp.services.blocking.guard import DistractionGuard

        guard = DistractionGuard(self.clock, self.store, self.daily.settings, self.backends,
                                 parent=self)
        guard.web_summary = self.browser.web.summary
        guard.web_exact = lambda: self.browser.connected
        return guard

    def _wire_actions(self) -> None:
        actions = self.shell.actions
        actions.start_requested.connect(lambda minutes: self.blocks.ask_start(minutes or None))
        actions.pause_requested.connect(self.timer.pause)
        actions.resume_requested.connect(self.timer.resume)
        actions.stop.triggered.connect(self.blocks.ask_stop)
        actions.extend_requested.connect(self.blocks.extend)
        actions.start_later_requested.connect(self.agenda.start_later_from_menu)
        actions.plan_answered.connect(self.agenda.answer_plan)
        actions.interruption.triggered.connect(self.blocks.ask_interruption)
        actions.count.triggered.connect(self.counting.count_one)
        actions.undo_count.triggered.connect(self.counting.take_back)
        actions.handoff_answered.connect(self.handoffs.answer_from_window)
        accounts, leads = self.instruments.accounts, self.instruments.leads
        actions.account_touched.connect(accounts.touch_from_window)
        actions.follow_up.triggered.connect(accounts.ask_follow_up)
        actions.follow_up_done.connect(accounts.done_from_window)
        actions.new_lead.triggered.connect(leads.ask_new)
        actions.lead_touched.connect(leads.touch_from_window)
        actions.lead_dropped.connect(leads.drop_from_window)
        self.windows.reloaded.connect(leads.book.reload)
        actions.one_thing.triggered.connect(self.one_thing.ask)
        actions.one_thing_done.triggered.connect(self.one_thing.mark_done)
        actions.today.triggered.connect(self.shell.show_today)
        actions.review.triggered.connect(lambda: self.windows.show_review())
        actions.history_requested.connect(self.windows.show_history)
        actions.settings.triggered.connect(self.windows.show_settings)
        actions.export.triggered.connect(self.windows.export_data)
        actions.import_.triggered.connect(self.windows.import_data)
        actions.quit.triggered.connect(self.quit)

    def start(self) -> None:
        """Show what must be shown, recover a crashed block, start the rest after the first
        paint."""
        self.guard.recover_at_startup()  # before the timer resumes a block
        self.day_view.recover_block()
        self.day_view.render()
        self.instruments.render()
        self.guard.render()
        self.shell.show()
        later = self._after_first_paint
        if self.shell.tray is None:
            later(self.day_view.explain_no_tray, 0)
        later(lambda: self.day_view.tell_recoveries(self.report), 0)
        later(self._read_history)
        later(self.guard.start_services)
        later(lambda: self.browser.start(self.store.data_dir))
        later(self.weekly_export.start)
        later(self.instruments.start)
        later(self.agenda.start_calendars)
        if self.wizard_due():
            # Once the tray icon (or, without a tray, Today) is on screen: the app first,
            # then its questions.
            later(lambda: self.windows.run_wizard(start_reminders=self.options.reminders))
        elif self.options.reminders:
            later(self.reminders.start)
        if self.options.reminders:
            later(self.agenda.start_schedule)
        if self.options.exit_when_ready:
            from focusapp.ready import report_ready_and_quit

            later(lambda: report_ready_and_quit(self), 0)
        dataclass_cache.start_up_done()  # what the next launch reads first

    def _read_history(self) -> None:
        """The streak chips' history, the last of what the launch makes to keep: then the
        cycle collector the launch held off (`services.start_collector`) comes back."""
        try:
            self.day_view.load_history()
        finally:
            start_collector.release()

    def wizard_due(self) -> bool:
        """A new user's questions are to be asked (until the wizard is completed once)."""
        return self.options.wizard and not self.daily.settings().first_run_done

    def _after_first_paint(self, call: Callable[[], object],
                           delay_ms: int = AFTER_FIRST_PAINT_MS) -> None:
        # With `self` as context, a pending call dies with this object (tests build several).
        QTimer.singleShot(delay_ms, self, call)

    def command_server(self) -> CommandServer:
        """The running app's side of the command protocol, over its flows."""
        from focusapp.flows.server import CommandServer
        from focusapp.ui.import_text import import_summary

        instruments = self.instruments
        return CommandServer(self.store, self.timer, self.shell, self.blocks, self.one_thing,
                             self.windows, self.counting, self.handoffs, instruments.book,
                             instruments.leads, import_summary, self.agenda.calendar,
                             next_steps=instruments.next_steps, later=self.agenda.start_later,
                             browser_connected=lambda: self.browser.connected)

    def commit_data(self) -> None:
        """What must be on disk before the session ends or the app stops."""
        self.shell.flush_review()
        self.timer.save_checkpoint()

    def shutdown(self) -> None:
        self.commit_data()
        self.guard.shutdown()
        self.browser.shutdown()
        self.away.shutdown()
        self.reminders.shutdown()
        self.weekly_export.shutdown()
        self.instruments.shutdown()
        self.agenda.shutdown()
        self.shell.hide()

    def quit(self) -> None:
        self.shutdown()
        # Not QApplication.quit(): Qt 6 first asks every window to close, and the Today
        # window refuses (closing it never quits), which cancels the quit.
        QApplication.exit(0)


def _no_idle() -> IdleSource:
    from focusapp.core.errors import Problem
    from focusapp.services.idle import NullIdle

    return NullIdle(Problem("idle.unavailable", {"reasons": ()}, "no idle source given"))
