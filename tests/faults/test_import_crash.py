"""kill -9 in the middle of a real 25,000-block import: nothing of it is kept, and it is said.

The import runs as the user runs it, `focusapp --data-dir D import F` with no app open; the
test waits on the data folder until the import's journal is there and month files are
being written, then kills the process.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.models import Day, OneThingStatus
from focusapp.store.database import Store
from focusapp.store.export import export_all, write_export
from focusapp.store.journal import JOURNAL_FILE
from focusapp.store.layout import data_files
from tests.conftest import FakeClock
from tests.store.helpers import at, make_block
from tests.ui.history import NOW, build_history

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = 25_000
PER_DAY = 20
UNDONE = ("An import was interrupted: nothing of it was kept; your data is as it was before. "
          "Import the file again.")


def working_days(first: date, count: int) -> list[date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def big_export(folder: Path, clock: FakeClock) -> Path:
    """Five years of history (25,000 blocks over 60 months), exported by the app itself."""
    source, _ = Store.open(folder / "source", now=clock.now)
    with source:
        days = working_days(date(2021, 9, 1), BLOCKS // PER_DAY)
        source.blocks.save_many(
            make_block(f"big-{d.isoformat()}-{i:02d}", at(d.year, d.month, d.day, 8, 0)
                       + timedelta(minutes=30 * i), 25, rich=i % 5 == 0)
            for d in days for i in range(PER_DAY))
        source.days.save_many([Day(d, f"Call the {d.day} hottest leads", "field_sales", None,
                                   OneThingStatus.DONE) for d in days])
        source.settings.save(source.settings.get().updated(long_break_every=3,
                                                           first_run_done=True))
        assert source.blocks.count() == BLOCKS
        write_export(source, folder / "five-years.json")
    return folder / "five-years.json"


def mine(folder: Path, clock: FakeClock) -> Path:
    """The user's own data folder: six weeks of history in two months."""
    store, _ = Store.open(folder / "data", now=clock.now)
    with store:
        build_history(store)
    return folder / "data"


def state(data_dir: Path) -> tuple[dict[str, str], dict[str, Any]]:
    """Every data file's content, and every block, day, review and setting as read."""
    files = {rel: hashlib.sha256((data_dir / rel).read_bytes()).hexdigest()
             for rel in data_files(data_dir)}
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    with store:
        records = {k: v for k, v in export_all(store).items() if k != "exported_at"}
    return files, records


def canonical(records: list[Any]) -> set[str]:
    return {json.dumps(record, sort_keys=True) for record in records}


def focusapp(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "focusapp", "--data-dir", str(data_dir), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str],
             timeout: float = 120.0) -> bool:
    """Poll the file system until `condition` holds; False if the process ended first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The big export file and a pristine copy of the user's data folder (built once)."""
    root = tmp_path_factory.mktemp("import-crash")
    clock = FakeClock(NOW)
    return big_export(root, clock), mine(root, clock)


def test_kill_9_during_an_import_keeps_nothing_of_it(folders: tuple[Path, Path],
                                                     tmp_path: Path) -> None:
    export, pristine = folders
    data_dir = tmp_path / "data"
    shutil.copytree(pristine, data_dir)
    before = state(data_dir)
    months_before = {rel for rel in before[0] if rel.startswith("blocks/")}

    def months_being_written() -> bool:
        written = {f"blocks/{p.name}" for p in (data_dir / "blocks").glob("*.json")}
        return (data_dir / JOURNAL_FILE).exists() and len(written - months_before) >= 3

    importing = focusapp(data_dir, "import", str(export))
    try:
        caught = wait_for(months_being_written, importing)
        importing.kill()
    finally:
        out, err = importing.communicate(timeout=60)
    assert caught, f"the import ended before it could be killed:\n{out}{err}"
    assert importing.returncode == -signal.SIGKILL
    assert (data_dir / JOURNAL_FILE).exists()  # it was cut in the middle
    crashed = [tmp_path / "crashed-export", tmp_path / "crashed-review"]
    for copy in crashed:
        shutil.copytree(data_dir, copy, symlinks=True)

    store, report = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    store.close()
    assert report.interrupted_import is not None and report.interrupted_import.rolled_back
    assert state(data_dir) == before  # every file, block, day, review and setting
    assert not (data_dir / JOURNAL_FILE).exists()

    # The command line says it too, in each command that opens the folder itself.
    for copy, args in zip(crashed, (["export", str(tmp_path / "after.json")],
                                    ["review", "--pdf", str(tmp_path / "week.pdf")]),
                          strict=True):
        command = focusapp(copy, *args)
        out, err = command.communicate(timeout=120)
        assert command.returncode == 0, err
        assert err.strip() == UNDONE
        assert state(copy) == before


def test_an_import_that_runs_to_its_end_keeps_everything(folders: tuple[Path, Path],
                                                         tmp_path: Path) -> None:
    export, pristine = folders
    data_dir = tmp_path / "data"
    shutil.copytree(pristine, data_dir)
    blocks_before = len(state(data_dir)[1]["blocks"])
    importing = focusapp(data_dir, "import", str(export))
    out, err = importing.communicate(timeout=300)
    assert importing.returncode == 0, err
    assert f"  Focus blocks: {BLOCKS:,} new, 0 changed" in out  # in English: 25,000
    assert not (data_dir / JOURNAL_FILE).exists()
    records = state(data_dir)[1]
    assert len(records["blocks"]) == blocks_before + BLOCKS
    imported = json.loads(export.read_bytes())
    for kind in ("blocks", "days"):
        assert canonical(imported[kind]) <= canonical(records[kind])
    assert records["settings"]["long_break_every"] == 3
