"""The Settings window's list of pages blocked by host and path (the browser extension's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from focusapp.core.errors import ValidationError
from focusapp.core.web_rules import PAGE_PRESETS, page_from_user
from focusapp.ui.settings_editors import EntryLine, row_of
from focusapp.ui.settings_lists import _ListEditor
from focusapp.ui.widths import placeholder


def page_preset_labels() -> dict[str, str]:
    return {"linkedin_feed": QCoreApplication.translate("SettingsWindow",
                                                        "Add the LinkedIn feed")}


class PagesEditor(_ListEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name, str)
        self.entry = EntryLine()
        placeholder(self.entry, QCoreApplication.translate("SettingsWindow",
                                                           "linkedin.com/feed"))
        self.add = QPushButton(QCoreApplication.translate("SettingsWindow", "Add page"))
        self.add.clicked.connect(self.add_typed)
        self.entry.returnPressed.connect(self.add_typed)
        self.body.addLayout(row_of(self.entry, self.add, self.remove))
        presets = row_of()
        labels = page_preset_labels()
        self.preset_buttons: dict[str, QPushButton] = {}
        for preset in PAGE_PRESETS:
            button = QPushButton(labels[preset])
            button.clicked.connect(lambda _=False, p=preset: self.add_preset(p))
            presets.addWidget(button)
            self.preset_buttons[preset] = button
        presets.addStretch()
        self.body.addLayout(presets)

    def add_typed(self) -> None:
        try:
            page = page_from_user(self.entry.text())
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        self.entry.clear()
        if page not in self.items():
            self._add(page, page)

    def add_preset(self, preset: str) -> None:
        for page in PAGE_PRESETS[preset]:
            if page not in self.items():
                self._add(page, page)

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for page in value:
            self._add(page, page)
