"""Kill -9 a process while it saves: every save that returned is on disk, no file damaged."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from focusapp.store import Store
from tests.store.crash_writer import make_block
from tests.store.helpers import damaged_files

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 50
SEED = 20261123


@pytest.mark.slow
def test_killed_writer_never_loses_a_returned_save(data_dir: Path) -> None:
    rng = random.Random(SEED)
    candidates: dict[str, set[int]] = {}  # id -> versions the store may hold for it
    done: set[str] = set()  # ids with at least one save that returned
    mid_save = 0  # kills that landed between "B" and "D": inside a save (or its print)
    started = time.monotonic()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), str(run), str(SEED)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None and child.stderr is not None
        lines: list[str] = []
        wanted = rng.randint(1, 6)
        while sum(line.startswith("D ") for line in lines) < wanted:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"writer {run} stopped by itself:\n{child.stderr.read()}")
            lines.append(line)
        time.sleep(rng.uniform(0.0, 0.06))  # lands anywhere in a save, a print or a write
        os.kill(child.pid, signal.SIGKILL)
        # Read the rest through the same buffered reader as readline() above: communicate()
        # reads the raw pipe and would drop lines readline() had already buffered (a "B"
        # lost that way made a saved block look as if it had never been saved).
        with child.stdout, child.stderr:
            rest, errors = child.stdout.read(), child.stderr.read()
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, errors
        output = lines + rest.splitlines()
        mid_save += output[-1].startswith("B ")
        for line in output:
            kind, block_id, version = line.split()
            if kind == "B":
                candidates.setdefault(block_id, set()).add(int(version))
            else:
                candidates[block_id] = {int(version)}
                done.add(block_id)
    elapsed = time.monotonic() - started

    store, report = Store.open(data_dir, now=lambda: datetime(2027, 1, 1, tzinfo=UTC))
    with store:
        assert report.recoveries == []
        assert damaged_files(data_dir) == []
        stored = {b.id: b for b in store.blocks.all()}
        never_saved = sorted(set(stored) - set(candidates))
        assert never_saved == []  # nothing appeared that was never saved
        assert done <= set(stored)  # every save that returned is there
        for block_id, versions in candidates.items():
            if block_id not in stored:
                assert block_id not in done
                continue
            assert any(stored[block_id] == make_block(block_id, v) for v in versions), block_id
        assert store.problems == []
    assert len(done) > KILLS
    assert mid_save >= KILLS // 10, f"only {mid_save} kills landed inside a save"
    print(f"{KILLS} kills, {mid_save} inside a save, {len(done)} blocks, {elapsed:.1f} s")
