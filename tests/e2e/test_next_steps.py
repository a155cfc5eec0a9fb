"""Field Sales' dated next step, end to end (issue 12): a rep's two meetings held today are
named in the real app's Today window; `focusapp next-step` as a real process dates the
later one; Today, then the weekly PDF, say exactly that."""

from __future__ import annotations

import shutil
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from focusapp.core.models import Block, Outcome
from focusapp.core.next_steps import MEETING_ACTIVITY
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from tests.e2e.conftest import pdf_text, seed, today_text, wait_for

pytestmark = pytest.mark.e2e


def _field_rep(folder: Path) -> None:
    """A Field Sales rep whose day started 12 hours ago (so the test never straddles the day
    start), with two meetings held in the last hour."""
    folder.mkdir(parents=True)
    seed(folder)
    now = datetime.now().astimezone()
    store, _ = Store.open(folder, now=lambda: now)
    with store:
        store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
        store.settings.save(store.settings.get().updated(
            day_start=time((now - timedelta(hours=12)).hour).strftime("%H:%M"),
            working_weekdays=tuple(range(7))))
        for n in range(2):
            start = now - timedelta(minutes=60 - 20 * n)
            store.blocks.save(Block(f"m{n}", start, 15, "field_sales", MEETING_ACTIVITY,
                                    end=start + timedelta(minutes=15),
                                    outcome=Outcome.COMPLETED))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_next_step_given_from_the_command_line_shows_in_today_and_the_pdf(
        launch, tray_host, tmp_path):
    folder = tmp_path / "data"
    _field_rep(folder)
    app = launch(folder)
    wait_for(lambda: (app.status() or {}).get("tray"), 30, "the icon to sit in the tray")
    wait_for(lambda: "2 meetings without a dated next step" in today_text(app), 10,
             "Today to name both meetings")

    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).date().isoformat()
    dated = app.cli("next-step", "Send the proposal", "--due", tomorrow)
    assert dated.returncode == 0, dated.stderr
    assert dated.stdout.rstrip().endswith("1 meeting today still without one."), dated.stdout
    wait_for(lambda: "1 meeting without a dated next step" in today_text(app), 10,
             "Today to name the one left")

    pdf = tmp_path / "week.pdf"
    written = app.cli("review", "--pdf", str(pdf))
    assert written.returncode == 0, written.stderr
    text = pdf_text(pdf)
    assert "Meetings held: 2 · with a dated next step the same day: 1" in text, text
