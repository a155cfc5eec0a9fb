"""The streak history view at scale: five years of history (benchmarks/storage.py's generator).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py [--years 5] [--shot F.png]

Times, with the history already in memory and the Today view computed (as in the running
app), the history window from construction to its first painted frame, and a move a month
back; side by side with a baseline measured in the same run (a bare window with an empty
QtCharts view, as benchmarks/review.py). Issue #17 asks for first paint <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication
from review import baseline_paint, ms, opened_history  # type: ignore[import-not-found]

from focusapp.ui.history import HistoryWindow
from focusapp.ui.review_model import ReviewProvider


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--shot", type=Path, help="save the window as this PNG")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store, daily, blocks = opened_history(Path(folder), args.years)
        daily.totals()
        daily.today_view()
        provider = ReviewProvider.from_daily(daily, store.reviews)
        for run in range(3):
            print(f"baseline: bare window + empty chart view to first paint (run {run + 1}): "
                  f"{baseline_paint(app):.0f} ms")
        for run in range(3):
            start = time.perf_counter()
            window = HistoryWindow(provider.facts)
            window.show()
            app.processEvents()
            shot = window.grab()  # forces the first full paint
            print(f"history window, construction to first paint (run {run + 1}): "
                  f"{ms(start):.0f} ms ({blocks} blocks)")
            if args.shot and run == 0:
                shot.save(str(args.shot))
            start = time.perf_counter()
            window.previous.click()
            window.grab()
            print(f"a month back (run {run + 1}): {ms(start):.0f} ms")
            window.close()
            window.deleteLater()
            app.processEvents()
        store.close()
    del app


if __name__ == "__main__":
    main()
