"""Python's cycle collector, held off from the launch until its history is read.

A launch imports about 160 modules before the tray icon and Today are shown; their classes,
functions and tables are about 35,000 objects the collector tracks, almost none of them
garbage, yet every 700 allocations it walks the youngest, and ever more often all of them:
about 14 ms of a 215 ms launch here (benchmarks/startup.py, offscreen, with and without);
reading five years of daily summaries after the first paint, another 5 ms of 43. So the
launch turns it off first (`hold`), and once the history is read (`FocusApp._read_history`,
right after the first paint) `release` freezes what the start made, which lives as long as
the app (`gc.freeze`: later full collections skip it; what is freed by its reference count
is freed all the same), and turns it on again. Freezing without collecting first keeps
whatever cyclic garbage the start made: a collection there found 0 such objects after
reading five years and 6 for a new user, and would cost 19–20 ms. The same idea as
`client.collector_paused`, for the same reason.
"""

from __future__ import annotations

import gc

_held: list[bool] = []  # True while this module holds the collector off


def hold() -> None:
    """Turn the collector off until `release` (a launch: before anything is imported)."""
    if gc.isenabled():
        gc.disable()
        _held.append(True)


def release() -> bool:
    """Freeze what the start made and turn the collector on again; False (and nothing is
    changed) when `hold` did not turn it off: a test, or a process that manages it itself."""
    if not _held:
        return False
    _held.clear()
    gc.freeze()
    gc.enable()
    return True
