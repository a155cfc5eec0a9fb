"""The composition root: builds the store, the services and the windows, and wires them.

The only module that knows everything. Nothing else looks anything up globally: each piece
is handed what it needs here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from focusapp.core.days import IsoWeek
from focusapp.core.errors import Problem, ValidationError
from focusapp.core.models import Block, OneThingStatus, Settings
from focusapp.services.backends import Backends, detect_backends
from focusapp.services.blocking.status import RUNTIME_KEY as BLOCKING_KEY
from focusapp.services.clock import Clock, SystemClock
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import (
    FocusTimer,
    NoBlockRunning,
    StartRequest,
    StrictModeLocked,
    TimerBusy,
    TimerState,
)
from focusapp.store.database import OpenReport, Store
from focusapp.store.errors import StoreError
from focusapp.ui.i18n import install_translator, pick_language
from focusapp.ui.names import error_message
from focusapp.ui.sound import Chime
from focusapp.ui.today import TodayWindow
from focusapp.ui.tray import TrayController

# Dialogs, the wizard and the reminders load on first use: the first paint (tray and Today
# window) does not need them, and each import costs start-up time (benchmarks/startup.py).
if TYPE_CHECKING:
    from focusapp.services.blocking.guard import DistractionGuard
    from focusapp.services.reminders import Reminders
    from focusapp.ui.dialogs.one_thing import EveningCheckDialog, OneThingDialog
    from focusapp.ui.dialogs.start_block import StartBlockDialog
    from focusapp.ui.review import ReviewWindow
    from focusapp.ui.settings import SettingsWindow
    from focusapp.ui.wizard import FirstRunWizard


# Work the first paint does not need (APScheduler, QtNetwork) waits this long, so the tray
# icon and the window appear first; a 0 ms timer would run before X delivers the expose events.
AFTER_FIRST_PAINT_MS = 150


@dataclass
class Options:
    tray: bool | None = None  # None: use the tray when the desktop has one
    wizard: bool = True  # show the first-run wizard when it was never completed
    reminders: bool = True
    backends: Backends | None = None  # None: this machine's (detect_backends())


class FocusApp(QObject):
    """The running application: one per data folder (the store's lock makes sure)."""

    def __init__(self, clock: Clock, store: Store, report: OpenReport,
                 options: Options | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.backends = self.options.backends or detect_backends()
        self.clock = clock
        self.store = store
        self.daily = DailyLoop(clock, store, self)
        self.timer = FocusTimer(clock, store, self.daily.settings, self)
        self._guard: DistractionGuard | None = None  # see `guard`: built after the first paint
        self.daily.lists_locked = lambda: self._guard is not None and self._guard.lists_locked()
        self.use_tray = (TrayController.available() if self.options.tray is None
                         else self.options.tray)
        self.today: TodayWindow
        self.tray: TrayController | None = None
        self.reminders: Reminders | None = None  # built after the first paint (see start)
        self._dialogs: list[QWidget] = []
        self.translator: QTranslator | None = None
        self.review_window: ReviewWindow | None = None
        self.settings_window: SettingsWindow | None = None
        self.chime = Chime(self)
        self._build_ui()
        self._wire_services()
        self._startup_messages(report)

    # ---- wiring -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """The Today window and the tray, in the current language, wired to the intents."""
        self.today = TodayWindow()
        self.today.keep_running_on_close = self.use_tray
        self._connect_intents(self.today)
        self.today.start_requested.connect(lambda: self.ask_start_block())
        if self.use_tray:
            self.tray = TrayController(self.daily.settings().presets, self)
            self._connect_intents(self.tray)
            self.tray.start_requested.connect(self._on_tray_start_requested)
            self.tray.today_requested.connect(self.show_today)
            self.tray.review_requested.connect(self._on_review_requested)
            self.tray.settings_requested.connect(self._on_settings_requested)

    def _connect_intents(self, source: TodayWindow | TrayController) -> None:
        """The intents the Today window and the tray menu share, to the same handlers."""
        source.one_thing_requested.connect(self.ask_one_thing)
        source.pause_requested.connect(self.timer.pause)
        source.resume_requested.connect(self.timer.resume)
        source.stop_requested.connect(self.ask_stop)
        source.interruption_requested.connect(self.ask_interruption)
        source.quit_requested.connect(self.quit)

    def _wire_services(self) -> None:
        self.timer.block_started.connect(lambda block: self.guard.on_block_started(block))
        self.timer.block_finished.connect(lambda block: self.guard.on_block_finished(block))
        self.timer.state_changed.connect(self._on_timer_state_changed)
        self.timer.state_changed.connect(self._render_timer)
        self.timer.ticked.connect(self._render_timer)
        self.timer.block_finished.connect(self._on_block_finished)
        self.timer.ended_during_sleep.connect(self._on_ended_during_sleep)
        self.timer.break_finished.connect(self._on_break_finished)
        self.daily.changed.connect(self._render_today)
        self.daily.changed.connect(self._refresh_review)

    @property
    def guard(self) -> DistractionGuard:
        """Blocking (sites, apps, front window, do-not-disturb), built on first need: right
        after the first paint, or at start when a crashed block must be cleaned up."""
        if self._guard is None:
            from focusapp.services.blocking.guard import DistractionGuard

            self._guard = DistractionGuard(self.clock, self.store, self.daily.settings,
                                           self.backends, parent=self)
            self.timer.distraction_source = self._guard.summary
            self._guard.app_hit.connect(self._on_app_hit)
            self._guard.problem_raised.connect(self._on_blocking_problem)
            self._guard.status_changed.connect(self._render_blocking)
        return self._guard

    def _on_timer_state_changed(self) -> None:
        if self._guard is not None:
            self._guard.on_state_changed(self.timer.block)

    def set_language(self, language: str) -> None:
        """Switch the UI language now: new translator, then the windows built again."""
        app = QApplication.instance()
        if app is None:
            return
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = install_translator(app, pick_language(language))
        was_visible = self.today.isVisible()
        old_today, old_tray = self.today, self.tray
        if old_tray is not None:
            old_tray.hide()
            old_tray.deleteLater()
        self._build_ui()
        old_today.hide()
        old_today.deleteLater()
        self._render_today()
        if self.tray is not None:
            self.tray.show()
        if was_visible or self.tray is None:
            self.show_today()

    def start(self) -> None:
        """Show what must be shown, recover a crashed block, start the reminders."""
        if self.store.runtime.get(BLOCKING_KEY) is not None:  # a block died with the app
            cleaned = self.guard.recover_at_startup()  # before the timer resumes a block
            if cleaned.found:
                self.notify(self.tr("Blocking lifted"),
                            self.tr("FocusApp stopped during a focus block; the sites and "
                                    "notifications it had blocked are released."))
        recovery = self.timer.recover()
        if recovery is not None:
            if recovery.resumed:
                self.notify(self.tr("Focus block recovered"),
                            self.tr("FocusApp stopped during your block; it is running again."))
            else:
                self.daily.record_block(recovery.block)
                self.notify(self.tr("Focus block recovered"),
                            self.tr("FocusApp stopped during your block; it was saved up to "
                                    "the last moment it was seen running."))
        self._render_today()
        self._render_timer()
        self._render_blocking()
        if self.tray is not None:
            self.tray.show()
        else:
            self.today.show()
            if not self.store.runtime.get("no_tray_explained"):
                QTimer.singleShot(0, self, self._explain_no_tray)
        # With `self` as context, a pending call dies with this object (tests build several).
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, self._load_history)
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, lambda: self.guard.start_services())
        if self.options.wizard and not self.daily.settings().first_run_done:
            self.run_wizard()
        elif self.options.reminders:
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, self._start_reminders)

    def _start_reminders(self) -> None:
        """Reminders come after the first paint: importing APScheduler costs ~70 ms and 17 MiB
        that the tray and the Today window do not need to appear."""
        if self.reminders is None:
            from focusapp.services.reminders import Reminders

            reminders = Reminders(self.clock, self.daily.settings, self._nudge_needed, parent=self)
            reminders.one_thing_due.connect(self.ask_one_thing_if_missing)
            reminders.end_of_day_due.connect(self.ask_evening_check)
            reminders.nudge_due.connect(self._on_nudge_due)
            reminders.review_due.connect(self._on_review_requested)
            self.reminders = reminders
        if self.reminders.running:
            self.reminders.reschedule()  # times or working days may have changed
        else:
            self.reminders.start()  # its start-up catch-up fires what today already missed

    def shutdown(self) -> None:
        if self.review_window is not None:
            self.review_window.flush_reflections()  # quit() skips closeEvent: save what was typed
        if self._guard is not None:
            self._guard.shutdown()
        if self.reminders is not None:
            self.reminders.shutdown()
        if self.tray is not None:
            self.tray.hide()

    def quit(self) -> None:
        self.shutdown()
        # Not QApplication.quit(): Qt 6 first asks every window to close, and the Today
        # window refuses (closing it never quits), which cancels the quit.
        QApplication.exit(0)

    def serve_commands(self, data_dir: Path) -> None:
        """Answer the CLI and a second launch (QtNetwork loads here, after the first paint)."""
        from focusapp.commands import focus_command_handler
        from focusapp.services.single_instance import InstanceServer

        server = InstanceServer(data_dir, focus_command_handler(self), parent=self)
        server.raise_requested.connect(self.show_today)
        if not server.listen():  # only if another process took the socket name
            self.notify(self.tr("FocusApp"),
                        self.tr("Commands from the command line are unavailable in this session."))

    # ---- rendering ------------------------------------------------------------------------

    def _render_today(self) -> None:
        view = (self.daily.today_view() if self.daily.history_loaded
                else self.daily.partial_today_view())
        self.today.show_view(view, self.daily.roles())
        self._render_timer()

    def _load_history(self) -> None:
        """Decode the whole history (streaks, scores) once the window is on screen."""
        if not self.daily.history_loaded:
            self.daily.history()
            self._render_today()

    def _render_timer(self) -> None:
        state, remaining = self.timer.state, self.timer.remaining_seconds()
        self.today.show_timer(state, remaining)
        if self.tray is not None:
            one_thing = self.daily.one_thing()
            self.tray.render(state, self.timer.progress(), remaining,
                             one_thing.one_thing if one_thing else None)

    def show_today(self) -> None:
        self.today.showNormal()
        self.today.raise_()
        self.today.activateWindow()

    def notify(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, message)

    def _present(self, dialog: QWidget) -> None:
        """Open non-modally and take the keyboard focus: it was asked for from the tray."""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _keep(self, dialog: QWidget) -> QWidget:
        """Dialogs are opened non-modally (the event loop keeps running: timers, reminders)."""
        self._dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._dialogs.remove(dialog)
                                 if dialog in self._dialogs else None)
        return dialog

    # ---- focus blocks -----------------------------------------------------------------------

    def ask_start_block(self, minutes: int | None = None) -> StartBlockDialog:
        from focusapp.ui.dialogs.start_block import StartBlockDialog

        one_thing = self.daily.one_thing()
        dialog = StartBlockDialog(
            self.daily.roles(), self.daily.settings().presets, minutes=minutes,
            role=self.daily.default_role(),
            activity=one_thing.activity if one_thing else None,
            strict=self.daily.settings().strict_default,
        )
        self._keep(dialog)
        dialog.accepted.connect(lambda: self._start_from(dialog))
        self._present(dialog)
        return dialog

    def _start_from(self, dialog: StartBlockDialog) -> None:
        role = str(dialog.role.currentData())
        activity = dialog.activity.currentData()
        self.start_block(dialog.request(self.daily.serves_one_thing(role, activity)))

    def start_block(self, request: StartRequest) -> Block:
        block = self.timer.start(request)
        self.notify(self.tr("Focus block started"),
                    self.tr("%n minute(s). Distractions can wait.", "", request.minutes))
        return block

    def _on_tray_start_requested(self, minutes: int) -> None:
        self.ask_start_block(minutes or None)

    def ask_stop(self) -> None:
        block = self.timer.block
        if block is None:
            return
        if not block.strict:
            self.timer.stop()
            return
        from focusapp.ui.dialogs.block_end import StrictStopDialog

        dialog = StrictStopDialog()
        self._keep(dialog)

        def done() -> None:
            if dialog.emergency:
                self.timer.abandon()
            elif dialog.confirmed():
                self.timer.stop(confirmed=True)

        dialog.accepted.connect(done)
        dialog.open()

    def ask_interruption(self) -> None:
        if self.timer.block is None:
            return
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(None, self.tr("Log an interruption"),
                                        self.tr("Who or what interrupted you?"))
        if ok:
            self._guarded(lambda: self.timer.log_interruption(text))

    def _on_block_finished(self, block: Block) -> None:
        self.daily.record_block(block)
        self.chime.play()
        self.notify(self.tr("Focus block finished"),
                    self.tr("%n focused minute(s).", "", round(block.focused_minutes)))
        config = next((r for r in self.daily.roles() if r.role.value == block.role), None)
        activity = config.activity(block.activity) if config and block.activity else None
        from focusapp.ui.dialogs.block_end import BlockEndDialog

        dialog = BlockEndDialog(block, activity.metric if activity else None)
        self._keep(dialog)

        def save() -> None:
            count, note = dialog.values()
            updated = self._guarded(lambda: self.timer.set_count_and_note(block, count, note))
            if updated is not None:
                self.daily.record_block(updated)
            if dialog.take_break:
                self.timer.start_break()

        dialog.accepted.connect(save)
        dialog.open()

    def _on_ended_during_sleep(self, block: Block) -> None:
        end = block.end.strftime("%H:%M") if block.end else ""
        self.notify(self.tr("Your block ended while the computer was asleep"),
                    self.tr("It was saved as finished at %1.").replace("%1", end))

    def _on_app_hit(self, target: str, action: str) -> None:
        texts = {
            "warn": self.tr("%1 is on your block list: back to your focus block?"),
            "minimize": self.tr("%1 was minimised: it is on your block list."),
            "close": self.tr("%1 was closed: it is on your block list."),
        }
        text = texts.get(action, self.tr("%1 was stopped: it is on your block list."))
        self.notify(self.tr("Distraction blocked"), text.replace("%1", target))
        block = self.timer.block
        if block is not None:
            self.store.distractions.add(block.id, self.clock.now(), "app", target, 0.0)

    def _on_blocking_problem(self, problem: Problem) -> None:
        # Until ui/names.py words blocking codes, the English log fallback is shown.
        self.notify(self.tr("Blocking needs attention"), problem.message)

    def _render_blocking(self) -> None:
        if self._guard is not None:
            self.today.show_blocking(self._guard.statuses())

    def _on_break_finished(self) -> None:
        self.chime.play()
        self.notify(self.tr("Break over"), self.tr("Ready for the next focus block?"))

    # ---- the One Thing ----------------------------------------------------------------------

    def ask_one_thing_if_missing(self) -> None:
        """The morning prompt: yesterday's check first if it was missed, then today's."""
        missed = self.daily.missed_evening_check()
        if missed is not None:
            self.ask_evening_check(missed.day, then=self.ask_one_thing_if_missing)
            return
        if self.daily.one_thing() is None:
            self.ask_one_thing()

    def ask_one_thing(self) -> OneThingDialog:
        from focusapp.ui.dialogs.one_thing import OneThingDialog

        dialog = OneThingDialog(self.daily.roles(), self.daily.one_thing(),
                                self.daily.default_role())
        self._keep(dialog)

        def save() -> None:
            text, role, activity = dialog.values()
            self._guarded(lambda: self.daily.set_one_thing(text, role, activity))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def ask_evening_check(self, day: Any = None, then: Any = None) -> EveningCheckDialog | None:
        target = self.daily.one_thing(day) if day else self.daily.one_thing()
        if target is None or target.status is not OneThingStatus.OPEN:
            if callable(then):
                then()
            return None
        from focusapp.ui.dialogs.one_thing import EveningCheckDialog

        dialog = EveningCheckDialog(target)
        self._keep(dialog)

        def answer() -> None:
            if dialog.status is not None:
                self.daily.check_one_thing(dialog.status, target.day)
                if dialog.carry_over:
                    self.daily.carry_over(target.day)
            if callable(then):
                then()

        dialog.accepted.connect(answer)
        dialog.open()
        return dialog

    # ---- reminders and placeholders -------------------------------------------------------

    def _nudge_needed(self, day: Any) -> bool:
        view = self.daily.today_view()
        return not view.blocks and self.timer.state is TimerState.IDLE

    def _on_nudge_due(self, *_: Any) -> None:
        self.notify(self.tr("No focus block yet today"),
                    self.tr("Start one on your key activity: 25 minutes is enough."))

    def _on_review_requested(self, *_: Any) -> None:
        self.show_review()

    def show_review(self, week: IsoWeek | None = None) -> ReviewWindow:
        """The weekly streak review (tray, reminder); built on first use: QtCharts is heavy."""
        from focusapp.ui.review import ReviewWindow
        from focusapp.ui.review_model import ReviewProvider

        if self.review_window is None:
            provider = ReviewProvider.from_daily(self.daily, self.store.reviews)
            self.review_window = ReviewWindow(provider, week)
        else:
            self.review_window.refresh()
            if week is not None:
                self.review_window.show_week(week)
        self.review_window.showNormal()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    def _refresh_review(self) -> None:
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()

    def _on_settings_requested(self) -> SettingsWindow:
        """The Settings window, generated from the Settings schema (one at a time)."""
        from focusapp.ui.settings import SettingsProvider, SettingsWindow

        if self.settings_window is not None and self.settings_window.isVisible():
            self.settings_window.raise_()
            self.settings_window.activateWindow()
            return self.settings_window
        window = SettingsWindow(SettingsProvider.from_loop(self.daily, self.store))
        language = self.daily.settings().language

        def saved(settings: Settings) -> None:
            if self.reminders is not None:
                self.reminders.reschedule()  # a changed reminder time moves its job at once
            if settings.language != language:
                self.set_language(settings.language)
            self._apply_autostart(settings)

        window.settings_saved.connect(saved)
        window.backup_restored.connect(lambda _day: self._after_restore())
        self.settings_window = window
        self._keep(window)
        window.show()
        return window

    def _apply_autostart(self, settings: Settings) -> None:
        """Start at login: the desktop's own mechanism (XDG autostart, Run key, LaunchAgent)."""
        from focusapp.services.autostart import AutostartError, launch_command

        autostart = self.backends.autostart()
        try:
            if settings.autostart and not autostart.enabled():
                autostart.enable(launch_command(self.store.data_dir))
            elif not settings.autostart and autostart.enabled():
                autostart.disable()
        except AutostartError as error:
            self.notify(self.tr("Start at login"), str(error))

    def _after_restore(self) -> None:
        self.daily.reload()
        if self.reminders is not None:
            self.reminders.reschedule()
        self.notify(self.tr("Backup restored"),
                    self.tr("Your data was restored from the backup you chose."))

    def run_wizard(self) -> FirstRunWizard:
        from focusapp.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.daily.settings(), self.daily.roles())
        self._keep(wizard)

        def finish() -> None:
            language = self.daily.settings().language
            self._guarded(lambda: self.daily.save_roles(wizard.result_roles()))
            self._guarded(lambda: self.daily.save_settings(wizard.result_settings()))
            if self.daily.settings().language != language:
                self.set_language(self.daily.settings().language)
            if self.options.reminders:
                self._start_reminders()

        def cancelled() -> None:
            # The defaults hold until the wizard is completed (it is offered again next start);
            # reminders run meanwhile.
            if self.options.reminders:
                self._start_reminders()

        wizard.accepted.connect(finish)
        wizard.rejected.connect(cancelled)
        wizard.open()
        return wizard

    # ---- messages -----------------------------------------------------------------------------

    def _guarded(self, action: Any) -> Any:
        """Run an intent; a refusal becomes a message for the user, never a traceback."""
        try:
            return action()
        except ValidationError as error:
            self._warn(error_message(error))
        except (StrictModeLocked, TimerBusy, NoBlockRunning, LookupError) as error:
            self._warn(str(error))
        return None

    def _warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("FocusApp"), text)
        self._keep(box)
        box.open()

    def _explain_no_tray(self) -> None:
        self.store.runtime.set("no_tray_explained", True)  # said once, not at every start
        self._warn(self.tr("Your desktop has no system tray, so FocusApp keeps this window "
                           "open instead. Minimise it to keep it out of the way."))

    def _startup_messages(self, report: OpenReport) -> None:
        for recovery in report.recoveries:
            if recovery.restored_from is not None:
                text = self.tr("Your data file %1 was damaged; it was restored from the backup "
                               "of %2. The damaged copy was kept as %3.")
                text = text.replace("%2", recovery.restored_from.isoformat())
            else:
                text = self.tr("Your data file %1 was damaged and no backup could be read; "
                               "FocusApp started it afresh. The damaged copy was kept as %3.")
            text = text.replace("%1", recovery.file).replace("%3", str(recovery.moved_to))
            QTimer.singleShot(0, self, lambda t=text: self._warn(t))


def run(data_dir: Path, argv: list[str], hosts_helper: Sequence[str] | None = None) -> int:
    """Start the tray app on `data_dir`; returns the process exit code. `hosts_helper`
    replaces the hosts helper's command line (`focusapp --hosts-helper`, for tests)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("FocusApp")
    app.setQuitOnLastWindowClosed(False)
    clock = SystemClock()
    try:
        # The store's lock is what makes this the only writer of the folder: a second
        # process stops here with the pid of the first.
        store, report = Store.open(data_dir, now=clock.now)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return 1
    translator = install_translator(app, pick_language(store.settings.get().language))
    focus = FocusApp(clock, store, report,
                     Options(backends=detect_backends(hosts_helper=hosts_helper)))
    focus.translator = translator
    focus.start()
    # Commands from the CLI and a second launch are served right after the first paint.
    QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: focus.serve_commands(data_dir))
    if os.environ.get("FOCUSAPP_EXIT_WHEN_READY"):
        QTimer.singleShot(0, lambda: _report_ready_and_quit(focus))
    try:
        return app.exec()
    finally:
        store.close()


def export_review(data_dir: Path, week_text: str | None, pdf: Path) -> IsoWeek:
    """`focusapp review --pdf` with no app running: open the folder, render offscreen."""
    from PySide6.QtCore import QLocale

    from focusapp.ui.report import export_week
    from focusapp.ui.review_model import ReviewProvider

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # scripts have no display
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "focusapp"])
    clock = SystemClock()
    store, _ = Store.open(data_dir, now=clock.now)
    try:
        install_translator(app, pick_language(store.settings.get().language))
        daily = DailyLoop(clock, store)
        week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(daily.today())
        export_week(ReviewProvider.from_daily(daily, store.reviews), week, pdf=pdf,
                    locale=QLocale())
        return week
    finally:
        store.close()


def _report_ready_and_quit(focus: FocusApp) -> None:
    """benchmarks/startup.py: print when the tray and the Today window are up, then load what
    comes after the first paint (so peak memory counts it), print when the history is read,
    and quit."""
    import time

    focus.show_today()
    QApplication.processEvents()
    print(f"ready {time.time():.6f}", flush=True)
    focus._start_reminders()
    focus._load_history()
    print(f"loaded {time.time():.6f}", flush=True)
    focus.quit()
