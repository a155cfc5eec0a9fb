"""`focusapp next-step` with no app running (issue 12): the day's last meeting still without
a dated next step gets it in the data folder itself; with none waiting, one sentence."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from focusapp.core.models import Block, Outcome
from focusapp.core.next_steps import MEETING_ACTIVITY
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from tests import test_cli
from tests.test_cli import FRENCH_SYSTEM

run_cli = test_cli.run_cli  # the fixture: `focusapp` as a real process


def _field_rep(data_dir: Path, meetings: int) -> list[Block]:
    """A Field Sales rep whose day started 12 hours ago (so the test never straddles the
    day start), with `meetings` meetings held in the last hour."""
    now = datetime.now().astimezone()
    store, _ = Store.open(data_dir, now=lambda: now)
    with store:
        store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
        start_hour = (now - timedelta(hours=12)).hour
        store.settings.save(store.settings.get().updated(
            day_start=time(start_hour).strftime("%H:%M"), working_weekdays=tuple(range(7))))
        held = []
        for n in range(meetings):
            start = now - timedelta(minutes=60 - 20 * n)
            held.append(Block(f"m{n}", start, 15, "field_sales", MEETING_ACTIVITY,
                              end=start + timedelta(minutes=15), outcome=Outcome.COMPLETED))
            store.blocks.save(held[-1])
    return held


def test_with_no_app_the_days_last_open_meeting_gets_its_next_step(
        run_cli: Any, data_dir: Path) -> None:
    _, second = _field_rep(data_dir, 2)
    done = run_cli("--data-dir", str(data_dir), "next-step", "Send the proposal",
                   "--due", "2099-01-05")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Next step of the ") and done.stdout.rstrip().endswith(
        "1 meeting today still without one.")
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    with store:
        (step,) = store.next_steps.all()
    assert (step.block_id, step.text, step.due.isoformat()) == (
        second.id, "Send the proposal", "2099-01-05")


def test_with_no_meeting_waiting_it_says_so_in_french(run_cli: Any, data_dir: Path) -> None:
    _field_rep(data_dir, 0)
    done = run_cli("--data-dir", str(data_dir), "next-step", "Call back", env=FRENCH_SYSTEM)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == ("Impossible d'enregistrer la prochaine étape\u00a0: "
                                            "Aucun rendez-vous du jour n'attend sa prochaine "
                                            "étape.")
