"""Active window → distraction time: a real X window under Xvfb, the meter on a fake clock."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from focusapp.core.app_rules import AppAction, AppRule
from focusapp.services.blocking.apps import AppBlocker, xdotool_minimizer
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.blocking.windows import (
    DistractionMatcher,
    DistractionMeter,
    NullWindowSource,
    WindowInfo,
    X11ActiveWindow,
    pick_window_source,
)

Xlib = pytest.importorskip("Xlib")
from Xlib import X, Xatom, display  # noqa: E402 - after the importorskip


class FakeWM:
    """Plays the window manager: creates client windows and sets _NET_ACTIVE_WINDOW."""

    def __init__(self) -> None:
        self.display = display.Display()
        self.root = self.display.screen().root
        self.windows: list[object] = []

    def atom(self, name: str) -> int:
        return int(self.display.intern_atom(name))

    def open(self, title: str, pid: int | None, *, legacy_title: bool = False) -> object:
        window = self.root.create_window(0, 0, 100, 100, 0, X.CopyFromParent)
        if legacy_title:
            window.set_wm_name(title.encode("latin-1"))
        else:
            window.change_property(self.atom("_NET_WM_NAME"), self.atom("UTF8_STRING"), 8,
                                   title.encode("utf-8"))
        if pid is not None:
            window.change_property(self.atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [pid])
        window.set_wm_class("focusapp-test", "FocusappTest")
        window.map()
        self.windows.append(window)
        return window

    def activate(self, window: object | None) -> None:
        wid = 0 if window is None else window.id  # type: ignore[attr-defined]
        self.root.change_property(self.atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW, 32, [wid])
        self.display.sync()

    def announce(self) -> None:
        """Say, as an EWMH window manager does, that _NET_ACTIVE_WINDOW is kept up to date."""
        self.root.change_property(self.atom("_NET_SUPPORTED"), Xatom.ATOM, 32,
                                  [self.atom("_NET_ACTIVE_WINDOW")])
        self.display.sync()

    def close(self) -> None:
        # Leave the shared Xvfb as we found it: no active window, no pretend window manager.
        self.root.delete_property(self.atom("_NET_ACTIVE_WINDOW"))
        self.root.delete_property(self.atom("_NET_SUPPORTED"))
        for window in self.windows:
            window.destroy()  # type: ignore[attr-defined]
        # A round trip before closing: the next test's connection may otherwise read the root
        # window before the server has run these requests (seen in CI: a _NET_SUPPORTED left).
        self.display.sync()
        self.display.close()


@pytest.fixture(scope="session", autouse=True)
def x_keepalive() -> Iterator[None]:
    """One X connection held for the session: Xvfb resets itself when its last client leaves,
    and a test connecting during that reset gets ECONNRESET."""
    keeper = display.Display()
    yield
    keeper.close()


@pytest.fixture
def wm() -> Iterator[FakeWM]:
    assert os.environ.get("DISPLAY"), "pytest-xvfb provides a display"
    fake = FakeWM()
    yield fake
    fake.close()


@pytest.fixture
def source() -> Iterator[X11ActiveWindow]:
    src = X11ActiveWindow()
    yield src
    src.close()


@pytest.fixture
def slack(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    exe = tmp_path / "slack"
    shutil.copy("/bin/sleep", exe)
    proc = subprocess.Popen([str(exe), "300"])
    yield proc
    proc.kill()
    proc.wait(timeout=10)


def test_x11_source_reports_the_active_window(wm, source):
    window = wm.open("YouTube - Broadcast Yourself", os.getpid())
    wm.activate(window)
    info = source.current()
    assert info is not None
    assert info.title == "YouTube - Broadcast Yourself"
    assert info.pid == os.getpid()
    assert info.app.startswith("python")  # psutil's name of the pid
    wm.activate(None)
    assert source.current() is None


def test_x11_status_needs_a_window_manager_that_publishes_it(wm, source):
    status = source.status()
    assert status.support is Support.DEGRADED
    assert status.reason is not None and status.reason.code == "windows.no_active_window"
    wm.announce()
    assert source.status().support is Support.SUPPORTED


def test_under_wayland_the_x11_source_says_it_sees_x11_windows_only(wm):
    """GNOME's Wayland session sets DISPLAY too (XWayland): its front window is an X11 one,
    or none while a Wayland window (most browsers there) is in front."""
    wm.announce()
    src = pick_window_source({"DISPLAY": os.environ["DISPLAY"], "XDG_SESSION_TYPE": "wayland",
                              "WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    try:
        assert isinstance(src, X11ActiveWindow)
        status = src.status()
        assert (status.support, reason_code(status)) == (Support.DEGRADED, "windows.xwayland")
    finally:
        src.close()


def test_x11_source_unicode_legacy_title_and_no_pid(wm, source):
    wm.activate(wm.open("Vidéos — 日本語", None))
    info = source.current()
    assert info == WindowInfo(None, "Vidéos — 日本語", "FocusappTest", None)
    wm.activate(wm.open("Old Xterm café", None, legacy_title=True))
    info = source.current()
    assert info is not None and info.title == "Old Xterm café"


def test_x11_source_survives_a_destroyed_active_window(wm, source):
    window = wm.open("gone", None)
    wm.activate(window)
    window.destroy()  # type: ignore[attr-defined]
    wm.display.sync()
    assert source.current() is None


def test_meter_counts_seconds_with_a_blocked_site_in_front(qtbot, wm, source, clock):
    youtube = wm.open("YouTube - Broadcast Yourself", os.getpid())
    work = wm.open("Quarterly pipeline.xlsx - LibreOffice Calc", os.getpid())
    meter = DistractionMeter(source, clock)
    wm.activate(work)
    meter.start([], ["youtube.com"])
    assert meter.active
    clock.advance(seconds=2)
    wm.activate(youtube)
    meter.sample_now()  # work was in front for those 2 s
    for _ in range(3):
        clock.advance(seconds=2)
        meter.sample_now()
    wm.activate(work)
    clock.advance(seconds=2)
    meter.sample_now()  # youtube held until this sample: 8 s in all
    clock.advance(seconds=2)
    summary = meter.stop()
    assert not meter.active
    assert summary.distracted_seconds == 8.0
    assert dict(summary.by_target) == {"youtube.com": 8.0}


def test_meter_counts_a_blocked_app_by_rule_and_attempts(qtbot, wm, source, clock, slack):
    wm.activate(wm.open("general - Acme Slack", slack.pid))
    meter = DistractionMeter(source, clock)
    meter.start([AppRule("slack", AppAction.WARN)], ["youtube.com"])
    meter.record_attempt("slack", "warn")
    clock.advance(seconds=2)
    meter.sample_now()
    meter.pause()  # a pause does not count...
    clock.advance(minutes=5)
    meter.resume()
    clock.advance(seconds=3)
    summary = meter.stop()
    assert summary.distracted_seconds == 5.0  # ...2 s before it, 3 s after
    assert dict(summary.by_target) == {"slack": 5.0}
    assert summary.blocked_attempts == 1


def test_a_stalled_loop_credits_at_most_a_few_seconds(qtbot, clock):
    class Always:
        def current(self) -> WindowInfo:
            return WindowInfo(1234, "Netflix", "firefox")

        def status(self):  # pragma: no cover - unused
            raise AssertionError

    meter = DistractionMeter(Always(), clock)
    meter.start([], ["netflix.com"])
    clock.advance(hours=1)
    assert meter.stop().distracted_seconds == 10.0


def test_closing_the_meter_lets_go_of_its_source_connection(qtbot, clock):
    class Connected:  # as the X11 source holds its display connection
        closed = False

        def current(self) -> None:
            return None

        def status(self):  # pragma: no cover - unused
            raise AssertionError

        def close(self) -> None:
            self.closed = True

    source = Connected()
    meter = DistractionMeter(source, clock)
    meter.start([], ["netflix.com"])
    meter.close()
    assert source.closed and not meter.active


@pytest.mark.parametrize(("title", "domains", "expected"), [
    ("YouTube - Broadcast Yourself", ["youtube.com"], "youtube.com"),
    ("Watch on youtube.com", ["www.youtube.com"], "www.youtube.com"),
    ("https://m.youtube.com/watch?v=1", ["youtube.com"], "youtube.com"),
    ("BBC Home - Mozilla Firefox", ["bbc.co.uk"], "bbc.co.uk"),
    ("Hacker News", ["news.ycombinator.com"], None),  # sub-domain: full name only
    ("news.ycombinator.com | comments", ["news.ycombinator.com"], "news.ycombinator.com"),
    ("Google Docs - Plan", ["news.google.com"], None),
    ("Files x 3", ["x.com"], None),  # too short to be a word
    ("Home / X.com", ["x.com"], "x.com"),
    ("notyoutube fan page", ["youtube.com"], None),
    ("youtube_notes.txt - gedit", ["youtube.com"], None),
    ("Twitch", ["youtube.com", "twitch.tv"], "twitch.tv"),
])
def test_title_heuristic(title, domains, expected):
    matcher = DistractionMatcher([], domains)
    assert matcher.target(WindowInfo(1, title, "firefox")) == expected


def test_app_match_is_exact_and_beats_the_title():
    matcher = DistractionMatcher([AppRule("slack")], ["youtube.com"])
    assert matcher.target(WindowInfo(1, "YouTube link", "slack", "/usr/bin/slack")) == "slack"
    assert matcher.target(WindowInfo(1, "", "slackware", "/usr/bin/slackware")) is None
    assert matcher.target(None) is None


def test_wayland_and_missing_display_are_unsupported_with_a_reason():
    src = pick_window_source({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert isinstance(src, NullWindowSource) and src.current() is None
    status = src.status()
    assert status.support is Support.UNSUPPORTED and reason_code(status) == "windows.wayland"
    typed = pick_window_source({"XDG_SESSION_TYPE": "wayland"}, platform="linux").status()
    assert reason_code(typed) == "windows.wayland"  # the session's type alone says it
    none = pick_window_source({}, platform="linux").status()
    assert none.support is Support.UNSUPPORTED and reason_code(none) == "windows.no_display"
    bad = pick_window_source({"DISPLAY": ":987"}, platform="linux").status()
    assert bad.support is Support.UNSUPPORTED and reason_code(bad) == "windows.x11_unavailable"
    assert bad.reason is not None and bad.reason.params["detail"]  # Xlib's own words, for logs


def test_other_platforms_report_unsupported_when_their_api_is_missing():
    for platform in ("win32", "darwin"):
        status = pick_window_source({}, platform=platform).status()
        assert status.support is Support.UNSUPPORTED
        assert reason_code(status) == "windows.no_platform_api"


def test_pick_uses_x11_when_a_display_is_set():
    src = pick_window_source(os.environ)
    assert isinstance(src, X11ActiveWindow)
    src.close()


def reason_code(status: MechanismStatus) -> str | None:
    """The code of why a mechanism does not fully work (None when it does)."""
    return status.reason.code if status.reason is not None else None


def iconify_requests(wm: FakeWM, deadline_s: float = 5.0) -> set[int]:
    """Windows asked to be iconified (WM_CHANGE_STATE to the root, as a WM receives them)."""
    change_state = wm.atom("WM_CHANGE_STATE")
    found: set[int] = set()
    end = time.monotonic() + deadline_s
    while time.monotonic() < end and not found:
        while wm.display.pending_events():
            event = wm.display.next_event()
            iconic = event.type == X.ClientMessage and event.client_type == change_state \
                and event.data[1][0] == 3  # IconicState
            if iconic:
                found.add(event.window.id)
        time.sleep(0.01)
    return found


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool is not installed")
def test_blocker_minimizes_the_windows_of_a_blocked_app_with_xdotool(qtbot, wm, slack):
    wm.root.change_attributes(event_mask=X.SubstructureNotifyMask)
    window = wm.open("general - Acme Slack", slack.pid)
    wm.display.sync()
    minimize = xdotool_minimizer({"DISPLAY": os.environ["DISPLAY"]})
    assert minimize is not None
    blocker = AppBlocker(processes=lambda: [psutil.Process(slack.pid)], minimizer=minimize)
    with qtbot.waitSignal(blocker.distraction_detected, timeout=0) as hit:
        blocker.start([AppRule("slack", AppAction.MINIMIZE)], "b1")
    assert hit.args == ["slack", "minimize"]
    assert iconify_requests(wm) == {window.id}  # type: ignore[attr-defined]
    assert blocker.status().support is Support.SUPPORTED
    blocker.stop()
    assert minimize(os.getpid() + 1_000_000) is False  # no window for that pid


def test_no_xdotool_minimizer_on_wayland():
    assert xdotool_minimizer({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) is None
    assert xdotool_minimizer({}) is None


def test_the_x11_source_closes_quietly_after_the_x_server_went_away():
    """At logout the X server may stop before the app does: closing the source then has
    nothing to close, and says nothing (it raised, and the app's shutdown stopped there)."""
    ready_read, ready_write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(ready_write), "-nolisten", "tcp"],
                              pass_fds=(ready_write,), stderr=subprocess.DEVNULL)
    os.close(ready_write)
    try:
        with os.fdopen(ready_read) as ready:
            number = ready.readline().strip()  # written once the server accepts clients
        source = X11ActiveWindow(f":{number}")
        source.current()
    finally:
        server.kill()
        server.wait()
    assert source.current() is None
    source.close()
