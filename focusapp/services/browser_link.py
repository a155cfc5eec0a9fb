"""The app's end of the browser extension's channel (issue 14).

A local socket of its own, next to the command socket (`services.single_instance`): the
command protocol answers one request with one response, while here the app speaks first,
whenever a block starts or ends. Each browser's native-messaging host
(`services.browser_host`) connects and relays the extension's messages, one JSON object per
line both ways:

    extension -> app   {"type": "hello", "version": "1.0.0"}
                       {"type": "visit", "url": "https://www.linkedin.com/feed/",
                        "blocked": true}        (the front tab: scheme, host, path only)
    app -> extension   {"type": "rules", "rules": [...], "until": <ms since the epoch>,
                        "page": {...the blocked page's words...}}   (no rules: lifted)

A connection counts as a browser once it has said hello; it is sent the current rules then,
so a browser opened during a block blocks at once.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from focusapp.services.instance_name import server_name

log = logging.getLogger(__name__)
MAX_LINE_BYTES = 64 * 1024
NO_RULES: dict[str, Any] = {"type": "rules", "rules": [], "until": 0, "page": {}}


def link_name(data_dir: str | os.PathLike[str]) -> str:
    """The browser socket's name for a data folder: two profiles, two channels."""
    return server_name(data_dir) + "-web"


class _Browser(QObject):
    """One host's connection: lines in, lines out."""

    def __init__(self, socket: QLocalSocket, link: BrowserLink) -> None:
        super().__init__(link)
        self.socket = socket
        self.hello = False
        self._link = link
        self._buffer = bytearray()
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(lambda: link._forget(self))

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n"
        self.socket.write(line.encode("utf-8"))
        self.socket.flush()

    def _read(self) -> None:
        self._buffer += self.socket.readAll().data()
        while (end := self._buffer.find(b"\n")) >= 0:
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            self._link._receive(self, line)
        if len(self._buffer) > MAX_LINE_BYTES:  # not a host of ours: drop it
            self.socket.abort()


class BrowserLink(QObject):
    """Listens for the browsers' hosts; `send_rules` reaches every browser connected."""

    connection_changed = Signal()
    visited = Signal(str, bool)  # the front tab's page ("" when none), shown blocked

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._browsers: list[_Browser] = []
        self._rules: dict[str, Any] = NO_RULES

    def listen(self) -> bool:
        QLocalServer.removeServer(self._name)  # a socket file a crashed app left behind
        if not self._server.listen(self._name):
            log.warning("browser link: cannot listen on %s: %s", self._name,
                        self._server.errorString())
            return False
        return True

    @property
    def path(self) -> str:
        """The socket file the hosts connect to (written in their launcher)."""
        return self._server.fullServerName()

    @property
    def connected(self) -> bool:
        """A browser with the extension is connected now."""
        return any(browser.hello for browser in self._browsers)

    def send_rules(self, message: dict[str, Any]) -> None:
        """The block's rules for every browser (NO_RULES lifts them)."""
        self._rules = message
        for browser in self._browsers:
            if browser.hello:
                browser.send(message)

    def close(self) -> None:
        self._server.close()
        for browser in list(self._browsers):
            browser.socket.abort()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._browsers.append(_Browser(socket, self))

    def _forget(self, browser: _Browser) -> None:
        if browser in self._browsers:
            self._browsers.remove(browser)
            browser.deleteLater()
            if browser.hello:
                self.connection_changed.emit()

    def _receive(self, browser: _Browser, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return
        if not isinstance(message, dict):
            return
        if message.get("type") == "hello":
            first = not browser.hello
            browser.hello = True
            browser.send(self._rules)
            if first:
                self.connection_changed.emit()
        elif message.get("type") == "visit" and browser.hello:
            url, blocked = message.get("url"), message.get("blocked")
            if isinstance(url, str) and isinstance(blocked, bool):
                self.visited.emit(url, blocked)
