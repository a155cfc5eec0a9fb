"""The real app in a real tray: menu actions, crash recovery, one instance per data folder."""

from __future__ import annotations

import shlex
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from focusapp.core.models import Outcome
from focusapp.store.database import Store
from focusapp.store.errors import DataDirLocked
from tests.e2e.conftest import screenshot, seed, wait_for, xdotool

pytestmark = pytest.mark.e2e


def tray_icon_centre() -> tuple[int, int]:
    window = xdotool("search", "--onlyvisible", "--class", "trayer").split()[0]
    geometry = dict(
        line.split("=") for line in xdotool("getwindowgeometry", "--shell", window).splitlines()
    )
    x, y = int(geometry["X"]), int(geometry["Y"])
    width, height = int(geometry["WIDTH"]), int(geometry["HEIGHT"])
    return x + width // 2, y + height // 2


def click_tray(button: int) -> None:
    x, y = tray_icon_centre()
    xdotool("mousemove", str(x), str(y), "click", str(button))


def click_tray_until(button: int, condition, what: str):
    """A freshly embedded icon ignores clicks for a moment (~300 ms here): click again until
    the app reacts, bounded by a deadline."""

    def attempt():
        click_tray(button)
        try:
            return wait_for(condition, 1.0, what)
        except AssertionError:
            return None

    return wait_for(attempt, 15, what)


def test_tray_menu_actions_and_screenshot(launch, tray_host, display):
    app = launch()
    wait_for(lambda: (app.status() or {}).get("tray"), 30, "the icon to sit in the tray")

    click_tray_until(1, lambda: app.status()["today_visible"], "the Today window")

    # Right click: the menu; its first entry starts a 25-minute block via the start dialog.
    xdotool("key", "Escape")
    click_tray(3)
    xdotool("key", "--delay", "100", "Down", "Return")
    dialog = wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "Start a focus block"),
                      10, "the start dialog")
    # No window manager here: give the dialog the keyboard focus as a desktop would.
    xdotool("windowfocus", "--sync", dialog.split()[0], "key", "Return")
    status = wait_for(lambda: (s := app.status()) and s["state"] == "running" and s, 10,
                      "the block to run")
    assert 24 * 60 < status["remaining_seconds"] <= 25 * 60

    shot = screenshot("tray_and_today", display)
    assert shot.stat().st_size > 10_000

    click_tray(3)  # the last entry quits: only Quit ends the app
    wait_for(lambda: xdotool("search", "--onlyvisible", "--class", "focusapp") != "", 10,
             "the tray menu")
    xdotool("key", "--delay", "100", "Up", "Return")
    assert app.proc.wait(20) == 0


def test_a_block_survives_kill_9(launch, tray_host):
    first = launch()
    first.wait_ready()
    started = first.cli("start", "25", "--role", "outbound_prospector")
    assert started.returncode == 0, started.stderr
    block_id = first.status()["block_id"]
    assert block_id

    first.kill9()
    second = launch(first.data_dir)
    status = second.wait_ready()
    assert status["state"] == "running" and status["block_id"] == block_id  # resumed
    stopped = second.cli("stop")
    assert stopped.returncode == 0, stopped.stderr
    second.quit()

    store, _ = Store.open(first.data_dir, now=lambda: datetime.now().astimezone())
    try:
        blocks = store.blocks.all()
    finally:
        store.close()
    assert [b.id for b in blocks] == [block_id]  # kept once, not lost, not duplicated
    assert blocks[0].outcome is Outcome.PARTIAL


def test_a_second_launch_raises_the_first_and_never_writes(launch, tray_host):
    app = launch()
    assert app.wait_ready()["today_visible"] is False
    second = subprocess.run(
        [sys.executable, "-m", "focusapp", "--data-dir", str(app.data_dir)],
        env=app.env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert second.returncode == 0
    assert "already running" in second.stdout
    wait_for(lambda: app.status()["today_visible"], 10, "the first instance's window")
    with pytest.raises(DataDirLocked):
        Store.open(app.data_dir, now=lambda: datetime.now().astimezone())


def test_status_without_a_running_app(tmp_path, display):
    result = subprocess.run(
        [sys.executable, "-m", "focusapp", "--data-dir", str(tmp_path), "status"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 1 and "not running" in result.stdout


def blocking_youtube(tmp_path: Path, original: bytes) -> tuple[Path, Path, tuple[str, ...]]:
    """A temp hosts file holding `original`, a data folder whose block list has youtube.com,
    and the app's arguments that run the real helper, unprivileged, on that file (the hidden
    options of app and helper)."""
    hosts = tmp_path / "hosts"
    hosts.write_bytes(original)
    data = tmp_path / "data"
    data.mkdir()
    seed(data)
    store, _ = Store.open(data, now=lambda: datetime.now().astimezone())
    store.settings.save(store.settings.get().updated(blocked_domains=("youtube.com",)))
    store.close()
    helper = shlex.join([sys.executable, "-I", "-m", "focusapp.services.blocking.helper",
                         "--test-hosts-path", str(hosts)])
    return hosts, data, ("--hosts-helper", helper)


def test_kill_9_during_a_block_lifts_the_site_blocking_at_restart(launch, tray_host, tmp_path):
    original = b"127.0.0.1 localhost\r\n# keep me\r\n::1 localhost"
    hosts, data, args = blocking_youtube(tmp_path, original)

    first = launch(data, args)
    first.wait_ready()
    assert first.cli("start", "25").returncode == 0
    wait_for(lambda: b"youtube.com" in hosts.read_bytes(), 20, "the hosts section")
    assert b"0.0.0.0 www.youtube.com" in hosts.read_bytes()

    first.kill9()  # no clean-up ran: the section is still there
    assert b"youtube.com" in hosts.read_bytes()
    second = launch(data, args)
    second.wait_ready()  # the block is resumed, so it is blocked again: stop it
    assert second.cli("stop").returncode == 0
    wait_for(lambda: hosts.read_bytes() == original, 20, "the hosts file back byte for byte")


def test_sigterm_during_a_block_quits_cleanly_and_the_block_resumes(launch, tray_host,
                                                                     tmp_path):
    """Logout or shutdown sends SIGTERM: the sites are given back before the app exits 0,
    and the next start resumes the block (and blocks the sites again)."""
    original = b"127.0.0.1 localhost\n"
    hosts, data, args = blocking_youtube(tmp_path, original)

    first = launch(data, args)
    first.wait_ready()
    assert first.cli("start", "25").returncode == 0
    block_id = first.status()["block_id"]
    wait_for(lambda: b"youtube.com" in hosts.read_bytes(), 20, "the hosts section")

    first.proc.send_signal(signal.SIGTERM)
    assert first.proc.wait(30) == 0
    assert hosts.read_bytes() == original  # lifted before the exit, not at the next start

    second = launch(data, args)
    status = second.wait_ready()
    assert status["state"] == "running" and status["block_id"] == block_id
    wait_for(lambda: b"youtube.com" in hosts.read_bytes(), 20, "the sites blocked again")
    assert second.cli("stop").returncode == 0
