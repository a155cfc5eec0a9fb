"""The weekly review at scale: five years of history (benchmarks/storage.py's generator).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/review.py [--years 5]

Times, with the history already in memory and the Today view computed (as in the running
app, where the daily loop has read it after the first paint): the review window from
construction to its first painted frame, moving to the previous week, and the one-page PDF
export. Issue #5 asks for
first paint <= 300 ms and PDF <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from storage import NOW, TODAY, history, write_history  # type: ignore[import-not-found]

from focusapp.core.days import IsoWeek
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.report import export_pdf
from focusapp.ui.review import ReviewWindow
from focusapp.ui.review_model import ReviewProvider


class _Clock:
    def now(self):  # type: ignore[no-untyped-def]
        return NOW

    def monotonic(self) -> float:
        return time.monotonic()


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def baseline_paint(app: QApplication) -> float:
    """Same run, same process: a bare QMainWindow holding one empty QtCharts view, from
    construction to its first painted frame (the first call also pays QtCharts' start)."""
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtWidgets import QMainWindow

    start = time.perf_counter()
    window = QMainWindow()
    window.setCentralWidget(QChartView(QChart()))
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    window.grab()
    elapsed = ms(start)
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def opened_history(data_dir: Path, years: float) -> tuple[Store, DailyLoop, int]:
    """`years` of storage.py's history written into `data_dir` and opened, with the daily
    loop on it (not read yet); and how many blocks it holds."""
    blocks, days, events = history(random.Random(5), int(years * 250), 20)
    write_history(data_dir, blocks, days, events)
    store, _ = Store.open(data_dir, now=lambda: NOW)
    return store, DailyLoop(_Clock(), store), len(blocks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        store, daily, blocks = opened_history(data_dir, args.years)
        start = time.perf_counter()
        daily.totals()
        daily.today_view()  # as the app does once the history is read: progress is cached
        print(f"history read (once per app run, after the Today window's first paint): "
              f"{ms(start):.0f} ms, {blocks} blocks")
        provider = ReviewProvider.from_daily(daily, store.reviews)
        for run in range(3):
            print(f"baseline: bare window + empty chart view to first paint (run {run + 1}): "
                  f"{baseline_paint(app):.0f} ms")
        for run in range(3):
            start = time.perf_counter()
            window = ReviewWindow(provider, IsoWeek.of(TODAY).shifted(-1))
            window.show()
            app.processEvents()
            window.grab()  # forces the first full paint
            print(f"review window, construction to first paint (run {run + 1}): "
                  f"{ms(start):.0f} ms")
            window.close()
            window.deleteLater()
            app.processEvents()
        window = ReviewWindow(provider)
        start = time.perf_counter()
        window.previous_week()
        app.processEvents()
        print(f"previous week (progress reused): {ms(start):.0f} ms")
        pdf = data_dir / "review.pdf"
        start = time.perf_counter()
        export_pdf(window.review, pdf, QLocale("en_GB"), provider.load_reflections(window.week),
                   window.week_results)  # as the window exports it: with the funnels
        print(f"PDF export: {ms(start):.0f} ms, {pdf.stat().st_size // 1024} KiB")
        window.close()
        store.close()
    # The window goes before the application: deleted after it, at the function's end, it
    # crashed once in `make bench` ("shared QObject was deleted directly", then malloc).
    window.deleteLater()
    app.processEvents()
    del window
    del app


if __name__ == "__main__":
    main()
