"""The calendar's rules: recurrences across the clock changes, exceptions, all-day and
transparent events, declined meetings, and bad events that cost only themselves."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from focusapp.core.calendar import (
    DayCalendar,
    Meeting,
    addresses,
    meetings_of_day,
    normal_location,
    read_calendar,
)
from focusapp.core.errors import CodedError
from tests.calendar_samples import (
    ACCEPTED,
    BROKEN,
    BUSY_WEEK,
    DECLINED,
    LUNCH,
    ME,
    NEW_YORK_WEEKLY,
    PARIS_MOVED,
    PARIS_WEEKLY,
    TRADE_FAIR,
    UNKNOWN_ZONE,
    event,
    ics,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
FOUR = time(4, 0)


def day_of(data: bytes, day: date, zone: ZoneInfo = PARIS, me: str = ME,
           day_start: time = FOUR) -> tuple[Meeting, ...]:
    source = DayCalendar("Work", read_calendar(data), addresses([me]))
    return meetings_of_day([source], day, day_start, zone)


def shown(meetings: tuple[Meeting, ...]) -> list[tuple[str, str, bool]]:
    return [("all day" if m.all_day else m.start.strftime("%H:%M"), m.title, m.busy)
            for m in meetings]


@pytest.mark.parametrize(("day", "paris", "new_york"), [
    (date(2026, 10, 19), "09:00", "16:00"),  # both on summer time
    (date(2026, 10, 26), "09:00", "15:00"),  # Paris on winter time, New York not yet
    (date(2026, 11, 2), "09:00", "16:00"),  # both on winter time
])
def test_weekly_meetings_keep_their_own_zones_wall_clock_across_the_clock_changes(
        day: date, paris: str, new_york: str) -> None:
    meetings = day_of(ics(PARIS_WEEKLY, NEW_YORK_WEEKLY), day)
    assert shown(meetings) == [(paris, "Pipeline review", True),
                               (new_york, "US team stand-up", True)]


def test_seen_from_new_york_the_paris_meeting_moves_and_the_new_york_one_does_not() -> None:
    data = ics(PARIS_WEEKLY, NEW_YORK_WEEKLY)
    before = day_of(data, date(2026, 10, 19), NEW_YORK, day_start=time(0))
    between = day_of(data, date(2026, 10, 26), NEW_YORK, day_start=time(0))
    assert shown(before) == [("03:00", "Pipeline review", True),
                             ("10:00", "US team stand-up", True)]
    assert shown(between) == [("04:00", "Pipeline review", True),
                              ("10:00", "US team stand-up", True)]


def test_a_moved_occurrence_shows_at_its_new_time_and_a_cancelled_one_not_at_all() -> None:
    assert shown(day_of(BUSY_WEEK, date(2026, 11, 9)))[0] == (
        "11:00", "Pipeline review (moved)", True)
    assert "Pipeline review" not in [m.title for m in day_of(BUSY_WEEK, date(2026, 11, 16))]


def test_a_busy_day_all_day_first_transparent_shown_free_declined_left_out() -> None:
    assert shown(day_of(BUSY_WEEK, date(2026, 11, 23))) == [
        ("all day", "Trade fair", False),
        ("09:00", "Pipeline review", True),
        ("12:30", "Lunch", False),
        ("16:00", "US team stand-up", True),
        ("16:00", "Demo with Acme", True),
    ]


def test_a_meeting_someone_else_declined_is_the_users_all_the_same() -> None:
    assert [m.title for m in day_of(ics(ACCEPTED), date(2026, 11, 23))] == ["Demo with Acme"]


def test_without_the_users_address_a_declined_meeting_cannot_be_told_and_is_shown() -> None:
    titles = [m.title for m in day_of(BUSY_WEEK, date(2026, 11, 23), me="")]
    assert "Vendor pitch" in titles


def test_an_all_day_event_belongs_to_its_day_only() -> None:
    assert "Trade fair" not in [m.title for m in day_of(BUSY_WEEK, date(2026, 11, 24))]
    assert "Trade fair" not in [m.title for m in day_of(BUSY_WEEK, date(2026, 11, 22))]


def test_the_day_runs_from_the_apps_day_start() -> None:
    # 03:00 Paris on the 24th is still the 23rd for a day that starts at 04:00.
    late = ics(ACCEPTED.replace("20261123T150000Z", "20261124T020000Z")
               .replace("20261123T160000Z", "20261124T023000Z"))
    assert [m.title for m in day_of(late, date(2026, 11, 23))] == ["Demo with Acme"]
    assert day_of(late, date(2026, 11, 24)) == ()
    assert [m.title for m in day_of(late, date(2026, 11, 24), day_start=time(0))] == [
        "Demo with Acme"]


def test_a_broken_event_and_one_in_an_unknown_zone_are_left_out_and_the_rest_loads() -> None:
    read = read_calendar(ics(BROKEN, UNKNOWN_ZONE, ACCEPTED))
    assert (read.events, read.broken, read.unknown_zones) == (1, 1, ("Mars/Olympus",))
    source = DayCalendar("Work", read, frozenset())
    assert [m.title for m in meetings_of_day([source], date(2026, 11, 23), FOUR, PARIS)] == [
        "Demo with Acme"]


@pytest.mark.parametrize(("data", "code"), [
    (b"<!DOCTYPE html><html><body>Sign in</body></html>", "calendar.html"),
    (b"\n\n  <html>", "calendar.html"),
    (b"PK\x03\x04 a zip file", "calendar.not_ics"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n", "calendar.not_ics"),
])
def test_what_is_not_a_calendar_is_refused_whole(data: bytes, code: str) -> None:
    with pytest.raises(CodedError) as caught:
        read_calendar(data)
    assert caught.value.code == code


@pytest.mark.parametrize(("text", "expected"), [
    ("webcal://calendar.example.com/ana.ics", "https://calendar.example.com/ana.ics"),
    ("  https://example.com/basic.ics ", "https://example.com/basic.ics"),
    ("/home/ana/work.ics", "/home/ana/work.ics"),
])
def test_locations(text: str, expected: str) -> None:
    assert normal_location(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("ftp://example.com/a.ics", "calendar.scheme"),
    ("https:///a.ics", "calendar.address"),
    ("   ", "calendar.address"),
])
def test_bad_locations(text: str, code: str) -> None:
    with pytest.raises(CodedError) as caught:
        normal_location(text)
    assert caught.value.code == code


def test_times_are_in_the_users_zone() -> None:
    (meeting,) = day_of(ics(ACCEPTED), date(2026, 11, 23))
    assert meeting.start == datetime(2026, 11, 23, 16, 0, tzinfo=PARIS)
    assert meeting.start.utcoffset() == PARIS.utcoffset(datetime(2026, 11, 23))


OUT_OF_OFFICE = event("ooo", "Out of office", ";VALUE=DATE:20261113", ";VALUE=DATE:20261128")
WITH_ALARM = event("alarm", "Board meeting", ":20261124T090000Z", ":20261124T100000Z",
                   "DESCRIPTION:Quarterly numbers", "BEGIN:VALARM", "UID:alarm-uid",
                   "ACTION:DISPLAY", "SUMMARY:Reminder", "TRIGGER:-PT15M", "END:VALARM")
FAR_AWAY = event("far", "Kick-off 2027", ":20270111T090000Z", ":20270111T100000Z")
NEXT_MONTH = [event(f"day-{n}", f"Client visit {n}", f":202612{n:02d}T090000Z",
                    f":202612{n:02d}T100000Z") for n in range(1, 20)]


def test_reading_the_days_around_one_gives_the_same_meetings_as_reading_everything() -> None:
    data = ics(PARIS_WEEKLY, PARIS_MOVED, NEW_YORK_WEEKLY, TRADE_FAIR, DECLINED, ACCEPTED,
               LUNCH, OUT_OF_OFFICE, WITH_ALARM, FAR_AWAY, *NEXT_MONTH)
    everything = DayCalendar("Work", read_calendar(data), addresses([ME]))
    for around_offset in range(0, 40, 3):
        around = date(2026, 10, 20) + timedelta(days=around_offset)
        read = DayCalendar("Work", read_calendar(data, around=around), addresses([ME]))
        covered = [around + timedelta(days=n) for n in range(-30, 60)
                   if read.read.covers(around + timedelta(days=n))]
        assert covered[0] <= around and len(covered) >= 8  # the day, and a week ahead
        for day in covered:
            assert (meetings_of_day([read], day, FOUR, PARIS)
                    == meetings_of_day([everything], day, FOUR, PARIS)), (around, day)


def test_a_read_around_a_day_leaves_far_one_offs_aside_and_keeps_what_overlaps() -> None:
    data = ics(PARIS_WEEKLY, OUT_OF_OFFICE, WITH_ALARM, FAR_AWAY)
    read = read_calendar(data, around=date(2026, 11, 23))
    assert read.events == 3  # the weekly series, the fortnight off, the board meeting
    assert not read.covers(date(2027, 1, 11))
    titles = [m.title for m in meetings_of_day(
        [DayCalendar("Work", read, frozenset())], date(2026, 11, 24), FOUR, PARIS)]
    assert titles == ["Out of office", "Board meeting"]  # the alarm's own summary is not one
