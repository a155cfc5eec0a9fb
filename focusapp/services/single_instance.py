"""One running instance per data folder, and the channel the CLI uses to talk to it.

SPEC §12 "Only one instance writes": the first FocusApp started on a data folder listens on a
local socket (a Unix domain socket, a named pipe on Windows) whose name is derived from that
folder; a second launch finds it answering and hands its command over instead of opening the
data. Two profiles (`--data-dir`) get two names, so they can run side by side.

Protocol — one JSON object per line, UTF-8, newline-terminated, both ways:

    request   {"command": "status", "args": {}}
    response  {"ok": true, "result": {...}}
              {"ok": false, "error": "A plain sentence."}
              {"ok": false, "error": "…", "code": "timer.idle", "params": {...}}  (a coded
                refusal: the client says it in its own language)

A request line is at most `MAX_REQUEST_BYTES`; a longer one is answered with an error and the
connection is closed. Malformed JSON gets an error response; the server keeps serving.

Commands: ``"raise"`` is handled here (the server emits `raise_requested`; the app shows its
Today window). Every other command goes to the handler the app gives, ``(command, args) ->
result``; an exception it raises becomes ``{"ok": false, "error": str(exc)}``. What the
commands and their results are is `focusapp.commands` (typed, both sides); the client half
is `services.instance_client`.

Qt Core and Qt Network only: no widgets here.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDir, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from focusapp.core.errors import CodedError
from focusapp.services.instance_name import server_name

MAX_REQUEST_BYTES = 64 * 1024
IDLE_CONNECTION_MS = 30_000  # a client that connects and says nothing is dropped after this
LISTEN_LOCK_MS = 5_000
WAIT_SLICE_MS = 10  # see _exchange
RAISE_COMMAND = "raise"

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class InstanceError(Exception):
    """Talking to the running instance failed; `str(exc)` is a plain sentence."""


class NoInstanceRunning(InstanceError):
    """Nothing listens for this data folder."""


class InstanceTimeout(InstanceError):
    """An instance accepted the connection but did not answer within `seconds`."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class CommandRefused(InstanceError):
    """The running instance answered ``{"ok": false, "error": ...}``; `refusal` is the coded
    refusal when it sent one ("code", "params"), for the client to say in its language."""

    def __init__(self, message: str, refusal: CodedError | None = None) -> None:
        super().__init__(message)
        self.refusal = refusal


# ---- naming ---------------------------------------------------------------------------


def resolve_name(target: str | os.PathLike[str]) -> str:
    """A `str` is a server name as is; a `Path` (any os.PathLike) is a data folder."""
    if isinstance(target, str):
        return target
    return server_name(target)


# ---- wire format ----------------------------------------------------------------------


def encode_message(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _error(text: str) -> dict[str, Any]:
    return {"ok": False, "error": text}


def _refusal(error: CodedError) -> dict[str, Any]:
    """The English sentence for logs and older clients, and the code and parameters (as JSON
    has them: a path or a date as its text) for the client to translate."""
    params = json.loads(json.dumps(error.params, default=str))
    return {"ok": False, "error": str(error), "code": error.code, "params": params}


def refusal_of(response: dict[str, Any]) -> CodedError | None:
    """The coded refusal a response carries, if it carries one."""
    code, params = response.get("code"), response.get("params")
    if not isinstance(code, str) or not isinstance(params, dict):
        return None
    return CodedError(code, str(response.get("error", "")), **params)


def _parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Decode one request line; ValueError with a plain sentence when it is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValueError("The request is not valid JSON.") from None
    if not isinstance(message, dict):
        raise ValueError("The request must be a JSON object.")
    command = message.get("command")
    if not isinstance(command, str) or not command:
        raise ValueError('The request has no "command".')
    args = message.get("args", {})
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise ValueError('The request\'s "args" must be a JSON object.')
    return command, args


# ---- server ---------------------------------------------------------------------------


class _Connection(QObject):
    """One client: buffers bytes until a full line, answers each line in order."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._gone = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CONNECTION_MS)
        self._idle.timeout.connect(self.close)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._idle.start()
        # A client may have written, or even left (a listen() probe does), before these
        # signals were connected: look once the event loop is back.
        QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if self._gone:
            return
        if self._socket.bytesAvailable() > 0:
            self._on_ready_read()
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    def _on_ready_read(self) -> None:
        if self._closing:
            self._socket.readAll()  # drain and ignore: this stream can no longer be trusted
            return
        self._idle.start()
        self._buffer += self._socket.readAll().data()
        while not self._closing:
            end = self._buffer.find(b"\n")
            if end < 0:
                if len(self._buffer) > MAX_REQUEST_BYTES:
                    self._refuse_oversized()
                return
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            if len(line) > MAX_REQUEST_BYTES:
                self._refuse_oversized()
                return
            if line.strip():
                self._send(self._server._answer(line))

    def _refuse_oversized(self) -> None:
        limit = MAX_REQUEST_BYTES // 1024
        self._send(_error(f"The request is larger than {limit} KiB; it was not read."))
        self._buffer.clear()
        self.close()

    def _send(self, response: dict[str, Any]) -> None:
        # The handler may run a nested event loop in which the client leaves: then `_gone`.
        if not self._gone and self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self._socket.write(encode_message(response))
            self._socket.flush()

    def close(self) -> None:
        """Close after what was written has gone out."""
        self._closing = True
        if self._gone:
            return
        self._socket.disconnectFromServer()
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    def abort(self) -> None:
        self._closing = True
        if self._gone:
            return
        self._socket.abort()
        self._on_disconnected()

    def _on_disconnected(self) -> None:
        if self._gone:
            return
        self._gone = True
        self._closing = True
        self._idle.stop()
        self._server._forget(self)
        self._socket.deleteLater()
        self.deleteLater()


class InstanceServer(QObject):
    """Listens for the data folder it is given and answers one JSON line per request.

    `target` is a data folder (a `Path`) or a ready-made name (see `server_name`).
    `handler(command, args) -> result` answers every command but "raise"; until one is set
    (`set_handler`), those commands are refused with "still starting".
    """

    raise_requested = Signal()

    def __init__(
        self,
        target: str | os.PathLike[str],
        handler: Handler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = resolve_name(target)
        self._handler = handler
        self._server = QLocalServer(self)
        # Owner-only socket (Unix: file mode 0700 dir; Windows: the user's SID on the pipe).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._connections: list[_Connection] = []

    @property
    def name(self) -> str:
        return self._name

    def set_handler(self, handler: Handler | None) -> None:
        """The app listens first (so no second instance opens the data), then attaches this."""
        self._handler = handler

    def is_listening(self) -> bool:
        return self._server.isListening()

    def full_server_name(self) -> str:
        """The socket file path (Unix) or pipe path (Windows) once listening."""
        return self._server.fullServerName()

    def listen(self) -> bool:
        """Become the instance for this name; False if another instance answers on it.

        A lock file around probe + clean-up + listen keeps two launches started at the same
        moment from both deciding they are first (the second would delete the first's socket).
        """
        if self._server.isListening():
            return True
        lock = QLockFile(os.path.join(QDir.tempPath(), self._name + ".lock"))
        lock.setStaleLockTime(LISTEN_LOCK_MS * 2)
        if not lock.tryLock(LISTEN_LOCK_MS):
            # Another launch is in the middle of this very step: it will be the instance.
            return False
        try:
            return self._listen_locked()
        finally:
            lock.unlock()

    def _listen_locked(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self._name)
        answered = probe.waitForConnected(1000)
        refused = probe.error() == QLocalSocket.LocalSocketError.ConnectionRefusedError
        probe.abort()
        if answered:
            return False
        if self._server.listen(self._name):
            return True
        if refused or (self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError):
            # On Unix the socket is a file: a process that was killed (kill -9, a crash, a
            # power cut) never removed it, so it stays behind with nobody listening. We only
            # get here after a connection attempt failed, i.e. nobody answers on it: remove
            # it and listen again. (Windows named pipes vanish with their process.)
            QLocalServer.removeServer(self._name)
            return self._server.listen(self._name)
        return False

    def close(self) -> None:
        """Stop listening (removes the socket file) and drop every client."""
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()
        self._server.close()

    # -- internals ----------------------------------------------------------------------

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._connections.append(_Connection(socket, self))

    def _forget(self, connection: _Connection) -> None:
        with contextlib.suppress(ValueError):
            self._connections.remove(connection)

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            command, args = _parse_request(line)
        except ValueError as exc:
            return _error(str(exc))
        if command == RAISE_COMMAND:
            self.raise_requested.emit()
            return {"ok": True, "result": {}}
        if self._handler is None:
            return _error("FocusApp is still starting; try again in a moment.")
        try:
            result = self._handler(command, args)
        except CodedError as exc:  # a refusal the client words in its own language
            return _refusal(exc)
        except Exception as exc:  # the handler's refusal, told to the client
            return _error(str(exc) or type(exc).__name__)
        if result is None:
            result = {}
        try:
            json.dumps(result)
        except (TypeError, ValueError):
            return _error(f"The answer to '{command}' could not be written as JSON.")
        return {"ok": True, "result": result}
