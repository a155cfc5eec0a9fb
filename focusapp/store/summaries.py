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

import hashlib
import json
import logging
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import Any

from focusapp.core.summary import DayTotal, merge, summarize
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.blocks import BlockRepo
from focusapp.store.months import MonthFiles

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the rows change meaning: older files are then made again
SUFFIX = ".summary.json"


def summary_file(month_file: Path) -> Path:
    return month_file.with_name(month_file.stem + SUFFIX)


def checksum(path: Path) -> str | None:
    """The month file's content digest (None: no such file)."""
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except FileNotFoundError:
        return None


class SummaryRepo:
    """Per month, the daily totals of its finished blocks; `totals()` merges them all."""

    def __init__(self, files: MonthFiles, blocks: BlockRepo) -> None:
        self._files = files
        self._blocks = blocks
        blocks.on_changed = self.forget
        self._known: dict[str, tuple[time, tuple[DayTotal, ...]]] = {}  # month -> checked

    def forget(self, month: str) -> None:
        """The store rewrote or forgot `month`: its summary is checked again at next use."""
        self._known.pop(month, None)

    def totals(self, day_start: time) -> tuple[DayTotal, ...]:
        """Every finished block's daily totals, the whole history."""
        return merge(self.month(m, day_start) for m in self._files.months())

    def month(self, month: str, day_start: time) -> tuple[DayTotal, ...]:
        known = self._known.get(month)
        if known is not None and known[0] == day_start:
            return known[1]
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
        return tuple(_row(row) for row in data["rows"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, IndexError) as exc:
        log.info("the summary %s is made again: %s", path.name, exc)
        return None


def _row(row: Any) -> DayTotal:
    day, role, activity, micros, count, blocks = row
    if not (isinstance(role, str) and (activity is None or isinstance(activity, str))
            and all(type(n) is int and n >= 0 for n in (micros, count, blocks))):
        raise ValueError(f"not a summary row: {row!r}")
    return DayTotal(date.fromisoformat(day), role, activity, micros, count, blocks)


def _write(path: Path, source: str | None, day_start: time, rows: Iterable[DayTotal]) -> None:
    if source is None:
        return
    data = {"format": FORMAT, "source": source, "day_start": day_start.isoformat("minutes"),
            "rows": [[t.day.isoformat(), t.role, t.activity, t.focused_micros, t.count,
                      t.blocks] for t in rows]}
    try:
        atomic_write_bytes(path, json.dumps(data, separators=(",", ":")).encode())
    except OSError as exc:  # a read-only folder, a full disk: kept in memory only
        log.info("the summary %s is not written: %s", path.name, exc)
