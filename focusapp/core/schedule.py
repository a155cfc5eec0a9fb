"""Scheduled blocks: a power hour every weekday at 09:00, a pipeline review on Fridays.

A `ScheduledBlock` is a rule the user wrote in Settings (which weekdays, at what local time,
how long, on which role and activity, strict or not); an `Occurrence` is one of its
instants. The times are wall-clock times: "09:00" stays 09:00 across a DST change, so each
occurrence is placed in the time zone the caller hands in (a `zoneinfo` zone, or the fixed
offset in force: the scheduling service re-plans when the offset changes). A day off
(holiday, leave) has no scheduled blocks; the working weekdays do not matter, the entry's
own weekdays say when it runs.

`ScheduledRun` is what became of one occurrence, as stored: started, skipped (the user
said so) or missed (the machine slept through it, or another block was running) — so the
weekly review counts the scheduled blocks honestly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from focusapp.core.days import DayRules, parse_time_of_day

HEADS_UP = timedelta(minutes=5)  # "Power hour in 5 min"
SNOOZE = timedelta(minutes=10)
# How late a scheduled block may still start by itself: a wake-up a few minutes after its
# time still starts it; later than this it is "missed" (the day's plan has moved on).
START_GRACE = timedelta(minutes=10)


@dataclass(frozen=True)
class ScheduledBlock:
    """One rule of Settings → Scheduled blocks."""

    id: str  # stable across edits: the runs recorded for it keep pointing at it
    name: str  # the user's words: "Power hour"
    weekdays: tuple[int, ...]  # date.weekday(): Monday is 0; in order, no repeats
    at: str  # "HH:MM", local wall-clock time
    minutes: int
    role: str
    activity: str | None = None
    strict: bool = False

    @property
    def time_of_day(self) -> time:
        return parse_time_of_day(self.at)

    @property
    def once(self) -> bool:
        """A delayed start ("start in 10 min"), not a rule of Settings: never recorded as a
        scheduled block's run."""
        return self.id.startswith(ONCE_PREFIX)


ONCE_PREFIX = "later-"


@dataclass(frozen=True)
class Occurrence:
    """One planned start of a scheduled block, at a local instant."""
    start: datetime
    entry: ScheduledBlock

    @property
    def key(self) -> tuple[str, date]:
        """One occurrence per entry and local day: what a run is recorded against."""
        return (self.entry.id, self.start.date())

    @property
    def run_key(self) -> str:
        """The key its `ScheduledRun` is stored under."""
        return run_key(self.entry.id, self.start.date())


def run_key(schedule_id: str, day: date) -> str:
    return f"{schedule_id}@{day.isoformat()}"


def occurrence_on(entry: ScheduledBlock, day: date, zone: tzinfo) -> datetime:
    """The instant of `entry` on `day` in `zone`: its wall-clock time, or, when that time does
    not exist that day (the hour skipped by a DST change), the same instant an hour later on
    the wall clock, as a clock on the wall would show it."""
    naive = datetime.combine(day, entry.time_of_day)
    # Through UTC and back: a wall time in the spring gap comes back as the real instant.
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def occurrences(entries: Iterable[ScheduledBlock], first: date, last: date, rules: DayRules,
                zone: tzinfo) -> Iterator[Occurrence]:
    """Every occurrence from day `first` to `last` (both included), in time order; none on a
    day off."""
    found = []
    day = first
    entries = tuple(entries)
    while day <= last:
        if not rules.is_day_off(day):
            found += [Occurrence(occurrence_on(e, day, zone), e) for e in entries
                      if day.weekday() in e.weekdays]
        day += timedelta(days=1)
    return iter(sorted(found, key=lambda o: (o.start, o.entry.id)))


def next_occurrences(entries: Iterable[ScheduledBlock], now: datetime, rules: DayRules,
                     zone: tzinfo, *, days: int = 8) -> list[Occurrence]:
    """The occurrences after `now`, over the next `days` days (a week and a day: every weekday
    comes once, whatever the days off), soonest first."""
    today = now.astimezone(zone).date()
    return [o for o in occurrences(entries, today, today + timedelta(days=days), rules, zone)
            if o.start > now]


def due(entries: Iterable[ScheduledBlock], now: datetime, rules: DayRules, zone: tzinfo,
        within: timedelta) -> list[Occurrence]:
    """The occurrences whose time came in the last `within` (up to `now` included)."""
    today = now.astimezone(zone).date()
    since = now - within
    return [o for o in occurrences(entries, today - timedelta(days=1), today, rules, zone)
            if since < o.start <= now]


# ---- what became of each occurrence ---------------------------------------------------------


class RunOutcome(StrEnum):
    STARTED = "started"
    SKIPPED = "skipped"  # the user said Skip
    MISSED = "missed"  # asleep through it, or another block was running


@dataclass(frozen=True)
class ScheduledRun:
    """What became of one occurrence of a scheduled block: started, skipped or missed."""
    schedule_id: str
    name: str  # as it was called then (the entry may be renamed or deleted later)
    at: datetime  # the occurrence's instant
    outcome: RunOutcome

    @property
    def key(self) -> str:
        return run_key(self.schedule_id, self.at.date())


@dataclass(frozen=True)
class RunTally:
    """How a scheduled block's occurrences went over a span of days."""
    started: int = 0
    skipped: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.started + self.skipped + self.missed


def tally_runs(runs: Iterable[ScheduledRun], first: date, last: date) -> RunTally:
    """How the scheduled blocks of days `first` to `last` went (the weekly review's line)."""
    counts = Counter(r.outcome for r in runs if first <= r.at.date() <= last)
    return RunTally(counts[RunOutcome.STARTED], counts[RunOutcome.SKIPPED],
                    counts[RunOutcome.MISSED])


def next_schedule_id(entries: Iterable[ScheduledBlock]) -> str:
    """A new entry's id: short, never one in use (runs keep pointing at the old ones)."""
    used = {e.id for e in entries}
    n = 1
    while f"s{n}" in used:
        n += 1
    return f"s{n}"
