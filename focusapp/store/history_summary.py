"""The whole history's key totals and first day, kept in one derived file beside the month
summaries: blocks/history.summary.json.

What Today's streak chips need at start is the history's key totals merged (`core.streaks.
merged_key_totals`) and its first day. Made from 60 month summaries, that is reading and
checking 10,000 rows and 25,000 block ids, then adding them up: most of a 5-year start's
extra time (issue 15). So the merged result is kept too, stamped with the day start and the
checksum of every month file, and the key activities it was made for; a start whose month
files are those reads this one file. Like the month summaries it is derived, never a source
of truth: stale, damaged or missing, it is made again from them (`summaries.SummaryRepo`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from pathlib import Path
from typing import Any, NamedTuple

from focusapp.core.streaks import Counts, KeyTotals, key_totals_of
from focusapp.store.derived import Stamp, read_derived, write_derived

FORMAT = 1  # bump when this file's own content changes meaning (the rows' format: `rows`)
NAME = "history.summary.json"  # not a month file's name: backups and exports never see it

Wanted = frozenset[tuple[str, str | None, str | None]]  # (role, key activity, its metric)


class WholeHistory(NamedTuple):
    """The whole history's key totals for the key activities `wanted`, and its first day."""

    day_start: time
    wanted: Wanted
    totals: KeyTotals
    first_day: date | None


Months = Mapping[str, str | None]  # month -> its file's checksum


def stamp(day_start: time, months: Months, rows: int) -> Stamp:
    """What the file must name to be believed: its format, the format of the month summaries
    it was added up from (`rows`: rows that change meaning make it stale too), the day start,
    and each month file's checksum (a month added, removed or changed makes it stale)."""
    return {"format": FORMAT, "rows": rows, "day_start": day_start.isoformat("minutes"),
            "months": months}


def read_whole(path: Path, day_start: time, months: Months, rows: int) -> WholeHistory | None:
    """The file's content if it names these months, rows and day start; None otherwise."""
    return read_derived(path, stamp(day_start, months, rows), lambda data: WholeHistory(
        day_start, _wanted(data["metrics"]), _totals(data["totals"]), _day(data["first_day"])))


def write_whole(path: Path, months: Months, rows: int, whole: WholeHistory) -> None:
    columns: dict[str, list[list[Any]]] = {}
    for (role, day), (micros, counts) in whole.totals.raw.items():
        days, all_micros, all_counts = columns.setdefault(role, [[], [], []])
        days.append(day.toordinal())
        all_micros.append(micros)
        all_counts.append(None if counts is None else [[m, n] for m, n in counts.items()])
    write_derived(path, stamp(whole.day_start, months, rows), {
        "metrics": sorted(([*triple] for triple in whole.wanted), key=_sortable),
        "first_day": None if whole.first_day is None else whole.first_day.isoformat(),
        "totals": columns})


def _sortable(triple: list[str | None]) -> tuple[str, ...]:
    return tuple(value or "" for value in triple)


def _wanted(stored: Any) -> Wanted:
    wanted = set()
    for triple in _list(stored):
        role, activity, metric = _list(triple)
        if type(role) is not str or not all(v is None or type(v) is str
                                            for v in (activity, metric)):
            raise ValueError(f"not a key activity: {[role, activity, metric]!r}")
        wanted.add((role, activity, metric))
    return frozenset(wanted)


def _day(stored: Any) -> date | None:
    return None if stored is None else date.fromisoformat(stored)


def _totals(stored: Any) -> KeyTotals:
    """The stored sums per role, checked column by column; ValueError at the first fault."""
    raw: dict[tuple[str, date], tuple[int, Counts | None]] = {}
    if type(stored) is not dict:
        raise ValueError("the sums are not a mapping of roles")
    for role, (days, micros, counts) in stored.items():
        if not (len(days) == len(micros) == len(counts)) or not all(
                type(n) is int and n >= 0 for n in (*days, *micros)):
            raise ValueError(f"the sums of {role!r} are not whole numbers in step")
        for day, focused, by_metric in zip(days, micros, counts, strict=True):
            raw[(role, date.fromordinal(day))] = (focused, _counts(by_metric))
    return key_totals_of(raw)


def _counts(stored: Any) -> Counts | None:
    if stored is None:
        return None
    counts = {}
    for pair in _list(stored):
        metric, n = _list(pair)
        if not (metric is None or type(metric) is str) or type(n) is not int or n < 0:
            raise ValueError(f"not a count: {[metric, n]!r}")
        counts[metric] = n
    return counts


def _list(stored: Any) -> list[Any]:
    if type(stored) is not list:
        raise ValueError(f"not a list: {stored!r}")
    return stored
