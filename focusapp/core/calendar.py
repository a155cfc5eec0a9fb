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
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import PurePath
from typing import Any
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
# icalendar spends about a millisecond of CPU per event of a Google export (13 properties
# each): two seconds for a busy year. So before it parses, each event keeps only the
# properties read here, and one-off events far from the days asked for are set aside
# (`_slim`); icalendar still parses every line that is kept.
_EVENT_PROPERTIES = frozenset({
    b"UID", b"SUMMARY", b"DTSTART", b"DTEND", b"DURATION", b"RRULE", b"RDATE", b"EXDATE",
    b"EXRULE", b"RECURRENCE-ID", b"TRANSP", b"STATUS", b"SEQUENCE"})
_RECURRING = frozenset({b"RRULE", b"RDATE", b"RECURRENCE-ID"})
_UNUSED_COMPONENTS = frozenset({b"VALARM", b"VTODO", b"VJOURNAL", b"VFREEBUSY",
                                b"VAVAILABILITY"})
# The days whose meetings a read around a day holds: the day before and a week ahead (the
# app reads its calendars again every few minutes). One-off events are read when they
# overlap these days with a day to spare on each side (an event's dates are in its own
# zone, a day off at most from the user's).
COVERED_BEFORE = timedelta(days=1)
COVERED_AFTER = timedelta(days=8)
MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class ReadCalendar:
    """A calendar as parsed, with what had to be left out of it."""

    calendar: icalendar.Calendar
    events: int  # events kept (a recurring series counts once)
    broken: int  # events left out: a property that could not be read
    unknown_zones: tuple[str, ...]  # time zones no VTIMEZONE nor the system knows, sorted
    window: tuple[date, date] | None = None  # the days read; None: all
    # recurring-ical-events' index of the series, built once with the calendar (it costs
    # more than a day's query): `meetings_of_day` only asks it.
    query: Any = field(default=None, compare=False, repr=False)

    def covers(self, day: date) -> bool:
        return self.window is None or self.window[0] <= day <= self.window[1]


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


def calendar_name(location: str) -> str:
    """A name for a calendar the user did not name: 'calendar.example.com basic.ics' for an
    address, 'work.ics' for a file."""
    parts = urlsplit(location)
    if parts.scheme.lower() in ("http", "https"):
        last = parts.path.rstrip("/").rsplit("/", 1)[-1]
        return f"{parts.hostname} {last}".strip()
    return PurePath(location).name


def addresses(texts: Iterable[str]) -> frozenset[str]:
    """The user's addresses as attendees carry them: lower case, without "mailto:"."""
    return frozenset(_address(t) for t in texts if _address(t))


def _address(text: str) -> str:
    text = text.strip().lower()
    return text.removeprefix(_MAILTO)


def read_calendar(data: bytes, around: date | None = None) -> ReadCalendar:
    """`data` as a calendar. Refused whole: a web page (a login page, a wrong link) and
    anything else that is not a calendar. Left out, one by one: events that cannot be read
    and events in an unknown time zone; the rest loads. `around`: read the days around this one only
    (None: all)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if head[:1] == b"<":
        raise CodedError("calendar.html", "a web page, not a calendar")
    if not head.upper().startswith(_ICS_START):
        raise CodedError("calendar.not_ics", "not an iCalendar file")
    window = (around - COVERED_BEFORE - MARGIN, around + COVERED_AFTER + MARGIN) if around \
        else None
    try:
        calendar = icalendar.Calendar.from_ical(_slim(data, window))
    except ValueError as error:
        raise CodedError("calendar.not_ics", f"not an iCalendar file: {error}") from error
    return _windowed(_without_bad_events(calendar), around)


def _windowed(read: ReadCalendar, around: date | None) -> ReadCalendar:
    """`read`, with the days whose meetings it holds in full."""
    if around is None:
        return read
    return replace(read, window=(around - COVERED_BEFORE, around + COVERED_AFTER))


def _unfolded(data: bytes) -> bytes:
    """The content lines, unfolded (RFC 5545 §3.1: a line break and one space or tab), each
    ended by a line feed."""
    return data.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"")


def _slim(data: bytes, window: tuple[date, date] | None) -> bytes:
    """The calendar with what the app reads only (`_EVENT_PROPERTIES`): whole events are
    kept or set aside by where they start, whole lines by their property name; nothing is
    parsed here. Anything unexpected (an event with no end, names in lower case) is kept
    as it is, for icalendar to read or refuse."""
    parts = _unfolded(data).split(b"\nBEGIN:VEVENT")
    kept = [parts[0]]
    for part in parts[1:]:
        body, end, rest = part.partition(b"\nEND:VEVENT")
        if not end:
            kept.append(b"\nBEGIN:VEVENT" + part)
        elif _near(body, window):
            kept += (b"\nBEGIN:VEVENT", _event_lines(body), b"\nEND:VEVENT", rest)
        else:
            kept.append(rest)
    return b"".join(kept)


def _event_lines(body: bytes) -> bytes:
    """An event's lines the app reads (of the attendees, only those who declined: the user
    may be one); the components inside it (alarms) are left out."""
    kept = []
    depth = 0
    for line in body.split(b"\n"):
        name = line.partition(b":")[0].partition(b";")[0].upper()
        if name in (b"BEGIN", b"END"):
            depth += 1 if name == b"BEGIN" else -1
        elif depth == 0 and (name in _EVENT_PROPERTIES or (
                name == b"ATTENDEE" and b"DECLINED" in line.upper())):
            kept.append(b"\n" + line)
    return b"".join(kept)


def _near(body: bytes, window: tuple[date, date] | None) -> bool:
    """A recurring event, one whose dates cannot be told here (icalendar will say what is
    wrong with it), or a one-off that overlaps `window`."""
    if window is None or any(b"\n" + name in body for name in _RECURRING):
        return True
    start = _day_of(body, b"\nDTSTART")
    end = _day_of(body, b"\nDTEND") or start
    if start is None or end is None or b"\nDURATION" in body:
        return True
    return start <= window[1] and end >= window[0]


def _day_of(body: bytes, name: bytes) -> date | None:
    """The date a property's value starts with (YYYYMMDD), or None."""
    at = body.find(name)
    if at < 0:
        return None
    line = body[at + 1:body.find(b"\n", at + 1) % (len(body) + 1)]
    value = line.rpartition(b":")[2][:8]  # a date or date-time value holds no colon
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


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
    return ReadCalendar(calendar, events, broken, tuple(sorted(zones)),
                        query=recurring_ical_events.of(calendar))


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
        for event in source.read.query.between(start, end):
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
