"""The Business Developer's instrument (issue 12): follow-ups within 48 hours.

"Met at an event / partner call" makes a follow-up: a name and a due time (48 hours later
by default). Today lists the open ones by due time; the tray warns once when one is due
within 4 hours; the review counts, among the follow-ups due in the week, those done in
time, done late and still overdue.

Due times are instants: "48 h" is 48 real hours, whatever a DST change does to the wall
clock in between, and a day off does not stop them (the person met waits as long). A
follow-up belongs to the week of its due time's local day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from focusapp.core.days import local_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_text

MAX_NAME_CHARS = 80
DEFAULT_DUE = timedelta(hours=48)
MAX_DUE = timedelta(days=90)
WARN_BEFORE = timedelta(hours=4)  # the tray warns once when one is due within this

_DUE_RE = re.compile(r"^\s*(\d{1,5})\s*([mhdj])\s*$", re.IGNORECASE)  # j: jours
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1),
          "j": timedelta(days=1)}


@dataclass(frozen=True)
class FollowUp:
    """Someone to follow up by a due time, until it is marked done."""
    id: str
    name: str  # whom to follow up: "Claire Dubois (Salon VivaTech)"
    at: datetime  # when it was made
    due: datetime
    done_at: datetime | None = None
    warned: bool = False  # the tray said it is due soon: said once, never again

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, now: datetime) -> bool:
        return self.done_at is None and now > self.due

    def due_day(self, day_start: time) -> date:
        return local_day(self.due, day_start)

    def marked_done(self, now: datetime) -> FollowUp:
        return replace(self, done_at=now)


def follow_up_name(text: str) -> str:
    return validate_text(text, MAX_NAME_CHARS, required=True, code="follow_up_name")


def parse_due(text: str) -> timedelta:
    """'48h', '2d' (or '2j'), '90m' → the delay until the follow-up is due: from a minute
    to 90 days. ValidationError "follow_up_due.format" / "follow_up_due.range"."""
    match = _DUE_RE.match(text or "")
    if not match:
        raise ValidationError("follow_up_due.format", f"'{text}' is not a delay; write it "
                              "as hours (48h), days (2d) or minutes (90m).", text=text)
    delay = int(match.group(1)) * _UNITS[match.group(2).lower()]
    if not timedelta(minutes=1) <= delay <= MAX_DUE:
        raise ValidationError("follow_up_due.range", f"A follow-up is due within "
                              f"{MAX_DUE.days} days, not '{text}'.", text=text,
                              days=MAX_DUE.days)
    return delay


def due_after(now: datetime, delay: timedelta) -> datetime:
    """`now + delay` in real time, shown in `now`'s zone: across a DST change, 48 h are
    48 h (aware arithmetic within one zone would add wall-clock hours instead)."""
    return (now.astimezone(UTC) + delay).astimezone(now.tzinfo)


def open_by_due(follow_ups: Iterable[FollowUp]) -> tuple[FollowUp, ...]:
    """The follow-ups not done yet, the soonest due first."""
    return tuple(sorted((f for f in follow_ups if not f.done), key=lambda f: (f.due, f.id)))


def to_warn(follow_ups: Iterable[FollowUp], now: datetime,
            before: timedelta = WARN_BEFORE) -> tuple[FollowUp, ...]:
    """Open follow-ups due within `before` (or already overdue) that were never warned
    about: the tray warns once for each, never again."""
    return tuple(f for f in open_by_due(follow_ups)
                 if not f.warned and f.due - now <= before)


@dataclass(frozen=True)
class FollowUpFigures:
    """The follow-ups due over a period: done in time, done late, still overdue, still to
    come (due later in the period than now)."""

    in_time: int = 0
    late: int = 0
    overdue: int = 0
    pending: int = 0

    @property
    def due(self) -> int:
        return self.in_time + self.late + self.overdue + self.pending

    @property
    def done(self) -> int:
        return self.in_time + self.late


def follow_up_figures(follow_ups: Iterable[FollowUp], first: date, last: date,
                      day_start: time, now: datetime) -> FollowUpFigures:
    """The figures of the follow-ups whose due day is from `first` to `last`."""
    row = [0, 0, 0, 0]
    for follow_up in follow_ups:
        if not first <= follow_up.due_day(day_start) <= last:
            continue
        if follow_up.done_at is not None:
            row[0 if follow_up.done_at <= follow_up.due else 1] += 1
        else:
            row[2 if follow_up.overdue(now) else 3] += 1
    return FollowUpFigures(*row)
