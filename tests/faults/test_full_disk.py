"""A full disk, for real: a 1 MiB tmpfs in a private mount namespace (`unshare -m`, root).

Each scenario runs as Python scripts inside one namespace (the tmpfs lives as long as it does):
`PRELUDE` opens the store on the tmpfs with a clock the script moves (`at(minutes)`), and
`fill()` fills the disk with a file, `filler`, that the shell or the script deletes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = """
import json, os, sys
from datetime import datetime, timedelta, timezone
from PySide6.QtCore import QCoreApplication
from focusapp.core.errors import CodedError
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store

app = QCoreApplication([])
folder = sys.argv[1]
NINE = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
clock = type("Clock", (), {"t": NINE, "now": lambda self: self.t,
                           "monotonic": lambda self: 1000.0})()
def at(minutes):
    clock.t = NINE + timedelta(minutes=minutes)
store, _ = Store.open(os.path.join(folder, "data"), now=clock.now)
timer = FocusTimer(clock, store, store.settings.get)
def fill():
    with open(os.path.join(folder, "filler"), "wb") as filler:
        try:
            while True:
                filler.write(b"x" * 65536)
                filler.flush()
        except OSError:
            pass
"""

START_ON_A_FULL_DISK = PRELUDE + """
fill()
try:
    timer.start(StartRequest(minutes=25, role="solo"))
    refused = None
except CodedError as error:
    refused = [error.code, error.params]
print(json.dumps({"refused": refused, "state": timer.state.value,
                  "checkpoint": store.runtime.get_checkpoint() is not None}))
"""

# Started with room; at 10 minutes the heartbeat checkpoints it; then the disk fills and the
# block is stopped at 12 minutes.
STOP_ON_A_FULL_DISK = PRELUDE + """
block = timer.start(StartRequest(minutes=25, role="solo"))
at(10)
timer.check()
fill()
at(12)
stopped = timer.stop()
problem = timer.unsaved.problem(block.id)
print(json.dumps({"state": timer.state.value, "told": [problem.code, dict(problem.params)],
                  "warning": problem.message, "end": stopped.end.isoformat(),
                  "on_disk": store.blocks.get(block.id) is not None,
                  "retry_while_full": str(timer.unsaved.retry())}), flush=True)
"""

FREE_AND_RETRY = """
os.remove(os.path.join(folder, "filler"))
print(json.dumps({"retry": str(timer.unsaved.retry()), "waiting": len(timer.unsaved.blocks)}))
store.close()
reopened, _ = Store.open(os.path.join(folder, "data"), now=clock.now)
saved = reopened.blocks.get(block.id)
print(json.dumps({"end": saved.end.isoformat(), "outcome": saved.outcome.value,
                  "recovered": saved.recovered,
                  "checkpoint": reopened.runtime.get_checkpoint() is not None}))
"""

DIE = """
os.kill(os.getpid(), 9)  # the app dies while the block waits to be saved
"""

# The next start, after the filler was deleted and long after the block's due time.
RESTART = PRELUDE + """
at(180)
recovery = timer.recover()
saved = store.blocks.get(recovery.block.id)
print(json.dumps({"resumed": recovery.resumed, "end": saved.end.isoformat(),
                  "outcome": saved.outcome.value, "recovered": saved.recovered,
                  "checkpoint": store.runtime.get_checkpoint() is not None}))
"""


def in_a_small_disk(tmp_path: Path, *scripts: str) -> list[dict[str, object]]:
    """Run `scripts` one after the other on one fresh 1 MiB tmpfs (a script may die); what
    each printed, one JSON object a line. The shell deletes the filler between scripts."""
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    mount = tmp_path / "small"
    mount.mkdir()
    runs = []
    for index, text in enumerate(scripts):
        script = tmp_path / f"step{index}.py"
        script.write_text(text)
        runs.append(f'"$0" "{script}" "{mount}"; rm -f "{mount}/filler"')
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c",
         f'mount -t tmpfs -o size=1m tmpfs "{mount}" && ' + "; ".join(runs), sys.executable],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
             "HOME": str(tmp_path)},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_a_block_that_cannot_be_saved_does_not_start(tmp_path):
    [result] = in_a_small_disk(tmp_path, START_ON_A_FULL_DISK)
    assert result == {"refused": ["timer.not_saved", {"reason": "ENOSPC"}], "state": "idle",
                      "checkpoint": False}


def test_stop_works_on_a_full_disk_and_the_block_is_saved_when_space_returns(tmp_path):
    stop, retry, reopened = in_a_small_disk(tmp_path, STOP_ON_A_FULL_DISK + FREE_AND_RETRY)
    assert stop == {
        "state": "idle", "told": ["timer.stop_not_saved", {"reason": "ENOSPC"}],
        "warning": "Your focus block is stopped but could not be saved: the disk is full. "
                   "FocusApp keeps it and will save it as soon as it can.",
        "end": "2026-11-23T09:12:00+01:00", "on_disk": False,
        "retry_while_full": "[Errno 28] No space left on device"}
    assert retry == {"retry": "None", "waiting": 0}
    assert reopened == {"end": "2026-11-23T09:12:00+01:00", "outcome": "partial",
                        "recovered": False, "checkpoint": False}


def test_an_app_killed_while_the_block_waits_recovers_it_at_the_next_start(tmp_path):
    stop, restart = in_a_small_disk(tmp_path, STOP_ON_A_FULL_DISK + DIE, RESTART)
    assert stop["state"] == "idle" and not stop["on_disk"]
    # No room even to note the stop: the checkpoint of 09:10 is what the disk kept, and the
    # next start closes the block there, as after any crash.
    assert restart == {"resumed": False, "end": "2026-11-23T09:10:00+01:00",
                       "outcome": "partial", "recovered": True, "checkpoint": False}
