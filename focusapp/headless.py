"""Commands that need the data but no running app: they open the folder in this process
(the store's lock makes sure no app holds it) and render offscreen, so scripts need no
display."""

from __future__ import annotations

import os
import sys
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
