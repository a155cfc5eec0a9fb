"""A launch shows its tray, its Today window and its streak chips without loading the `Qt`
namespace, whose first use creates 94 enums at once: 8–10 ms of each launch (issue 15,
services/qt_keys.py). The real app runs to its "ready" and "loaded" lines; a probe around
`focusapp.ready` says whether PySide6.QtCore holds the namespace at each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import seed

PROBE = """
import sys
import PySide6.QtCore as QtCore
from focusapp import ready

def say(moment):
    print(moment, "Qt" in vars(QtCore), flush=True)

def probed(focus):
    load = focus.day_view.load_history
    def load_and_say():
        say("qt-at-ready")
        load()
        say("qt-at-loaded")
    focus.day_view.load_history = load_and_say
    real(focus)

real, ready.report_ready_and_quit = ready.report_ready_and_quit, probed
from focusapp.__main__ import main
raise SystemExit(main(sys.argv[1:]))
"""


def probe(data_dir: Path, env: dict[str, str]) -> list[str]:
    run = subprocess.run([sys.executable, "-c", PROBE, "--exit-when-ready", "--data-dir",
                          str(data_dir)], env=env, capture_output=True, text=True, timeout=120,
                         check=True)
    return [line for line in run.stdout.splitlines() if line.startswith("qt-at-")]


def seeded(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    seed(folder)  # two roles: their streak chips are shown at "loaded"
    return folder


def test_the_tray_today_and_the_chips_come_without_the_qt_namespace(tray_host, display,
                                                                    tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    assert probe(seeded(tmp_path), env) == ["qt-at-ready False", "qt-at-loaded False"]


def test_without_a_tray_the_warning_comes_without_it_too(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # no tray: Today says why
    assert probe(seeded(tmp_path), env) == ["qt-at-ready False", "qt-at-loaded False"]
    assert probe(tmp_path / "new", env) == ["qt-at-ready False", "qt-at-loaded False"]
