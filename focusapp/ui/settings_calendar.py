"""Settings → Calendars: adding a calendar (an address pasted, or a file), the calendars
FocusApp reads, when each was last read (or why it could not be), how often they are read,
and removing one. A calendar is read once before it is added (on a worker thread): a bad
one is refused with its reason and nothing is added."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.calendar import addresses, calendar_name, normal_location
from focusapp.core.errors import Problem, ValidationError
from focusapp.core.text import fill
from focusapp.store.calendars import REFRESH_RANGE
from focusapp.ui.day_text import short_date_time
from focusapp.ui.problems import error_message, problem_message
from focusapp.ui.widths import placeholder

if TYPE_CHECKING:

    from focusapp.services.calendar import CalendarService
    from focusapp.store.calendars import CalendarSource


class CalendarPage(QWidget):
    def __init__(self, calendars: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendars = calendars
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "FocusApp shows your meetings from the calendars below. It reads them at start "
            "and at the interval you choose, and reads nothing else from the network."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._add_form())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your calendars"))
        self.list.setWordWrap(True)  # a problem's sentence is long: wrapped, never cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Read them now"))
        self.refresh_button.clicked.connect(lambda: self.calendars.refresh())
        self.remove_button = QPushButton(self.tr("Remove this calendar"))
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0))
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(*REFRESH_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(calendars.book.refresh_minutes())
        form.addRow(self.tr("Read your calendars every"), self.minutes)
        layout.addLayout(form)
        calendars.changed.connect(self.show_sources)
        calendars.refreshed.connect(self.show_sources)
        calendars.added.connect(self._added)
        calendars.add_refused.connect(self._refused)
        self.show_sources()

    def _add_form(self) -> QFormLayout:
        form = QFormLayout()
        self.location = QLineEdit()
        placeholder(self.location, self.tr("https://… (iCal address) or /path/to/file.ics"))
        self.me = QLineEdit()
        placeholder(self.me, self.tr("you@example.com, other@example.com"))
        self.add_button = QPushButton(self.tr("Add this calendar"))
        self.add_button.clicked.connect(self._add)
        self.add_status = QLabel()
        self.add_status.setWordWrap(True)
        form.addRow(self.tr("Calendar address or file"), self.location)
        form.addRow(self.tr("Your e-mail addresses in it"), self.me)
        why = QLabel(self.tr("FocusApp leaves out the meetings these addresses declined."))
        why.setWordWrap(True)
        form.addRow("", why)
        form.addRow("", self.add_button)
        form.addRow("", self.add_status)
        return form

    def _add(self) -> None:
        try:
            location = normal_location(self.location.text())
        except ValidationError as error:
            self.add_status.setText(error_message(error))
            return
        if not location.lower().startswith(("http://", "https://")):
            location = str(Path(location).expanduser().resolve())
        me = tuple(sorted(addresses(self.me.text().split(","))))
        self.add_button.setEnabled(False)
        self.add_status.setText(self.tr("Reading the calendar…"))
        self.calendars.check_and_add(calendar_name(location), location, me)

    def _added(self, name: str) -> None:
        self.add_button.setEnabled(True)
        self.location.clear()
        self.me.clear()
        self.add_status.setText(fill(self.tr("Calendar added: %1."), name))

    def _refused(self, problem: Problem) -> None:
        self.add_button.setEnabled(True)
        self.add_status.setText(problem_message(problem))

    def show_sources(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for source in self.calendars.sources():
            item = QListWidgetItem("\n".join(self.lines(source)))
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No calendar yet."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(min(row, len(self.calendars.sources()) - 1))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def lines(self, source: CalendarSource) -> list[str]:
        read = (fill(self.tr("Last read: %1"), short_date_time(source.refreshed))
                if source.refreshed else self.tr("Not read yet"))
        lines = [fill(self.tr("%1 — %2"), source.name, source.location), read]
        if source.problem is not None:
            lines.append(problem_message(source.problem))
        return lines

    def save(self) -> None:
        """The interval, if it changed (the OK and Apply buttons)."""
        self.calendars.set_refresh_minutes(self.minutes.value())

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.calendars.remove(str(item.data(Qt.ItemDataRole.UserRole)))
