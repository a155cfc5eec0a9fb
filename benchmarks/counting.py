"""The cost of one +1 between blocks on five years of history (benchmarks/storage.py's
generator), beside a from-scratch Today view in the same run.

    .venv/bin/python benchmarks/counting.py [--years 5] [--repeats 30]

A +1 between blocks saves the day's tally, then the Today window is drawn again from
`DailyLoop.today_view()`. Both are timed together (the median of `--repeats` counts), with
the history already in memory and its progress computed, as in the running app. The
baseline is the same Today view computed from scratch by a fresh loop over the same store
(the whole history's progress, the first day, the streak walks): what a count cost when
each count threw the history's progress away.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage import NOW, history, opened, write_history  # type: ignore[import-not-found]

from focusapp.core.roles import RoleId
from focusapp.services.daily import DailyLoop

ROLE = RoleId.FIELD_SALES.value
ACTIVITY = f"{ROLE}.meeting_preparation"


class _Clock:
    def now(self):  # type: ignore[no-untyped-def]
        return NOW

    def monotonic(self) -> float:
        return time.monotonic()


def ms(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def from_scratch(store) -> float:  # type: ignore[no-untyped-def]
    """A fresh loop on the same store: its Today view, once its history is read (the disk
    read is not what is measured)."""
    fresh = DailyLoop(_Clock(), store)
    fresh.totals()
    return ms(fresh.today_view)


def one_count(daily: DailyLoop) -> float:
    def count() -> None:
        daily.tally(ROLE, ACTIVITY, 1)
        daily.today_view()

    return ms(count)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        blocks, days, events = history(random.Random(5), int(args.years * 250), 20)
        write_history(data_dir, blocks, days, events)
        with opened(data_dir) as store:
            daily = DailyLoop(_Clock(), store)
            daily.today_view()  # the history read and its progress made, as in the app
            baseline = statistics.median(from_scratch(store) for _ in range(5))
            counts = [one_count(daily) for _ in range(args.repeats)]
            plus_one = statistics.median(counts)
            print(f"{len(blocks)} blocks, {len(days)} days")
            print(f"baseline: Today view from scratch (median of 5): {baseline:.1f} ms")
            print(f"+1 between blocks, tally saved + Today view (median of {args.repeats}): "
                  f"{plus_one:.1f} ms (max {max(counts):.1f} ms)")
            print(f"ratio +1 / from scratch: {plus_one / baseline:.2f}")


if __name__ == "__main__":
    main()
