"""The client half of the single-instance channel: send one command to the running app on a
data folder and read its answer, blocking, with no event loop (the CLI and the tests).

The server half, the names and the wire format are in `services.single_instance`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalSocket

from focusapp.services.single_instance import (
    MAX_REQUEST_BYTES,
    WAIT_SLICE_MS,
    CommandRefused,
    InstanceError,
    InstanceTimeout,
    NoInstanceRunning,
    encode_message,
    refusal_of,
    resolve_name,
)


def send_command(
    target: str | os.PathLike[str],
    command: str,
    args: dict[str, Any] | None = None,
    timeout_ms: int = 3000,
) -> dict[str, Any]:
    """Send one command to the running instance and return its `result`.

    Blocking (no event loop needed). `target` is a data folder (`Path`) or a server name.
    Raises `NoInstanceRunning`, `InstanceTimeout`, `CommandRefused` (the instance answered
    ``ok: false``; the message is its error) or `InstanceError` (an unreadable answer).
    """
    payload = encode_message({"command": command, "args": args or {}})
    response = exchange(resolve_name(target), payload, timeout_ms)
    if response.get("ok") is True:
        result = response.get("result", {})
        return result if isinstance(result, dict) else {"value": result}
    error = response.get("error")
    raise CommandRefused(error if isinstance(error, str) and error else "The command failed.",
                         refusal_of(response))


def exchange(name: str, payload: bytes, timeout_ms: int = 3000) -> dict[str, Any]:
    """Write raw `payload` to server `name`, read back one response line, decode it.

    The low-level half of `send_command`, public so tests can send malformed requests.
    """
    with _core_application():
        return _exchange(name, payload, timeout_ms)


def _exchange(name: str, payload: bytes, timeout_ms: int) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        if not socket.waitForConnected(remaining_ms()):
            if socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError:
                raise InstanceTimeout("FocusApp did not accept the connection in time.",
                                      timeout_ms / 1000)
            raise NoInstanceRunning("FocusApp is not running.")
        socket.write(payload)
        connected = QLocalSocket.LocalSocketState.ConnectedState
        # Every wait is cut into short slices: PySide keeps the GIL inside waitFor*(), and a
        # client called from a worker thread must not starve the Python code of the thread
        # that serves (the app's own, or a test's).
        while socket.bytesToWrite() > 0 and socket.state() == connected and remaining_ms():
            socket.waitForBytesWritten(min(WAIT_SLICE_MS, remaining_ms()))
        # A server that refuses an oversized request may close before it has read it all;
        # its answer is still there to be read, so a write cut short is not the end.
        buffer = bytearray()
        while b"\n" not in buffer:
            if socket.bytesAvailable() > 0:
                buffer += socket.readAll().data()
                if len(buffer) > MAX_REQUEST_BYTES * 16:
                    raise InstanceError("FocusApp's answer is too long to be read.")
                continue
            if socket.state() != connected:
                raise InstanceError("FocusApp closed the connection without answering.")
            left = remaining_ms()
            if left <= 0:
                raise InstanceTimeout(
                    f"FocusApp did not answer within {timeout_ms / 1000:g} seconds.",
                    timeout_ms / 1000)
            socket.waitForReadyRead(min(WAIT_SLICE_MS, left))
        line = bytes(buffer[: buffer.index(b"\n")])
    finally:
        socket.abort()
        # Gone now, in this thread. An exception's traceback keeps this frame, and with it
        # the wrapper, alive; the socket would then die later in another thread (a test's
        # main one), after its own thread's event dispatcher: Qt warns "QSocketNotifier:
        # current thread's event dispatcher has already been destroyed", or crashes.
        shiboken6.delete(socket)
    try:
        response = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InstanceError("FocusApp's answer could not be read.") from None
    if not isinstance(response, dict):
        raise InstanceError("FocusApp's answer could not be read.")
    return response


@contextlib.contextmanager
def _core_application() -> Any:
    """Make sure a QCoreApplication exists while Qt's sockets work; leave none behind.

    The CLI asks "is one running?" before it starts the GUI, and a QApplication cannot be
    created while a QCoreApplication is alive: one made here is shut down on the way out.
    """
    if QCoreApplication.instance() is not None:
        yield
        return
    app = QCoreApplication([sys.argv[0] if sys.argv and sys.argv[0] else "focusapp"])
    try:
        yield
    finally:
        app.shutdown()
        del app
