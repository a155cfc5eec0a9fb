"""Settings → Scheduled blocks: the power hours that start by themselves (core/schedule.py).

A list of the scheduled blocks and, under it, the selected one's fields; every change to a
field changes the entry at once (the window saves them all with OK or Apply, checked by the
rules an import goes through: core/settings_rules.py). All of it works from the keyboard:
the list, then each field with its label's mnemonic, Add and Remove.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.days import format_time_of_day, parse_time_of_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES
from focusapp.core.roles import RoleConfig
from focusapp.core.schedule import ScheduledBlock, next_schedule_id
from focusapp.core.settings_rules import MAX_SCHEDULE_NAME, MAX_SCHEDULED
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, role_name
from focusapp.ui.settings_editors import FieldEditor, row_of
from focusapp.ui.widths import placeholder


def weekdays_text(weekdays: tuple[int, ...]) -> str:
    """'Mon–Fri', 'Tue, Thu': the days of a scheduled block, in the UI locale."""
    locale = QLocale()

    def short(day: int) -> str:
        return locale.dayName(day + 1, QLocale.FormatType.ShortFormat)

    if len(weekdays) > 2 and weekdays == tuple(range(weekdays[0], weekdays[-1] + 1)):
        return f"{short(weekdays[0])}–{short(weekdays[-1])}"
    return ", ".join(short(day) for day in weekdays)


def entry_line(entry: ScheduledBlock) -> str:
    """'Power hour — Mon–Fri 09:00, 60 min': one line of the list."""
    return fill(QCoreApplication.translate("SchedulePage", "%1 — %2 %3, %4 min"), entry.name,
                weekdays_text(entry.weekdays), entry.at, str(entry.minutes))


class SchedulePage(FieldEditor):
    """The editor of `Settings.scheduled_blocks` (a whole page of the Settings window)."""

    def __init__(self, roles: tuple[RoleConfig, ...]) -> None:
        super().__init__("scheduled_blocks")
        self._roles = tuple(r for r in roles if r.enabled) or roles
        self._entries: list[ScheduledBlock] = []
        self._filling = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scheduled blocks"))
        self.list.currentRowChanged.connect(self._show_entry)
        layout.addWidget(self.list)
        self.add_button = QPushButton(self.tr("&Add a scheduled block"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        layout.addLayout(row_of(self.add_button, self.remove_button))
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_SCHEDULE_NAME)
        placeholder(self.name_edit, self.tr("Power hour"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        days = QHBoxLayout()
        locale = QLocale()
        self.days: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            days.addWidget(box)
            self.days.append(box)
        form.addRow(self.tr("Days:"), days)
        self.at = QLineEdit()
        self.at.setMaxLength(5)
        placeholder(self.at, self.tr("HH:MM"))
        form.addRow(self.tr("&Time:"), self.at)
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_BLOCK_MINUTES, MAX_BLOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Length:"), self.minutes)
        self.role = QComboBox()
        for config in self._roles:
            self.role.addItem(role_name(config.role.value), config.role.value)
        form.addRow(self.tr("R&ole:"), self.role)
        self.activity = QComboBox()
        form.addRow(self.tr("A&ctivity:"), self.activity)
        self.strict = QCheckBox(self.tr("&Strict: no pause, stopping it takes the phrase"))
        form.addRow("", self.strict)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.role.currentIndexChanged.connect(self._fill_activities)
        for signal in (self.name_edit.textEdited, self.at.textEdited, self.minutes.valueChanged,
                       self.activity.currentIndexChanged, self.strict.toggled,
                       *(box.toggled for box in self.days)):
            signal.connect(self._edited)
        self.set_value(())

    # ---- FieldEditor ----------------------------------------------------------------------

    def value(self) -> tuple[ScheduledBlock, ...]:
        return tuple(self._entries)

    def set_value(self, value: Any) -> None:
        self._entries = list(value)
        self._fill_list(0)
        self.show_error(None)

    # ---- building the list and the fields -----------------------------------------------

    def _fill_list(self, row: int) -> None:
        self.list.clear()
        self.list.addItems([entry_line(e) for e in self._entries])
        self.fields.setEnabled(bool(self._entries))
        self.remove_button.setEnabled(bool(self._entries))
        self.add_button.setEnabled(len(self._entries) < MAX_SCHEDULED)
        if self._entries:
            self.list.setCurrentRow(min(row, len(self._entries) - 1))

    def _fill_activities(self) -> None:
        role = self.role.currentData()
        config = next((c for c in self._roles if c.role.value == role), None)
        filling, self._filling = self._filling, True
        self.activity.clear()
        self.activity.addItem(self.tr("Any activity"), None)
        for activity in config.activities if config else ():
            self.activity.addItem(activity_name(activity), activity.id)
        self._filling = filling
        self._edited()

    def _show_entry(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        self._filling = True
        self.name_edit.setText(entry.name)
        for day, box in enumerate(self.days):
            box.setChecked(day in entry.weekdays)
        self.at.setText(entry.at)
        self.minutes.setValue(entry.minutes)
        self.role.setCurrentIndex(max(0, self.role.findData(entry.role)))
        self._fill_activities()
        self._filling = True
        self.activity.setCurrentIndex(max(0, self.activity.findData(entry.activity)))
        self.strict.setChecked(entry.strict)
        self._filling = False

    # ---- editing --------------------------------------------------------------------------

    def _add(self) -> None:
        role = self._roles[0].role.value if self._roles else "solo"
        entry = ScheduledBlock(id=next_schedule_id(self._entries), name=self.tr("Power hour"),
                               weekdays=(0, 1, 2, 3, 4), at="09:00", minutes=60, role=role)
        self._entries.append(entry)
        self._fill_list(len(self._entries) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._entries):
            del self._entries[row]
            self._fill_list(row)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self._entries):
            return
        try:
            at = format_time_of_day(parse_time_of_day(self.at.text()))
        except ValidationError as error:  # kept as typed: the save refuses it, in place
            self.show_error(error)
            at = self.at.text()
        else:
            self.show_error(None)
        self._entries[row] = replace(
            self._entries[row], name=self.name_edit.text(),
            weekdays=tuple(d for d, box in enumerate(self.days) if box.isChecked()),
            at=at, minutes=self.minutes.value(), role=str(self.role.currentData() or ""),
            activity=self.activity.currentData(), strict=self.strict.isChecked())
        self.list.item(row).setText(entry_line(self._entries[row]))
