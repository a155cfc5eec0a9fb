"""Settings → Calendars: the calendars FocusApp reads, when each was last read (or why it
could not be), how often they are read, and removing one. Calendars are added from the
command line (`focusapp calendar add`), which reads them once first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.text import fill
from focusapp.store.calendars import REFRESH_RANGE
from focusapp.ui.problems import problem_message

if TYPE_CHECKING:
    from datetime import datetime

    from focusapp.services.calendar import CalendarService
    from focusapp.store.calendars import CalendarSource


def _when(moment: datetime) -> str:
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class CalendarPage(QWidget):
    def __init__(self, calendars: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendars = calendars
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "FocusApp shows your meetings from the calendars below. It reads them at start "
            "and at the interval you choose, and reads nothing else from the network. Add "
            "one with: focusapp calendar add FILE|ADDRESS --me YOUR@ADDRESS"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your calendars"))
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
        self.show_sources()

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
        read = (fill(self.tr("Last read: %1"), _when(source.refreshed)) if source.refreshed
                else self.tr("Not read yet"))
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
