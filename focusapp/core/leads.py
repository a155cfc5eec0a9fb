"""Speed-to-lead (issue 12): an inbound lead must be touched within minutes, or what it cost
is wasted.

"New lead" starts a clock for the lead against its role's target (five minutes unless the
role says otherwise, Settings → Roles); "touched" stops it. A lead not touched by its target
is warned about once (`Lead.warned`), never again.

How time is counted, and why:

- **Wall minutes.** The clock is the real time between the lead's arrival and its first
  touch, whatever the offsets the two instants carry: a lead that comes in at 01:58 the
  night clocks go forward and is touched at 03:01 waited 3 minutes, not 63. The clock does
  not stop at night or on days off: a buyer who filled a form at 23:58 waited all night, and
  that is what speed-to-lead measures.
- **The week it counts in** is the week of the lead's *working day*: the local day of its
  arrival (with the day start, as for blocks: 01:30 belongs to the evening before) when that
  is a working day, else the next working day. A lead arriving at 23:58 on the Friday
  evening before a day off belongs to Friday and Friday's week; one arriving on the
  Saturday belongs to Monday and Monday's week, the first day it could be touched.
- **A week's figures** (`lead_figures`): the leads of the week, how many were touched
  within their target, late, or not at all (so far); the median time to first touch of
  those touched (a lead never touched has no first touch); the share within target, of all
  the week's leads (an untouched one is not within it).
- **A lead set aside** as not a lead (spam, a duplicate) counts nowhere: not in the week's
  leads, not as untouched. Only a waiting one can be set aside: a lead touched was real.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from focusapp.core.days import DayRules, local_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_text

DEFAULT_LEAD_MINUTES = 5
MAX_LEAD_MINUTES = 24 * 60
MAX_LEAD_NAME_CHARS = 80
MIN_ID_PREFIX = 4  # `focusapp lead --touched ID` takes the first characters of an id
# A touch during a focus block is logged on it as an interruption of this kind: allowed for
# the role, so the block goes on, and counted as an interruption, not a distraction.
LEAD_INTERRUPTION = "lead"
# The roles that work inbound leads: the qualifier, and the solo seller who does it all.
LEAD_ROLES = ("inbound_qualifier", "solo")
_WORKING_DAY_LOOKAHEAD = 366


@dataclass(frozen=True)
class Lead:
    """An inbound lead, from its arrival to its first touch (or its drop)."""
    id: str
    at: datetime  # when it came in
    role: str
    target_minutes: int  # the role's target when it came in: a later edit keeps history
    name: str = ""  # optional: a rep may start the clock before reading the name
    touched_at: datetime | None = None  # the first touch
    warned: bool = False  # the one notification at its target was given
    # Set aside as not a lead (spam, a duplicate, a wrong number): its clock stops and it
    # counts nowhere, so one junk form never reads as a lead left untouched.
    dropped_at: datetime | None = None

    @property
    def due(self) -> datetime:
        """The instant its target runs out, in UTC (arithmetic on a zone's wall time would
        be an hour off across a DST switch)."""
        return self.at.astimezone(UTC) + timedelta(minutes=self.target_minutes)

    def waited(self, now: datetime) -> timedelta:
        """Real time from arrival to the first touch (to `now` while untouched), counted in
        UTC: two instants of one zone subtract as wall times, an hour off across DST."""
        end = (self.touched_at or now).astimezone(UTC)
        return max(timedelta(0), end - self.at.astimezone(UTC))

    @property
    def in_time(self) -> bool:
        """Touched within its target."""
        return self.touched_at is not None and self.waited(self.touched_at) <= timedelta(
            minutes=self.target_minutes)

    @property
    def is_waiting(self) -> bool:
        """Neither touched nor set aside: its clock runs."""
        return self.touched_at is None and self.dropped_at is None

    def overdue(self, now: datetime) -> bool:
        """Still untouched at or after its target."""
        return self.touched_at is None and now.astimezone(UTC) >= self.due

    def touched(self, now: datetime) -> Lead:
        if self.touched_at is not None:
            return self
        # A clock set back never makes a touch come before the lead.
        return replace(self, touched_at=now if self.waited(now) else self.at)

    def dropped(self, now: datetime) -> Lead:
        return self if self.dropped_at is not None else replace(self, dropped_at=now)

    def working_day(self, rules: DayRules) -> date:
        """The working day it counts for (see the module docstring)."""
        day = local_day(self.at, rules.day_start)
        # No working day in a year: the day it came in.
        return _nearest_working_day(day, timedelta(days=1), rules) or day


def arrivals_counting_for(first: date, last: date, rules: DayRules) -> tuple[date, date]:
    """The wall dates between which came in every lead whose working day is from `first` to
    `last`, and a few more (`lead_figures` keeps the right ones): a lead counts for the first
    working day on or after its local day, which is its wall date or, before the day start,
    the day before. So from the day after the last working day before `first` (a lead of a
    day off counts for the next working day) to the day after `last`."""
    a_day = timedelta(days=1)
    before = _nearest_working_day(first - a_day, -a_day, rules)
    if before is None:  # no working day in the year before: as far back as was looked
        before = first - a_day * (_WORKING_DAY_LOOKAHEAD + 1)
    return before + a_day, last + a_day


def _nearest_working_day(day: date, step: timedelta, rules: DayRules) -> date | None:
    """The first working day from `day` on, walking by `step` (a day forth or back) for a
    year at most; None when there is none."""
    for offset in range(_WORKING_DAY_LOOKAHEAD):
        candidate = day + step * offset
        if rules.is_working_day(candidate):
            return candidate
    return None


def lead_clock(seconds: int) -> str:
    """A wait as a clock, the same in every language: '4:07', '1:02:15' past an hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def validate_lead_name(text: str) -> str:
    """One line, possibly empty, at most `MAX_LEAD_NAME_CHARS`."""
    return validate_text(text, MAX_LEAD_NAME_CHARS, required=False, code="lead_name")


def validate_lead_minutes(minutes: int) -> int:
    """A role's speed-to-lead target: whole minutes, from 1 to a day."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            1 <= minutes <= MAX_LEAD_MINUTES):
        raise ValidationError("lead_minutes.range", f"The speed-to-lead target is from 1 to "
                              f"{MAX_LEAD_MINUTES} minutes, not {minutes}.", low=1,
                              high=MAX_LEAD_MINUTES, value=minutes)
    return minutes


def waiting(leads: Iterable[Lead]) -> tuple[Lead, ...]:
    """The leads not touched yet, oldest first: the live clocks."""
    return tuple(sorted((lead for lead in leads if lead.is_waiting),
                        key=lambda lead: (lead.at, lead.id)))


def due_for_warning(leads: Iterable[Lead], now: datetime) -> tuple[Lead, ...]:
    """The untouched leads at or past their target that were never warned about."""
    return tuple(lead for lead in waiting(leads) if lead.overdue(now) and not lead.warned)


def find_waiting(leads: Iterable[Lead], key: str) -> Lead:
    """The waiting lead called `key` (case aside; the oldest of that name), else the one
    whose id starts with `key` (at least `MIN_ID_PREFIX` characters); ValidationError
    "lead.unknown" when none or several ids match."""
    live = waiting(leads)
    wanted = key.strip()
    named = [lead for lead in live if lead.name and lead.name.casefold() == wanted.casefold()]
    if named:
        return named[0]
    prefix = wanted.lower()
    by_id = [lead for lead in live if lead.id.startswith(prefix)]
    if len(prefix) >= MIN_ID_PREFIX and len(by_id) == 1:
        return by_id[0]
    raise ValidationError("lead.unknown", f"No lead waiting is called '{wanted}' or has an "
                          f"id starting with it.", key=wanted)


# ---- a week's figures --------------------------------------------------------------------


@dataclass(frozen=True)
class LeadFigures:
    """A period's leads: how fast they were first touched."""

    arrived: int = 0
    in_time: int = 0
    late: int = 0
    untouched: int = 0
    median_seconds: float | None = None  # of the touched ones; None when none was touched

    @property
    def share_in_time(self) -> float | None:
        """Touched within target, of all the period's leads; None when none came (not 0 %)."""
        return self.in_time / self.arrived if self.arrived else None


def figures_of(leads: Iterable[Lead]) -> LeadFigures:
    """The figures of these leads, whenever they came."""
    waits: list[float] = []
    in_time = untouched = 0
    arrived = 0
    for lead in leads:
        if lead.dropped_at is not None:
            continue
        arrived += 1
        if lead.touched_at is None:
            untouched += 1
            continue
        waits.append(lead.waited(lead.touched_at).total_seconds())
        in_time += lead.in_time
    return LeadFigures(arrived, in_time, len(waits) - in_time, untouched,
                       _median(waits) if waits else None)


def _median(values: list[float]) -> float:
    # statistics loads fractions and decimal (10 ms): only when there is a lead to time.
    import statistics

    return statistics.median(values)


def lead_figures(leads: Iterable[Lead], first: date, last: date, rules: DayRules,
                 role: str | None = None) -> LeadFigures:
    """The figures of the leads whose working day is from `first` to `last` (of `role`
    only, when given)."""
    return figures_of(lead for lead in leads
                      if (role is None or lead.role == role)
                      and first <= lead.working_day(rules) <= last)
