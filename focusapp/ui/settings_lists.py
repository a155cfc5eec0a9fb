"""The list editors of the Settings window: days off, blocked sites, blocked apps."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from focusapp.core.app_rules import AppAction, AppRule, parse_app_entry
from focusapp.core.days import DayOff
from focusapp.core.domains import PRESETS, domain_from_user
from focusapp.core.errors import ValidationError
from focusapp.core.settings_rules import check_day_off, day_off_bounds
from focusapp.core.text import fill
from focusapp.ui.settings_editors import EntryLine, FieldEditor, Tr, row_of
from focusapp.ui.widths import placeholder


class _ListEditor(FieldEditor):
    """A list of entries with a remove button; subclasses add the 'add' row."""

    def __init__(self, name: str, tr: Tr) -> None:
        super().__init__(name)
        self.list = QListWidget()
        self.list.setMaximumHeight(140)
        self.remove = QPushButton(QCoreApplication.translate("SettingsWindow", "Remove"))
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
        low, high = day_off_bounds()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(low), QDate(high))
        # A single day by default: the end follows the start until the user moves it.
        self.first.dateChanged.connect(self._follow)
        self.add = QPushButton(QCoreApplication.translate("SettingsWindow", "Add days off"))
        self.add.clicked.connect(self._add_range)
        row = row_of(
            QLabel(QCoreApplication.translate("SettingsWindow", "From")),
            self.first,
            QLabel(QCoreApplication.translate("SettingsWindow", "to")),
            self.last,
            self.add,
            self.remove,
        )
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
        return (
            fill(QCoreApplication.translate("SettingsWindow", "%1 to %2"), first, last)
        )

    def _add_range(self) -> None:
        first = cast(date, self.first.date().toPython())
        last = cast(date, self.last.date().toPython())
        try:
            off = DayOff(first, last)
            check_day_off(off)
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


class PresetListEditor(_ListEditor):
    """Entries typed one at a time (`parse` checks and normalises each, raising
    ValidationError) or added a preset at a time: the blocked sites, the blocked pages."""

    def __init__(self, name: str, tr: Tr, parse: Callable[[str], str],
                 presets: Mapping[str, Sequence[str]], preset_labels: Mapping[str, str],
                 hint: str, add_label: str) -> None:
        super().__init__(name, tr)
        self._parse, self._presets = parse, presets
        self.entry = EntryLine()
        placeholder(self.entry, hint)
        self.add = QPushButton(add_label)
        self.add.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        self.body.addLayout(row_of(self.entry, self.add, self.remove))
        self.preset_buttons: dict[str, QPushButton] = {}
        row = row_of()
        for preset in presets:
            button = QPushButton(preset_labels.get(preset, preset))
            button.clicked.connect(lambda _=False, p=preset: self.add_preset(p))
            row.addWidget(button)
            self.preset_buttons[preset] = button
        row.addStretch()
        self.body.addLayout(row)

    def add_typed(self) -> None:
        try:
            entry = self._parse(self.entry.text())
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        self.entry.clear()
        if entry not in self.items():
            self._add(entry, entry)

    def add_preset(self, preset: str) -> None:
        present = set(self.items())
        for entry in self._presets[preset]:
            if entry not in present:
                self._add(entry, entry)
                present.add(entry)

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for entry in value:
            self._add(entry, entry)


class DomainsEditor(PresetListEditor):
    def __init__(self, name: str, tr: Tr, preset_labels: dict[str, str]) -> None:
        super().__init__(name, tr, domain_from_user, PRESETS, preset_labels,
                         QCoreApplication.translate("SettingsWindow", "example.com"),
                         QCoreApplication.translate("SettingsWindow", "Add site"))


class AppsEditor(_ListEditor):
    def __init__(self, name: str, tr: Tr, action_labels: dict[str, str]) -> None:
        super().__init__(name, tr)
        self._labels = action_labels
        self._tr = tr
        self.action = QComboBox()
        for action in AppAction:
            self.action.addItem(action_labels.get(action.value, action.value), action.value)
        self.entry = EntryLine()
        placeholder(self.entry,
            QCoreApplication.translate("SettingsWindow", "App name or full path")
        )
        self.add = QPushButton(QCoreApplication.translate("SettingsWindow", "Add app"))
        self.add.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        # Two rows: with the action beside them the French row was wider than the page.
        self.body.addLayout(row_of(self.entry, self.add, self.remove))
        when = QLabel(QCoreApplication.translate("SettingsWindow",
                                                 "When it runs during a block:"))
        when.setBuddy(self.action)
        actions = row_of(when, self.action)
        actions.addStretch()
        self.body.addLayout(actions)

    def _text(self, rule: AppRule) -> str:
        action = self._labels.get(rule.action.value, rule.action.value)
        return (
            fill(QCoreApplication.translate("SettingsWindow", "%1: %2"), action, rule.target)
        )

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
