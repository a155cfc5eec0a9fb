"""Speed-to-lead end to end: twenty leads through `focusapp lead` (seventeen with no app
running, in the data folder, three over the socket to the real app in a real tray): fifteen
touched in time, three late, two never. The Today window, the review's PDF and the team
report say exactly that.

The headless runs are the real command line in a process whose clock is set to a given
instant (time-machine: the clock is the machine's edge), so the waits are exact.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from focusapp.core.days import IsoWeek, local_day
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from tests.e2e.conftest import pdf_text, wait_for

pytestmark = pytest.mark.e2e

AT = ("import sys, datetime, time_machine\n"
      "from focusapp.cli import main\n"
      "with time_machine.travel(datetime.datetime.fromisoformat(sys.argv[1]), tick=False):\n"
      "    code = main(sys.argv[2:])\n"
      "sys.exit(code)\n")


def seed_inbound(data_dir: Path, day_start: time) -> None:
    """Past the wizard, an inbound lead qualifier who works every day (the leads' week is
    then the week of the day they came in, whatever day the test runs), whose day starts at
    `day_start`."""
    data_dir.mkdir(parents=True)
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    with store:
        store.settings.save(store.settings.get().updated(
            first_run_done=True, working_weekdays=tuple(range(7)),
            day_start=day_start.strftime("%H:%M")))
        store.roles.save(default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER})))


def lead_at(data_dir: Path, when: datetime, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", AT, when.isoformat(), "--data-dir",
                           str(data_dir), "lead", *args], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


WEEK_LINE = ("Speed to lead: 20 leads · median 1:00 to first touch · 75 % within target "
             "(3 late) · 2 left untouched")


def test_twenty_leads_fifteen_in_time_three_late_two_never(launch, tray_host, tmp_path):
    data_dir = tmp_path / "data"
    now = datetime.now().astimezone().replace(microsecond=0)
    came = now - timedelta(minutes=10)
    # The day started twelve hours ago: the leads of ten minutes ago are today's, whatever
    # the hour the test runs at.
    day_start = (now - timedelta(hours=12)).time().replace(second=0)
    seed_inbound(data_dir, day_start)
    for n in range(1, 18):  # no app yet: each goes to the data folder
        assert lead_at(data_dir, came, f"Lead {n:02d}").startswith(f"Clock started for Lead "
                                                                   f"{n:02d}")
    for n in range(1, 15):
        said = lead_at(data_dir, came + timedelta(minutes=1), "--touched", f"lead {n:02d}")
        assert said.startswith(f"Lead {n:02d} touched after 1:00, within the 5-minute target")
    for n in range(15, 18):
        said = lead_at(data_dir, came + timedelta(minutes=8), "--touched", f"Lead {n:02d}")
        assert said.startswith(f"Lead {n:02d} touched after 8:00, past the 5-minute target")

    app = launch(data_dir)
    wait_for(lambda: (app.status() or {}).get("tray"), 30, "the icon to sit in the tray")
    assert "New lead…" in app.status()["tray_menu"]
    for n in (18, 19, 20):  # over the socket: the running app starts their clocks
        done = app.cli("lead", f"Lead {n}")
        assert done.returncode == 0, done.stderr
    touched = app.cli("lead", "--touched", "Lead 18")
    assert "within the 5-minute target. 2 leads waiting." in touched.stdout, touched.stdout

    today = app.status()["today_text"]
    assert "Today: 20 leads · 15 within target · 3 late · 2 waiting" in today, today
    waiting = [line for line in today if line.startswith("Lead ")]
    assert [line.split(" · ")[0] for line in waiting] == ["Lead 19", "Lead 20"], today
    # The tray icon wears the two clocks: its menu has New lead (checked above).

    week = str(IsoWeek.of(local_day(came, day_start)))
    pdf = tmp_path / "review.pdf"
    written = app.cli("review", "--week", week, "--pdf", str(pdf))
    assert written.returncode == 0, written.stderr
    assert WEEK_LINE in pdf_text(pdf)

    export = tmp_path / "exports" / "rep.json"
    export.parent.mkdir()
    assert app.cli("export", str(export)).returncode == 0
    team_csv, team_pdf = tmp_path / "team.csv", tmp_path / "team.pdf"
    report = app.cli("team-report", str(export.parent), "--week", week, "--csv", str(team_csv),
                     "--pdf", str(team_pdf))
    assert report.returncode == 0, report.stderr
    (row,) = csv.DictReader(team_csv.read_text(encoding="utf-8").splitlines())
    assert (row["leads"], row["leads_in_time"], row["leads_late"], row["leads_untouched"],
            row["lead_median_seconds"]) == ("20", "15", "3", "2", "60")
    assert WEEK_LINE in pdf_text(team_pdf)
