"""The GUI process: its QApplication, the data folder's store opened (or why not, in a dialog),
the app built on it (`focusapp.app`), started, and run until it quits."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from focusapp import lazy_module
from focusapp.app import AFTER_FIRST_PAINT_MS, FocusApp, Options
from focusapp.services.app_identity import set_app_user_model_id
from focusapp.services.clock import SystemClock
from focusapp.store.database import Store
from focusapp.store.errors import StoreError
from focusapp.ui.i18n import install_translator, pick_language
from focusapp.ui.shell import tell_cannot_start

if TYPE_CHECKING:
    from focusapp.services import signals
else:  # its socket pair's imports (4 ms) wait for the first paint
    signals = lazy_module("focusapp.services.signals")

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def run(data_dir: Path, argv: list[str], options: Options | None = None) -> int:
    """Start the tray app on `data_dir`; returns the process exit code."""
    set_app_user_model_id()  # Windows: before the first window or tray icon, as it asks
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("FocusApp")
    app.setQuitOnLastWindowClosed(False)
    clock = SystemClock()
    try:
        # The store's lock is what makes this the only writer of the folder: a second
        # process stops here with the pid of the first.
        store, report = Store.open(data_dir, now=clock.now)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        tell_cannot_start(app, error)
        return 1
    translator = install_translator(app, pick_language(store.settings.get().language))
    focus = FocusApp(clock, store, report, options, translator)
    app.commitDataRequest.connect(lambda _manager: focus.commit_data())  # logout
    focus.start()
    # Right after the first paint: SIGTERM and SIGINT quit as Quit does (before, a signal
    # ends the process as it would any, with nothing of the app's to save yet), then the
    # CLI and a second launch are served.
    QTimer.singleShot(AFTER_FIRST_PAINT_MS, focus, lambda: signals.QuitSignals(
        parent=focus).quit_requested.connect(focus.quit))
    QTimer.singleShot(AFTER_FIRST_PAINT_MS, focus, lambda: serve_commands(focus))
    try:
        return app.exec()
    finally:
        store.close()


def serve_commands(focus: FocusApp) -> None:
    """Answer the command line and a second launch on this process's socket (QtNetwork loads
    here, after the first paint)."""
    from focusapp.services.single_instance import InstanceServer

    server = InstanceServer(focus.store.data_dir, focus.command_server().handle, parent=focus)
    server.raise_requested.connect(focus.shell.bring_to_front)
    if not server.listen():  # only if another process took the socket name
        focus.shell.notify(translate("FocusApp", "FocusApp"), translate(
            "FocusApp", "Commands from the command line are unavailable in this session."))
