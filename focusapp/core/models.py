"""The facts the app stores: focus blocks, days, and the user's settings.

Facts only: streaks, consistency, strength and scores are derived from them (core.streaks,
core.scoring), never stored as counters that could drift.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum
from typing import Any

from focusapp.core.days import (
    DEFAULT_DAY_START,
    MONDAY_TO_FRIDAY,
    DayOff,
    DayRules,
    IsoWeek,
    local_day,
    require_aware,
)
from focusapp.core.errors import ValidationError
from focusapp.core.schedule import ScheduledBlock
from focusapp.core.text import one_line

MIN_BLOCK_MINUTES = 5
MAX_BLOCK_MINUTES = 180
ONE_THING_MAX_CHARS = 200
NOTE_MAX_CHARS = 200
MAX_COUNT = 10_000


class Outcome(StrEnum):
    COMPLETED = "completed"  # ran to its planned end
    PARTIAL = "partial"  # stopped early, kept with its real duration
    ABANDONED = "abandoned"  # given up; kept and flagged


class OneThingStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


# ---- validation of typed values -------------------------------------------------------


def validate_minutes(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("minutes.type", f"'{minutes}' is not a whole number of minutes.")
    if not MIN_BLOCK_MINUTES <= minutes <= MAX_BLOCK_MINUTES:
        raise ValidationError(
            "minutes.range",
            f"A focus block lasts from {MIN_BLOCK_MINUTES} to {MAX_BLOCK_MINUTES} minutes, "
            f"not {minutes}.",
            value=minutes,
            low=MIN_BLOCK_MINUTES,
            high=MAX_BLOCK_MINUTES,
        )
    return minutes


def validate_energy(energy: int) -> int:
    if isinstance(energy, bool) or not isinstance(energy, int) or not 1 <= energy <= 5:
        raise ValidationError(
            "energy.range", f"Energy goes from 1 to 5, not {energy}.", value=energy
        )
    return energy


def validate_text(text: str, limit: int, *, required: bool, code: str) -> str:
    """One line (`core.text.one_line`); refuse empty (when required) or over-long text."""
    clean = one_line(text)
    if required and not clean:
        raise ValidationError(f"{code}.empty", "Write something first: the text is empty.")
    if len(clean) > limit:
        raise ValidationError(
            f"{code}.long",
            f"Keep it to {limit} characters; this text has {len(clean)}.",
            limit=limit,
            length=len(clean),
        )
    return clean


def validate_one_thing(text: str) -> str:
    return validate_text(text, ONE_THING_MAX_CHARS, required=True, code="one_thing")


def validate_count(count: int | None) -> int | None:
    if count is None:
        return None
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
        raise ValidationError(
            "count.range", f"A count is a whole number from 0 to {MAX_COUNT}.", value=count
        )
    return count


# ---- focus blocks ---------------------------------------------------------------------


@dataclass(frozen=True)
class Pause:
    """One pause of a block, open while it lasts."""
    start: datetime
    end: datetime | None = None  # None while the pause is running

    def seconds(self, until: datetime) -> float:
        return max(0.0, ((self.end or until) - self.start).total_seconds())


# The interruptions a salesperson logs most, picked with one click; stored as these ids (the
# UI names them in the user's language), anything else as the words typed.
INTERRUPTION_KINDS = ("phone", "colleague", "manager", "email", "client")


@dataclass(frozen=True)
class Interruption:
    """One interruption noted during a block."""
    at: datetime
    what: str = ""  # one of INTERRUPTION_KINDS, or free text; "" only in files from before


def interruption_tally(interruptions: Iterable[Interruption]) -> tuple[tuple[str, int], ...]:
    """How often each kind of interruption came (free text counted as written), most first;
    one logged with nothing said is not a kind."""
    counts = Counter(i.what for i in interruptions if i.what)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


class AwayKind(StrEnum):
    """What the user said a spell away from the desk was (core.away)."""

    CALL = "call"  # on a call or in a meeting: work, counted in the block
    BREAK = "break"  # a break: not counted, the block was paused for that time


@dataclass(frozen=True)
class AwaySpell:
    """A stretch of a block with no keyboard or mouse input, as the user named it."""

    start: datetime
    end: datetime
    kind: AwayKind
    # What the distraction meter counted meanwhile (a window left in front is not a
    # distraction of someone who is not there): left out of the Focus factor.
    distracted_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return max(0.0, (self.end - self.start).total_seconds())


@dataclass(frozen=True)
class DistractionSummary:
    """What the distraction log amounts to for one block (kept after events are pruned)."""

    distracted_seconds: float = 0.0
    blocked_attempts: int = 0
    by_target: Mapping[str, float] = field(default_factory=dict)  # app or site -> seconds


@dataclass(frozen=True)
class Block:
    """A focus block. `end` is None while it runs; `outcome` is None until it ends."""

    id: str
    start: datetime
    planned_minutes: int
    role: str
    activity: str | None = None
    energy: int = 3
    end: datetime | None = None
    pauses: tuple[Pause, ...] = ()
    interruptions: tuple[Interruption, ...] = ()
    distraction: DistractionSummary = field(default_factory=DistractionSummary)
    outcome: Outcome | None = None
    serves_one_thing: bool = False
    strict: bool = False
    recovered: bool = False
    count: int | None = None
    note: str = ""
    away: tuple[AwaySpell, ...] = ()  # spells away from the desk, as the user named them
    # Minutes added while it ran (+5 / +10 / +15): included in planned_minutes, so the
    # length first planned is planned_minutes - extended_minutes.
    extended_minutes: int = 0

    def __post_init__(self) -> None:
        # Stored instants carry a fixed offset (datetime.timezone): checking its type is
        # enough and cheap, which matters when five years of blocks are loaded at start.
        for instant in (self.start, self.end):
            if instant is not None and type(instant.tzinfo) is not timezone:
                require_aware(instant)
        if self.end is not None and self.end < self.start:
            raise ValueError(f"block {self.id} ends before it starts")

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    def remaining_seconds(self, now: datetime) -> float:
        """Planned focus time not yet spent (negative once overdue); frozen while paused."""
        return self.planned_minutes * 60.0 - self.focused_seconds(now)

    def due_at(self, now: datetime) -> datetime:
        """The wall-clock instant the block ends if nothing else pauses it."""
        return now + timedelta(seconds=self.remaining_seconds(now))

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1].end is None

    def paused_seconds(self, until: datetime) -> float:
        return sum((p.seconds(until) for p in self.pauses), 0.0)

    def focused_seconds(self, until: datetime | None = None) -> float:
        """Elapsed time minus pauses, up to `end` (or `until` while it runs)."""
        known = self.__dict__.get("_focused")
        if known is not None:  # a finished block's: a week's review asks it five times
            return known  # type: ignore[no-any-return]
        stop = self.end or until
        if stop is None:
            raise ValueError("a running block needs `until` to measure its focused time")
        elapsed = (stop - self.start).total_seconds()
        if self.pauses:  # most blocks have none: skip the sum (this runs per block per screen)
            elapsed -= self.paused_seconds(stop)
        focused = elapsed if elapsed > 0.0 else 0.0
        if self.end is not None:  # `until` no longer matters: memoised (the fields are frozen)
            self.__dict__["_focused"] = focused
        return focused

    @functools.cached_property
    def focused_minutes(self) -> float:
        """Of a finished block (memoised: every screen sums it over the whole history)."""
        return self.focused_seconds() / 60.0

    def day(self, day_start: time = DEFAULT_DAY_START) -> date:
        # Memoised per instance: the fields are frozen, so the day can only change with the
        # day-start setting, which is part of the key. Streaks ask this of every block.
        cached = self.__dict__.get("_day")
        if cached is not None and cached[0] == day_start:
            return cached[1]  # type: ignore[no-any-return]
        day = local_day(self.start, day_start)
        self.__dict__["_day"] = (day_start, day)
        return day

    def finish(self, at: datetime, outcome: Outcome, *, recovered: bool = False) -> Block:
        """The same block ended at `at`; a running pause is closed at the same instant."""
        pauses = tuple(p if p.end else replace(p, end=max(at, p.start)) for p in self.pauses)
        return replace(
            self,
            end=max(at, self.start),
            pauses=pauses,
            outcome=outcome,
            recovered=recovered or self.recovered,
        )


# ---- days -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """One local day: its One Thing and what became of it."""

    day: date
    one_thing: str | None = None
    role: str | None = None
    activity: str | None = None
    status: OneThingStatus | None = None  # None until a One Thing is set
    carried_from: date | None = None

    @property
    def one_thing_done(self) -> bool:
        return self.status is OneThingStatus.DONE

    @property
    def evening_check_missing(self) -> bool:
        return self.one_thing is not None and self.status is OneThingStatus.OPEN


MAX_COUNT_STEP = 1000  # one `count` call: a day of dials, not a typo of 10,000


@dataclass(frozen=True)
class Tally:
    """What was counted outside focus blocks on one local day for one activity of a role:
    a call taken between blocks. One record per (day, role, activity); a count made during
    a block goes to the block (`Block.count`) instead, so nothing is counted twice."""

    day: date
    role: str
    activity: str
    count: int = 0

    def __post_init__(self) -> None:
        validate_count(self.count)

    @property
    def key(self) -> tuple[date, str, str]:
        return (self.day, self.role, self.activity)


def validate_count_step(n: int) -> int:
    """How many to add at once: 1 to MAX_COUNT_STEP."""
    if not 1 <= n <= MAX_COUNT_STEP:
        raise ValidationError("count.step", f"Count between 1 and {MAX_COUNT_STEP} at a time.",
                              limit=MAX_COUNT_STEP)
    return n


# ---- settings schema ------------------------------------------------------------------


def setting(default: Any, group: str, *, low: Any = None, high: Any = None, **extra: Any) -> Any:
    """A settings field: its default plus the metadata the Settings window is built from."""
    meta = {"group": group, "low": low, "high": high, **extra}
    if isinstance(default, list | dict | set):
        return field(default_factory=lambda: type(default)(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """Every user setting, once: defaults, bounds and groups (the UI is generated from it).

    Times of day are 'HH:MM' strings and weekdays 0 (Monday) to 6, as stored.
    """

    language: str = setting("", "general", choices=("", "en", "fr"))  # "" = system locale
    first_run_done: bool = setting(False, "general", hidden=True)
    autostart: bool = setting(False, "general")
    # Whose exports these are, for a manager's team report ("": the account's full name).
    display_name: str = setting("", "general")
    # A folder (a team's synced drive) the last finished week's export is written to once a
    # week ("": off); see core/weekly_export.py.
    weekly_export_folder: str = setting("", "general", kind="folder")

    day_start: str = setting("04:00", "days", kind="time")
    working_weekdays: tuple[int, ...] = setting(
        tuple(sorted(MONDAY_TO_FRIDAY)), "days", kind="weekdays"
    )
    days_off: tuple[DayOff, ...] = setting((), "days", kind="days_off")

    one_thing_time: str = setting("08:30", "reminders", kind="time")
    end_of_day_time: str = setting("17:30", "reminders", kind="time")
    review_weekday: int = setting(4, "reminders", low=0, high=6, kind="weekday")
    review_time: str = setting("16:00", "reminders", kind="time")
    nudge_enabled: bool = setting(True, "reminders")
    nudge_time: str = setting("11:00", "reminders", kind="time")

    presets: tuple[int, ...] = setting(
        (25, 50, 90), "timer", low=MIN_BLOCK_MINUTES, high=MAX_BLOCK_MINUTES, kind="presets"
    )
    short_break_minutes: int = setting(5, "timer", low=1, high=30)
    long_break_minutes: int = setting(15, "timer", low=5, high=60)
    long_break_every: int = setting(4, "timer", low=2, high=10)
    strict_default: bool = setting(False, "timer")
    # Minutes with no input during a block before coming back asks what the time was.
    away_minutes: int = setting(5, "timer", low=2, high=60)

    blocked_domains: tuple[str, ...] = setting((), "blocking", kind="domains")
    # Pages blocked by host and path ("linkedin.com/feed"): only the browser extension can.
    blocked_pages: tuple[str, ...] = setting((), "blocking", kind="pages")
    blocked_apps: tuple[str, ...] = setting((), "blocking", kind="apps")

    freezes_enabled: bool = setting(True, "streaks")

    # What Today proposes around the calendar's meetings (core/planner.py).
    work_start: str = setting("09:00", "planning", kind="time")
    work_end: str = setting("18:00", "planning", kind="time")
    prep_minutes: int = setting(15, "planning", low=0, high=60)  # 0: no prep proposed
    power_hours: int = setting(2, "planning", low=0, high=4)
    # Blocks that start by themselves (core/schedule.py), edited on their own Settings page.
    scheduled_blocks: tuple[ScheduledBlock, ...] = setting((), "schedule", kind="schedule")

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise a ValidationError naming the first value out of bounds."""
        from focusapp.core.days import parse_time_of_day, validate_weekdays

        for f in fields(self):
            value = getattr(self, f.name)
            meta = f.metadata
            if meta.get("kind") == "time":
                parse_time_of_day(value)
            choices = meta.get("choices")
            if choices is not None and value not in choices:
                raise ValidationError(
                    "setting.choice", f"{f.name}: '{value}' is not one of {choices}.", name=f.name
                )
            values = value if meta.get("kind") == "presets" else (value,)
            if meta.get("low") is not None:
                for v in values:
                    if (
                        isinstance(v, bool)
                        or not isinstance(v, int)
                        or not meta["low"] <= v <= meta["high"]
                    ):
                        raise ValidationError(
                            "setting.range",
                            f"{f.name} must be between {meta['low']} and {meta['high']}, not {v}.",
                            name=f.name,
                            low=meta["low"],
                            high=meta["high"],
                            value=v,
                        )
        validate_weekdays(self.working_weekdays)
        if parse_time_of_day(self.work_end) <= parse_time_of_day(self.work_start):
            raise ValidationError("working_hours.order", "Working hours end after they start.")
        if not self.presets:
            raise ValidationError("setting.presets", "Keep at least one timer preset.")

    @property
    def day_rules(self) -> DayRules:
        from focusapp.core.days import parse_time_of_day

        return DayRules(
            day_start=parse_time_of_day(self.day_start),
            working_weekdays=frozenset(self.working_weekdays),
            days_off=self.days_off,
        )

    def updated(self, **changes: Any) -> Settings:
        return replace(self, **changes)


# ---- weekly review --------------------------------------------------------------------


@dataclass(frozen=True)
class Reflections:
    """The three reflection prompts of a weekly review (SPEC §9), saved with their week."""

    week: IsoWeek
    worked: str = ""  # what worked
    change: str = ""  # what to change
    priorities: Mapping[str, str] = field(default_factory=dict)  # role id -> next week's priority
