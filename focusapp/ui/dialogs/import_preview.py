"""Before an import writes anything: what it would change, with Import and Cancel; and
why a file was refused.

The list comes from `store.import_preview.ImportPreview`; the words are here. A list
setting shows its first added and removed entries; every entry is in the details.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from focusapp.core.days import DayOff
from focusapp.core.text import fill
from focusapp.store.import_check import Problem as ImportProblem
from focusapp.store.import_preview import SHOWN_ENTRIES, ImportPreview, SettingChange
from focusapp.ui.problems import problem_message
from focusapp.ui.settings_fields import choice_labels, field_labels

translate = QCoreApplication.translate


def refusal_text(problems: Sequence[ImportProblem]) -> str:
    """Why nothing was imported. A setting the Settings window would refuse is said as the
    window says it, in the user's language, after the setting's label; the checks of the
    records themselves are worded in English for now (`store.import_check`)."""
    lines = [translate("ImportPreviewDialog", "Nothing was imported: %n problem(s) found.",
                       "", len(problems))]
    for problem in problems:
        if problem.refusal is not None:
            name = str(problem.refusal.params.get("name"))
            lines.append(fill(translate("ImportPreviewDialog", "• %1: %2"),
                              field_labels().get(name, name).replace("&", ""),
                              problem_message(problem.refusal)))
        else:
            lines.append(f"• {problem}")
    return "\n".join(lines)


class ImportPreviewDialog(QMessageBox):
    def __init__(self, name: str, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(fill(self.tr("Import “%1”? This is what it would change:"), name))
        self.setInformativeText("\n".join(f"• {line}" for line in self.lines(preview))
                                + "\n\n" + self.tr("Your data as it is now is kept in the "
                                                   "backups folder first."))
        details = self.details(preview)
        if details:
            self.setDetailedText("\n".join(details))
        self.import_button = self.addButton(self.tr("Import"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.import_button

    # ---- the list -------------------------------------------------------------------

    def lines(self, preview: ImportPreview) -> list[str]:
        if preview.changes_nothing:
            return [self.tr("Nothing: your data already holds everything in this file.")]
        lines = [
            fill(self.tr("Focus blocks: %1 new, %2 changed"),
                 preview.blocks_added, preview.blocks_updated),
            fill(self.tr("Days (One Things): %1 new, %2 changed"),
                 preview.days_added, preview.days_updated),
            fill(self.tr("Weekly reviews: %1 new, %2 changed"),
                 preview.reviews_added, preview.reviews_updated),
        ]
        if preview.tallies_added or preview.tallies_updated:  # older files have none
            lines.append(fill(self.tr("Counts between blocks: %1 new, %2 changed"),
                              preview.tallies_added, preview.tallies_updated))
        if preview.handoffs_added or preview.handoffs_updated:
            lines.append(fill(self.tr("Handoffs: %1 new, %2 changed"),
                              preview.handoffs_added, preview.handoffs_updated))
        if preview.leads_added or preview.leads_updated:
            lines.append(fill(self.tr("Leads: %1 new, %2 changed"),
                              preview.leads_added, preview.leads_updated))
        lines += [self.change_line(change) for change in preview.settings]
        lines.append(self.tr("Roles: replaced by the file's") if preview.roles_replaced
                     else self.tr("Roles: unchanged"))
        if preview.autostart_held_back:
            lines.append(self.tr("Start at login stays off: turn it on in Settings if you "
                                 "want it."))
        if preview.apps_held_back:
            lines.append(fill(self.tr("Apps the file would suspend or quit by force are only "
                                      "warned about: %1. Choose that in Settings if you want "
                                      "it."), ", ".join(preview.apps_held_back)))
        return lines

    def change_line(self, change: SettingChange) -> str:
        label = field_labels().get(change.name, change.name).replace("&", "")
        if not change.is_list or change.name in ("presets", "working_weekdays"):
            return fill(self.tr("%1: %2 → %3"), label, self.value(change.name, change.old),
                        self.value(change.name, change.new))
        parts = []
        if change.added():
            parts.append(fill(self.tr("added %1"), self.some(change.name, change.added())))
        if change.removed():
            parts.append(fill(self.tr("removed %1"), self.some(change.name, change.removed())))
        if len(parts) == 2:
            parts = [fill(self.tr("%1; %2"), *parts)]
        return fill(self.tr("%1: %2"), label,
                    parts[0] if parts else self.tr("the same entries, reordered"))

    def details(self, preview: ImportPreview) -> list[str]:
        """Every entry added or removed, when the list shows only the first ones."""
        lines = []
        for change in preview.settings:
            label = field_labels().get(change.name, change.name).replace("&", "")
            for kind, values in ((self.tr("added"), change.added()),
                                 (self.tr("removed"), change.removed())):
                if len(values) > SHOWN_ENTRIES:
                    lines.append(fill(self.tr("%1, %2:"), label, kind))
                    lines += [f"  {self.value(change.name, v)}" for v in values]
        return lines

    # ---- values ---------------------------------------------------------------------

    def some(self, name: str, values: tuple[Any, ...]) -> str:
        shown = ", ".join(self.value(name, v) for v in values[:SHOWN_ENTRIES])
        more = len(values) - SHOWN_ENTRIES
        return fill(self.tr("%1 and %n more", "", more), shown) if more > 0 else shown

    def value(self, name: str, value: Any) -> str:
        locale = QLocale()
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if name in choice_labels():
            return choice_labels()[name].get(value, str(value))
        if name == "review_weekday":
            return locale.dayName(int(value) + 1, QLocale.FormatType.LongFormat)
        if name == "working_weekdays":
            return ", ".join(locale.dayName(d + 1, QLocale.FormatType.LongFormat)
                             for d in value)
        if name == "presets":
            return fill(self.tr("%1 min"), ", ".join(locale.toString(v) for v in value))
        if isinstance(value, DayOff):
            return self.day_off(value, locale)
        if isinstance(value, int):
            return locale.toString(value)
        return str(value)

    def day_off(self, off: DayOff, locale: QLocale) -> str:
        def text(day: date) -> str:
            return locale.toString(QDate(day), QLocale.FormatType.ShortFormat)

        if off.first == off.last:
            return text(off.first)
        return fill(self.tr("%1 to %2"), text(off.first), text(off.last))
