"""The blocks' daily summaries (core.summary), one file per month beside its month file:
blocks/YYYY-MM.summary.json for blocks/YYYY-MM.json.

Derived, never a source of truth. A summary names the checksum of the month file it was
made from and the day start it used; any other month file (a block saved, an import, a
restored backup, a file edited by hand) or day start makes it stale, and it is made again
from that month's blocks. One that cannot be read (deleted, damaged, from another version)
is made again without a word, and one that cannot be written (a read-only folder) is kept
in memory only: the numbers are the same, only slower. Exports, imports and backups never
see these files (they are not month files: `layout.months_in`).

A block id stored in two month files (a crash between the two writes of a block whose start
moved to another month: `BlockRepo.save`) counts once, as the block reader reads it: the copy
in the later month file wins (`BlockRepo.shadowed`). So a summary also names its month's block
ids, and a month with an id that a later month also holds is summed again without it.

Checking every month's checksum reads the month files' bytes once per session (12 MiB after
five years: a few milliseconds), which costs far less than decoding 25,000 blocks (about
a second); afterwards the store knows which months it rewrote (`BlockRepo.on_changed`).
What a start needs, the whole history's key totals and first day, is kept merged in one more
file (history_summary.py): while no month file changed, a start reads only that one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time
from itertools import chain
from pathlib import Path
from typing import Any

from focusapp.core.streaks import KeyMetrics, KeyTotals, key_totals, merged_key_totals
from focusapp.core.summary import DayTotal, first_day, summarize
from focusapp.store.blocks import BlockRepo
from focusapp.store.derived import Stamp, checksum, read_derived, text_ids, write_derived
from focusapp.store.history_summary import NAME, Wanted, WholeHistory, read_whole, write_whole
from focusapp.store.months import MonthFiles

FORMAT = 2  # bump when the rows change meaning: older files are then made again (2: ids)
SUFFIX = ".summary.json"


def summary_file(month_file: Path) -> Path:
    return month_file.with_name(month_file.stem + SUFFIX)


class SummaryRepo:
    """Per month, the daily totals of its finished blocks; `totals()` merges them all."""

    def __init__(self, files: MonthFiles, blocks: BlockRepo) -> None:
        self._files = files
        self._blocks = blocks
        blocks.on_changed = self.forget
        blocks.shadowed = self.shadowed
        # month -> the day start, the rows of every block of its file and its block ids
        self._known: dict[str, tuple[time, tuple[DayTotal, ...], frozenset[str]]] = {}
        self._counted: dict[str, tuple[DayTotal, ...]] = {}  # month -> rows with no shadow
        self._shadows: dict[str, frozenset[str]] | None = None  # month -> ids shadowed
        # month -> the key metrics and the rows they were made from, and their key totals
        self._keyed: dict[str, tuple[frozenset[tuple[str, str | None, str | None]],
                                     tuple[DayTotal, ...], KeyTotals]] = {}
        # the months' key totals (those very objects) and the whole history's, merged
        self._merged: tuple[tuple[KeyTotals, ...], KeyTotals] | None = None
        self._sums: dict[str, str | None] = {}  # month -> its file's checksum
        self._whole: WholeHistory | None = None  # as in its file, while no month changed
        self._whole_read = False  # its file is read at the first ask of a session only

    @property
    def _whole_path(self) -> Path:
        return self._files.folder / NAME

    def forget(self, month: str) -> None:
        """The store rewrote or forgot `month`: its summary is checked again at next use."""
        self._known.pop(month, None)
        self._sums.pop(month, None)
        self._whole = None
        self._shadows = None  # any month may now shadow another, or no longer
        self._counted.clear()

    def totals(self, day_start: time) -> tuple[DayTotal, ...]:
        """Every finished block's daily totals, the whole history, month after month (a
        key may come twice, at a month's edge: readers add rows up)."""
        return tuple(chain.from_iterable(self.month(m, day_start) for m in self._files.months()))

    def shadowed(self, month: str, day_start: time) -> frozenset[str]:
        """The ids of `month`'s blocks that a later month file also holds (left by a crash):
        the reader reads the later copy, so these count nowhere in `month`. Knowing them
        reads every later month's summary (not the newest month's: nothing is later)."""
        if self._shadows is not None:
            return self._shadows.get(month, frozenset())
        months = self._files.months()
        if not months or month >= months[-1]:
            return frozenset()
        seen: set[str] = set()
        shadows = {}
        for later in reversed(months):  # newest first: a copy is shadowed by a newer one
            self._checked(later, day_start)
            ids = self._known[later][2]
            shadows[later] = ids & seen
            seen |= ids
        self._shadows = shadows
        return shadows.get(month, frozenset())

    def first_day(self, day_start: time) -> date | None:
        """The first local day with a finished block (None: none)."""
        whole = self._whole_history(day_start)
        return whole.first_day if whole is not None else self._first_day_of_months(day_start)

    def _first_day_of_months(self, day_start: time) -> date | None:
        """`first_day` from the months: it is in the first month with a finished block (a
        later month's days start at most a day before that month does)."""
        for month in self._files.months():
            found = first_day(self.month(month, day_start))
            if found is not None:
                return found
        return None

    def key_totals(self, day_start: time, metrics: KeyMetrics) -> tuple[KeyTotals, ...]:
        """Each month's rows of key activities added up per role and day (`core.streaks.
        key_totals`), kept until the month, the day start or the key activities change: a
        review or a Today view from scratch then adds up months, not 10,000 rows."""
        wanted = _wanted(metrics)
        parts = []
        for month in self._files.months():
            rows = self.month(month, day_start)  # the same tuple until the month changes
            kept = self._keyed.get(month)
            if kept is None or kept[0] != wanted or kept[1] is not rows:
                kept = self._keyed[month] = (wanted, rows, key_totals(rows, metrics))
            parts.append(kept[2])
        return tuple(parts)

    def history_key_totals(self, day_start: time, metrics: KeyMetrics) -> KeyTotals:
        """The months' key totals merged into the whole history's (`core.streaks.
        merged_key_totals`), kept while every month's are the same: a review or a Today view
        from scratch then copies one mapping per role instead of merging five years' months.
        Kept in a file too: the next start reads it if no month file changed meanwhile."""
        wanted = _wanted(metrics)
        whole = self._whole_history(day_start)
        if whole is not None and whole.wanted == wanted:
            return whole.totals
        parts = self.key_totals(day_start, metrics)
        kept = self._merged
        if kept is None or len(kept[0]) != len(parts) or any(
                was is not part for was, part in zip(kept[0], parts, strict=True)):
            kept = self._merged = (parts, merged_key_totals(parts))
        self._whole = WholeHistory(day_start, wanted, kept[1],
                                   self._first_day_of_months(day_start))
        write_whole(self._whole_path, self._checksums(), FORMAT, self._whole)
        return kept[1]

    def _whole_history(self, day_start: time) -> WholeHistory | None:
        """The whole history's key totals and first day as last kept, if no month file has
        changed since and the day start is the same (its file is read once a session)."""
        if not self._whole_read:
            self._whole_read = True
            self._whole = read_whole(self._whole_path, day_start, self._checksums(), FORMAT)
        whole = self._whole
        return whole if whole is not None and whole.day_start == day_start else None

    def _checksum(self, month: str) -> str | None:
        known = self._sums.get(month)
        if known is None:
            known = self._sums[month] = checksum(self._files.path(month))
        return known

    def _checksums(self) -> dict[str, str | None]:
        return {month: self._checksum(month) for month in self._files.months()}

    def month(self, month: str, day_start: time) -> tuple[DayTotal, ...]:
        """The month's daily totals, without the blocks a later month also holds."""
        rows = self._checked(month, day_start)
        counted = self._counted.get(month)
        if counted is None:
            shadowed = self.shadowed(month, day_start)
            counted = self._counted[month] = rows if not shadowed else summarize(
                (b for b in self._blocks.month_blocks(month) if b.id not in shadowed),
                day_start)
        return counted

    def _checked(self, month: str, day_start: time) -> tuple[DayTotal, ...]:
        """The totals of every block of the month file, from its summary if it is current."""
        known = self._known.get(month)
        if known is not None and known[0] == day_start:
            return known[1]
        self._counted.pop(month, None)
        path = summary_file(self._files.path(month))
        read = _read(path, self._checksum(month), day_start)
        if read is None:
            blocks = self._blocks.month_blocks(month)
            read = (summarize(blocks, day_start), frozenset(b.id for b in blocks))
            # After decoding: a damaged month file was restored from a backup by then.
            self._sums[month] = checksum(self._files.path(month))
            _write(path, self._sums[month], day_start, *read)
        self._known[month] = (day_start, *read)
        return read[0]


def _wanted(metrics: KeyMetrics) -> Wanted:
    return frozenset((role, activity, metric) for role, of_role in metrics.items()
                     for activity, metric in of_role.items())


def _stamp(source: str | None, day_start: time) -> Stamp:
    return {"format": FORMAT, "source": source, "day_start": day_start.isoformat("minutes")}


def _read(path: Path, source: str | None, day_start: time
          ) -> tuple[tuple[DayTotal, ...], frozenset[str]] | None:
    """The rows and block ids of a summary made from `source` with `day_start`; None if it
    is missing, stale or unreadable in any way (it is made again)."""
    return read_derived(path, _stamp(source, day_start), lambda data: (
        _rows(data["rows"]), text_ids(data["ids"], "block ids")))


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


def _write(path: Path, source: str | None, day_start: time, rows: Iterable[DayTotal],
           ids: frozenset[str]) -> None:
    write_derived(path, _stamp(source, day_start), {
        "rows": [[t.day.isoformat(), t.role, t.activity, t.focused_micros, t.counted,
                  t.blocks] for t in rows],
        "ids": sorted(ids)})
