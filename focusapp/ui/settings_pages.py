"""The Settings window's list of pages blocked by host and path (the browser extension's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from focusapp.core.web_rules import PAGE_PRESETS, page_from_user
from focusapp.ui.settings_lists import PresetListEditor


def page_preset_labels() -> dict[str, str]:
    return {"linkedin_feed": QCoreApplication.translate("SettingsWindow",
                                                        "Add the LinkedIn feed")}


class PagesEditor(PresetListEditor):
    def __init__(self, name: str) -> None:
        super().__init__(name, str, page_from_user, PAGE_PRESETS, page_preset_labels(),
                         QCoreApplication.translate("SettingsWindow", "linkedin.com/feed"),
                         QCoreApplication.translate("SettingsWindow", "Add page"))
