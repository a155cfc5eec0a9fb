"""Accounts going cold and follow-ups, end to end (issue 12): `focusapp touch` and
`focusapp follow-up` as real processes against the real app in a real tray, read back from
what the Today window shows and from the weekly PDF; then the same verbs with no app
running."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from focusapp.core.accounts import Account, Touch
from focusapp.core.days import IsoWeek, local_day
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from tests.e2e.conftest import pdf_text, seed, today_text, wait_for

pytestmark = pytest.mark.e2e
TODAY = local_day(datetime.now().astimezone())  # the app's today (its day starts at 04:00)


def _seed_book(folder: Path) -> None:
    """An account manager and business developer whose Bolt was last touched 9 weeks ago,
    Acme 7 weeks ago, and Cyan never (added 10 weeks ago)."""
    folder.mkdir(parents=True)
    seed(folder)
    now = datetime.now().astimezone()
    store, _ = Store.open(folder, now=lambda: now)
    try:
        store.roles.save(default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                                         RoleId.BUSINESS_DEVELOPER})))
        store.accounts.save_many([Account(n, TODAY - timedelta(weeks=10))
                                  for n in ("Acme", "Bolt", "Cyan")])
        store.touches.save(Touch("t-bolt", "Bolt", _noon(TODAY - timedelta(weeks=9))))
        store.touches.save(Touch("t-acme", "Acme", _noon(TODAY - timedelta(weeks=7))))
    finally:
        store.close()


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), datetime.now().astimezone().tzinfo)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_touches_and_follow_ups_from_the_command_line_show_in_today_and_the_pdf(
        launch, tray_host, tmp_path):
    folder = tmp_path / "data"
    _seed_book(folder)
    app = launch(folder)
    wait_for(lambda: (app.status() or {}).get("tray"), 30, "the icon to sit in the tray")
    assert "Met at an event / partner call…" in app.status()["tray_menu"]
    wait_for(lambda: "Cyan — 10 weeks without a touch" in today_text(app), 10, "the cold list")
    today = today_text(app)
    assert today.index("Cyan — 10") < today.index("Bolt — 9") < today.index("Acme — 7")

    touched = app.cli("touch", "cyan")
    assert touched.returncode == 0, touched.stderr
    assert touched.stdout.strip() == "Touched Cyan. 1 account touched this week."
    assert app.cli("touch", "ACME").returncode == 0
    new = app.cli("touch", "Datapoint SAS")
    assert new.stdout.strip() == (
        "Touched Datapoint SAS (new on your account list). 3 accounts touched this week.")
    wait_for(lambda: "3 accounts touched this week" in today_text(app), 10, "Today's count")
    today = today_text(app)
    assert "Bolt — 9 weeks without a touch" in today
    assert "Acme — " not in today and "Cyan — " not in today

    made = app.cli("follow-up", "Claire (VivaTech)", "--due", "2h")
    assert made.returncode == 0, made.stderr
    assert app.cli("follow-up", "Partner call: Datapoint").returncode == 0  # 48 h
    wait_for(lambda: "Claire (VivaTech) — due" in today_text(app), 10, "the follow-up in Today")
    today = today_text(app)
    assert today.index("Claire (VivaTech) — due") < today.index("Partner call: Datapoint")
    done = app.cli("follow-up", "--done", "claire (vivatech)")
    assert done.stdout.strip() == "Follow-up with Claire (VivaTech): done."
    wait_for(lambda: "Claire (VivaTech)" not in today_text(app), 10, "the follow-up done")

    pdf = tmp_path / "week.pdf"
    written = app.cli("review", "--pdf", str(pdf))
    assert written.returncode == 0, written.stderr
    text = pdf_text(pdf)
    assert ("Accounts touched: 3 · going cold (no touch for 6 weeks): 1 — oldest: Bolt "
            "(9 weeks)") in text, text
    now, week = datetime.now().astimezone(), IsoWeek.of(TODAY)
    due = [local_day(now + timedelta(hours=h)) in week.days for h in (2, 48)]  # Claire's, 48 h
    assert fill_due(sum(due), in_time=int(due[0]), to_come=int(due[1])) in text, text


def fill_due(total: int, *, in_time: int, to_come: int) -> str:
    if not total:
        return "Follow-ups due: none this week"
    return (f"Follow-ups due: {total} · done in time: {in_time} · late: 0 · overdue: 0 · "
            f"to come: {to_come}")


def test_the_verbs_work_with_no_app_running(tmp_path):
    folder = tmp_path / "data"
    _seed_book(folder)
    crm = tmp_path / "crm.csv"
    crm.write_text("Id;Nom du compte;Owner\n1;Acme;Léa\n2;Éole SARL;Léa\n", encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "focusapp", "--data-dir", str(folder),
                               *args], capture_output=True, text=True, timeout=60,
                              check=False)

    imported = cli("accounts", "import", str(crm), "--column", "nom du compte")
    assert imported.stdout.strip() == "Imported 1 new account; 1 already on your list."
    assert cli("touch", "bolt").returncode == 0
    cold = cli("accounts", "cold")
    assert cold.stdout.splitlines()[:3] == [
        "Accounts going cold (no touch for 6 weeks):",
        "  Cyan — 10 weeks without a touch, never touched",
        f"  Acme — 7 weeks without a touch, last touched "
        f"{(TODAY - timedelta(weeks=7)).isoformat()}"]
    refused = cli("follow-up", "--done", "nobody")
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("FocusApp refused: No single follow-up is named "
                                      "'nobody' or has an id starting with it.")
