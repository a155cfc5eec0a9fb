"""A full disk, for real: a 1 MiB tmpfs in a private mount namespace (`unshare -m`, root)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

START_ON_A_FULL_DISK = """
import json, os, sys
from datetime import datetime, timedelta, timezone
from PySide6.QtCore import QCoreApplication
from focusapp.core.errors import CodedError
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store

app = QCoreApplication([])
folder = sys.argv[1]
now = lambda: datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
store, _ = Store.open(os.path.join(folder, "data"), now=now)
timer = FocusTimer(type("Clock", (), {"now": staticmethod(now),
                                      "monotonic": staticmethod(lambda: 1000.0)})(),
                   store, store.settings.get)
with open(os.path.join(folder, "filler"), "wb") as filler:  # the disk fills up
    try:
        while True:
            filler.write(b"x" * 65536)
            filler.flush()
    except OSError:
        pass
try:
    timer.start(StartRequest(minutes=25, role="solo"))
    refused = None
except CodedError as error:
    refused = [error.code, error.params]
print(json.dumps({"refused": refused, "state": timer.state.value,
                  "checkpoint": store.runtime.get_checkpoint() is not None}))
"""


def test_a_block_that_cannot_be_saved_does_not_start(tmp_path):
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    mount = tmp_path / "small"
    mount.mkdir()
    script = tmp_path / "start.py"
    script.write_text(START_ON_A_FULL_DISK)
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c",
         f'mount -t tmpfs -o size=1m tmpfs "{mount}" && exec "$0" "$1" "$2"',
         sys.executable, str(script), str(mount)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
             "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"refused": ["timer.not_saved", {"reason": "ENOSPC"}], "state": "idle",
                      "checkpoint": False}
