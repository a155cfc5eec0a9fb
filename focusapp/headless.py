"""Commands that need the data but no running app: they open the folder in this process
(the store's lock makes sure no app holds it) and render offscreen, so scripts need no
display."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from focusapp.core.days import IsoWeek
from focusapp.core.text import fill

translate = QCoreApplication.translate  # translate("CommandLine", …): pyside6-lupdate finds it

if TYPE_CHECKING:
    from focusapp.core.team import Export, Relay, Rep, TeamRow
    from focusapp.store.import_check import Problem as ImportProblem


def write_review(data_dir: Path, week_text: str | None, pdf: Path) -> IsoWeek:
    """`focusapp review --pdf FILE` with no app running."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from focusapp.services.clock import SystemClock
    from focusapp.services.daily import DailyLoop
    from focusapp.services.output import check_output
    from focusapp.store.database import Store
    from focusapp.ui.i18n import install_translator, pick_language
    from focusapp.ui.report import export_week
    from focusapp.ui.review_model import ReviewProvider

    target = check_output(pdf, data_dir)  # refused before the folder is opened: no writes
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "focusapp"])
    clock = SystemClock()
    store, report = Store.open(data_dir, now=clock.now)
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        install_translator(app, pick_language(store.settings.get().language))
        daily = DailyLoop(clock, store)
        week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(daily.today())
        export_week(ReviewProvider.from_daily(daily, store.reviews), week,
                    pdf=target, locale=QLocale())
        return week
    finally:
        store.close()


def team_report(folder: Path, week_text: str | None, data_dir: Path, *,
                csv_path: Path | None = None, pdf: Path | None = None,
                today: date | None = None) -> int:
    """`focusapp team-report DIR [--csv FILE] [--pdf FILE]`: the reps' exports found under
    `folder` (their team drive, as it is). The CSV has a row per rep and role, and the
    handoffs between roles go to its sibling `<name>-handoffs.csv`; the PDF has both, in
    the system's language. A file that is not a FocusApp export is named and skipped (and
    listed in the PDF); several exports of one rep are one rep. Exit 0, or 1 if no export
    could be read (then nothing is written)."""
    from focusapp.core.team import (
        merge_reps,
        relays_csv,
        shared_names,
        team_csv,
        team_relays,
        team_rows,
    )
    from focusapp.services.output import check_output

    # Every target refused before anything is read or written.
    csv_target = check_output(csv_path, data_dir) if csv_path else None
    relays_target = check_output(relays_path(csv_target), data_dir) if csv_target else None
    pdf_target = check_output(pdf, data_dir) if pdf else None
    today = today or datetime.now().astimezone().date()  # the manager's today
    week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(today)
    exports, skipped = _read_exports(folder)
    if not exports:
        print(fill(translate("CommandLine", "No FocusApp export could be read in %1."),
                   str(folder)), file=sys.stderr)
        return 1
    reps = merge_reps(exports)
    shared = shared_names(reps)
    for rep in reps:
        if rep.name.casefold() in shared:  # two people, or one who set FocusApp up again
            print(fill(translate("CommandLine", "%1: another rep is also named '%2' (another "
                                                "profile id): each is shown with its files."),
                       ", ".join(rep.files), rep.name), file=sys.stderr)
    per_rep = [(rep, tuple(team_rows([rep], week, today)), rep.name.casefold() in shared)
               for rep in reps]
    rows = [row for _, rep_rows, _ in per_rep for row in rep_rows]
    relays = team_relays(reps, week)
    written = []
    if csv_target and relays_target:
        _write(csv_target, team_csv(rows, week).encode("utf-8"))
        _write(relays_target, relays_csv(relays, week).encode("utf-8"))
        written += [csv_target, relays_target]
    if pdf_target:
        _write_team_pdf(pdf_target, week, per_rep, relays, len(exports), skipped)
        written.append(pdf_target)
    print(fill(translate("CommandLine", "Team report of %1: %2 rep(s) from %3 export(s), %4 "
                                        "role(s), written to %5."),
               str(week), str(len(reps)), str(len(exports)), str(len(rows)),
               translate("CommandLine", " and ").join(map(str, written))))
    return 0


def _read_exports(folder: Path) -> tuple[list[Export], list[tuple[str, ImportProblem]]]:
    """The exports under `folder`, and the files skipped (named on stderr) with why."""
    from focusapp.store.export import read_team_export
    from focusapp.store.import_check import ImportErrors

    exports = []
    skipped = []
    for path in sorted(folder.rglob("*.json")):
        checked = read_team_export(path)
        if isinstance(checked, ImportErrors):
            print(fill(translate("CommandLine", "%1: skipped: %2"), str(path),
                       str(checked.problems[0])), file=sys.stderr)
            skipped.append((str(path.relative_to(folder)), checked.problems[0]))
        else:
            exports.append(checked)
    return exports, skipped


def relays_path(csv_path: Path) -> Path:
    """Where the CSV of handoffs between roles goes: beside the team CSV, named after it."""
    return csv_path.with_name(f"{csv_path.stem}-handoffs{csv_path.suffix or '.csv'}")


def _write(target: Path, data: bytes) -> None:
    from focusapp.services.output import write_error
    from focusapp.store.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(target, data)
    except OSError as exc:  # the checked folder refused it anyway: say which file, and why
        raise write_error(target, exc) from exc


def _write_team_pdf(target: Path, week: IsoWeek,
                    per_rep: Sequence[tuple[Rep, tuple[TeamRow, ...], bool]],
                    relays: tuple[Relay, ...], exports: int,
                    skipped: Sequence[tuple[str, ImportProblem]]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from focusapp.ui.i18n import install_translator, pick_language
    from focusapp.ui.team_report import RepWeek, TeamReport, team_pdf

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "focusapp"])
    install_translator(app, pick_language(""))  # the system's language
    report = TeamReport(week, tuple(RepWeek(rep.name, rows, rep.files if shared else ())
                                    for rep, rows, shared in per_rep),
                        relays, exports, tuple(skipped))
    # Words in the report's language (install_translator made it the default locale), on
    # the paper of the system's country: A4, or Letter in the US and Canada.
    _write(target, team_pdf(report, QLocale()))
