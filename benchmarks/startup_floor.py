"""The floor under the start-up ratio: a tray app with a Today-like window and nothing else.

    .venv/bin/python benchmarks/startup_floor.py [--runs 9]

Times three programs from spawn to their "ready" line, interleaved, on one Xvfb display with
a tray host (benchmarks/startup.py's): the bare PySide6 window the start-up figure divides
by; a "floor" program that shows what FocusApp's first paint must show, written with no
domain code at all (a tray icon drawn with QPainter, a window with a menu bar, labels,
buttons, a tool button's menu and a grid, alignment flags from the `Qt` namespace, a JSON
settings file read); and FocusApp itself, a new user's launch. The floor's ratio is what no
amount of deferring FocusApp's own modules can go below (docs/performance.md, "Start-up").
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import startup  # type: ignore[import-not-found]  # noqa: E402

FLOOR = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QMainWindow, QMenu,
                               QPushButton, QSystemTrayIcon, QToolButton, QVBoxLayout, QWidget)

settings = Path(tempfile.mkdtemp()) / "settings.json"
settings.write_text(json.dumps({"language": "en", "day_start": "08:00"}))
json.loads(settings.read_text())
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(64, 64)
pixmap.fill(Qt.GlobalColor.transparent)
painter = QPainter(pixmap)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
painter.setPen(QPen(QColor("#2e7d32"), 8))
painter.drawArc(QRectF(6, 6, 52, 52), 90 * 16, -270 * 16)
painter.setFont(QFont("Sans", 20, QFont.Weight.Bold))
painter.drawText(QRectF(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, "25")
painter.end()
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
for name in ("Start", "Pause", "Stop", "Today", "Review", "Settings", "Quit"):
    menu.addAction(name)
tray.setContextMenu(menu)
window = QMainWindow()
for title in ("Block", "Day", "Data", "Help"):
    bar = window.menuBar().addMenu(title)
    for n in range(4):
        bar.addAction(f"{title} {n}")
body = QWidget()
column = QVBoxLayout(body)
column.addWidget(QLabel("<b>No One Thing yet today</b>"), 0, Qt.AlignmentFlag.AlignLeft)
for text in ("Set my One Thing", "Start a focus block", "Count a call"):
    column.addWidget(QPushButton(text))
more = QToolButton()
more.setText("More")
more.setMenu(menu)
more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
column.addWidget(more)
grid = QGridLayout()
for row in range(6):
    grid.addWidget(QLabel(f"Role {row}"), row, 0)
    grid.addWidget(QLabel("0 of 3 blocks"), row, 1, Qt.AlignmentFlag.AlignRight)
column.addLayout(grid)
window.setCentralWidget(body)
tray.show()
window.show()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "focusapp")],
                   check=True)
    env, helpers = startup.start_display()
    programs = {
        "bare window": [sys.executable, "-c", startup.bare_window()],
        "floor: a tray app with a Today-like window": [sys.executable, "-c", FLOOR + startup.READY],
        "FocusApp, a new user": [sys.executable, "-m", "focusapp", "--exit-when-ready"],
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    try:
        with tempfile.TemporaryDirectory() as root:
            for n in range(args.runs + 1):
                for name, argv in programs.items():
                    folder = Path(root) / f"{n}-{len(times[name])}"
                    run = [*argv, "--data-dir", str(folder)] if "focusapp" in argv else argv
                    seconds, _ = startup.timed_run(run, env, cwd=ROOT)
                    if n:  # the first round warms the disk cache and the dataclass cache
                        times[name].append(seconds)
    finally:
        for helper in helpers:
            helper.terminate()
    bare = statistics.median(times["bare window"])
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"median of {args.runs} runs each; load average {load}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{median * 1000:8.0f} ms {median / bare:6.2f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
