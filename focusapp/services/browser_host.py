"""The native-messaging host: the browser extension's way to the running app (issue 14).

The browser starts this program when the extension connects, and talks to it on
stdin/stdout in the native-messaging framing (each message a 4-byte length in native byte
order, then that many bytes of UTF-8 JSON). The program relays each message, unchanged, to
the app's browser socket as one JSON line, and each line from the app back to the browser
as one frame. It holds no rules of its own: the app decides (services/browser_link.py).

When the app is not running, the program waits and tries again every few seconds, and says
the extension's last "hello" again on each new connection, so the app knows a browser is
there. It stops when the browser closes the pipe.

Standard library only (the browser starts it with no environment worth the name), and no
focusapp import beyond this file: `python -m focusapp.services.browser_host --socket PATH`,
as the launcher the app writes does (services/browser_install.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import struct
import sys
import threading
from typing import Any, BinaryIO

MAX_MESSAGE_BYTES = 1024 * 1024  # what Chromium allows from a host; more is refused
RETRY_SECONDS = 2.0
_LENGTH = struct.Struct("=I")  # native byte order, as the browsers write it


def read_frame(stream: BinaryIO) -> dict[str, Any] | None:
    """The next message from the browser; None when it closed the pipe."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(header)
    if length > MAX_MESSAGE_BYTES:
        raise ValueError(f"a message of {length} bytes is more than a browser sends")
    body = stream.read(length)
    message = json.loads(body.decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("a message must be a JSON object")
    return message


def write_frame(stream: BinaryIO, message: dict[str, Any]) -> None:
    body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    stream.write(_LENGTH.pack(len(body)) + body)
    stream.flush()


class Relay:
    """Browser frames to app lines and back, over one app connection at a time."""

    def __init__(self, path: str, browser_in: BinaryIO, browser_out: BinaryIO) -> None:
        self._path = path
        self._in = browser_in
        self._out = browser_out
        self._lock = threading.Lock()  # guards the app socket and the hello
        self._app: socket.socket | None = None
        self._hello: dict[str, Any] | None = None
        self._closed = threading.Event()

    def run(self) -> None:
        threading.Thread(target=self._from_browser, daemon=True).start()
        while not self._closed.is_set():
            connection = self._connect()
            if connection is None:
                self._closed.wait(RETRY_SECONDS)
                continue
            self._from_app(connection)

    def _connect(self) -> socket.socket | None:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(self._path)
        except OSError:  # no app running (yet): try again later
            connection.close()
            return None
        with self._lock:
            if self._closed.is_set():  # the browser left while this connected: no relay
                connection.close()  # (the browser's side saw no connection to shut down)
                return None
            self._app = connection
            if self._hello is not None:
                self._send_locked(self._hello)
        return connection

    def _from_app(self, connection: socket.socket) -> None:
        with connection, connection.makefile("rb") as lines:
            for line in lines:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if isinstance(message, dict):
                    write_frame(self._out, message)
        with self._lock:
            self._app = None

    def _from_browser(self) -> None:
        try:
            while (message := read_frame(self._in)) is not None:
                with self._lock:
                    if message.get("type") == "hello":
                        self._hello = message
                    self._send_locked(message)
        except (ValueError, OSError):
            pass  # a broken pipe or a garbled frame: the browser starts a new host if needed
        self._closed.set()
        with self._lock:
            if self._app is not None:
                with contextlib.suppress(OSError):  # the app's side may be gone already
                    self._app.shutdown(socket.SHUT_RDWR)

    def _send_locked(self, message: dict[str, Any]) -> None:
        if self._app is None:
            return
        line = json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            self._app.sendall(line.encode("utf-8"))
        except OSError:
            self._app.close()  # the app went away: the reading side sees it and reconnects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="focusapp-browser-host")
    parser.add_argument("--socket", required=True, help="the app's browser socket")
    # The browser adds its own arguments (the extension's origin, a window handle): ignored.
    options, _browser_args = parser.parse_known_args(argv)
    Relay(options.socket, sys.stdin.buffer, sys.stdout.buffer).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
