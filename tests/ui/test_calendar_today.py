"""Today's meetings on the Today window, read from the user's calendar by the running app,
in English and in French; the command protocol's calendar commands and agenda."""

from __future__ import annotations

from pathlib import Path

import pytest

from focusapp.app import FocusApp, Options
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from tests.calendar_samples import BUSY_WEEK, ME
from tests.ui.test_app import dispose


@pytest.fixture
def calendar_file(tmp_path: Path) -> Path:
    path = tmp_path / "work.ics"
    path.write_bytes(BUSY_WEEK)
    return path


@pytest.fixture
def focus(qtbot, data_dir, clock, calendar_file):
    CalendarBook(data_dir).add("Work", str(calendar_file), (ME,))
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    panel = app.shell.today.meetings
    qtbot.waitUntil(lambda: panel.isVisible() and bool(panel.lines()), timeout=10_000)
    qtbot.waitUntil(lambda: not app.agenda.calendar().calendars.refreshing(), timeout=10_000)
    yield app
    dispose(app)
    store.close()


def test_today_shows_the_days_meetings_busy_or_free(english, focus):
    lines = focus.shell.today.meetings.lines()
    assert lines[0] == "All day · Trade fair · free"
    assert [line.split(" · ", 1)[1] for line in lines[1:]] == [
        "Pipeline review · busy", "Lunch · free", "US team stand-up · busy",
        "Demo with Acme · busy"]  # the meeting the user declined is not there
    assert lines[1].startswith("9:00")
    assert set(lines) <= set(focus.shell.today.shown_lines())  # `focusapp status` has them


def test_today_shows_the_meetings_in_french(french, focus):
    lines = focus.shell.today.meetings.lines()
    assert lines[0] == "Toute la journée · Trade fair · libre"
    assert lines[1] == "09:00–09:30 · Pipeline review · occupé"
    assert focus.shell.today.meetings.title.text() == "Réunions du jour"


def test_the_agenda_and_the_calendar_list_over_the_command_protocol(focus, clock,
                                                                    calendar_file):
    handle = focus.command_server().handle
    handle("one_thing", {"text": "Close the Acme renewal"})
    agenda = handle("agenda", {})
    assert agenda["day"] == "2026-11-23" and agenda["one_thing"] == "Close the Acme renewal"
    assert [m["title"] for m in agenda["meetings"] if m["busy"]] == [
        "Pipeline review", "US team stand-up", "Demo with Acme"]
    listed = handle("calendar_list", {})
    assert [(c["name"], c["location"], c["refreshed"]) for c in listed["calendars"]] == [
        ("Work", str(calendar_file), clock.now().isoformat())]
    assert listed["refresh_minutes"] == 15
    removed = handle("calendar_remove", {"key": "1"})
    assert removed["changed"] == "Work" and removed["calendars"] == []
    assert not focus.shell.today.meetings.isVisible()


def test_a_day_without_meetings_makes_no_meetings_panel(qtbot, data_dir, clock, english):
    # Both panels are made when they first have a meeting to show: a new user's first
    # paint makes neither (issue 15), and says nothing of meetings.
    from focusapp.ui.meetings import MeetingsPanel
    from focusapp.ui.today import OpenMeetingsPanel

    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    today = app.shell.today
    app.shell.render_meetings(())
    today.show_open_meetings(())
    assert today.findChildren(MeetingsPanel) == []
    assert today.findChildren(OpenMeetingsPanel) == []
    assert not any("meeting" in line.lower() for line in today.shown_lines())
    dispose(app)
    store.close()
