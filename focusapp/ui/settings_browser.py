"""Settings → Blocking's browser extension box: whether a browser with the extension is
connected, and "Install in my browsers" / "Remove" for the native-messaging host the
extension talks to the app through (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from focusapp.core.text import fill
from focusapp.ui.browser_setup import BrowserSetup

REFRESH_MS = 1000  # while shown: a browser may come or go at any time

BROWSER_NAMES = {"chromium": "Chromium", "chrome": "Google Chrome", "edge": "Microsoft Edge",
                 "brave": "Brave", "firefox": "Firefox"}


def _names(browsers: list[str]) -> str:
    return ", ".join(BROWSER_NAMES.get(name, name) for name in browsers)


class BrowserBox(QGroupBox):
    def __init__(self, setup: BrowserSetup, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BrowserBox", "Browser extension"), parent)
        self._setup = setup
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()  # until a click has something to say
        self.install = QPushButton(QCoreApplication.translate("BrowserBox",
                                                              "Install in my browsers"))
        self.remove = QPushButton(QCoreApplication.translate("BrowserBox", "Remove"))
        self.install.clicked.connect(self._install)
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: object) -> None:
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: object) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        translate = QCoreApplication.translate
        if self._setup.connected():
            text = translate("BrowserBox", "Connected: pages are blocked by path, and web time "
                             "is measured from the page in front.")
        elif self._setup.installed():
            text = fill(translate("BrowserBox", "Not connected. Installed for: %1. Add the "
                                  "FocusApp extension to the browser (see the README)."),
                        _names(self._setup.installed()))
        else:
            text = translate("BrowserBox", "Not installed: blocked pages need the FocusApp "
                             "extension, and this app installed in your browsers.")
        self.state.setText(text)
        self.remove.setEnabled(bool(self._setup.installed()))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def _install(self) -> None:
        translate = QCoreApplication.translate
        if not self._setup.found():
            self._say(translate("BrowserBox", "No Chromium, Chrome, Edge, Brave or "
                                           "Firefox profile was found in your home folder."))
            return
        try:
            done = self._setup.install()
        except OSError as error:
            self._say(fill(translate("BrowserBox", "The browsers' files could not "
                                                "be written: %1"), error.strerror or error))
            return
        self._say(fill(translate("BrowserBox", "Installed for: %1."), _names(done)))
        self.refresh()

    def _remove(self) -> None:
        translate = QCoreApplication.translate
        try:
            done = self._setup.remove()
        except OSError as error:
            self._say(fill(translate("BrowserBox", "The browsers' files could not "
                                                "be removed: %1"), error.strerror or error))
            return
        self._say(fill(translate("BrowserBox", "Removed from: %1."), _names(done)))
        self.refresh()
