"""Which editor a Settings field gets, from its metadata first, then its type.

`editor_for` is the only place that maps a schema entry to a widget (STYLE.md: settings, one
schema), so a field added to `core.models.Settings` shows up in the Settings window without
UI code.
"""

from __future__ import annotations

from dataclasses import Field
from typing import Any

from PySide6.QtCore import QCoreApplication

from focusapp.ui.settings_editors import (
    BoolEditor,
    ChoiceEditor,
    FieldEditor,
    FolderEditor,
    IntEditor,
    PresetsEditor,
    TextEditor,
    TimeEditor,
    Tr,
    WeekdayEditor,
    WeekdaysEditor,
)
from focusapp.ui.settings_lists import AppsEditor, DaysOffEditor, DomainsEditor

__all__ = ["FieldEditor", "editor_for"]


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
    if kind == "folder":
        return FolderEditor(f.name)
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
    if kind == "pages":
        from focusapp.ui.settings_pages import PagesEditor

        return PagesEditor(f.name)
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


# The window's words for the settings, shared with the import's preview (ui/dialogs/
# import_preview.py), in the window's translation context.
translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """Each visible setting's label in the Settings window (with its '&' shortcut)."""
    return {
        "language": translate("SettingsWindow", "&Language"),
        "autostart": translate("SettingsWindow", "Start FocusApp when I log in"),
        "display_name": translate(
            "SettingsWindow", "Your name on exports for your manager (empty: your account's)"),
        "weekly_export_folder": translate(
            "SettingsWindow", "Send my weekly export to this folder (e.g. a team drive)"),
        "day_start": translate(
            "SettingsWindow", "A day starts at (work after midnight counts for the evening)"),
        "working_weekdays": translate("SettingsWindow", "Working days"),
        "days_off": translate("SettingsWindow", "Days off (holidays, leave, sick days)"),
        "one_thing_time": translate("SettingsWindow", "Ask my One Thing at"),
        "end_of_day_time": translate("SettingsWindow", "Evening check at"),
        "review_weekday": translate("SettingsWindow", "Weekly review on"),
        "review_time": translate("SettingsWindow", "Weekly review at"),
        "nudge_enabled": translate("SettingsWindow", "Nudge me when no focus block has started"),
        "nudge_time": translate("SettingsWindow", "Nudge at"),
        "presets": translate("SettingsWindow", "Timer presets"),
        "short_break_minutes": translate("SettingsWindow", "Short break (minutes)"),
        "long_break_minutes": translate("SettingsWindow", "Long break (minutes)"),
        "long_break_every": translate("SettingsWindow", "A long break every (blocks)"),
        "strict_default": translate("SettingsWindow", "Strict mode by default"),
        "away_minutes": translate(
            "SettingsWindow", "Ask what it was after this long away (minutes)"),
        "blocked_domains": translate("SettingsWindow", "Blocked sites"),
        "blocked_pages": translate("SettingsWindow", "Blocked pages (browser extension)"),
        "blocked_apps": translate("SettingsWindow", "Blocked apps"),
        "scheduled_blocks": translate("SettingsWindow", "Scheduled blocks"),
        "freezes_enabled": translate(
            "SettingsWindow", "Streak freezes (a missed day does not break a streak)"),
        "work_start": translate("SettingsWindow", "My working hours start at"),
        "work_end": translate("SettingsWindow", "My working hours end at"),
        "prep_minutes": translate(
            "SettingsWindow", "Prepare each meeting this long before it (minutes, 0: never)"),
        "power_hours": translate("SettingsWindow", "Power hours a day (outbound prospecting)"),
    }


def choice_labels() -> dict[str, dict[Any, str]]:
    return {"language": {"": translate("SettingsWindow", "System language"), "en": "English",
                         "fr": "Français"}}
