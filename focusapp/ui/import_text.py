"""An import in words, in the user's language: why a file was refused, what an import
changes (or would change, for a dry run). The preview dialog, the app's answer to
`focusapp import` and the command line with no app running all say it with these.

The words keep the dialog's translation context, "ImportPreviewDialog".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from focusapp.core.days import DayOff
from focusapp.core.schedule import ScheduledBlock
from focusapp.core.text import fill
from focusapp.store.import_check import Problem as ImportProblem
from focusapp.store.import_preview import SHOWN_ENTRIES, ImportPreview, SettingChange
from focusapp.ui.problems import problem_message
from focusapp.ui.settings_fields import choice_labels, field_labels

if TYPE_CHECKING:
    from focusapp.services.data_files import ImportOutcome

translate = QCoreApplication.translate


def import_summary(outcome: ImportOutcome) -> str:
    """The whole answer to an import, a line each, for the command line."""
    report = outcome.report
    if not report.ok:
        return refusal_text(report.problems)
    changes = [f"  {line}" for line in change_lines(report.preview or ImportPreview())]
    if outcome.dry_run:
        return "\n".join([fill(translate("ImportPreviewDialog", "Dry run, nothing was "
                                         "written. Importing %1 would change:"),
                               outcome.file_name), *changes])
    return "\n".join([translate("ImportPreviewDialog", "Imported:"), *changes,
                      fill(translate("ImportPreviewDialog", "Your data as it was before the "
                                     "import is kept in %1."), str(report.kept_copy))])


def refusal_text(problems: Sequence[ImportProblem]) -> str:
    """Why nothing was imported. What the app knows how to say (the file itself is wrong,
    a setting the Settings window would refuse) is said in the user's language; a damaged
    record is named as the file names it (`blocks[12] (id b3): 'start' has no UTC offset`):
    its field names are the file's own, the same in every language."""
    lines = [translate("ImportPreviewDialog", "Nothing was imported: %n problem(s) found.",
                       "", len(problems))]
    return "\n".join(lines + [fill(translate("ImportPreviewDialog", "• %1"), problem_text(p))
                              for p in problems])


def problem_text(problem: ImportProblem) -> str:
    """One problem of a refused file, as well as the app can say it in the user's language."""
    if problem.refusal is None:
        return str(problem)
    name = problem.refusal.params.get("name")
    if problem.kind == "settings" and name is not None:
        return fill(translate("ImportPreviewDialog", "%1: %2"),
                    field_labels().get(str(name), str(name)).replace("&", ""),
                    problem_message(problem.refusal))
    return problem_message(problem.refusal)


# ---- what an import changes -------------------------------------------------------------


def change_lines(preview: ImportPreview) -> list[str]:
    if preview.changes_nothing:
        return [translate("ImportPreviewDialog",
                          "Nothing: your data already holds everything in this file.")]
    lines = [
        fill(translate("ImportPreviewDialog", "Focus blocks: %1 new, %2 changed"),
             *_numbers(preview.blocks_added, preview.blocks_updated)),
        fill(translate("ImportPreviewDialog", "Days (One Things): %1 new, %2 changed"),
             *_numbers(preview.days_added, preview.days_updated)),
        fill(translate("ImportPreviewDialog", "Weekly reviews: %1 new, %2 changed"),
             *_numbers(preview.reviews_added, preview.reviews_updated)),
    ]
    if preview.tallies_added or preview.tallies_updated:  # older files have none
        lines.append(fill(translate("ImportPreviewDialog",
                                    "Counts between blocks: %1 new, %2 changed"),
                          *_numbers(preview.tallies_added, preview.tallies_updated)))
    if preview.handoffs_added or preview.handoffs_updated:
        lines.append(fill(translate("ImportPreviewDialog", "Handoffs: %1 new, %2 changed"),
                          *_numbers(preview.handoffs_added, preview.handoffs_updated)))
    if preview.leads_added or preview.leads_updated:
        lines.append(fill(translate("ImportPreviewDialog", "Leads: %1 new, %2 changed"),
                          *_numbers(preview.leads_added, preview.leads_updated)))
    lines += [_book_line(*change) for change in preview.book]
    lines += [change_line(change) for change in preview.settings]
    lines.append(translate("ImportPreviewDialog", "Roles: replaced by the file's")
                 if preview.roles_replaced
                 else translate("ImportPreviewDialog", "Roles: unchanged"))
    if preview.autostart_held_back:
        lines.append(translate("ImportPreviewDialog", "Start at login stays off: turn it on "
                                                      "in Settings if you want it."))
    if preview.apps_held_back:
        lines.append(fill(translate("ImportPreviewDialog",
                                    "Apps the file would suspend or quit by force are only "
                                    "warned about: %1. Choose that in Settings if you want "
                                    "it."), ", ".join(preview.apps_held_back)))
    return lines


def _book_line(kind: str, added: int, updated: int) -> str:
    texts = {"accounts": translate("ImportPreviewDialog", "Accounts: %1 new, %2 changed"),
             "touches": translate("ImportPreviewDialog", "Accounts touched: %1 new, %2 changed"),
             "follow_ups": translate("ImportPreviewDialog", "Follow-ups: %1 new, %2 changed")}
    return fill(texts[kind], *_numbers(added, updated))


def _numbers(*counts: int) -> list[str]:
    return [QLocale().toString(count) for count in counts]


def change_line(change: SettingChange) -> str:
    label = field_labels().get(change.name, change.name).replace("&", "")
    if not change.is_list or change.name in ("presets", "working_weekdays"):
        return fill(translate("ImportPreviewDialog", "%1: %2 → %3"), label,
                    value_text(change.name, change.old), value_text(change.name, change.new))
    parts = []
    if change.added():
        parts.append(fill(translate("ImportPreviewDialog", "added %1"),
                          _some(change.name, change.added())))
    if change.removed():
        parts.append(fill(translate("ImportPreviewDialog", "removed %1"),
                          _some(change.name, change.removed())))
    if len(parts) == 2:
        parts = [fill(translate("ImportPreviewDialog", "%1; %2"), *parts)]
    return fill(translate("ImportPreviewDialog", "%1: %2"), label,
                parts[0] if parts
                else translate("ImportPreviewDialog", "the same entries, reordered"))


def change_details(preview: ImportPreview) -> list[str]:
    """Every entry added or removed, when the list shows only the first ones."""
    lines = []
    for change in preview.settings:
        label = field_labels().get(change.name, change.name).replace("&", "")
        for kind, values in ((translate("ImportPreviewDialog", "added"), change.added()),
                             (translate("ImportPreviewDialog", "removed"), change.removed())):
            if len(values) > SHOWN_ENTRIES:
                lines.append(fill(translate("ImportPreviewDialog", "%1, %2:"), label, kind))
                lines += [f"  {value_text(change.name, v)}" for v in values]
    return lines


# ---- values -----------------------------------------------------------------------------


def _some(name: str, values: tuple[Any, ...]) -> str:
    shown = ", ".join(value_text(name, v) for v in values[:SHOWN_ENTRIES])
    more = len(values) - SHOWN_ENTRIES
    if more <= 0:
        return shown
    return fill(translate("ImportPreviewDialog", "%1 and %n more", "", more), shown)


def value_text(name: str, value: Any) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return (translate("ImportPreviewDialog", "on") if value
                else translate("ImportPreviewDialog", "off"))
    if name in choice_labels():
        return choice_labels()[name].get(value, str(value))
    if name == "review_weekday":
        return locale.dayName(int(value) + 1, QLocale.FormatType.LongFormat)
    if name == "working_weekdays":
        return ", ".join(locale.dayName(d + 1, QLocale.FormatType.LongFormat) for d in value)
    if name == "presets":
        return fill(translate("ImportPreviewDialog", "%1 min"),
                    ", ".join(locale.toString(v) for v in value))
    if isinstance(value, DayOff):
        return _day_off(value, locale)
    if isinstance(value, ScheduledBlock):
        from focusapp.ui.settings_schedule import entry_line

        return entry_line(value)
    if isinstance(value, int):
        return locale.toString(value)
    return str(value)


def _day_off(off: DayOff, locale: QLocale) -> str:
    def text(day: date) -> str:
        return locale.toString(QDate(day), QLocale.FormatType.ShortFormat)

    if off.first == off.last:
        return text(off.first)
    return fill(translate("ImportPreviewDialog", "%1 to %2"), text(off.first), text(off.last))
