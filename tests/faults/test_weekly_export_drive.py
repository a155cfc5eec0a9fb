"""The weekly export's folder full, then read-only, for real: a 1 MiB tmpfs in a private
mount namespace (`unshare -m`, root). Each fault is said once, in a sentence; nothing half
written is left on the drive; the week stays due and goes out once the drive takes it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, os, subprocess, sys
from datetime import datetime, timedelta, timezone
from PySide6.QtCore import QCoreApplication
from focusapp.services.weekly_export import LAST_WEEK, WeeklyExport
from focusapp.store.database import Store
from focusapp.ui.problems import problem_message

app = QCoreApplication([])
drive, data = sys.argv[1], sys.argv[2]
clock = type("Clock", (), {"now": lambda self: datetime(2026, 11, 30, 9, 0,
                           tzinfo=timezone(timedelta(hours=1))), "monotonic": lambda self: 1.0})()
store, _ = Store.open(data, now=clock.now)
store.settings.save(store.settings.get().updated(weekly_export_folder=drive))
exporter = WeeklyExport(clock, store, store.settings.get)
told = []
exporter.failed.connect(lambda problem: told.append(problem_message(problem)))
def step(name):
    written = exporter.check()
    print(json.dumps({"step": name, "written": written is not None, "told": told[:],
                      "drive": sorted(os.listdir(drive)), "last": store.runtime.get(LAST_WEEK)}),
          flush=True)
with open(os.path.join(drive, "filler"), "wb") as filler:
    try:
        while True:
            filler.write(b"x" * 65536)
            filler.flush()
    except OSError:
        pass
step("full")
step("full again")
os.remove(os.path.join(drive, "filler"))
subprocess.run(["mount", "-o", "remount,ro", drive], check=True)
step("read-only")
subprocess.run(["mount", "-o", "remount,rw", drive], check=True)
step("writable")
"""


def test_a_full_then_read_only_drive_is_said_once_each_and_the_week_goes_out_after(
        tmp_path: Path) -> None:
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    drive = tmp_path / "drive"
    drive.mkdir()
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o size=1m tmpfs "{drive}" && '
         f'"$0" "{script}" "{drive}" "{tmp_path / "data"}"', sys.executable],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
             "HOME": str(tmp_path), "LANG": "C.UTF-8"})
    assert "Traceback" not in done.stderr, done.stderr
    full, again, read_only, writable = [json.loads(line) for line in done.stdout.splitlines()]
    no_room = (f"Your weekly export could not be written to {drive}: the disk is full. "
               "FocusApp tries again every hour.")
    assert full == {"step": "full", "written": False, "told": [no_room],
                    "drive": ["filler"], "last": None}  # no half file, no temp file
    assert again["told"] == [no_room]  # tried again, not said again
    assert read_only["told"] == [no_room, (
        f"Your weekly export could not be written to {drive}: it is on a read-only disk. "
        "FocusApp tries again every hour.")]
    assert read_only["drive"] == [] and read_only["last"] is None
    assert writable["written"] and writable["last"] == "2026-W48"
    [name] = writable["drive"]
    assert name.endswith("-2026-W48.json")
