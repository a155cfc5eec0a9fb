"""The windows beside Today: the weekly review, Settings (language, start at login,
restoring a backup), the first-run wizard, and re-reading the data after an import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.days import IsoWeek
from focusapp.core.errors import CodedError, Problem
from focusapp.core.models import Settings
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.reminders import RemindersFlow
from focusapp.flows.shell import Shell, WizardAnswer
from focusapp.services.daily import DailyLoop
from focusapp.services.output import check_output
from focusapp.store.database import Store

# Start at login and the data files load on first use: the first paint does not need them
# (subprocess, plistlib, csv: benchmarks/startup.py), and so does the calendar writer.
if TYPE_CHECKING:
    from focusapp.core.exports import IcsText
    from focusapp.services.autostart import Autostart
    from focusapp.store.import_check import ImportPlan


class WindowsFlow(QObject):
    reloaded = Signal()  # the folder was read again: what is kept beside the daily loop too

    def __init__(self, daily: DailyLoop, shell: Shell, reminders: RemindersFlow,
                 autostart: Callable[[], Autostart], store: Store,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily = daily
        self.shell = shell
        self.reminders = reminders
        # How an exported calendar names blocks: the UI's words (the root sets ui/ics_text.py);
        # None: the export's own (services/data_files.export_to).
        self.ics_text: Callable[[], IcsText | None] = lambda: None
        self._autostart = autostart
        self._store = store
        reminders.windows = self
        daily.changed.connect(shell.refresh_review)
        daily.changed.connect(shell.refresh_history)

    # ---- the weekly review ------------------------------------------------------------------

    def show_review(self, week: IsoWeek | None = None) -> IsoWeek:
        return self.shell.show_review(week)

    def show_history(self, role: str | None = None) -> None:
        self.shell.show_history(role or None)

    def write_review(self, week: IsoWeek | None, pdf: Path) -> IsoWeek:
        """The week's PDF; a path in the data folder, or one that cannot take a file, is
        refused before anything is written (`ValidationError` "output.*")."""
        chosen = week or IsoWeek.of(self.daily.today())
        self.shell.write_review_pdf(chosen, check_output(pdf, self._store.data_dir))
        return chosen

    # ---- settings -------------------------------------------------------------------------

    def show_settings(self) -> None:
        language = self.daily.settings().language
        self.shell.show_settings(lambda settings: self._saved(settings, language),
                                 self._restored, self.start_at_login_problem)

    def start_at_login_problem(self) -> Problem | None:
        """Why the system keeps start at login off although FocusApp asked for it (Windows:
        the user's switch in Task Manager), or None."""
        from focusapp.services.blocking.status import Support

        status = self._autostart().status()
        return status.reason if status.support is Support.DEGRADED else None

    def _saved(self, settings: Settings, language_before: str) -> None:
        self.reminders.reschedule()
        if settings.language != language_before:
            self.shell.set_language(settings.language)
        self.apply_autostart(settings)

    def apply_autostart(self, settings: Settings) -> None:
        """Start at login: the desktop's own mechanism (XDG autostart, Run key, LaunchAgent)."""
        from focusapp.services.autostart import launch_command

        autostart = self._autostart()
        try:
            if settings.autostart and not autostart.enabled():
                autostart.enable(launch_command(self._store.data_dir))
            elif not settings.autostart and autostart.enabled():
                autostart.disable()
        except CodedError as error:
            self.shell.warn_problem(error.problem)

    def _restored(self, _day: date) -> None:
        self.reload()
        self.shell.notify(self.tr("Backup restored"),
                          self.tr("Your data was restored from the backup you chose."))

    def reload(self) -> None:
        """Re-read the folder (a restore, an import) and show it."""
        self.daily.reload()
        self.reminders.reschedule()
        self.reloaded.emit()

    # ---- your data -------------------------------------------------------------------------

    def export_data(self) -> None:
        self.shell.ask_export_file(self.export_file)

    def export_file(self, path: Path) -> None:
        from focusapp.services.data_files import export_to

        result = guarded(self.shell, lambda: export_to(self._store, path, ics=self.ics_text()))
        if result is not None:
            self.shell.notify(self.tr("Export"),
                              fill(self.tr("%1 written."), path.name))

    def import_data(self) -> None:
        self.shell.ask_import_file(self.import_file)

    def import_file(self, path: Path) -> None:
        """Check the file, show what it would change, and import it only once confirmed."""
        from focusapp.store.export import read_export
        from focusapp.store.import_check import ImportErrors
        from focusapp.store.import_preview import preview_import

        checked = read_export(path)
        if isinstance(checked, ImportErrors):
            self.shell.warn_import_refused(checked.problems)
            return
        preview = preview_import(self._store, checked)
        self.shell.ask_import(path.name, preview, lambda: self._import_confirmed(checked))

    def _import_confirmed(self, plan: ImportPlan) -> None:
        from focusapp.store.export import apply_import

        report = guarded(self.shell, lambda: apply_import(self._store, plan))
        self.reload()  # a failed import was rolled back: its store was opened again
        if report is None:  # said; nothing of it was kept (or the next start undoes it)
            return
        self.shell.notify(self.tr("Import"), fill(self.tr(
            "The file was imported. Your data as it was before is kept in %1."),
            str(report.kept_copy)))

    # ---- the first run --------------------------------------------------------------------

    def run_wizard(self, start_reminders: bool) -> None:
        def answered(answer: WizardAnswer | None) -> None:
            if answer is not None:
                self._wizard_done(answer)
            # Cancelled: the defaults hold until the wizard is completed (offered again at the
            # next start); the reminders run meanwhile.
            if start_reminders:
                self.reminders.start()
            self.shell.show_today()  # the home screen, not a lone tray icon

        self.shell.ask_wizard(self.daily.settings(), self.daily.roles(), answered)

    def _wizard_done(self, answer: WizardAnswer) -> None:
        language = self.daily.settings().language
        guarded(self.shell, lambda: self.daily.save_roles(answer.roles))
        guarded(self.shell, lambda: self.daily.save_settings(answer.settings))
        if self.daily.settings().language != language:
            self.shell.set_language(self.daily.settings().language)
