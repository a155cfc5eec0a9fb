"""Screenshots of the real app's windows, for the user guide and for reviews of the UI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [en|fr] [dark]

Builds a throwaway data folder — an outbound prospector who took up Field Sales a year ago,
two years of blocks, a summer holiday — opens the app on it (no tray), sets a One Thing,
starts a 50-minute block and counts a few calls, then saves each window at its opening size:
today.png, start_block.png, review.png, history.png, settings_roles.png,
settings_blocking.png, wizard_roles.png. `dark` gives the app a dark desktop's palette
(offscreen has no colour scheme of its own), as the system would.

`make guide-shots` writes the English light set into docs/images/ (the guide shows them).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_history import FS, OP, dark_palette, seed

from focusapp.app import FocusApp, Options
from focusapp.core.roles import RoleId
from focusapp.services.clock import SystemClock
from focusapp.store.database import Store
from focusapp.ui.dialogs.start_block import StartBlockDialog
from focusapp.ui.i18n import install_translator
from focusapp.ui.today import StreakChip
from focusapp.ui.wizard import FirstRunWizard


def main(out: Path, language: str = "en", scheme: str = "light") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["focusapp"])
    if scheme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    translator = install_translator(app, language)
    clock = SystemClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-shots-"))
    store, report = Store.open(folder, now=clock.now)
    seed(store, clock.now().date())
    store.settings.save(store.settings.get().updated(
        language=language, blocked_domains=("facebook.com", "youtube.com", "lemonde.fr")))
    focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False),
                     translator)
    focus.start()
    focus.daily.set_one_thing(_one_thing(language), OP.value)
    focus.blocks.start_for(50, OP.value, "prospecting_block")
    focus.counting.count(7)
    shell = focus.shell

    def save(name: str, widget: QWidget) -> None:
        widget.show()
        settle(app, lambda: True)
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shell.show_today()
    # The history is read after the first paint, the blocking status checked then too.
    settle(app, lambda: bool(shell.today.findChildren(StreakChip)))
    save("today", shell.today)
    save("start_block", StartBlockDialog(focus.daily.roles(), (25, 50, 90)))
    shell.show_review(None)
    assert shell.review_window is not None
    shell.review_window.resize(1180, 1000)  # its opening size on a 1920×1080 screen
    save("review", shell.review_window)
    shell.show_history(OP.value)
    assert shell.history_window is not None
    shell.history_window.heatmap.move_cursor_to(clock.now().date() - timedelta(days=7))
    save("history", shell.history_window)
    focus.shell.actions.settings.trigger()
    settings = shell.settings_window
    assert settings is not None
    settings.tabs.setCurrentWidget(settings.roles_page)
    settings.roles_page.show_role(RoleId(FS.value))
    save("settings_roles", settings)
    settings.tabs.setCurrentWidget(settings.pages["blocking"])
    save("settings_blocking", settings)
    wizard = FirstRunWizard(focus.daily.settings(), focus.daily.roles())
    wizard.next()
    save("wizard_roles", wizard)
    sys.stdout.flush()
    # A throwaway process with windows open and a block running: leave without running
    # the Python-side destructors in an arbitrary order.
    os._exit(0)


def settle(app: QApplication, ready: Callable[[], bool], seconds: float = 20.0) -> None:
    """Turn the event loop until `ready()` (what the app does after its first paint), then
    a little more, for the layouts that follow."""
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(20):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def _one_thing(language: str) -> str:
    return ("Réserver 3 rendez-vous de découverte avec des directeurs logistique"
            if language == "fr" else "Book 3 discovery calls with logistics VPs")


if __name__ == "__main__":
    main(Path(sys.argv[1]), *sys.argv[2:4])
