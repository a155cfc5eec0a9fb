"""The real `Shell` of the flows: the Today window, the tray, the dialogs and the windows
beside them, in the current language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from focusapp.core.days import IsoWeek
from focusapp.core.errors import CodedError, Problem
from focusapp.core.models import Block, Day, OneThingStatus, Settings
from focusapp.core.roles import RoleConfig
from focusapp.flows.shell import (
    AwayAnswer,
    AwayQuestion,
    BlockEndAnswer,
    EveningAnswer,
    FollowUpAnswer,
    HandoffAnswer,
    HandoffForm,
    LeadsView,
    OneThingAnswer,
    ScheduledAnswer,
    ScheduledNotice,
    StartForm,
    StrictStopAnswer,
    TimerView,
    WizardAnswer,
)
from focusapp.services.accounts import AccountsView, book_of
from focusapp.services.blocking.status import MechanismStatus
from focusapp.services.daily import DailyLoop, TodayView
from focusapp.services.timer import StartRequest
from focusapp.store.database import Store
from focusapp.store.errors import StoreError
from focusapp.ui.actions import AppActions
from focusapp.ui.i18n import install_translator, pick_language
from focusapp.ui.paths import documents_path
from focusapp.ui.sound import Chime
from focusapp.ui.today import TodayWindow
from focusapp.ui.tray import TrayController

# Dialogs and the windows beside Today load on first use: the first paint does not need
# them, and each import costs start-up time (benchmarks/startup.py).
if TYPE_CHECKING:
    from focusapp.core.calendar import Meeting
    from focusapp.flows.planning import PlanView
    from focusapp.services.calendar import CalendarService
    from focusapp.store.import_check import Problem as ImportProblem
    from focusapp.store.import_preview import ImportPreview
    from focusapp.ui.browser_setup import BrowserSetup
    from focusapp.ui.history import HistoryWindow
    from focusapp.ui.review import ReviewWindow
    from focusapp.ui.review_model import ReviewProvider
    from focusapp.ui.settings import SettingsWindow


class QtShell(QObject):
    def __init__(self, daily: DailyLoop, store: Store, *, use_tray: bool,
                 translator: QTranslator | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._daily = daily
        self._store = store
        self.use_tray = use_tray
        self.translator = translator
        self.actions = AppActions(daily.settings().presets, self)
        self.today: TodayWindow
        self.tray: TrayController | None = None
        self.dialogs: list[QWidget] = []
        self.review_window: ReviewWindow | None = None
        self.history_window: HistoryWindow | None = None
        self.settings_window: SettingsWindow | None = None
        self.chime = Chime(self)
        self._last_today: tuple[TodayView, tuple[RoleConfig, ...]] | None = None
        self._last_timer: TimerView | None = None
        self._last_blocking: Sequence[MechanismStatus] | None = None
        self._last_accounts: AccountsView | None = None
        # The account list the Today window completes a touch from (the app hands it in).
        self.account_names: Callable[[], Sequence[str]] = tuple
        self._last_leads: LeadsView | None = None
        self._last_open_meetings: tuple[Block, ...] = ()
        self._last_meetings: Sequence[Meeting] = ()
        self._last_plan: PlanView | None = None
        # The user's calendars for Settings → Calendars (the app sets it; None: no page).
        self.calendars: Callable[[], CalendarService] | None = None
        # The browser extension's box in Settings → Blocking (the app sets it).
        self.browsers: BrowserSetup | None = None
        self._build()

    def _build(self) -> None:
        self.today = TodayWindow(self.actions)
        self.today.keep_running_on_close = self.use_tray
        if self.use_tray:
            self.tray = TrayController(self.actions, self)

    def show(self) -> None:
        """The tray, or without one the Today window (the app's only way in then)."""
        if self.tray is not None:
            self.tray.show()
        else:
            self.today.show()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    # ---- telling ------------------------------------------------------------------------

    def notify(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, message)

    def warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("FocusApp"), text)
        self.keep(box)
        box.open()

    def warn_problem(self, problem: Problem) -> None:
        self.warn(_sentence(problem))

    def warn_import_refused(self, problems: Sequence[ImportProblem]) -> None:
        from focusapp.ui.import_text import refusal_text

        self.warn(refusal_text(problems))

    def notify_problem(self, title: str, problem: Problem) -> None:
        self.notify(title, _sentence(problem))

    def play_chime(self) -> None:
        self.chime.play()

    # ---- showing ------------------------------------------------------------------------

    def show_today(self) -> None:
        present(self.today)

    def bring_to_front(self) -> None:
        """A second launch: Today comes to the front, and above it the newest question still
        open (the morning's One Thing, a block's end), which Today would hide otherwise."""
        self.show_today()
        waiting = [dialog for dialog in self.dialogs if dialog.isVisible()]
        if waiting:
            present(waiting[-1])

    def render_today(self, view: TodayView, roles: tuple[RoleConfig, ...]) -> None:
        self._last_today = (view, roles)
        self.today.show_view(view, roles)
        day = view.one_thing
        self.actions.one_thing_done.setEnabled(bool(
            day and day.one_thing and day.status is not OneThingStatus.DONE))

    def render_meetings(self, meetings: Sequence[Meeting]) -> None:
        self._last_meetings = meetings
        self.today.show_meetings(meetings)

    def render_plan(self, view: PlanView) -> None:
        self._last_plan = view
        self.today.timeline.show_plan(view)
        if self._last_timer is not None:
            self.today.show_timer(self._last_timer)

    def render_timer(self, view: TimerView) -> None:
        self._last_timer = view
        self.actions.render(view.state, view.strict)
        self.today.show_timer(view)
        if self.tray is not None:
            self.tray.render(view.state, view.progress, view.remaining_seconds, view.one_thing,
                             view.strict)

    def render_open_meetings(self, meetings: Sequence[Block]) -> None:
        self._last_open_meetings = tuple(meetings)
        self.today.show_open_meetings(meetings)

    def render_accounts(self, view: AccountsView) -> None:
        self._last_accounts = view
        self.today.show_accounts(view, self.account_names())

    def ask_follow_up(self, answer: Callable[[FollowUpAnswer], None]) -> None:
        from focusapp.ui.dialogs.follow_up import FollowUpDialog

        dialog = FollowUpDialog()
        dialog.accepted.connect(lambda: answer(FollowUpAnswer(dialog.name.text(),
                                                              dialog.due.text())))
        self.keep(dialog).open()

    def render_blocking(self, statuses: Sequence[MechanismStatus]) -> None:
        self._last_blocking = statuses
        self.today.show_blocking(statuses)

    def render_leads(self, view: LeadsView) -> None:
        self._last_leads = view
        self.actions.new_lead.setVisible(view.target_minutes is not None)
        self.today.show_leads(view)
        if self.tray is not None:
            self.tray.render_leads(len(view.waiting),
                                   sum(lead.overdue(view.now) for lead in view.waiting))

    def today_visible(self) -> bool:
        return self.today.isVisible() and not self.today.isMinimized()

    def tray_visible(self) -> bool:
        # isVisible() alone says True where nothing shows the icon (the tray host is gone).
        return (self.tray is not None and self.tray.icon.isVisible()
                and TrayController.available())

    def today_lines(self) -> tuple[str, ...]:
        return self.today.shown_lines()

    def tray_entries(self) -> tuple[str, ...]:
        return self.tray.enabled_entries() if self.tray is not None else ()

    def blocking_lines(self) -> tuple[str, ...]:
        from focusapp.ui.blocking_status import status_paragraphs

        return status_paragraphs(self._last_blocking or ())

    def set_language(self, language: str) -> None:
        """Switch the UI language now: a new translator, then the windows built again."""
        app = QApplication.instance()
        if app is None:
            return
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = install_translator(app, pick_language(language))
        self.actions.retranslate()
        was_visible = self.today.isVisible()
        old_today, old_tray = self.today, self.tray
        if old_tray is not None:
            old_tray.hide()
            old_tray.deleteLater()
        self._build()
        old_today.hide()
        old_today.deleteLater()
        self._render_again()
        self.show()
        if was_visible:
            self.show_today()
        self._rebuild_side_windows()

    def _rebuild_side_windows(self) -> None:
        """The review and the history hold words of the old language: build them again
        (the review's typed reflections saved first), shown where they were shown."""
        review, history = self.review_window, self.history_window
        self.review_window = self.history_window = None
        if review is not None:
            review.flush_reflections()
            shown, week = review.isVisible(), review.week
            review.hide()
            review.deleteLater()
            if shown:
                self.show_review(week)
        if history is not None:
            shown, role = history.isVisible(), history.shown_role()
            history.hide()
            history.deleteLater()
            if shown:
                self.show_history(role)

    def _render_again(self) -> None:
        if self._last_today is not None:
            self.render_today(*self._last_today)
        if self._last_timer is not None:
            self.render_timer(self._last_timer)
        if self._last_blocking is not None:
            self.render_blocking(self._last_blocking)
        if self._last_accounts is not None:
            self.render_accounts(self._last_accounts)
        if self._last_leads is not None:
            self.render_leads(self._last_leads)
        self.render_open_meetings(self._last_open_meetings)
        self.render_meetings(self._last_meetings)
        if self._last_plan is not None:
            self.render_plan(self._last_plan)

    # ---- the windows beside Today ---------------------------------------------------------

    def _review_provider(self) -> ReviewProvider:
        """The review's and the history's facts: the daily loop's, with the leads, the
        account book and the meetings' next steps read from the store when asked."""
        from focusapp.ui.review_model import ReviewProvider

        store = self._store
        # Through `store.leads` at each call: a restored backup builds the repositories anew.
        return ReviewProvider.from_daily(self._daily, store.reviews,
                                         lambda first, last: store.leads.arrived_between(
                                             first, last),
                                         book=lambda: book_of(store),
                                         next_steps=lambda: tuple(store.next_steps.all()),
                                         scheduled_runs=lambda: tuple(
                                             store.scheduled_runs.all()))

    def show_review(self, week: IsoWeek | None) -> IsoWeek:
        """The weekly review, built on first use: QtCharts is heavy."""
        from focusapp.ui.review import ReviewWindow
        if self.review_window is None:
            provider = self._review_provider()
            self.review_window = ReviewWindow(provider, week, data_dir=self._store.data_dir)
            self.review_window.history_requested.connect(
                lambda role: self.show_history(role or None))
        else:
            self.review_window.refresh()
            if week is not None:
                self.review_window.show_week(week)
        present(self.review_window)
        return self.review_window.week

    def show_history(self, role: str | None) -> None:
        """The streak history, built on first use; shows `role` (or keeps the one shown)."""
        from focusapp.ui.history import HistoryWindow
        if self.history_window is None:
            provider = self._review_provider()
            self.history_window = HistoryWindow(provider.facts, role)
        else:
            self.history_window.refresh(role)
        present(self.history_window)

    def refresh_history(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()

    def refresh_review(self) -> None:
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()

    def flush_review(self) -> None:
        if self.review_window is not None:
            self.review_window.flush_reflections()  # quit skips closeEvent: save what was typed

    def write_review_pdf(self, week: IsoWeek, pdf: Path) -> None:
        from focusapp.ui.report import export_week

        export_week(self._review_provider(), week, pdf=pdf)

    def show_settings(self, saved: Callable[[Settings], None],
                      restored: Callable[[date], None],
                      start_at_login: Callable[[], Problem | None] = lambda: None) -> None:
        """The Settings window, generated from the Settings schema (one at a time)."""
        from focusapp.ui.settings import SettingsProvider, SettingsWindow

        if self.settings_window is not None and self.settings_window.isVisible():
            present(self.settings_window)
            return
        window = SettingsWindow(SettingsProvider.from_loop(
            self._daily, self._store, blocking=lambda: self._last_blocking or (),
            calendars=self.calendars, start_at_login=start_at_login,
            browsers=self.browsers),
            data_actions=(self.actions.export, self.actions.import_))
        window.settings_saved.connect(saved)
        window.settings_saved.connect(self._presets_may_have_changed)
        window.backup_restored.connect(restored)
        self.settings_window = window
        self.keep(window)
        present(window)

    def _presets_may_have_changed(self, settings: Settings) -> None:
        self.actions.set_presets(settings.presets)
        if self.tray is not None:
            self.tray.fill_menu()
        if self._last_timer is not None:
            self.actions.render(self._last_timer.state, self._last_timer.strict)

    # ---- asking -------------------------------------------------------------------------

    def ask_start(self, form: StartForm, answer: Callable[[StartRequest], None]) -> None:
        from focusapp.ui.dialogs.start_block import StartBlockDialog

        dialog = StartBlockDialog(form.roles, form.presets, minutes=form.minutes, role=form.role,
                                  activity=form.activity, strict=form.strict)
        dialog.accepted.connect(lambda: answer(dialog.request()))
        present(self.keep(dialog))

    def ask_strict_stop(self, answer: Callable[[StrictStopAnswer], None]) -> None:
        from focusapp.ui.dialogs.block_end import StrictStopDialog

        dialog = StrictStopDialog()
        dialog.accepted.connect(
            lambda: answer(StrictStopAnswer(dialog.confirmed(), dialog.emergency)))
        self.keep(dialog).open()

    def ask_away(self, question: AwayQuestion, answer: Callable[[AwayAnswer], None]) -> None:
        from focusapp.ui.dialogs.away import AwayDialog

        dialog = AwayDialog(question)
        dialog.accepted.connect(lambda: answer(dialog.answer))
        self.keep(dialog).open()

    def ask_interruption(self, answer: Callable[[str], None]) -> None:
        from focusapp.ui.dialogs.interruption import InterruptionDialog

        dialog = InterruptionDialog()
        dialog.accepted.connect(lambda: answer(dialog.what))
        self.keep(dialog).open()

    def ask_scheduled(self, notice: ScheduledNotice,
                      answer: Callable[[ScheduledAnswer], None]) -> None:
        from focusapp.ui.dialogs.scheduled import ScheduledDialog, heads_up_text, heads_up_title

        self.notify(heads_up_title(notice), heads_up_text(notice))
        self.keep(ScheduledDialog(notice, answer)).show()

    def ask_lead_name(self, answer: Callable[[str], None]) -> None:
        from focusapp.ui.dialogs.lead import NewLeadDialog

        dialog = NewLeadDialog()
        dialog.accepted.connect(lambda: answer(dialog.name.text()))
        self.keep(dialog).open()

    def ask_handoff(self, form: HandoffForm, answer: Callable[[HandoffAnswer], None]) -> None:
        from focusapp.ui.dialogs.handoff import HandoffDialog

        dialog = HandoffDialog(form)
        dialog.accepted.connect(lambda: answer(dialog.values()))
        self.keep(dialog).open()

    def ask_block_end(self, block: Block, metric: str | None,
                      answer: Callable[[BlockEndAnswer], None], *,
                      accounts: Sequence[str] | None = None, next_step: bool = False) -> None:
        from focusapp.ui.dialogs.block_end import BlockEndDialog

        dialog = BlockEndDialog(block, metric, accounts=accounts, next_step=next_step)

        def accepted() -> None:
            count, note = dialog.values()
            step, due = dialog.next_step_answer()
            answer(BlockEndAnswer(count, note, dialog.take_break, dialog.touched(), step, due))

        dialog.accepted.connect(accepted)
        self.keep(dialog).open()

    def ask_one_thing(self, roles: tuple[RoleConfig, ...], current: Day | None,
                      default_role: str | None,
                      answer: Callable[[OneThingAnswer], None]) -> None:
        from focusapp.ui.dialogs.one_thing import OneThingDialog

        dialog = OneThingDialog(roles, current, default_role)
        dialog.accepted.connect(lambda: answer(OneThingAnswer(*dialog.values())))
        self.keep(dialog).open()

    def ask_evening_check(self, day: Day, answer: Callable[[EveningAnswer], None]) -> None:
        from focusapp.ui.dialogs.one_thing import EveningCheckDialog

        dialog = EveningCheckDialog(day)

        def accepted() -> None:
            if dialog.status is not None:
                answer(EveningAnswer(dialog.status, dialog.carry_over))

        dialog.accepted.connect(accepted)
        self.keep(dialog).open()

    def ask_wizard(self, settings: Settings, roles: tuple[RoleConfig, ...],
                   answer: Callable[[WizardAnswer | None], None]) -> None:
        from focusapp.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(settings, roles)
        wizard.accepted.connect(
            lambda: answer(WizardAnswer(wizard.result_settings(), wizard.result_roles())))
        wizard.rejected.connect(lambda: answer(None))
        self.keep(wizard).open()

    def ask_export_file(self, answer: Callable[[Path], None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.today, self.tr("Export your data"), documents_path("focusapp-export.json"),
            self.tr("Everything, re-importable (*.json);;Blocks for a spreadsheet (*.csv);;"
                    "Focus blocks for a calendar (*.ics)"))
        if name:
            answer(Path(name))

    def ask_import_file(self, answer: Callable[[Path], None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.today, self.tr("Import data"),
                                              documents_path(""),
                                              self.tr("FocusApp export (*.json)"))
        if name:
            answer(Path(name))

    def ask_import(self, name: str, preview: ImportPreview,
                   answer: Callable[[], None]) -> None:
        from focusapp.ui.dialogs.import_preview import ImportPreviewDialog

        dialog = self.keep(ImportPreviewDialog(name, preview, self.today))
        dialog.finished.connect(lambda _result: answer() if dialog.confirmed else None)
        dialog.open()

    # ---- keeping dialogs alive ------------------------------------------------------------

    def keep[W: QWidget](self, dialog: W) -> W:
        """Dialogs open non-modally (the event loop keeps running: timers, reminders) and
        are kept here until they close."""
        self.dialogs.append(dialog)
        if isinstance(dialog, QDialog):  # deleted once answered; no `Qt` (qt_keys.py) for
            dialog.finished.connect(dialog.deleteLater)  # a warning shown at the first paint
        else:
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self.dialogs.remove(dialog)
                                 if dialog in self.dialogs else None)
        return dialog


def present(window: QWidget) -> None:
    """Show and take the keyboard focus: it was asked for from the tray or the keyboard."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def tell_cannot_start(app: QApplication, error: StoreError) -> None:
    """Launched from a menu there is no terminal: why the data folder cannot be opened goes
    in a dialog too, in the system's language (the folder's own setting could not be read)."""
    from PySide6.QtWidgets import QMessageBox

    install_translator(app, pick_language(""))
    text = _sentence(error.problem) if isinstance(error, CodedError) else str(error)
    QMessageBox.critical(None, "FocusApp", text)


def _sentence(problem: Problem) -> str:
    # Every problem's sentence (`ui.problems`, the largest module of the UI) loads when the
    # first problem is told, not before the first paint (issue 15).
    from focusapp.ui.problems import problem_message

    return problem_message(problem)
