"""The backends are chosen in one place (detect_backends), and the distraction guard uses
only the ones it is given: real detection in the tests' made-up session, the real hosts
helper on a temp file, fakes only for the desktop's own services."""

from __future__ import annotations

import os
import pwd
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.errors import Problem
from focusapp.core.models import Settings
from focusapp.services.autostart import MacLaunchAgent, XdgAutostart
from focusapp.services.backends import Backends, detect_backends
from focusapp.services.blocking import hosts as hosts_module
from focusapp.services.blocking.apps import AppScanner
from focusapp.services.blocking.dnd import DoNotDisturb, NullDnd
from focusapp.services.blocking.guard import DistractionGuard
from focusapp.services.blocking.hosts import HostsBlocker
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.blocking.windows import NullWindowSource, WindowInfo
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store
from tests.conftest import FakeClock
from tests.isolation import DESKTOP_VARIABLES
from tests.services.conftest import ORIGINAL, helper_on

WAIT_MS = 30_000


def test_tests_run_in_a_made_up_desktop_session(isolated_desktop: Path) -> None:
    """Real detection, in the session every test gets: nothing reaches the developer's."""
    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert Path.home() != real_home and not Path.home().is_relative_to(real_home)
    assert not any(name in os.environ for name in DESKTOP_VARIABLES)
    backends = detect_backends()
    autostart = backends.autostart()
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path.is_relative_to(isolated_desktop)  # this test's own config folder
    dnd = backends.dnd()
    assert isinstance(dnd, NullDnd) and dnd.enable() is False  # no session bus to silence
    assert dnd.status().support is Support.UNSUPPORTED
    reason = dnd.status().reason
    assert reason is not None and [r.code for r in reason.params["reasons"]] == [
        "dnd.no_notification_server"]  # its bus address leads nowhere
    assert backends.hosts().command is None  # the installed helper is never run from a test


def test_each_test_gets_its_own_config_folder(isolated_desktop: Path,
                                              isolated_session: Path) -> None:
    assert Path(os.environ["XDG_CONFIG_HOME"]).is_relative_to(isolated_desktop)
    assert not isolated_desktop.is_relative_to(isolated_session)


def test_detection_follows_the_session_it_is_given(tmp_path: Path) -> None:
    wayland = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    helper = [sys.executable, "-I", "-m", "focusapp.services.blocking.helper"]
    backends = detect_backends(hosts_helper=helper, environ=wayland, platform="linux")
    autostart = backends.autostart()
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path == tmp_path / "config" / "autostart" / "focusapp.desktop"
    window = backends.active_window()
    assert isinstance(window, NullWindowSource)
    reason = window.status().reason
    assert reason is not None and reason.code == "windows.wayland"
    scanner = backends.app_scanner()
    assert scanner.minimizer is None  # xdotool cannot reach Wayland windows, and says why
    assert scanner.no_minimizer.code == "apps.wayland"
    x11 = detect_backends(environ={"DISPLAY": ":0", "PATH": str(tmp_path)}, platform="linux")
    assert x11.app_scanner().no_minimizer.code == "apps.no_minimizer"  # no xdotool there
    assert backends.hosts().command == tuple(helper)
    assert isinstance(backends.dnd(), NullDnd)  # this session names no bus
    mac = detect_backends(environ={"HOME": str(tmp_path)}, platform="darwin").autostart()
    assert isinstance(mac, MacLaunchAgent) and mac.path.is_relative_to(tmp_path)


def test_without_a_helper_command_the_installed_one_is_used(monkeypatch) -> None:
    installed = ("pkexec", "/usr/libexec/focusapp/focusapp-hosts-helper")
    monkeypatch.setattr(hosts_module, "default_command", lambda platform: installed)
    assert detect_backends(platform="linux").hosts().command == installed


# ---- the guard: only what it is given ---------------------------------------------------


class RecordingDnd(DoNotDisturb):
    """A desktop whose notifications this test can see being silenced."""

    mechanism = "dnd.recording"

    def __init__(self) -> None:
        self.silenced = False

    def enable(self) -> bool:
        self.silenced = True
        return True

    def restore(self) -> None:
        self.silenced = False

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


class FrontWindow:
    """A desktop where the browser stays in front, on YouTube."""

    def current(self) -> WindowInfo:
        return WindowInfo(4242, "Lo-fi beats - YouTube", "firefox")

    def status(self) -> MechanismStatus:
        return MechanismStatus("windows", Support.SUPPORTED)


@pytest.fixture
def clock() -> FakeClock:
    # The real helper checks `until` against the real clock: start the fake one at real now.
    return FakeClock(datetime.now().astimezone().replace(microsecond=0))


def test_the_guard_uses_only_the_backends_it_is_given(qtbot, clock, data_dir, hosts_file,
                                                       tmp_path) -> None:
    dnd = RecordingDnd()
    backends = Backends(
        autostart=lambda: XdgAutostart(tmp_path),
        dnd=lambda: dnd,
        hosts=lambda: HostsBlocker(helper_on(hosts_file)),
        active_window=FrontWindow,
        app_scanner=lambda: AppScanner(processes=lambda: [], minimizer=None),
    )
    settings = Settings(blocked_domains=("youtube.com",), blocked_apps=("bad/relative",))
    store, _ = Store.open(data_dir, now=clock.now)
    guard = DistractionGuard(clock, store, lambda: settings, backends)
    timer = FocusTimer(clock, store, lambda: settings)
    timer.block_started.connect(guard.on_block_started)
    timer.block_finished.connect(guard.on_block_finished)
    problems: list[Any] = []
    guard.problem_raised.connect(problems.append)
    try:
        guard.start_services()
        found = {s.mechanism: s.support for s in guard.statuses()}
        assert found == {"hosts": Support.SUPPORTED, "dnd.recording": Support.SUPPORTED,
                         "apps": Support.DEGRADED, "windows": Support.SUPPORTED}

        timer.start(StartRequest(minutes=25, role="solo"))
        assert dnd.silenced
        qtbot.waitUntil(lambda: guard.controller.pending() == 0, timeout=WAIT_MS)
        assert b"0.0.0.0 www.youtube.com" in hosts_file.read_bytes()
        entry = next(p for p in problems if p.code == "blocking.app_entry")
        assert isinstance(entry, Problem)  # a code and its values, for the UI to word
        assert entry.params == {"entry": "bad/relative", "error": "app.relative_path"}

        clock.advance(seconds=4)
        timer.stop()
        assert not dnd.silenced
        assert guard.summary().by_target == {"youtube.com": 4.0}  # the front window counted
        qtbot.waitUntil(lambda: guard.controller.pending() == 0, timeout=WAIT_MS)
        assert hosts_file.read_bytes() == ORIGINAL
    finally:
        guard.shutdown()
        store.close()

