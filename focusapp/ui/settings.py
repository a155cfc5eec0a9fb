"""The Settings window, generated from the core Settings schema (STYLE.md: one schema).

Every non-hidden field of `core.models.Settings` gets an editor on the tab of its group
(`settings_fields.editor_for`); the Roles page (RoleConfig list) and the Data page (data
folder, backups) are added by hand. The window talks to a small `SettingsProvider`, never to
the store, and saves all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.errors import Problem, ValidationError
from focusapp.core.models import Settings
from focusapp.core.roles import RoleConfig
from focusapp.core.settings_rules import settings_problems
from focusapp.core.text import fill
from focusapp.services.blocking.status import MechanismStatus
from focusapp.store.errors import ChangeNotSaved
from focusapp.ui.actions import action_button
from focusapp.ui.blocking_status import BlockingStatusBox
from focusapp.ui.browser_setup import BrowserSetup
from focusapp.ui.problems import error_message, problem_message
from focusapp.ui.scheme import error_style
from focusapp.ui.settings_browser import BrowserBox
from focusapp.ui.settings_fields import FieldEditor, choice_labels, editor_for, field_labels
from focusapp.ui.settings_roles import RolesPage
from focusapp.ui.settings_schedule import SchedulePage

if TYPE_CHECKING:
    from focusapp.services.calendar import CalendarService
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store
    from focusapp.ui.settings_calendar import CalendarPage

LIST_KINDS = ("domains", "pages", "apps")  # the editors locked while a strict block runs


@dataclass(frozen=True)
class SettingsProvider:
    """What the Settings window needs from the app, as plain callables."""

    settings: Callable[[], Settings]
    save_settings: Callable[[Settings], None]  # raises ValidationError (e.g. blocking.locked)
    roles: Callable[[], Sequence[RoleConfig]]
    save_roles: Callable[[Sequence[RoleConfig]], None]
    data_dir: Path
    list_backups: Callable[[], Sequence[date]]
    restore_backup: Callable[[date], object]
    lists_locked: Callable[[], bool] = lambda: False
    blocking: Callable[[], Sequence[MechanismStatus]] = lambda: ()  # as Today's line shows
    calendars: Callable[[], CalendarService] | None = None  # None: no Calendars page
    # why the system keeps start at login off (Windows: Task Manager's switch), or None
    start_at_login: Callable[[], Problem | None] = lambda: None
    browsers: BrowserSetup | None = None  # the browser extension's box (None: not shown)

    @classmethod
    def from_loop(cls, loop: DailyLoop, store: Store,
                  restore_backup: Callable[[date], object] | None = None,
                  blocking: Callable[[], Sequence[MechanismStatus]] = lambda: (),
                  calendars: Callable[[], CalendarService] | None = None,
                  start_at_login: Callable[[], Problem | None] = lambda: None,
                  browsers: BrowserSetup | None = None,
                  ) -> SettingsProvider:
        return cls(settings=loop.settings, save_settings=loop.save_settings,
                   roles=loop.roles, save_roles=loop.save_roles, data_dir=store.data_dir,
                   list_backups=store.list_backups,
                   restore_backup=restore_backup or store.restore,
                   lists_locked=lambda: loop.lists_locked(), blocking=blocking,
                   calendars=calendars, start_at_login=start_at_login, browsers=browsers)


class DataPage(QWidget):
    """Where the data is, the app's export and import (the same actions as the menus'), and
    the daily backups to restore."""

    restored = Signal(object)  # the date restored

    def __init__(self, provider: SettingsProvider, actions: Sequence[QAction] = ()) -> None:
        super().__init__()
        self._provider = provider
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path = QLabel(str(provider.data_dir))
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setWordWrap(True)
        form.addRow(self.tr("Your data is kept in"), self.path)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.clicked.connect(self._open_folder)
        form.addRow("", self.open_folder)
        layout.addLayout(form)
        self.action_buttons = [action_button(action) for action in actions]
        if self.action_buttons:
            buttons = QHBoxLayout()
            for button in self.action_buttons:
                buttons.addWidget(button)
            buttons.addStretch()
            layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Daily backups (the newest first)")))
        self.backups = QListWidget()
        layout.addWidget(self.backups)
        self.restore = QPushButton(self.tr("Restore this backup"))
        self.restore.clicked.connect(self._restore)
        self.backups.currentRowChanged.connect(
            lambda row: self.restore.setEnabled(row >= 0))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.backups.clear()
        locale = QLocale()
        for day in sorted(self._provider.list_backups(), reverse=True):
            item = QListWidgetItem(locale.toString(QDate(day), QLocale.FormatType.LongFormat))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.backups.addItem(item)
        self.restore.setEnabled(self.backups.currentRow() >= 0)

    def days(self) -> list[date]:
        return [self.backups.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.backups.count())]

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._provider.data_dir)))

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        day: date = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            fill(self.tr("Put all your data back as it was on %1? Your current data is kept aside "
                    "in the backups folder."), item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._provider.restore_backup(day)
        except OSError as error:
            self.status.setText(error_message(ChangeNotSaved(error)))
            return
        except ValueError as error:
            self.status.setText(fill(self.tr("The backup could not be restored: %1"), str(error)))
            return
        self.status.setText(fill(self.tr("Your data was restored from %1."), item.text()))
        self.restored.emit(day)


class SettingsWindow(QDialog):
    """Settings generated from the schema, plus Roles and Data pages."""

    settings_saved = Signal(object)  # Settings
    roles_saved = Signal(object)  # tuple[RoleConfig, ...]
    backup_restored = Signal(object)  # date

    def __init__(self, provider: SettingsProvider, parent: QWidget | None = None, *,
                 data_actions: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FocusApp – Settings"))
        self.resize(780, 600)  # room for the longer French labels without a scroll bar
        self._provider = provider
        self.editors: dict[str, FieldEditor] = {}
        self.pages: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(error_style())
        self.banner.hide()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        labels, titles = self.field_labels(), self.group_titles()
        self.lock_note = QLabel(self.tr("The block lists cannot change while a strict focus "
                                        "block runs."))
        self.lock_note.setWordWrap(True)
        forms: dict[str, QFormLayout] = {}
        for f in fields(Settings):
            if f.metadata.get("hidden") or f.metadata.get("kind") == "schedule":
                continue  # the scheduled blocks have a page of their own (below)
            group = f.metadata.get("group", "general")
            if group not in forms:
                forms[group] = self._add_page(group, titles.get(group, group))
                if group == "blocking":
                    self.blocking_status = BlockingStatusBox(provider.blocking())
                    forms[group].addRow(self.blocking_status)
                    if provider.browsers is not None:
                        self.browser_box = BrowserBox(provider.browsers)
                        forms[group].addRow(self.browser_box)
                    forms[group].addRow(self.lock_note)
            editor = editor_for(f, self.tr, self.choice_labels(), self.preset_labels(),
                                self.action_labels())
            label = labels.get(f.name, f.name.replace("_", " ").capitalize())
            forms[group].addRow(label, editor)
            forms[group].addRow("", editor.error)
            self.editors[f.name] = editor
            if f.name == "autostart":
                forms[group].addRow("", self._login_note(provider.start_at_login()))
        self.roles_page = RolesPage(provider.roles())
        self.tabs.insertTab(1, self.roles_page, self.tr("Roles"))
        self.pages["roles"] = self.roles_page
        self.schedule_page = SchedulePage(tuple(provider.roles()))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.schedule_page)
        after_reminders = self.tabs.indexOf(self.pages["reminders"]) + 1
        self.tabs.insertTab(after_reminders, scroll, self.tr("Scheduled blocks"))
        self.pages["schedule"] = scroll
        self.editors["scheduled_blocks"] = self.schedule_page
        self.data_page = DataPage(provider, data_actions)
        self.data_page.restored.connect(self._restored)
        self.tabs.addTab(self.data_page, self.tr("Data"))
        self.pages["data"] = self.data_page
        self.calendar_page = _calendar_page(provider)
        if self.calendar_page is not None:
            self.tabs.insertTab(self.tabs.count() - 1, self.calendar_page, self.tr("Calendars"))
            self.pages["calendars"] = self.calendar_page

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.clicked.connect(self.save)
        self.buttons.accepted.connect(self._save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def _login_note(self, problem: Problem | None) -> QLabel:
        """Under "Start FocusApp when I log in": why the system keeps it off, if it does."""
        self.login_note = QLabel(problem_message(problem) if problem is not None else "")
        self.login_note.setWordWrap(True)
        self.login_note.setVisible(problem is not None)
        return self.login_note

    # ---- translatable text, one place each ------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return field_labels()

    def group_titles(self) -> dict[str, str]:
        return {
            "general": self.tr("General"),
            "days": self.tr("Days"),
            "reminders": self.tr("Reminders"),
            "timer": self.tr("Timer"),
            "blocking": self.tr("Blocking"),
            "streaks": self.tr("Streaks"),
            "planning": self.tr("Planning"),
        }

    def choice_labels(self) -> dict[str, dict[Any, str]]:
        return choice_labels()

    def preset_labels(self) -> dict[str, str]:
        return {"social": self.tr("Add social networks"), "news": self.tr("Add news sites"),
                "video": self.tr("Add video sites")}

    def action_labels(self) -> dict[str, str]:
        return {"warn": self.tr("Warn"), "minimize": self.tr("Minimize"),
                "close": self.tr("Close"), "suspend": self.tr("Suspend (opt-in)"),
                "kill": self.tr("Quit by force (opt-in)")}

    # ---- building -------------------------------------------------------------------

    def _add_page(self, group: str, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        self.pages[group] = scroll
        return form

    def load(self) -> None:
        """Show the provider's current settings and roles (drops unsaved edits)."""
        settings = self._provider.settings()
        for name, editor in self.editors.items():
            editor.set_value(getattr(settings, name))
            editor.show_error(None)
        self.roles_page.set_roles(tuple(self._provider.roles()))
        self.banner.hide()
        self.refresh_lock()

    def refresh_lock(self) -> None:
        locked = self._provider.lists_locked()
        for f in fields(Settings):
            if f.metadata.get("kind") in LIST_KINDS and f.name in self.editors:
                self.editors[f.name].set_locked(locked)
        self.lock_note.setVisible(locked)

    def showEvent(self, event: Any) -> None:
        self.refresh_lock()  # a strict block may have started or ended since it was built
        super().showEvent(event)

    # ---- saving ---------------------------------------------------------------------

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _refuse(self, name: str | None, error: ValidationError) -> None:
        editor = self.editors.get(name or "")
        if editor is not None:
            editor.show_error(error)
            self.tabs.setCurrentWidget(self.pages[editor_group(name or "")])
        else:
            self._show_banner(error_message(error))

    def result_settings(self) -> Settings:
        """A new Settings from the editors; raises ValidationError (shown in place)."""
        changes: dict[str, Any] = {}
        for name, editor in self.editors.items():
            try:
                changes[name] = editor.value()
            except ValidationError as error:
                self._refuse(name, error)
                raise
            editor.show_error(None)
        try:
            settings = replace(self._provider.settings(), **changes)
        except ValidationError as error:
            field_name = error.params.get("name")
            if field_name is None and error.code.startswith("weekdays"):
                field_name = "working_weekdays"
            if field_name is None and error.code == "setting.presets":
                field_name = "presets"
            self._refuse(field_name, error)
            raise
        problems = settings_problems(settings)  # the rules an import goes through too
        for problem in reversed(problems):  # the first one last: its tab is the one shown
            self._refuse(problem.params.get("name"), problem)
        if problems:
            raise problems[0]
        return settings

    def save(self) -> bool:
        """Validate everything, then save what changed; False (and a message) if refused."""
        self.banner.hide()
        try:
            settings = self.result_settings()
        except ValidationError:
            return False
        try:
            roles = self.roles_page.result()
        except ValidationError:
            self.tabs.setCurrentWidget(self.roles_page)
            return False
        settings_changed = settings != self._provider.settings()
        roles_changed = roles != tuple(self._provider.roles())
        # Settings first: it is the one the saver may refuse (block lists locked); roles are
        # already validated, so a refusal here leaves both unsaved. What was saved is
        # announced at once, even if the next save fails (the data folder became read-only).
        if settings_changed:
            if not self._saved_or_said(lambda: self._provider.save_settings(settings)):
                return False
            self.settings_saved.emit(self._provider.settings())
        if roles_changed:
            if not self._saved_or_said(lambda: self._provider.save_roles(roles)):
                return False
            self.roles_saved.emit(tuple(self._provider.roles()))
        page = self.calendar_page
        return page is None or self._saved_or_said(page.save)

    def _saved_or_said(self, save: Callable[[], None]) -> bool:
        """Run `save`; a refusal, or a data folder that refuses the write, goes in the
        banner (the window stays open with the edits) and False is returned."""
        try:
            save()
        except ValidationError as error:
            self._show_banner(error_message(error))
            return False
        except OSError as error:
            self._show_banner(error_message(ChangeNotSaved(error)))
            return False
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _restored(self, day: date) -> None:
        self.load()
        self.data_page.refresh()
        self.backup_restored.emit(day)


def _calendar_page(provider: SettingsProvider) -> CalendarPage | None:
    from focusapp.ui.settings_calendar import CalendarPage  # icalendar loads with it

    return CalendarPage(provider.calendars()) if provider.calendars is not None else None


def editor_group(name: str) -> str:
    for f in fields(Settings):
        if f.name == name:
            return str(f.metadata.get("group", "general"))
    return "general"
