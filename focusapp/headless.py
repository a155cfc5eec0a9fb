"""Commands that need the data but no running app: they open the folder in this process
(the store's lock makes sure no app holds it) and render offscreen, so scripts need no
display."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

from focusapp.core.days import IsoWeek


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


def team_report(folder: Path, week_text: str | None, csv_path: Path, data_dir: Path,
                today: date | None = None) -> int:
    """`focusapp team-report DIR --csv FILE`: the reps' exports found under `folder` (their
    team drive, as it is), one row per rep and role. A file that is not a FocusApp export is
    named and skipped; several exports of one rep are one rep. Exit 0, or 1 if none could
    be read."""
    from focusapp.core.team import merge_reps, team_csv, team_rows
    from focusapp.services.output import check_output
    from focusapp.store.atomic import atomic_write_bytes
    from focusapp.store.export import read_team_export
    from focusapp.store.import_check import ImportErrors

    target = check_output(csv_path, data_dir)
    today = today or datetime.now().astimezone().date()  # the manager's today
    week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(today)
    exports = []
    for path in sorted(folder.rglob("*.json")):
        checked = read_team_export(path)
        if isinstance(checked, ImportErrors):
            print(f"{path}: skipped: {checked.problems[0]}", file=sys.stderr)
        else:
            exports.append(checked)
    if not exports:
        print(f"No FocusApp export could be read in {folder}.", file=sys.stderr)
        return 1
    reps = merge_reps(exports)
    rows = team_rows(reps, week, today)
    atomic_write_bytes(target, team_csv(rows, week).encode("utf-8"))
    print(f"Team report of {week}: {len(reps)} rep(s) from {len(exports)} export(s), "
          f"{len(rows)} role(s), written to {target}.")
    return 0
