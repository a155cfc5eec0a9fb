"""What a launch loads before its tray and Today window are shown (issue 15's start-up rules).

The first paint is the one moment every launch waits for; what it does not need loads after
it. A real launch (`python -X importtime -m focusapp --exit-when-ready`) on a new user's data
folder lists every module imported before its "ready" line; each of these must be missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

# Each is loaded after the first paint by design; a module-level import of one of them in a
# module of the start-up path puts it back in front of every launch.
AFTER_THE_FIRST_PAINT = (
    "apscheduler",  # reminders: about 70 ms and 17 MiB
    "PySide6.QtNetwork",  # the command server
    "PySide6.QtCharts",  # the review's and the history's charts
    "psutil",  # blocking's process watch
    "icalendar",  # calendars
    "focusapp.ui.wizard",  # a new user's questions, asked over Today
    "focusapp.ui.dialogs",
    "focusapp.ui.review",
    "focusapp.ui.settings",
    "focusapp.ui.settings_browser",  # its browser extension box
    "focusapp.ui.accounts",  # the role panels: made when one has something to show
    "focusapp.ui.handoffs",
    "focusapp.ui.leads",
    "focusapp.ui.meetings",  # today's meetings: made when the calendars have one
    "focusapp.ui.problems",  # every problem's sentence (70 KB): when the first is told
    "focusapp.ui.review_model",  # the week's review; Today's numbers are `day_text`
    "focusapp.client",  # the command line's words: a plain launch names only APP_NAME
    "focusapp.core.exports",  # csv and the iCalendar writer: an export's
    "importlib.resources",  # 1.5 ms: the package's files are found beside its code
    "uuid",  # with platform, 1 ms: a new folder's profile id is 16 random bytes
    "focusapp.store.export",
    "focusapp.services.blocking.guard",
    "focusapp.services.reminders",
    "focusapp.core.web_rules",  # a block's sites and pages, read when one starts
    "idna",
    "focusapp.cli",  # a plain launch has nothing for the command line to parse or say
    "hashlib",  # OpenSSL, 2.6 ms: the instance's socket name takes the interpreter's SHA-1
    "socket",  # the quit signals' wake-up pair, set up with the command server
)

IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+\d+ \|\s*(\S+)")


@pytest.fixture(scope="module")
def imported_before_ready(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("launch")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1",
           "XDG_CACHE_HOME": str(folder / "cache")}
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "focusapp",
                          "--exit-when-ready", "--data-dir", str(folder / "data")],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         timeout=120, check=True)
    lines = run.stdout.splitlines()
    ready = next(i for i, line in enumerate(lines) if line.startswith("ready "))
    return [m.group(1) for m in map(IMPORT_LINE.match, lines[:ready]) if m]


def test_a_launch_shows_the_app_before_loading_what_comes_after(
        imported_before_ready: list[str]) -> None:
    assert "focusapp.ui.today" in imported_before_ready  # the probe sees the launch
    early = [name for name in imported_before_ready
             if any(name == late or name.startswith(f"{late}.") for late in AFTER_THE_FIRST_PAINT)]
    assert early == []


def test_a_launch_compiles_its_dataclasses_through_the_cache(
        imported_before_ready: list[str]) -> None:
    # Installed before the app's modules, or they would compile their methods again.
    cache = imported_before_ready.index("focusapp.services.dataclass_cache")
    assert cache < imported_before_ready.index("focusapp.core.models")

