"""The daily summary (issue 15): finished blocks added up per local day, role and activity.

Streaks, consistency, strength, the daily targets and the review's counts need per-day
totals only, never a block's detail, so the store keeps these totals per month beside the
month files and the app reads them instead of decoding five years of blocks. They are
derived, never a source of truth: `streaks.daily_progress` itself goes through them, so the
numbers from summaries and from blocks are the same computation.

Focused time is summed in whole microseconds (integers): totals added up from several months
(a block just after midnight, before the day start, counts for the previous month's last
day) are then exact in any order, where float minutes would differ in their last bit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, timedelta
from operator import itemgetter
from typing import NamedTuple

from focusapp.core.models import Block

_MICROSECOND = timedelta(microseconds=1)
MICROS_PER_MINUTE = 60_000_000

SummaryKey = tuple[date, str, str | None]  # local day, role, activity


class DayTotal(NamedTuple):
    """What the finished blocks of one role's activity add up to on one local day. Several
    rows may share a key (one per month file: a block just after midnight, before the day
    start, counts for the previous month's last day): readers add them up.

    A named tuple, not a frozen dataclass: five years are 10,000 rows, made at every start,
    and a frozen dataclass is several times slower to build."""

    day: date
    role: str
    activity: str | None
    focused_micros: int  # focused time (elapsed minus pauses), in microseconds
    counted: int  # the blocks' counts (tallies between blocks are not here)
    blocks: int  # how many finished blocks

    @property
    def key(self) -> SummaryKey:
        return (self.day, self.role, self.activity)

    @property
    def minutes(self) -> float:
        return self.focused_micros / MICROS_PER_MINUTE


def focused_micros(block: Block) -> int:
    """A finished block's focused time in whole microseconds (`Block.focused_seconds`)."""
    if block.end is None:
        raise ValueError(f"block {block.id} is not finished")
    elapsed = block.end - block.start
    for pause in block.pauses:
        paused = (pause.end or block.end) - pause.start
        if paused > timedelta(0):
            elapsed -= paused
    return max(0, elapsed // _MICROSECOND)


def summarize(blocks: Iterable[Block], day_start: time) -> tuple[DayTotal, ...]:
    """The finished blocks' totals per (local day, role, activity), sorted by that key."""
    totals: dict[SummaryKey, list[int]] = {}
    for block in blocks:
        if block.outcome is None:
            continue
        key = (block.day(day_start), block.role, block.activity)
        row = totals.get(key)
        if row is None:
            row = totals[key] = [0, 0, 0]
        row[0] += focused_micros(block)
        row[1] += block.count or 0
        row[2] += 1
    return tuple(DayTotal(*key, *row) for key, row in sorted(totals.items(), key=_order))


def first_day(totals: Iterable[DayTotal]) -> date | None:
    """The first local day with a finished block (None: no block yet)."""
    return min(map(itemgetter(0), totals), default=None)  # 10,000 rows: no generator


def _order(item: tuple[SummaryKey, list[int]]) -> tuple[date, str, str]:
    day, role, activity = item[0]
    return (day, role, activity or "")
