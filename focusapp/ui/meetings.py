"""Today's meetings, from the user's calendars: a compact list on the Today window (time,
title, busy or free), hidden on a day without any."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QVBoxLayout, QWidget

from focusapp.core.text import fill
from focusapp.services.qt_keys import set_keys
from focusapp.ui.day_text import short_time

if TYPE_CHECKING:
    from focusapp.core.calendar import Meeting

translate = QCoreApplication.translate  # lupdate reads calls by this name too

MAX_ROWS = 6  # past that, the list scrolls: the day's blocks keep their room


def meeting_line(start: datetime, end: datetime, title: str, busy: bool, all_day: bool) -> str:
    """'09:00–09:30 · Pipeline review · busy': on the Today window and in `focusapp today`."""
    when = (translate("Meetings", "All day") if all_day
            else fill(translate("Meetings", "%1–%2"), short_time(start), short_time(end)))
    state = translate("Meetings", "busy") if busy else translate("Meetings", "free")
    return fill(translate("Meetings", "%1 · %2 · %3"), when,
                title or translate("Meetings", "(no title)"), state)


class MeetingsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Today's meetings"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Today's meetings"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        set_keys(self.list, focusPolicy="NoFocus")
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.setVisible(False)

    def show_meetings(self, meetings: Sequence[Meeting]) -> None:
        self.list.clear()
        for meeting in meetings:
            self.list.addItem(self.line(meeting))
            if not meeting.busy:
                item = self.list.item(self.list.count() - 1)
                item.setForeground(self.palette().placeholderText())
        rows = min(len(meetings), MAX_ROWS)
        row_height = self.list.sizeHintForRow(0) if meetings else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth())
        self.setVisible(bool(meetings))

    def line(self, meeting: Meeting) -> str:
        return meeting_line(meeting.start, meeting.end, meeting.title, meeting.busy,
                            meeting.all_day)

    def lines(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))
