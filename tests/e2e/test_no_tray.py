"""Without a system tray the whole app stays reachable from the Today window's menu."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import screenshot, wait_for, xdotool

pytestmark = pytest.mark.e2e


@pytest.fixture
def bare_display(display: str) -> Iterator[str]:
    """A display of its own with no tray host at all (the session's has trayer)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-noreset",
         "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as ready:
        number = ready.readline().strip()  # Xvfb writes it once it accepts clients
    yield f":{number}"
    server.terminate()
    server.wait(10)


def on(display: str, *args: str) -> str:
    """xdotool on another display than the session's."""
    saved = os.environ["DISPLAY"]
    os.environ["DISPLAY"] = display
    try:
        return xdotool(*args)
    finally:
        os.environ["DISPLAY"] = saved


def window(display: str, name: str) -> str:
    return wait_for(lambda: on(display, "search", "--onlyvisible", "--name", name), 15,
                    f"the window '{name}'").split()[0]


def keys(display: str, target: str, *names: str) -> None:
    # No window manager here: give the window the keyboard focus as a desktop would.
    on(display, "windowfocus", "--sync", target, "key", "--delay", "150", *names)


def test_the_today_menu_reaches_settings_the_review_and_quit(launch, bare_display):
    app = launch(on_display=bare_display)
    status = app.wait_ready()
    assert status["tray"] is False and status["today_visible"] is True

    notice = window(bare_display, "^FocusApp$")  # said once: this desktop has no tray
    keys(bare_display, notice, "Return")
    today = window(bare_display, "FocusApp – Today")
    keys(bare_display, today, "alt+f")
    shot = screenshot("no_tray_menu", bare_display)
    assert shot.stat().st_size > 10_000
    keys(bare_display, today, "Escape")

    keys(bare_display, today, "alt+f", "s")  # FocusApp ▸ Settings…
    settings = window(bare_display, "FocusApp – Settings")
    keys(bare_display, settings, "Escape")
    wait_for(lambda: not on(bare_display, "search", "--onlyvisible", "--name",
                            "FocusApp – Settings"), 10, "Settings to close")

    keys(bare_display, today, "alt+f", "r")  # FocusApp ▸ Weekly review
    window(bare_display, "Weekly review")

    keys(bare_display, today, "alt+f", "q")  # FocusApp ▸ Quit FocusApp
    assert app.proc.wait(20) == 0
