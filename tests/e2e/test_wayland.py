"""The app under Wayland, run for real (issue 14): headless sway with swaybar as the tray
host (StatusNotifierItem), Qt's own Wayland plugin, and what Settings → Blocking says there.

What is checked is what a user on sway sees: the icon in swaybar's tray (registered with the
StatusNotifierWatcher), the Today window as a Wayland window of sway's, and each mechanism
reported honestly: minimizing apps and the front window are impossible on Wayland, and sway
tells no application how long it has been idle.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, wait_for
from tests.e2e.sway import TOOLS, WATCHER, SwayDesktop, sway_desktop

pytestmark = pytest.mark.e2e


@pytest.fixture
def sway() -> Iterator[SwayDesktop]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"needs {', '.join(missing)} (`.ci/run` installs them)")
    assert not missing, f"CI installs {', '.join(missing)} (`.ci/run`)"
    with sway_desktop() as desktop:
        yield desktop


def test_the_app_runs_under_sway_with_a_tray_and_honest_reports(sway):
    app = sway.launch()
    status = wait_for(lambda: app.poll() is None and sway.status(), 60,
                      f"the app to answer under sway:\n{sway.log('app')}")
    assert status["tray"] is True  # swaybar hosts it: no Today window forced open
    assert wait_for(sway.tray_pids, 15, "an icon in swaybar's tray") == [app.pid]

    # A second launch brings the running app's Today window to the front, as a Wayland
    # window of sway's (xwayland is off: nothing else could show it).
    assert sway.cli().returncode == 0
    wait_for(lambda: sway.status()["today_visible"], 15, "the Today window")
    today = wait_for(lambda: [w for w in sway.windows() if w.get("name") == "FocusApp – Today"],
                     15, "sway to show the Today window")
    assert today[0]["pid"] == app.pid and today[0]["shell"] == "xdg_shell"

    report = wait_for(lambda: (lines := sway.status()["blocking"]) and len(lines) >= 7 and lines,
                      30, "Settings → Blocking's report")
    by_name = {line.split(":", 1)[0]: line for line in report}
    assert by_name["The tray icon"] == "The tray icon: works."
    assert by_name["FocusApp's messages"].startswith(
        "FocusApp's messages: unavailable. No notification server runs on this desktop")
    assert by_name["App blocking"] == (
        "App blocking: works in part. Apps set to be minimized are only warned about: Wayland "
        "does not let one app minimize the windows of another. What to do: choose an X11 "
        "session when you log in (for example “Ubuntu on Xorg”).")
    assert by_name["Distraction tracking"].startswith(
        "Distraction tracking: unavailable. Wayland does not let applications see which window "
        "is in front.")
    assert by_name["Time away from the desk"].startswith(
        "Time away from the desk: unavailable. No way to see time away from the desk works "
        "here. This Wayland desktop does not tell applications how long it has been idle")
    assert "GetSessionIdleTime" in by_name["Time away from the desk"]  # what was asked
    assert by_name["Do Not Disturb"].startswith("Do Not Disturb: unavailable.")
    assert by_name["Website blocking"].startswith("Website blocking: ")

    shot = sway.screenshot("wayland_tray_and_today")
    ARTIFACTS.mkdir(exist_ok=True)
    kept = Path(shutil.copy(shot, ARTIFACTS / shot.name))
    assert kept.stat().st_size > 10_000

    # The tray goes away (swaybar ends: it held the watcher): the app stops claiming an
    # icon, though Qt's own icon still says it is visible.
    bar = sway.pid_of(WATCHER)
    assert bar is not None
    os.kill(bar, signal.SIGTERM)
    wait_for(lambda: sway.status()["tray"] is False, 15, "the app to see the tray gone")
