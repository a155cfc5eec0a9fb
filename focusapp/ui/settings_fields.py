"""One editor per Settings field, chosen from the field's type and metadata (STYLE: one schema).

`editor_for(field, tr)` is the only place that maps a schema entry to a widget, so a field
added to `core.models.Settings` shows up in the Settings window without UI code. Each editor
reads and writes the stored value (`value()` / `set_value()`); `value()` raises the core
ValidationError when what is typed is not acceptable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
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

from focusapp.core.blocklist import PRESETS, AppAction, AppRule, domain_from_user, parse_app_entry
from focusapp.core.days import DayOff, format_time_of_day, parse_time_of_day
from focusapp.core.errors import ValidationError
from focusapp.ui.names import error_message

Tr = Callable[[str], str]


class FieldEditor(QWidget):
    """A widget for one field, with its error label (shown next to the field)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def show_error(self, error: ValidationError | None) -> None:
        self.error.setText(error_message(error) if error else "")
        self.error.setVisible(error is not None)

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return row


class BoolEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.box = QCheckBox()
        self.setLayout(_row(self.box))

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class IntEditor(FieldEditor):
    def __init__(self, name: str, low: int, high: int) -> None:
        super().__init__(name)
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.setLayout(_row(self.spin))

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))


class TextEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.edit = QLineEdit()
        self.setLayout(_row(self.edit))

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value))


class TimeEditor(FieldEditor):
    """A time of day typed as HH:MM and checked by core's parser as the user types.

    A line edit rather than a QTimeEdit: a QTimeEdit silently clamps 25:00, and the issue asks
    for the invalid value to be refused *with a message* in place.
    """

    def __init__(self, name: str, tr: Tr) -> None:
        super().__init__(name)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("HH:MM"))
        self.edit.setMaxLength(5)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00:000") + 24)
        self.edit.textEdited.connect(self._check)
        self.setLayout(_row(self.edit))

    def _check(self) -> None:
        try:
            self.value()
        except ValidationError as error:
            self.show_error(error)
        else:
            self.show_error(None)

    def value(self) -> str:
        return format_time_of_day(parse_time_of_day(self.edit.text()))

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value))
        self.show_error(None)


class WeekdayEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.combo = QComboBox()
        locale = QLocale()
        for day in range(7):
            self.combo.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.setLayout(_row(self.combo))

    def value(self) -> int:
        return int(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(int(value))))


class WeekdaysEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.boxes: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            grid.addWidget(box, day // 4, day % 4)
            self.boxes.append(box)
        self.setLayout(grid)

    def value(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_value(self, value: Any) -> None:
        for day, box in enumerate(self.boxes):
            box.setChecked(day in value)


class PresetsEditor(FieldEditor):
    def __init__(self, name: str, low: int, high: int, tr: Tr) -> None:
        super().__init__(name)
        self._low, self._high, self._suffix = low, high, tr(" min")
        self._layout = _row()
        self._layout.addStretch()
        self.spins: list[QSpinBox] = []
        self.setLayout(self._layout)

    def value(self) -> tuple[int, ...]:
        return tuple(spin.value() for spin in self.spins)

    def set_value(self, value: Any) -> None:
        for spin in self.spins:
            self._layout.removeWidget(spin)
            spin.deleteLater()
        self.spins = []
        for index, minutes in enumerate(value):
            spin = QSpinBox()
            spin.setRange(self._low, self._high)
            spin.setSuffix(self._suffix)
            spin.setValue(int(minutes))
            self._layout.insertWidget(index, spin)
            self.spins.append(spin)


class ChoiceEditor(FieldEditor):
    def __init__(self, name: str, choices: tuple[Any, ...], labels: dict[Any, str]) -> None:
        super().__init__(name)
        self.combo = QComboBox()
        for choice in choices:
            self.combo.addItem(labels.get(choice, str(choice)), choice)
        self.setLayout(_row(self.combo))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class _ListEditor(FieldEditor):
    """A list of entries with a remove button; subclasses add the 'add' row."""

    def __init__(self, name: str, tr: Tr) -> None:
        super().__init__(name)
        self.list = QListWidget()
        self.list.setMaximumHeight(140)
        self.remove = QPushButton(tr("Remove"))
        self.remove.clicked.connect(self._remove_selected)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.list)
        self.setLayout(self.body)

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _add(self, text: str, data: Any) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)

    def items(self) -> list[Any]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def value(self) -> tuple[Any, ...]:
        return tuple(self.items())


class DaysOffEditor(_ListEditor):
    def __init__(self, name: str, tr: Tr) -> None:
        super().__init__(name, tr)
        self._tr = tr
        today = QDate.currentDate()
        self.first = QDateEdit(today)
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        # A single day by default: the end follows the start until the user moves it.
        self.first.dateChanged.connect(self._follow)
        self.add = QPushButton(tr("Add days off"))
        self.add.clicked.connect(self._add_range)
        row = _row(QLabel(tr("From")), self.first, QLabel(tr("to")), self.last, self.add,
                   self.remove)
        self.body.addLayout(row)

    def _follow(self, first: QDate) -> None:
        if self.last.date() < first:
            self.last.setDate(first)

    def _text(self, off: DayOff) -> str:
        locale = QLocale()
        first = locale.toString(QDate(off.first), QLocale.FormatType.ShortFormat)
        if off.first == off.last:
            return first
        last = locale.toString(QDate(off.last), QLocale.FormatType.ShortFormat)
        return self._tr("%1 to %2").replace("%1", first).replace("%2", last)

    def _add_range(self) -> None:
        first = cast(date, self.first.date().toPython())
        last = cast(date, self.last.date().toPython())
        try:
            off = DayOff(first, last)
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        if off not in self.items():
            self._add(self._text(off), off)

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for off in sorted(value, key=lambda o: (o.first, o.last)):
            self._add(self._text(off), off)

    def value(self) -> tuple[DayOff, ...]:
        return tuple(sorted(self.items(), key=lambda o: (o.first, o.last)))


class DomainsEditor(_ListEditor):
    def __init__(self, name: str, tr: Tr, preset_labels: dict[str, str]) -> None:
        super().__init__(name, tr)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("example.com"))
        self.add = QPushButton(tr("Add site"))
        self.add.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        self.body.addLayout(_row(self.entry, self.add, self.remove))
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = _row()
        for preset in PRESETS:
            button = QPushButton(preset_labels.get(preset, preset))
            button.clicked.connect(lambda _=False, p=preset: self.add_preset(p))
            presets.addWidget(button)
            self.preset_buttons[preset] = button
        presets.addStretch()
        self.body.addLayout(presets)

    def add_typed(self) -> None:
        try:
            domain = domain_from_user(self.entry.text())
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        self.entry.clear()
        if domain not in self.items():
            self._add(domain, domain)

    def add_preset(self, preset: str) -> None:
        present = set(self.items())
        for domain in PRESETS[preset]:
            if domain not in present:
                self._add(domain, domain)

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for domain in value:
            self._add(domain, domain)


class AppsEditor(_ListEditor):
    def __init__(self, name: str, tr: Tr, action_labels: dict[str, str]) -> None:
        super().__init__(name, tr)
        self._labels = action_labels
        self._tr = tr
        self.action = QComboBox()
        for action in AppAction:
            self.action.addItem(action_labels.get(action.value, action.value), action.value)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("App name or full path"))
        self.add = QPushButton(tr("Add app"))
        self.add.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        self.body.addLayout(_row(self.action, self.entry, self.add, self.remove))

    def _text(self, rule: AppRule) -> str:
        action = self._labels.get(rule.action.value, rule.action.value)
        return self._tr("%1: %2").replace("%1", action).replace("%2", rule.target)

    def add_typed(self) -> None:
        try:
            rule = AppRule(self.entry.text().strip(), AppAction(self.action.currentData()))
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        self.entry.clear()
        if rule.to_entry() not in self.items():
            self._add(self._text(rule), rule.to_entry())

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for entry in value:
            try:
                text = self._text(parse_app_entry(entry))
            except ValidationError:
                text = entry  # kept as stored; the blocker reports it when a block starts
            self._add(text, entry)


def editor_for(f: Field[Any], tr: Tr, choice_labels: dict[str, dict[Any, str]],
               preset_labels: dict[str, str], action_labels: dict[str, str]) -> FieldEditor:
    """The editor of a Settings field, from its metadata first, then its type."""
    meta = f.metadata
    kind = meta.get("kind")
    bounded = meta.get("low") is not None and meta.get("high") is not None
    low: int = meta["low"] if bounded else -(2**31)
    high: int = meta["high"] if bounded else 2**31 - 1
    if kind == "time":
        return TimeEditor(f.name, tr)
    if kind == "weekday":
        return WeekdayEditor(f.name)
    if kind == "weekdays":
        return WeekdaysEditor(f.name)
    if kind == "presets":
        return PresetsEditor(f.name, max(low, 1), min(high, 999), tr)
    if kind == "days_off":
        return DaysOffEditor(f.name, tr)
    if kind == "domains":
        return DomainsEditor(f.name, tr, preset_labels)
    if kind == "apps":
        return AppsEditor(f.name, tr, action_labels)
    if meta.get("choices") is not None:
        return ChoiceEditor(f.name, tuple(meta["choices"]), choice_labels.get(f.name, {}))
    if f.type in (bool, "bool"):
        return BoolEditor(f.name)
    if f.type in (int, "int"):
        return IntEditor(f.name, low, high)
    # Anything else is edited as text; Settings.validate() still refuses a bad value on save.
    return TextEditor(f.name)
