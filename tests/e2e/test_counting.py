"""Counting without a dialog, end to end: `focusapp count` as real processes against the
real app in a real tray, read back from what the Today window shows."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import wait_for

pytestmark = pytest.mark.e2e

COUNT_ENTRY = "Count one (+1)"


def shows(app, line: str) -> bool:
    return line in app.status()["today_text"]


def test_ten_counts_from_the_command_line_show_in_today_and_one_is_taken_back(launch,
                                                                                tray_host):
    app = launch()
    wait_for(lambda: (app.status() or {}).get("tray"), 30, "the icon to sit in the tray")
    started = app.cli("start", "25", "--role", "outbound_prospector",
                      "--activity", "prospecting_block")
    assert started.returncode == 0, started.stderr
    assert COUNT_ENTRY in app.status()["tray_menu"]  # +1 is one click away in the tray

    for n in range(1, 11):
        counted = app.cli("count")
        assert counted.returncode == 0, counted.stderr
        assert counted.stdout.strip().endswith(f"on the running block: {n} today.")
    wait_for(lambda: shows(app, "This block: 10 touches"), 10, "Today to show 10 touches")
    # The role's progress counts them already (its minutes wait for the block's end).
    assert shows(app, "Outbound prospecting · 0 / 50 min · 10 counted")

    undone = app.cli("count", "--undo")
    assert undone.returncode == 0, undone.stderr
    wait_for(lambda: shows(app, "This block: 9 touches"), 10, "Today to show 9 touches")
    assert shows(app, "Outbound prospecting · 0 / 50 min · 9 counted")

    assert app.cli("stop").returncode == 0
    # The block is kept with its 9 touches: the block's line says so too.
    status = wait_for(lambda: (s := app.status())["state"] == "idle" and s, 10, "the stop")
    text = status["today_text"]
    # Its focused minutes are in now: 0 or more, as slow as the machine ran the counts.
    assert any(re.fullmatch(r"Outbound prospecting · \d+ / 50 min · 9 counted", line)
               for line in text), text
    assert any("Prospecting block" in line and "· 9 touches (stopped early)" in line
               for line in text), text
