"""Persistence: TinyDB files with atomic writes, backups, recovery, migrations and a lock.

The only package that imports TinyDB. Open a data folder with
``store, report = Store.open(path, now=clock.now)``; tell the user about
``report.recoveries`` and ``report.interrupted_import``; ``store.close()`` (or
``with store:``) lets another instance in. The store is used from one thread.

Layout of a data folder, and why
--------------------------------

::

    focusapp.json          meta, settings, roles, days, reviews   (~300 KiB after 5 years)
    blocks/YYYY-MM.json    focus blocks, by the month of their local start (~230 KiB each)
    distractions/YYYY-MM.json  distraction events, by month, kept 90 days
    leads/YYYY-MM.json     inbound leads, by the month of their arrival (schema 3), with
                           a derived note of its waiting leads beside it (leads.py)
    runtime.json           running-block checkpoint, active blocking (tiny, written often)
    backups/YYYY-MM-DD/    daily copies of changed files, 14 days kept
    import-journal.json    only while an import writes (journal.py: all or nothing)
    focusapp.lock          the single-writer lock (holds the owner's pid)

TinyDB's default JSONStorage rewrites its whole file on every insert, in place. Measured
here, side by side in one run of ``benchmarks/storage.py --full --kills 200`` (Python 3.12,
a build VM about 4x slower than the machine of the issue, which measured 5 / 65 / 380 ms):

::

                                            TinyDB JSONStorage,   this layout, 5 years
                                            one file              (25,000 blocks)
    insert / save one block, 1,000 blocks   22 ms
                            10,000 blocks   238 ms
                            25,000 blocks   796 ms                7.5 ms (median of 50; p90 9.1)
                            50,000 blocks   1,593 ms
    open the store                                                16 ms (median of 7)
    kill -9 during a rewrite, files left    8 of 200              0 of 200
    unreadable

So the cost of a save grows with the file, and an in-place rewrite that shrinks the file
can be cut before its ``truncate()``: a file with trailing garbage that no longer parses.
Two separate fixes, both needed (one 25,000-block file with atomic writes still costs
596 ms a save):

- **Atomic writes** (``atomic.py``): temp file, fsync, ``os.replace``, fsync the folder.
  A killed writer leaves the old file or the new one. ``tests/store/test_crash_safety.py``
  kills a writing process 50 times: every save that returned is there, no file damaged.
- **Small files**: blocks are the only data that grows without bound, so they get one file
  per month (~400 blocks at 20 a day). A save rewrites one month: 7.5 ms after five years,
  the same as on day one. The month is the local wall-clock month of the block's start, so
  it never depends on a setting (day start) and ``between()`` reads only the months a range
  touches. The running-block checkpoint is written often, so it has its own tiny file and
  never rewrites the history. Everything else (days: 1,250 in 5 years) stays in one main
  file, saved in ~14 ms.

Costs paid for it, measured in the same run: the first open ever checks and backs up every
file (405 ms, once); the first save of a session of an id not yet seen builds the id index
(243 ms, once; free once ``blocks.all()`` ran, which the app does at start for streaks);
decoding all 25,000 blocks takes 1.1 s cold and adds ~28 MB, then 0.7 ms.

Files are written one document per line, readable and diffable, and each line goes through
the C JSON encoder (``indent=`` would force the pure-Python one: 24 ms instead of 4 ms
to encode a month of blocks).
"""

from focusapp.store.database import OpenReport, Store
from focusapp.store.distractions import DistractionEvent
from focusapp.store.errors import DamagedFile, DataDirLocked, StoreError, UnsupportedSchema
from focusapp.store.migrations import SCHEMA_VERSION
from focusapp.store.recovery import Recovery

__all__ = [
    "SCHEMA_VERSION",
    "DamagedFile",
    "DataDirLocked",
    "DistractionEvent",
    "OpenReport",
    "Recovery",
    "Store",
    "StoreError",
    "UnsupportedSchema",
]
