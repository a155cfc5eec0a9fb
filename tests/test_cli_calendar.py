"""`focusapp calendar …` and `focusapp today` as a user types them: with no app running (the
data folder opened here) and against the running app, in English and in French; a bad
address or file is refused in one sentence and nothing is added."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.app import FocusApp
from tests import test_cli
from tests.calendar_samples import ME, event, ics
from tests.calendar_server import CalendarServer, calendar_server, send

run_cli = test_cli.run_cli  # the fixtures, by their names
running_app = test_cli.running_app


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    with calendar_server() as running:
        yield running


def todays_calendar(day: datetime) -> bytes:
    """Two meetings on the app's day (it starts at 04:00), in floating local time, and one
    the user declined."""
    stamp = day.strftime("%Y%m%d")
    return ics(event("a", "Discovery call", f":{stamp}T100000", f":{stamp}T103000"),
               event("b", "Team lunch", f":{stamp}T123000", f":{stamp}T133000",
                     "TRANSP:TRANSPARENT"),
               event("c", "Vendor pitch", f":{stamp}T140000", f":{stamp}T150000",
                     f"ATTENDEE;PARTSTAT=DECLINED:mailto:{ME}"))


def app_day() -> datetime:
    return datetime.now() - timedelta(hours=4)


def test_add_list_and_today_with_no_app_running(run_cli: Any, data_dir: Path,
                                                server: CalendarServer) -> None:
    server.routes["/ana.ics"] = send(200, todays_calendar(app_day()))
    webcal = server.url.replace("http://", "webcal://")  # the address a calendar app gives
    added = run_cli("--data-dir", str(data_dir), "calendar", "add", f"{webcal}/ana.ics",
                    "--me", ME, "--name", "Work")
    # webcal:// is read over https://, which this plain http server does not speak.
    assert added.returncode == 1 and "127.0.0.1 could not be reached" in added.stderr
    added = run_cli("--data-dir", str(data_dir), "calendar", "add", f"{server.url}/ana.ics",
                    "--me", ME, "--name", "Work")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Calendar added: Work.\n1. Work — http://127.0.0.1:")
    assert "last read: " in added.stdout and f"your addresses: {ME}" in added.stdout
    today = run_cli("--data-dir", str(data_dir), "today")
    assert today.returncode == 0, today.stderr
    lines = today.stdout.splitlines()
    assert "No One Thing set for today." in lines and "Meetings:" in lines
    shown = [line for line in lines if " · " in line]
    assert [line.split(" · ", 1)[1] for line in shown] == [
        "Discovery call · busy", "Team lunch · free"]  # the declined pitch is left out
    assert shown[0].startswith("  10:00") and shown[1].startswith("  12:30")
    french = run_cli("--data-dir", str(data_dir), "today", env={"LANG": "fr_FR.UTF-8"})
    assert "  10:00–10:30 · Discovery call · occupé" in french.stdout.splitlines()
    assert "Réunions\u00a0:" in french.stdout.splitlines()


@pytest.mark.parametrize(("path", "says"), [
    ("/missing.ics", "127.0.0.1 has no calendar at this address"),
    ("/loop.ics", "from address to address"),
    ("/login", "a web page, not a calendar"),
    ("/huge-streamed.ics", "larger than 10 MB"),
])
def test_a_bad_address_is_refused_and_nothing_is_added(run_cli: Any, data_dir: Path,
                                                       server: CalendarServer, path: str,
                                                       says: str) -> None:
    done = run_cli("--data-dir", str(data_dir), "calendar", "add", f"{server.url}{path}",
                   "--me", ME)
    assert done.returncode == 1
    assert done.stderr.startswith("Could not add the calendar: ") and says in done.stderr
    assert not (data_dir / "calendars.json").exists()


def test_a_file_calendar_refreshed_and_removed(run_cli: Any, data_dir: Path,
                                               tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(todays_calendar(app_day()))
    assert run_cli("--data-dir", str(data_dir), "calendar", "add", str(path)).returncode == 0
    path.unlink()
    refreshed = run_cli("--data-dir", str(data_dir), "calendar", "refresh")
    assert f"The calendar file {path} is not there." in refreshed.stdout
    today = run_cli("--data-dir", str(data_dir), "today")
    assert "Discovery call" in today.stdout  # the copy read before, offline
    removed = run_cli("--data-dir", str(data_dir), "calendar", "remove", "work.ics")
    assert removed.stdout.startswith("Calendar removed: work.ics.\nNo calendar")
    assert json.loads((data_dir / "calendars.json").read_text())["sources"] == []


def test_the_running_app_adds_the_calendar_and_shows_it(
        running_app: FocusApp, run_cli: Any, data_dir: Path, qtbot: Any,
        server: CalendarServer, clock: Any) -> None:
    server.routes["/ana.ics"] = send(200, todays_calendar(clock.now()))
    done = run_cli("--data-dir", str(data_dir), "calendar", "add", f"{server.url}/ana.ics",
                   "--me", ME)
    assert done.returncode == 0, done.stderr
    panel = running_app.shell.today.meetings
    qtbot.waitUntil(lambda: len(panel.lines()) == 2, timeout=10_000)
    calendars = running_app.agenda.calendar().calendars
    qtbot.waitUntil(lambda: not calendars.refreshing(), timeout=10_000)
    today = run_cli("--data-dir", str(data_dir), "today")
    assert today.returncode == 0, today.stderr
    assert "Discovery call · busy" in today.stdout and "Vendor pitch" not in today.stdout
    refresh = run_cli("--data-dir", str(data_dir), "calendar", "refresh")
    assert "reading your calendars in the background" in refresh.stdout
    qtbot.waitUntil(lambda: not calendars.refreshing(), timeout=10_000)
