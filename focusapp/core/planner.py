"""The day planned around its meetings (issue 13): what Today proposes, never does by itself.

From the day's meetings, the working hours, the user's roles, the blocks already finished
and the present instant, `plan_day` proposes:

- **prep** before each busy, timed meeting: up to `prep_minutes` of the free time right
  before it. The calendar as read keeps no attendee list, so every busy meeting counts as
  external. Prep goes on the "meeting preparation" activity of the first enabled role that
  has it (Field Sales, or a solo seller doing the Field Sales practice); a user with no
  such role gets it on their first enabled role, as "other work".
- a **next step** reminder right after each meeting (the first free minutes after it, if
  within half an hour of its end), for
  a user whose roles log dated next steps (Field Sales' instrument, core/next_steps.py);
- **power hours** (the outbound prospecting block) for a user whose roles have that
  activity: `power_hours` a day, less those already finished today, each in the largest
  free slot left; where in that slot moves with the day of the week (start, middle, end),
  so the week does not hit the same hour every day.

Nothing is proposed on a day off, outside working hours, outside the app's day, before
`now`, over a meeting, over a block the user accepted, or over another proposal. All the
arithmetic is done in UTC: on a DST day the local wall clock skips or repeats an hour.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from focusapp.core.days import DayRules, parse_time_of_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import Block, Settings
from focusapp.core.roles import RoleConfig, RoleId

if TYPE_CHECKING:  # core.calendar imports icalendar: the planner needs only the dataclass
    from focusapp.core.calendar import Meeting

PREP_ACTIVITY = "field_sales.meeting_preparation"
HELD_ACTIVITY = "field_sales.prospect_meetings"  # its count is "meetings held"
NEXT_STEP_ACTIVITY = "field_sales.dated_next_step"
POWER_HOUR_ACTIVITY = "outbound_prospector.prospecting_block"
POWER_HOUR = timedelta(minutes=60)
NEXT_STEP_LENGTH = timedelta(minutes=5)
# A next step is proposed within this long after its meeting, or not at all: later, Today's
# list of meetings without a dated next step (issue 12) already asks for it.
NEXT_STEP_WITHIN = timedelta(minutes=30)
MIN_PREP = timedelta(minutes=5)  # less free time than this before a meeting: no prep
STEP = timedelta(minutes=5)  # proposals start on a multiple of five minutes


class Kind(StrEnum):
    PREP = "prep"
    NEXT_STEP = "next_step"
    POWER_HOUR = "power_hour"


@dataclass(frozen=True)
class Proposal:
    """A block Today proposes; `key` names it for the day (what the user accepted or
    skipped is stored under it), `meeting` the title of the meeting it serves."""

    key: str
    kind: Kind
    start: datetime  # aware, in the user's zone
    end: datetime
    role: str
    activity: str | None
    meeting: str = ""

    @property
    def minutes(self) -> int:
        # In UTC: on a DST day the wall clock of one zone skips or repeats an hour.
        return round((_utc(self.end) - _utc(self.start)).total_seconds() / 60)


@dataclass(frozen=True)
class PlanRules:
    """The planner's settings: working hours (local wall-clock times) and what to propose."""

    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    prep_minutes: int = 15
    power_hours: int = 2
    day: DayRules = field(default_factory=DayRules)

    def __post_init__(self) -> None:
        if self.work_end <= self.work_start:
            raise ValidationError("working_hours.order",
                                  "Working hours end after they start.")


def plan_rules(settings: Settings) -> PlanRules:
    return PlanRules(parse_time_of_day(settings.work_start),
                     parse_time_of_day(settings.work_end), settings.prep_minutes,
                     settings.power_hours, settings.day_rules)


Span = tuple[datetime, datetime]  # UTC, start < end


def plan_day(day: date, now: datetime, zone: tzinfo, meetings: Sequence[Meeting],
             roles: Sequence[RoleConfig], finished: Iterable[Block], rules: PlanRules,
             accepted: Sequence[Proposal] = (), skipped: frozenset[str] = frozenset(),
             scheduled: Sequence[tuple[datetime, datetime, str | None]] = (),
             ) -> tuple[Proposal, ...]:
    """What to propose for `day`, by start; the accepted and skipped ones are not
    proposed again (an accepted one keeps its place: nothing is put over it). `scheduled`:
    the blocks that start by themselves that day (start, end, activity): nothing is put
    over them, and a scheduled power hour still to come is one of the day's power hours."""
    if not rules.day.is_working_day(day):
        return ()
    finished = tuple(finished)
    busy = [(_utc(m.start), _utc(m.end)) for m in meetings if m.busy and not m.all_day]
    taken = [*busy, *((_utc(p.start), _utc(p.end)) for p in accepted),
             *((_utc(b.start), _utc(b.end)) for b in finished if b.end is not None),
             *((_utc(start), _utc(end)) for start, end, _ in scheduled)]
    free = _free(_working_span(day, zone, rules), _utc(now), taken)
    decided = skipped | {p.key for p in accepted}
    proposals: list[Proposal] = []

    def place(proposal: Proposal) -> None:
        nonlocal free
        if proposal.key not in decided:
            proposals.append(proposal)
        free = _minus(free, (_utc(proposal.start), _utc(proposal.end)))

    timed = sorted((m for m in meetings if m.busy and not m.all_day), key=lambda m: m.start)
    # The next step first: noted while the meeting is fresh, it takes the minutes right
    # after it even when the next meeting's prep would want them.
    next_step_on = role_with(roles, NEXT_STEP_ACTIVITY)
    for meeting in timed if next_step_on else ():
        span = _first_fit(free, _utc(meeting.end), NEXT_STEP_LENGTH)
        if span is not None and next_step_on is not None and \
                span[0] - _utc(meeting.end) <= NEXT_STEP_WITHIN:
            place(_proposal(Kind.NEXT_STEP, meeting, span, zone, next_step_on,
                            NEXT_STEP_ACTIVITY))
    prep_on = _prep_role(roles)
    for meeting in timed if rules.prep_minutes else ():
        span = _prep_span(free, _utc(meeting.start), timedelta(minutes=rules.prep_minutes))
        if span is not None and prep_on is not None:
            place(_proposal(Kind.PREP, meeting, span, zone, *prep_on))
    power_on = role_with(roles, POWER_HOUR_ACTIVITY)
    done = (sum(1 for b in finished if b.finished and b.activity == POWER_HOUR_ACTIVITY)
            + sum(1 for start, _, activity in scheduled
                  if activity == POWER_HOUR_ACTIVITY and _utc(start) >= _utc(now)))
    for n in range(done + 1, rules.power_hours + 1) if power_on else ():
        span = _power_span(free, day)
        if span is None or power_on is None:
            break
        place(Proposal(f"{Kind.POWER_HOUR}:{n}", Kind.POWER_HOUR, span[0].astimezone(zone),
                       span[1].astimezone(zone), power_on, POWER_HOUR_ACTIVITY))
    return tuple(sorted(proposals, key=lambda p: p.start))


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


def _working_span(day: date, zone: tzinfo, rules: PlanRules) -> Span:
    """Working hours on `day`, inside the app's day (day start to the next day start)."""
    begin = datetime.combine(day, rules.day.day_start, tzinfo=zone)
    after = datetime.combine(day + timedelta(days=1), rules.day.day_start, tzinfo=zone)
    start = datetime.combine(day, rules.work_start, tzinfo=zone)
    end = datetime.combine(day, rules.work_end, tzinfo=zone)
    return max(_utc(begin), _utc(start)), min(_utc(after), _utc(end))


def _free(span: Span, now: datetime, busy: Iterable[Span]) -> list[Span]:
    """The free spans of `span` from `now` on (rounded up to the next five minutes)."""
    start = max(span[0], _round_up(now))
    free = [(start, span[1])] if start < span[1] else []
    for taken in busy:
        free = _minus(free, taken)
    return free


def _round_up(instant: datetime) -> datetime:
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    steps = -(-(instant - epoch) // STEP)
    return epoch + steps * STEP


def _minus(free: Iterable[Span], taken: Span) -> list[Span]:
    left: list[Span] = []
    for start, end in free:
        if taken[1] <= start or taken[0] >= end:
            left.append((start, end))
            continue
        if start < taken[0]:
            left.append((start, taken[0]))
        if taken[1] < end:
            left.append((taken[1], end))
    return left


def _prep_span(free: Sequence[Span], meeting_start: datetime, length: timedelta) -> Span | None:
    """The free time right before the meeting, up to `length`, if there is enough of it."""
    for start, end in free:
        if end == meeting_start:
            begin = max(start, meeting_start - length)
            return (begin, end) if end - begin >= MIN_PREP else None
    return None


def _first_fit(free: Sequence[Span], after: datetime, length: timedelta) -> Span | None:
    for start, end in sorted(free):
        begin = max(start, after)
        if end - begin >= length:
            return begin, begin + length
    return None


def _power_span(free: Sequence[Span], day: date) -> Span | None:
    """An hour in the largest free span (the earliest of equals): at its start, middle or
    end as the day of the week goes."""
    fits = [s for s in free if s[1] - s[0] >= POWER_HOUR]
    if not fits:
        return None
    start, end = max(fits, key=lambda s: (s[1] - s[0], -s[0].timestamp()))
    slack = end - start - POWER_HOUR
    offset = (slack * (day.weekday() % 3)) / 2 // STEP * STEP
    return start + offset, start + offset + POWER_HOUR


def _prep_role(roles: Sequence[RoleConfig]) -> tuple[str, str | None] | None:
    role = role_with(roles, PREP_ACTIVITY)
    if role is not None:
        return role, PREP_ACTIVITY
    first = next((r for r in roles if r.enabled), None)
    return (first.role.value, None) if first else None


def role_with(roles: Sequence[RoleConfig], activity: str) -> str | None:
    """The first enabled role holding `activity` (Field Sales' own before a solo seller's)."""
    holders = [r for r in roles if r.enabled and r.activity(activity) is not None]
    holders.sort(key=lambda r: r.role is RoleId.SOLO)
    return holders[0].role.value if holders else None


def _proposal(kind: Kind, meeting: Meeting, span: Span, zone: tzinfo, role: str,
              activity: str | None) -> Proposal:
    key = f"{kind}:{_utc(meeting.start).isoformat()}:{meeting.title}"
    return Proposal(key, kind, span[0].astimezone(zone), span[1].astimezone(zone), role,
                    activity, meeting.title)


def free_slots(day: date, now: datetime, zone: tzinfo, meetings: Sequence[Meeting],
               taken: Iterable[tuple[datetime, datetime]], rules: PlanRules,
               shortest: timedelta = timedelta(minutes=15)) -> tuple[tuple[datetime, datetime],
                                                                    ...]:
    """The working time still free on `day` from `now` on, at least `shortest` long: what
    the meetings and `taken` (blocks done, proposed or accepted) leave."""
    if not rules.day.is_working_day(day):
        return ()
    busy = [(_utc(m.start), _utc(m.end)) for m in meetings if m.busy and not m.all_day]
    spans = _free(_working_span(day, zone, rules), _utc(now),
                  [*busy, *((_utc(s), _utc(e)) for s, e in taken)])
    return tuple((s.astimezone(zone), e.astimezone(zone)) for s, e in sorted(spans)
                 if e - s >= shortest)


def held_meetings(meetings: Sequence[Meeting], now: datetime) -> int:
    """The calendar's busy, timed meetings over by `now`: the meetings held so far."""
    return sum(1 for m in meetings if m.busy and not m.all_day and m.end <= now)
