"""Today's instruments of the account manager and the business developer (issue 12): the
accounts going cold, oldest first, with a field to record a touch; the follow-ups by due
time, with Done and "Met at an event / partner call…"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.accounts import MAX_ACCOUNT_CHARS, ColdAccount
from focusapp.core.follow_ups import FollowUp
from focusapp.core.text import fill
from focusapp.services.accounts import AccountsView
from focusapp.services.qt_keys import set_keys
from focusapp.ui.actions import AppActions, action_button
from focusapp.ui.widths import placeholder

SHOWN_ROWS = 5  # a glance, not the CRM: the list scrolls for more


class AccountField(QLineEdit):
    """A line to type an account in, completed from the list as one types, from any part
    of a name, case aside ("cme" finds Acme); a new name is added to the list."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_ACCOUNT_CHARS + 1)  # one more: too long is refused in words
        self.names = QStringListModel(list(names), self)
        completer = QCompleter(self.names, self)
        set_keys(completer, caseSensitivity="CaseInsensitive", filterMode="MatchContains")
        self.setCompleter(completer)


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def cold_line(cold: ColdAccount) -> str:
    """'Acme — 9 weeks without a touch (last: 02/10/2026)'."""
    translate = QCoreApplication.translate
    weeks = translate("AccountsPanel", "%n week(s) without a touch", "", cold.silent_weeks)
    if cold.last_touch is None:
        since = fill(translate("AccountsPanel", "never touched, added %1"),
                     _date(cold.account.added))
    else:
        since = fill(translate("AccountsPanel", "last: %1"), _date(cold.last_touch))
    return fill(translate("AccountsPanel", "%1 — %2 (%3)"), cold.account.name, weeks, since)


def follow_up_line(follow_up: FollowUp, now: datetime) -> str:
    """'Claire (VivaTech) — due Wed 14:00' or '… — overdue since Tue 10:00'."""
    translate = QCoreApplication.translate
    due = follow_up.due.astimezone(now.tzinfo)
    locale = QLocale()
    when = fill(translate("FollowUpsPanel", "%1 %2"),
                locale.dayName(due.isoweekday(), QLocale.FormatType.ShortFormat),
                f"{due.hour:02d}:{due.minute:02d}")
    text = (translate("FollowUpsPanel", "%1 — overdue since %2") if follow_up.overdue(now)
            else translate("FollowUpsPanel", "%1 — due %2"))
    return fill(text, follow_up.name, when)


class AccountsPanel(QWidget):
    """Hidden unless the user holds the account manager's role (or a solo seller's), or
    keeps an account list."""

    touched = Signal(str)  # an account's name, as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts going cold"))
        self.list.setMaximumHeight(self.fontMetrics().height() * (SHOWN_ROWS + 1))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.week = QLabel()
        self.week.setObjectName("accountsTouched")
        row.addWidget(self.week, 1)
        self.account = AccountField(())
        placeholder(self.account, self.tr("Account touched"))
        self.account.returnPressed.connect(self._on_touched)
        row.addWidget(self.account)
        self.touch_button = QPushButton(self.tr("T&ouched"))
        self.touch_button.clicked.connect(self._on_touched)
        row.addWidget(self.touch_button)
        layout.addLayout(row)
        self.hide()

    def show_view(self, view: AccountsView, names: Sequence[str]) -> None:
        self.title.setText(fill(self.tr("Accounts going cold (no touch for %n week(s))", "",
                                        view.cold_weeks)))
        self.list.clear()
        for cold in view.cold:
            item = QListWidgetItem(cold_line(cold))
            if cold.account.note:
                item.setToolTip(cold.account.note)
            self.list.addItem(item)
        if not view.cold:
            self.list.addItem(self.tr("None: every account was touched in time."))
        self.week.setText(self.tr("%n account(s) touched this week", "",
                                  view.touched_this_week))
        self.account.names.setStringList(list(names))
        self.setVisible(view.accounts_shown)

    def shown_lines(self) -> tuple[str, ...]:
        if self.isHidden():  # not its role's: the window shows nothing of it
            return ()
        return (self.title.text(), *(self.list.item(i).text() for i in range(self.list.count())),
                self.week.text())

    def _on_touched(self) -> None:
        if self.account.text().strip():
            self.touched.emit(self.account.text())
            self.account.clear()


class FollowUpsPanel(QWidget):
    """Hidden unless the user holds the business developer's role (or a solo seller's), or
    has a follow-up open."""

    done = Signal(str)  # a follow-up's id

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Follow-ups, by due time")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Follow-ups, by due time"))
        self.list.setMaximumHeight(self.fontMetrics().height() * (SHOWN_ROWS + 1))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._on_done)
        row.addWidget(action_button(actions.follow_up))
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(self._on_current)
        self.hide()

    def show_view(self, view: AccountsView) -> None:
        self.list.clear()
        for follow_up in view.follow_ups:
            item = QListWidgetItem(follow_up_line(follow_up, view.now))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, follow_up.id)
            self.list.addItem(item)
        if not view.follow_ups:
            self.list.addItem(self.tr("No follow-up open."))
        self._on_current()
        self.setVisible(view.follow_ups_shown)

    def shown_lines(self) -> tuple[str, ...]:
        if self.isHidden():  # not its role's: the window shows nothing of it
            return ()
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        found = item.data(QtCore.Qt.ItemDataRole.UserRole) if item is not None else None
        return str(found) if found else None

    def _on_current(self, *_: object) -> None:
        self.done_button.setEnabled(self._current_id() is not None)

    def _on_done(self) -> None:
        chosen = self._current_id()
        if chosen is not None:
            self.done.emit(chosen)
