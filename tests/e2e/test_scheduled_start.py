"""A scheduled power hour starts by itself, end to end: the real app in a real tray, a
schedule one or two minutes ahead, and `focusapp status` polled until a block runs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from focusapp.core.schedule import ScheduledBlock
from focusapp.store.database import Store
from tests.e2e.conftest import seed, wait_for

pytestmark = pytest.mark.e2e


def schedule_soon(data_dir, name: str) -> datetime:
    """A scheduled block today at the next whole minute at least 60 s away; its instant."""
    now = datetime.now().astimezone()
    at = (now + timedelta(minutes=2)).replace(second=0, microsecond=0)
    entry = ScheduledBlock(id="s1", name=name, weekdays=(at.weekday(),),
                           at=at.strftime("%H:%M"), minutes=25, role="outbound_prospector",
                           activity="outbound_prospector.prospecting_block")
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    try:
        store.settings.save(store.settings.get().updated(scheduled_blocks=(entry,)))
    finally:
        store.close()
    return at


def test_a_scheduled_power_hour_starts_by_itself(launch, tray_host, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seed(data_dir)
    at = schedule_soon(data_dir, "Power hour")
    app = launch(data_dir)
    app.wait_ready()
    assert app.status()["state"] == "idle"
    remaining = (at - datetime.now().astimezone()).total_seconds()
    status = wait_for(lambda: (s := app.status()) and s["state"] == "running" and s,
                      remaining + 30, "the scheduled block to start by itself")
    assert datetime.now().astimezone() >= at  # not before its time
    assert status["role"] == "outbound_prospector"
    assert status["activity"] == "outbound_prospector.prospecting_block"
    assert status["remaining_seconds"] > 23 * 60
