"""The user's calendar, read: which meetings fall on a day, and which of them make the user busy.

Parsing and recurrence are the `icalendar` and `recurring-ical-events` packages' (RRULE,
EXDATE, RECURRENCE-ID, VTIMEZONE, all-day events): nothing here parses ICS by hand. Both are
pure (no files, no network, no clock), so the rules live here with the rest of the core:
what a broken event or an unknown time zone costs (that event, never the calendar), which
events are only shown (all-day, `TRANSP:TRANSPARENT`) and which are left out (declined by
the user, cancelled), and what a day is (the app's day start to the next one, in the
user's zone).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from urllib.parse import urlsplit

import icalendar
import recurring_ical_events

from focusapp.core.errors import CodedError, ValidationError

# Where an attendee's address is its own property value ("mailto:ana@example.com").
_MAILTO = "mailto:"
# What a calendar's text starts with once blank lines and a byte-order mark are skipped.
_ICS_START = b"BEGIN:VCALENDAR"
# Properties whose value carries a time zone; an event whose zone is unknown is left out.
_DATED = ("DTSTART", "DTEND", "RECURRENCE-ID")


@dataclass(frozen=True)
class ReadCalendar:
    """A calendar as parsed, with what had to be left out of it."""

    calendar: icalendar.Calendar
    events: int  # events kept (a recurring series counts once)
    broken: int  # events left out: a property that could not be read
    unknown_zones: tuple[str, ...]  # time zones no VTIMEZONE nor the system knows, sorted


@dataclass(frozen=True)
class Meeting:
    """One event on the user's day, in the user's zone."""

    start: datetime  # aware; an all-day event: the day's midnight
    end: datetime
    title: str
    busy: bool  # False for an all-day event and a transparent one: shown, never busy
    all_day: bool
    calendar: str  # the calendar's name, as the user knows it


@dataclass(frozen=True)
class DayCalendar:
    """What one calendar brings to a day: the calendar and the user's addresses in it."""

    name: str
    read: ReadCalendar
    me: frozenset[str]  # lower-case addresses, without "mailto:"


def normal_location(text: str) -> str:
    """Where a calendar is: an http(s) address (a `webcal://` one is the same address over
    https) or an absolute file path. Refused: anything else."""
    text = text.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "webcal":
        text = "https" + text[len("webcal"):]
        scheme = "https"
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise ValidationError("calendar.address", "not an address", value=text)
        return text
    if len(scheme) > 1:  # "ftp:", "file:"; a one-letter scheme is a Windows drive ("C:")
        raise ValidationError("calendar.scheme", "not http(s) nor a file", value=text)
    if not text:
        raise ValidationError("calendar.address", "empty", value=text)
    return text


def addresses(texts: Iterable[str]) -> frozenset[str]:
    """The user's addresses as attendees carry them: lower case, without "mailto:"."""
    return frozenset(_address(t) for t in texts if _address(t))


def _address(text: str) -> str:
    text = text.strip().lower()
    return text.removeprefix(_MAILTO)


def read_calendar(data: bytes) -> ReadCalendar:
    """`data` as a calendar. Refused whole: a web page (a login page, a wrong link) and
    anything else that is not a calendar. Left out, one by one: events that cannot be read
    and events in an unknown time zone; the rest loads."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if head[:1] == b"<":
        raise CodedError("calendar.html", "a web page, not a calendar")
    if not head.upper().startswith(_ICS_START):
        raise CodedError("calendar.not_ics", "not an iCalendar file")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        raise CodedError("calendar.not_ics", f"not an iCalendar file: {error}") from error
    return _without_bad_events(calendar)


def _without_bad_events(calendar: icalendar.Calendar) -> ReadCalendar:
    kept: list[icalendar.cal.Component] = []
    broken = 0
    events = 0
    zones: set[str] = set()
    for component in calendar.subcomponents:
        if component.name != "VEVENT":
            kept.append(component)
            continue
        if component.errors or "DTSTART" not in component:
            broken += 1
            continue
        unknown = _unknown_zones(component)
        if unknown:
            zones |= unknown
            continue
        kept.append(component)
        events += 1
    calendar.subcomponents = kept
    return ReadCalendar(calendar, events, broken, tuple(sorted(zones)))


def _unknown_zones(event: icalendar.cal.Component) -> set[str]:
    """The zones an event names that neither the calendar nor the system knows: icalendar
    then gives a time without a zone, which would silently be read as the user's."""
    unknown = set()
    for name in _DATED:
        prop = event.get(name)
        if prop is None:
            continue
        zone = prop.params.get("TZID")
        value = prop.dt
        if zone and isinstance(value, datetime) and value.tzinfo is None:
            unknown.add(str(zone))
    return unknown


def day_bounds(day: date, day_start: time, zone: tzinfo) -> tuple[datetime, datetime]:
    """The app's day: from its day start to the next day's, in the user's zone."""
    start = datetime.combine(day, day_start, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), day_start, tzinfo=zone)
    return start, end


def meetings_of_day(calendars: Sequence[DayCalendar], day: date, day_start: time,
                    zone: tzinfo) -> tuple[Meeting, ...]:
    """The day's events from every calendar: all-day ones first, then by start."""
    start, end = day_bounds(day, day_start, zone)
    found: list[Meeting] = []
    for source in calendars:
        for event in recurring_ical_events.of(source.read.calendar).between(start, end):
            meeting = _meeting(event, source, day, zone)
            if meeting is not None and (meeting.all_day or meeting.end > start):
                found.append(meeting)
    return tuple(sorted(found, key=lambda m: (not m.all_day, m.start, m.end, m.title)))


def _meeting(event: icalendar.cal.Component, source: DayCalendar, day: date,
             zone: tzinfo) -> Meeting | None:
    if _declined(event, source.me) or str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    first = event.decoded("DTSTART")
    last = event.decoded("DTEND") if "DTEND" in event else None
    title = str(event.get("SUMMARY", "")).strip()
    if not isinstance(first, datetime):  # a date: an all-day event, on the days it covers
        until = last if isinstance(last, date) and last > first else first + timedelta(days=1)
        if not first <= day < until:
            return None
        midnight = datetime.combine(day, time(), tzinfo=zone)
        return Meeting(midnight, midnight + timedelta(days=1), title, False, True, source.name)
    begin = _in_zone(first, zone)
    finish = _in_zone(last, zone) if isinstance(last, datetime) else begin + _duration(event)
    transparent = str(event.get("TRANSP", "")).upper() == "TRANSPARENT"
    return Meeting(begin, finish, title, not transparent, False, source.name)


def _in_zone(value: datetime, zone: tzinfo) -> datetime:
    # A time without a zone ("floating") is the same wall-clock time wherever the user is.
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def _duration(event: icalendar.cal.Component) -> timedelta:
    value = event.decoded("DURATION") if "DURATION" in event else None
    return value if isinstance(value, timedelta) else timedelta()


def _declined(event: icalendar.cal.Component, me: frozenset[str]) -> bool:
    """The user is an attendee and said no (their address among `me`)."""
    if not me:
        return False
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    return any(_address(str(a)) in me and str(a.params.get("PARTSTAT", "")).upper() == "DECLINED"
               for a in attendees)
