"""The blocks' daily summaries (core.summary), one file per month beside its month file:
blocks/YYYY-MM.summary.json for blocks/YYYY-MM.json.

Derived, never a source of truth. A summary names the checksum of the month file it was
made from and the day start it used; any other month file (a block saved, an import, a
restored backup, a file edited by hand) or day start makes it stale, and it is made again
from that month's blocks. One that cannot be read (deleted, damaged, from another version)
is made again without a word, and one that cannot be written (a read-only folder) is kept
in memory only: the numbers are the same, only slower. Exports, imports and backups never
see these files (they are not month files: `layout.months_in`).

Checking every month's checksum reads the month files' bytes once per session (12 MiB after
five years: tens of milliseconds), which costs far less than decoding 25,000 blocks (about
a second); afterwards the store knows which months it rewrote (`BlockRepo.on_changed`).
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Iterable
from datetime import date, time
from itertools import chain
from pathlib import Path
from typing import Any

from focusapp.core.streaks import KeyMetrics, KeyTotals, key_totals
from focusapp.core.summary import DayTotal, first_day, summarize
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.blocks import BlockRepo
from focusapp.store.months import MonthFiles

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the rows change meaning: older files are then made again
SUFFIX = ".summary.json"


def summary_file(month_file: Path) -> Path:
    return month_file.with_name(month_file.stem + SUFFIX)


def checksum(path: Path) -> str | None:
    """The month file's size and CRC-32 (None: no such file). It tells an edited file from
    the one the summary was made of; it guards no secret, and it is three times faster than
    a cryptographic hash (12 MiB of month files: 14 ms against 46 ms for BLAKE2b)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return f"{len(data)}-{zlib.crc32(data):08x}"


class SummaryRepo:
    """Per month, the daily totals of its finished blocks; `totals()` merges them all."""

    def __init__(self, files: MonthFiles, blocks: BlockRepo) -> None:
        self._files = files
        self._blocks = blocks
        blocks.on_changed = self.forget
        self._known: dict[str, tuple[time, tuple[DayTotal, ...]]] = {}  # month -> checked
        # month -> the key metrics they were made for, and its rows' key totals
        self._keyed: dict[str, tuple[frozenset[tuple[str, str | None, str | None]],
                                     KeyTotals]] = {}

    def forget(self, month: str) -> None:
        """The store rewrote or forgot `month`: its summary is checked again at next use."""
        self._known.pop(month, None)
        self._keyed.pop(month, None)

    def totals(self, day_start: time) -> tuple[DayTotal, ...]:
        """Every finished block's daily totals, the whole history, month after month (a
        key may come twice, at a month's edge: readers add rows up)."""
        return tuple(chain.from_iterable(self.month(m, day_start) for m in self._files.months()))

    def first_day(self, day_start: time) -> date | None:
        """The first local day with a finished block (None: none). It is in the first month
        with one: a later month's days start at most a day before that month does."""
        for month in self._files.months():
            found = first_day(self.month(month, day_start))
            if found is not None:
                return found
        return None

    def key_totals(self, day_start: time, metrics: KeyMetrics) -> tuple[KeyTotals, ...]:
        """Each month's rows of key activities added up per role and day (`core.streaks.
        key_totals`), kept until the month, the day start or the key activities change: a
        review or a Today view from scratch then adds up months, not 10,000 rows."""
        wanted = frozenset((role, activity, metric) for role, of_role in metrics.items()
                           for activity, metric in of_role.items())
        parts = []
        for month in self._files.months():
            rows = self.month(month, day_start)  # checks the month, and forgets it if stale
            kept = self._keyed.get(month)
            if kept is None or kept[0] != wanted:
                kept = self._keyed[month] = (wanted, key_totals(rows, metrics))
            parts.append(kept[1])
        return tuple(parts)

    def month(self, month: str, day_start: time) -> tuple[DayTotal, ...]:
        known = self._known.get(month)
        if known is not None and known[0] == day_start:
            return known[1]
        self._keyed.pop(month, None)  # made from rows of another day start
        path = summary_file(self._files.path(month))
        rows = _read(path, checksum(self._files.path(month)), day_start)
        if rows is None:
            rows = summarize(self._blocks.month_blocks(month), day_start)
            # After decoding: a damaged month file was restored from a backup by then.
            _write(path, checksum(self._files.path(month)), day_start, rows)
        self._known[month] = (day_start, rows)
        return rows


def _read(path: Path, source: str | None, day_start: time) -> tuple[DayTotal, ...] | None:
    """The rows of a summary made from `source` with `day_start`; None if it is missing,
    stale or unreadable in any way (it is made again)."""
    if source is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if (data["format"], data["source"], data["day_start"]) != (
                FORMAT, source, day_start.isoformat("minutes")):
            return None
        return _rows(data["rows"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, IndexError) as exc:
        log.info("the summary %s is made again: %s", path.name, exc)
        return None


def _rows(rows: Any) -> tuple[DayTotal, ...]:
    """The stored rows, checked; ValueError at the first that is not one."""
    days: dict[str, date] = {}  # a day's rows share its date: parsed once
    made = []
    for day, role, activity, micros, count, blocks in rows:
        when = days.get(day)
        if when is None:
            when = days[day] = date.fromisoformat(day)
        if (type(role) is not str or not (activity is None or type(activity) is str)
                or type(micros) is not int or type(count) is not int or type(blocks) is not int
                or micros < 0 or count < 0 or blocks < 1):
            raise ValueError(f"not a summary row: {[day, role, activity, micros, count]!r}")
        made.append(DayTotal(when, role, activity, micros, count, blocks))
    return tuple(made)


def _write(path: Path, source: str | None, day_start: time, rows: Iterable[DayTotal]) -> None:
    if source is None:
        return
    data = {"format": FORMAT, "source": source, "day_start": day_start.isoformat("minutes"),
            "rows": [[t.day.isoformat(), t.role, t.activity, t.focused_micros, t.counted,
                      t.blocks] for t in rows]}
    try:
        atomic_write_bytes(path, json.dumps(data, separators=(",", ":")).encode())
    except OSError as exc:  # a read-only folder, a full disk: kept in memory only
        log.info("the summary %s is not written: %s", path.name, exc)
