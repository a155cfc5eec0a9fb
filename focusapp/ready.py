"""`--exit-when-ready` (benchmarks/startup.py, the bundle check): the launch's measure.

Print when the tray and the Today window are up, print when the history is read (the streak
chips are shown: before the reminders, as in `FocusApp.start`, where its call is queued
first), load the rest of what comes after the first paint, a new user's wizard included (so
peak memory counts it), and quit.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from focusapp.app import FocusApp


def report_ready_and_quit(focus: FocusApp) -> None:
    focus.shell.show_today()
    QApplication.processEvents()
    # The CPU time beside the wall clock: on a shared machine it is what load leaves alone.
    print(f"ready {time.time():.6f} {time.process_time():.6f}", flush=True)
    focus.day_view.load_history()
    print(f"loaded {time.time():.6f}", flush=True)
    if focus.wizard_due():
        focus.windows.run_wizard(start_reminders=False)
    focus.reminders.start()
    focus.quit()
