"""Days, working days, days off and ISO weeks (SPEC §3).

A *day* runs from the day start (default 04:00 local) to the next day start, so work after
midnight counts for the evening it belongs to. Instants are timezone-aware datetimes that
carry the UTC offset in force when they were recorded; a block belongs to the local day of
its start *in that offset*, so a later time-zone change or a DST switch never moves it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import compress, cycle

from focusapp.core.errors import ValidationError

DEFAULT_DAY_START = time(4, 0)
MONDAY_TO_FRIDAY = frozenset(range(5))  # date.weekday(): Monday is 0

_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DayOff:
    """An inclusive range of days off (holiday, leave, sick day); a single day has first == last."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                "day_off.reversed",
                f"A day-off range cannot end ({self.last}) before it starts ({self.first}).",
                first=self.first,
                last=self.last,
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class DayRules:
    """What makes a day a working day, and when a day starts."""

    day_start: time = DEFAULT_DAY_START
    working_weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    days_off: tuple[DayOff, ...] = field(default_factory=tuple)

    def is_day_off(self, day: date) -> bool:
        return any(day in off for off in self.days_off)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_weekdays and not self.is_day_off(day)

    def working_days(self, first: date, last: date) -> Iterator[date]:
        """Working days from `first` to `last`, both included, oldest first. A week's pattern
        of working weekdays is repeated along the days, with no date arithmetic per day: the
        streaks walk five years of them at every review from scratch."""
        week = [(first.weekday() + i) % 7 in self.working_weekdays for i in range(7)]
        working = compress(iter_days(first, last), cycle(week))
        if not self.days_off:
            return working
        return (day for day in working if not self.is_day_off(day))


def require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"instant {instant!r} has no UTC offset")


def local_day(instant: datetime, day_start: time = DEFAULT_DAY_START) -> date:
    """The day an instant belongs to, in the offset the instant carries.

    The wall-clock time is shifted back by the day start, so 01:30 with a 04:00 day start
    belongs to the previous day. Arithmetic on an aware datetime is wall-clock arithmetic in
    its own zone, which is exactly what is wanted (and avoids a copy: this runs per block).
    """
    if instant.tzinfo is None:
        require_aware(instant)
    return (instant - _shift(day_start)).date()


@functools.cache
def _shift(day_start: time) -> timedelta:
    return timedelta(hours=day_start.hour, minutes=day_start.minute, seconds=day_start.second)


def iter_days(first: date, last: date) -> Iterator[date]:
    """Every day from `first` to `last`, both included (none when `last` is before)."""
    return map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1))


def parse_time_of_day(text: str) -> time:
    """'08:30' -> time(8, 30); anything else (25:00, 8h30, '') raises a ValidationError."""
    match = _TIME_RE.match(text or "")
    if not match:
        raise ValidationError(
            "time.format",
            f"'{text}' is not a time of day; write it as HH:MM, e.g. 08:30.",
            text=text,
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError(
            "time.range",
            f"'{text}' is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.",
            text=text,
        )
    return time(hour, minute)


def format_time_of_day(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError(
            "date.format", f"'{text}' is not a date; write it as YYYY-MM-DD.", text=text
        ) from None


def validate_weekdays(weekdays: Iterable[int]) -> frozenset[int]:
    result = frozenset(weekdays)
    if not result:
        raise ValidationError("weekdays.empty", "Choose at least one working day in the week.")
    if any(not 0 <= d <= 6 for d in result):
        raise ValidationError("weekdays.range", "Weekdays go from 0 (Monday) to 6 (Sunday).")
    return result


# ---- ISO weeks ------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week (Monday to Sunday), as the review and the exports name it."""
    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.week <= weeks_in_iso_year(self.year):
            raise ValidationError(
                "week.range",
                f"Week {self.week} does not exist in {self.year}.",
                year=self.year,
                week=self.week,
            )

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """'2026-W48' (or '2026W48') -> IsoWeek(2026, 48)."""
        match = _WEEK_RE.match(text or "")
        if not match:
            raise ValidationError(
                "week.format",
                f"'{text}' is not a week; write it as YYYY-Www, e.g. 2026-W48.",
                text=text,
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def days(self) -> tuple[date, ...]:
        monday = self.monday
        return tuple(monday + timedelta(days=i) for i in range(7))

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def weeks_in_iso_year(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]
