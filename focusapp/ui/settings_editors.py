"""The editors of single Settings values: a check box, a number, a time, a weekday, a choice.

Each editor reads and writes the stored value (`value()` / `set_value()`); `value()` raises
the core ValidationError when what is typed is not acceptable, and `show_error` shows it next
to the field. `settings_fields.editor_for` picks one per schema field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from focusapp.core.days import format_time_of_day, parse_time_of_day
from focusapp.core.errors import ValidationError
from focusapp.ui.problems import error_message
from focusapp.ui.scheme import error_style
from focusapp.ui.widths import placeholder

Tr = Callable[[str], str]


class FieldEditor(QWidget):
    """A widget for one field, with its error label (shown next to the field)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
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


class EntryLine(QLineEdit):
    """A line edit whose Enter adds its entry and stops there: without this, the dialog's
    default button also gets the key and saves and closes the whole window."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def row_of(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return row


class BoolEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.box = QCheckBox()
        self.setLayout(row_of(self.box))

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class IntEditor(FieldEditor):
    def __init__(self, name: str, low: int, high: int) -> None:
        super().__init__(name)
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.setLayout(row_of(self.spin))

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))


class TextEditor(FieldEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.edit = QLineEdit()
        self.setLayout(row_of(self.edit))

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value))


class FolderEditor(FieldEditor):
    """A folder chosen with the system's dialog (or pasted); empty means off."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.edit = QLineEdit()
        placeholder(self.edit, QCoreApplication.translate("SettingsWindow", "Off"))
        self.edit.setClearButtonEnabled(True)
        self.choose = QPushButton(QCoreApplication.translate("SettingsWindow", "Choose…"))
        self.choose.clicked.connect(self._choose)
        self.setLayout(row_of(self.edit, self.choose))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SettingsWindow", "Folder for your weekly export"),
            self.edit.text())
        if folder:
            self.edit.setText(folder)

    def value(self) -> str:
        return self.edit.text().strip()

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
        placeholder(self.edit, QCoreApplication.translate("SettingsWindow", "HH:MM"))
        self.edit.setMaxLength(5)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00:000") + 24)
        self.edit.textEdited.connect(self._check)
        self.setLayout(row_of(self.edit))

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
        self.setLayout(row_of(self.combo))

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
        self._low, self._high, self._suffix = (
            low,
            high,
            QCoreApplication.translate("SettingsWindow", " min"),
        )
        self._layout = row_of()
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
        self.setLayout(row_of(self.combo))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
