"""ICS texts for the calendar tests, written as a calendar app exports them."""

from __future__ import annotations

ME = "ana@example.com"


def ics(*events: str, extra: str = "") -> bytes:
    body = "".join(events) + extra
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//EN\r\n{body}END:VCALENDAR\r\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode()


def event(uid: str, summary: str, start: str, end: str, *lines: str) -> str:
    """`start`/`end` as ICS property tails: ';TZID=Europe/Paris:20261123T090000'."""
    rest = "".join(f"{line}\n" for line in lines)
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20261101T000000Z\nSUMMARY:{summary}\n"
            f"DTSTART{start}\nDTEND{end}\n{rest}END:VEVENT\n")


# Mondays from 19 October 2026: Europe changes its clocks on 25 October, New York on
# 1 November. Paris's 09:00 meeting moves on 9 November to 11:00 and is off on 16 November.
PARIS_WEEKLY = event("paris-weekly", "Pipeline review", ";TZID=Europe/Paris:20261019T090000",
                     ";TZID=Europe/Paris:20261019T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO",
                     "EXDATE;TZID=Europe/Paris:20261116T090000")
PARIS_MOVED = event("paris-weekly", "Pipeline review (moved)",
                    ";TZID=Europe/Paris:20261109T110000", ";TZID=Europe/Paris:20261109T113000",
                    "RECURRENCE-ID;TZID=Europe/Paris:20261109T090000")
NEW_YORK_WEEKLY = event("ny-weekly", "US team stand-up",
                        ";TZID=America/New_York:20261019T100000",
                        ";TZID=America/New_York:20261019T103000", "RRULE:FREQ=WEEKLY;BYDAY=MO")
TRADE_FAIR = event("fair", "Trade fair", ";VALUE=DATE:20261123", ";VALUE=DATE:20261124")
DECLINED = event("declined", "Vendor pitch", ":20261123T130000Z", ":20261123T140000Z",
                 f"ATTENDEE;PARTSTAT=DECLINED;CN=Ana:mailto:{ME.upper()}",
                 "ATTENDEE;PARTSTAT=ACCEPTED:mailto:bob@example.com")
ACCEPTED = event("accepted", "Demo with Acme", ":20261123T150000Z", ":20261123T160000Z",
                 f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{ME}",
                 "ATTENDEE;PARTSTAT=DECLINED:mailto:bob@example.com")
LUNCH = event("lunch", "Lunch", ";TZID=Europe/Paris:20261123T123000",
              ";TZID=Europe/Paris:20261123T133000", "TRANSP:TRANSPARENT")
BROKEN = event("broken", "Broken", ":2026112XT100000", ":20261123T110000Z")
UNKNOWN_ZONE = event("mars", "Mars call", ";TZID=Mars/Olympus:20261123T100000",
                     ";TZID=Mars/Olympus:20261123T110000")

BUSY_WEEK = ics(PARIS_WEEKLY, PARIS_MOVED, NEW_YORK_WEEKLY, TRADE_FAIR, DECLINED, ACCEPTED,
                LUNCH)
