"""Screenshot the Today window of a Field Sales rep with four meetings from a calendar file.

    .venv/bin/python tools/demo_calendar.py OUT.png [en|fr]

Builds a throwaway data folder (a Field Sales rep, a One Thing, a finished block, a
calendar file with four meetings on Monday 23 November 2026, one of them free, and one the
rep declined), starts the real app on it at 11:30 that day, and saves the Today window
once the meetings are shown. Run it on a display (or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusapp.app import FocusApp, Options
from focusapp.core.models import Block, Outcome
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from focusapp.ui.i18n import install_translator, pick_language

NOW = datetime(2026, 11, 23, 11, 30, tzinfo=timezone(timedelta(hours=1)))
ROLE = RoleId.FIELD_SALES.value
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Demo//EN
BEGIN:VEVENT
UID:pipeline
SUMMARY:Pipeline review
DTSTART;TZID=Europe/Paris:20261019T090000
DTEND;TZID=Europe/Paris:20261019T093000
RRULE:FREQ=WEEKLY;BYDAY=MO
END:VEVENT
BEGIN:VEVENT
UID:lunch
SUMMARY:Lunch with the regional team
DTSTART;TZID=Europe/Paris:20261123T123000
DTEND;TZID=Europe/Paris:20261123T133000
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:acme
SUMMARY:Acme Corp – on-site demo
DTSTART:20261123T130000Z
DTEND:20261123T143000Z
ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@example.com
END:VEVENT
BEGIN:VEVENT
UID:pitch
SUMMARY:Vendor pitch
DTSTART:20261123T150000Z
DTEND:20261123T153000Z
ATTENDEE;PARTSTAT=DECLINED:mailto:ana@example.com
END:VEVENT
BEGIN:VEVENT
UID:us
SUMMARY:US team stand-up
DTSTART;TZID=America/New_York:20261019T100000
DTEND;TZID=America/New_York:20261019T103000
RRULE:FREQ=WEEKLY;BYDAY=MO
END:VEVENT
END:VCALENDAR
"""


class DemoClock:
    """11:30 on the demo Monday, moving with the real seconds."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> datetime:
        return NOW + timedelta(seconds=time.monotonic() - self._start)

    def monotonic(self) -> float:
        return time.monotonic()


def seed(folder: Path, store: Store) -> None:
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    store.settings.save(store.settings.get().updated(first_run_done=True))
    start = NOW - timedelta(minutes=100)
    store.blocks.save(Block(id="demo", start=start, planned_minutes=50, role=ROLE,
                            activity=f"{ROLE}.meeting_preparation",
                            end=start + timedelta(minutes=50), outcome=Outcome.COMPLETED))
    path = folder / "work.ics"
    path.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    CalendarBook(folder).add("Work", str(path), ("ana@example.com",))


def main(out: str, language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    clock = DemoClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-demo-"))
    store, report = Store.open(folder / "data", now=clock.now)
    seed(folder / "data", store)
    translator = install_translator(app, pick_language(language))
    focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False),
                     translator)
    focus.start()
    focus.one_thing.daily.set_one_thing("Close the Acme renewal before Friday", ROLE, None)

    def shoot() -> None:
        if not focus.shell.today.meetings.isVisible():
            QTimer.singleShot(100, shoot)
            return
        focus.shell.today.grab().save(out)
        print("\n".join(focus.shell.today.meetings.lines()))
        focus.quit()

    QTimer.singleShot(500, shoot)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
