"""Screenshot Today's plan (issue 13) for a Field Sales rep with four meetings, or for an
outbound rep with two power hours.

    .venv/bin/python tools/demo_plan.py OUT.png field|outbound [en|fr]

Builds a throwaway data folder (the role, a One Thing, a block finished early in the
morning, a calendar file with the day's meetings), starts the real app on it at 08:40 on
Monday 7 December 2026 in Paris, and saves the Today window once the plan is shown. Run it
on a display (or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusapp.app import FocusApp, Options
from focusapp.core.models import Block, Outcome
from focusapp.core.planner import Kind
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from focusapp.ui.i18n import install_translator, pick_language

NOW = datetime(2026, 12, 7, 8, 40, tzinfo=ZoneInfo("Europe/Paris"))
ROLES = {"field": RoleId.FIELD_SALES, "outbound": RoleId.OUTBOUND_PROSPECTOR}
FIRST_ACTIVITY = {"field": "field_sales.proposal_closing",
                  "outbound": "outbound_prospector.icp_research"}
MEETINGS = {
    "field": [("0930", "1030", "Acme Corp – discovery"), ("1130", "1230", "Globex – demo"),
              ("1430", "1530", "Initech – proposal review"),
              ("1630", "1700", "Umbrella – negotiation call")],
    "outbound": [("1000", "1030", "Team stand-up"), ("1400", "1430", "Coaching with Sam")],
}
ONE_THING = {"field": "Send the Initech proposal before the review",
             "outbound": "Book three discovery meetings"}


class DemoClock:
    """08:40 on the demo Monday, moving with the real seconds."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> datetime:
        return NOW + timedelta(seconds=time.monotonic() - self._start)

    def monotonic(self) -> float:
        return time.monotonic()


def calendar(kind: str) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{n}\r\nSUMMARY:{title}\r\n"
        f"DTSTART;TZID=Europe/Paris:20261207T{start}00\r\n"
        f"DTEND;TZID=Europe/Paris:20261207T{end}00\r\nEND:VEVENT\r\n"
        for n, (start, end, title) in enumerate(MEETINGS[kind]))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Demo//EN\r\n{events}END:VCALENDAR\r\n"


def seed(folder: Path, store: Store, kind: str) -> None:
    role = ROLES[kind]
    store.roles.save(default_role_configs(frozenset({role})))
    store.settings.save(store.settings.get().updated(first_run_done=True))
    start = NOW - timedelta(minutes=40)
    store.blocks.save(Block(id="demo", start=start, planned_minutes=25, role=role.value,
                            activity=FIRST_ACTIVITY[kind], energy=4,
                            end=start + timedelta(minutes=25), outcome=Outcome.COMPLETED))
    path = folder / "work.ics"
    path.write_text(calendar(kind), encoding="utf-8")
    CalendarBook(folder).add("Work", str(path), ())


def main(out: str, kind: str = "field", language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    clock = DemoClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-plan-"))
    store, report = Store.open(folder / "data", now=clock.now)
    seed(folder / "data", store, kind)
    translator = install_translator(app, pick_language(language))
    focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False),
                     translator)
    focus.start()
    focus.one_thing.daily.set_one_thing(ONE_THING[kind], ROLES[kind].value, None)
    today = focus.shell.today
    today.resize(620, 900)

    def shoot() -> None:
        if focus.agenda.planning is None or not focus.shell.today.meetings.isVisible():
            QTimer.singleShot(100, shoot)
            return
        proposed = focus.agenda.planning.view().proposed
        if proposed and not focus.agenda.planning.view().accepted:  # one accepted: its Start shows
            power = [p for p in proposed if p.kind is Kind.POWER_HOUR]
            focus.agenda.planning.accept((power or list(proposed))[0].key)
        QTimer.singleShot(300, finish)

    def finish() -> None:
        today.grab().save(out)
        print("\n".join(today.timeline.lines()))
        focus.quit()

    QTimer.singleShot(500, shoot)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
