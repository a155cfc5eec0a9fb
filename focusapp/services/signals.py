"""SIGTERM and SIGINT (logout, shutdown, Ctrl+C) as a Qt signal, so the app quits the way
Quit does: blocking lifted, do-not-disturb given back, reflections flushed, the running
block checkpointed. A second signal exits at once.

Python runs a signal handler only when the interpreter gets control back, and the Qt event
loop may sleep in C++ for minutes: the C-level handler writes the signal's number to a
socket (`signal.set_wakeup_fd`) and a `QSocketNotifier` wakes the loop to read it.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitSignals(QObject):
    quit_requested = Signal(int)  # the signal's number

    def __init__(self, signals: Sequence[signal.Signals] = QUIT_SIGNALS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._received = 0
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _noted) for number in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            self._received += 1
            if self._received > 1:  # asked twice: the user (or the system) means now
                os._exit(128 + number)
            self.quit_requested.emit(number)

    def close(self) -> None:
        """Give the signals and the wake-up descriptor back (tests build several)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _noted(_number: int, _frame: object) -> None:
    """The Python-level handler does nothing: the wake-up byte carries the signal."""
