"""SIGTERM and SIGINT reach the event loop as a Qt signal; a second one exits at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.services.signals import QuitSignals

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def quit_signals(qtbot) -> Iterator[QuitSignals]:
    watcher = QuitSignals()
    yield watcher
    watcher.close()


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_quit_signal_arrives_in_the_event_loop(quit_signals, qtbot, number):
    with qtbot.waitSignal(quit_signals.quit_requested, timeout=5000) as arrived:
        os.kill(os.getpid(), number)
    assert arrived.args == [int(number)]


def test_closing_gives_the_handlers_back(qtbot):
    before = signal.getsignal(signal.SIGTERM)
    watcher = QuitSignals()
    assert signal.getsignal(signal.SIGTERM) is not before
    watcher.close()
    assert signal.getsignal(signal.SIGTERM) is before


SLOW_TO_QUIT = """
import sys
from PySide6.QtCore import QCoreApplication
from focusapp.services.signals import QuitSignals
app = QCoreApplication([])
signals = QuitSignals()
signals.quit_requested.connect(lambda n: print("quitting slowly", flush=True))
print("ready", flush=True)
sys.exit(app.exec())
"""


def test_a_second_signal_exits_at_once():
    with subprocess.Popen([sys.executable, "-c", SLOW_TO_QUIT], cwd=ROOT, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        process.send_signal(signal.SIGTERM)
        assert process.stdout.readline().strip() == "quitting slowly"  # the first: graceful
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 128 + signal.SIGTERM  # the second: now
        process.communicate()
