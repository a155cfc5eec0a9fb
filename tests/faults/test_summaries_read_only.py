"""The daily summaries on a read-only blocks folder (a real read-only bind mount): they
cannot be written, so they are made in memory, and the numbers are the same."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from tests.conftest import FakeClock
from tests.faults.test_read_only import run_unshared, snapshot
from tests.store.test_summaries import NOW, OP, a_block, write

NUMBERS = """
import json, sys
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from tests.conftest import FakeClock
app = QCoreApplication([])
clock = FakeClock(datetime.fromisoformat(sys.argv[2]))
store, _ = Store.open(Path(sys.argv[1]), now=clock.now)
with store:
    streak = DailyLoop(clock, store).today_view().streaks[sys.argv[3]]
    print(json.dumps([streak.current, streak.best, streak.strength, streak.consistency]))
"""


def numbers(folder: Path, clock: FakeClock) -> list[object]:
    with Store.open(folder, now=clock.now)[0] as store:
        streak = DailyLoop(clock, store).today_view().streaks[OP.value]
        return [streak.current, streak.best, streak.strength, streak.consistency]


def test_summaries_that_cannot_be_written_are_made_in_memory(tmp_path, qapp):
    folder = tmp_path / "data"
    write(folder, [a_block(n * 3 + k, NOW.date() - timedelta(days=n))
                   for n in range(1, 60) if (NOW.date() - timedelta(days=n)).weekday() < 5
                   for k in range(3)], [], [], "04:00")
    clock = FakeClock(NOW)
    expected = numbers(folder, clock)  # made and written here, then thrown away
    for path in (folder / "blocks").glob("*.summary.json"):
        path.unlink()
    blocks = snapshot(folder / "blocks")
    run = run_unshared(folder / "blocks", [sys.executable, "-c", NUMBERS, str(folder),
                                           NOW.isoformat(), OP.value], tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == expected
    assert expected[0] > 30
    assert snapshot(folder / "blocks") == blocks  # nothing written, no summary either
