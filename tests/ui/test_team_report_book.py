"""A manager's team report carries each rep's accounts going cold and follow-ups (issue 12):
in the PDF, in the rep's review's words, and in the CSV's columns."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from focusapp.core.accounts import Account, Touch
from focusapp.core.follow_ups import FollowUp
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.headless import team_report
from focusapp.store.database import Store
from focusapp.store.export import write_export
from tests.conftest import PARIS_WINTER, FakeClock

MONDAY = datetime(2026, 11, 23, 10, tzinfo=PARIS_WINTER)  # week 48


def _rep(folder: Path) -> Store:
    store, _ = Store.open(folder, now=FakeClock(MONDAY + timedelta(days=4)).now)
    store.roles.save(default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                                     RoleId.BUSINESS_DEVELOPER})))
    store.accounts.save_many([Account(n, date(2026, 9, 1)) for n in ("Acme", "Bolt", "Cyan")])
    store.touches.save(Touch("t1", "Acme", MONDAY))
    store.touches.save(Touch("t2", "Bolt", MONDAY - timedelta(weeks=9)))
    due = MONDAY + timedelta(days=1)
    store.follow_ups.save(FollowUp("f1", "Claire", MONDAY, due, done_at=due - timedelta(hours=2)))
    store.follow_ups.save(FollowUp("f2", "Datapoint", MONDAY, due))
    return store


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_team_report_says_each_rep_s_book(qapp, tmp_path: Path, english) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    with _rep(tmp_path / "ana") as ana:
        write_export(ana, drive / "ana.json", "Ana Lopez")
    pdf, table = tmp_path / "team.pdf", tmp_path / "team.csv"
    assert team_report(drive, "2026-W48", tmp_path / "manager", csv_path=table, pdf=pdf,
                       today=date(2026, 11, 29), workers=1) == 0
    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout).split())
    assert ("Accounts touched: 1 · going cold (no touch for 6 weeks): 2 — oldest: Cyan "
            "(12 weeks), Bolt (9 weeks)") in text, text
    assert "Follow-ups due: 2 · done in time: 1 · late: 0 · overdue: 1 · to come: 0" in text
    rows = {row["role"]: row for row in csv.DictReader(io.StringIO(table.read_text()))}
    assert (rows["account_manager"]["accounts_touched"],
            rows["account_manager"]["accounts_going_cold"]) == ("1", "2")
    assert (rows["business_developer"]["follow_ups_due"],
            rows["business_developer"]["follow_ups_overdue"]) == ("2", "1")
