"""The child of test_crash_safety: opens the store and saves blocks until it is killed.

It prints "B <id> <version>" before a save and "D <id> <version>" (flushed) after the save
returns, so the parent knows which saves must have survived. Blocks are a pure function of
(id, version), so the parent can rebuild what it expects.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from focusapp.core.models import Block, Day, OneThingStatus, Outcome, Pause
from focusapp.store import Store
from focusapp.store.checkpoint import Checkpoint

TZ = timezone(timedelta(hours=1))
BASE = datetime(2026, 10, 1, 8, 0, tzinfo=TZ)


def make_block(block_id: str, version: int) -> Block:
    """Sizes vary with the version, so re-saving a block often shrinks its month file."""
    h = zlib.crc32(block_id.encode())
    start = BASE + timedelta(days=h % 75, minutes=h % 600)  # spread over three months
    pauses = tuple(
        Pause(start + timedelta(minutes=2 * i + 1), start + timedelta(minutes=2 * i + 2))
        for i in range(version % 4)
    )
    return Block(
        id=block_id,
        start=start,
        planned_minutes=5 + version % 170,
        role="solo",
        end=start + timedelta(minutes=30),
        pauses=pauses,
        outcome=Outcome.COMPLETED,
        count=version % 50,
        note="n" * (version * 7919 % 400),
    )


def main() -> None:
    data_dir, run, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed * 1000 + run)
    now = BASE + timedelta(days=60, hours=5 * run)  # runs span days: backups happen too
    store, _ = Store.open(data_dir, now=lambda: now)
    known = [b.id for b in store.blocks.all()]
    counter = 0
    while True:
        fresh = not known or rng.random() >= 0.4  # else re-save one, often shorter
        block_id = f"r{run}-{counter}" if fresh else rng.choice(known)
        version = run * 100_000 + counter
        counter += 1
        print(f"B {block_id} {version}", flush=True)
        store.blocks.save(make_block(block_id, version))
        print(f"D {block_id} {version}", flush=True)
        if block_id not in known:
            known.append(block_id)
        if counter % 3 == 0:
            day = date(2026, 11, 1) + timedelta(days=counter % 20)
            store.days.save(Day(day, "x" * rng.randint(1, 200), "solo", None, OneThingStatus.OPEN))
        running = replace(make_block(block_id, version), end=None, outcome=None)  # sizes vary
        store.runtime.set_checkpoint(Checkpoint(running, last_seen=now))


if __name__ == "__main__":
    main()
