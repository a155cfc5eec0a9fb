"""Idle time: the X11 backend for real on a private Xvfb, the D-Bus ones against fake
services on a private bus, Windows and macOS through fakes of their system calls."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from focusapp.services.blocking.status import Support
from focusapp.services.idle import (
    MacIdle,
    NullIdle,
    WindowsIdle,
    X11Idle,
    mutter_idle,
    pick_idle,
    screensaver_idle,
)
from tests.services.test_dnd import read_line, reason_code, session_bus, stop

FAKE_IDLE = Path(__file__).with_name("fake_idle.py")
__all__ = ["session_bus"]  # a fixture, used by name below


# ---- X11, for real --------------------------------------------------------------------

@pytest.fixture
def xserver() -> Iterator[str]:
    """A private Xvfb. -noreset: a plain Xvfb resets its idle counter to 0 whenever its
    last client disconnects, and each xdotool run is a client."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed (.ci/run installs them)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp",
                             "-screen", "0", "640x480x24"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_x11_idle_grows_without_input_and_input_resets_it(qtbot, xserver):
    source = X11Idle(xserver)
    try:
        assert source.status().support is Support.SUPPORTED
        qtbot.waitUntil(lambda: (source.idle_seconds() or 0) >= 1.5, timeout=10_000)
        subprocess.run(["xdotool", "mousemove", "10", "20"], check=True,
                       env={**os.environ, "DISPLAY": xserver})
        idle = source.idle_seconds()
        assert idle is not None and idle < 1.0
    finally:
        source.close()


def test_x11_through_xwayland_is_degraded_and_says_why(xserver):
    source = X11Idle(xserver, xwayland=True)
    try:
        status = source.status()
        assert (status.support, reason_code(status)) == (Support.DEGRADED, "idle.xwayland")
    finally:
        source.close()


def test_pick_takes_x11_when_the_session_has_a_display_and_no_idle_service(xserver):
    source = pick_idle({"DISPLAY": xserver}, platform="linux")
    try:
        assert source.mechanism == "idle.x11"
    finally:
        source.close()


# ---- D-Bus, against fakes -------------------------------------------------------------

def start_fake(which: str, millis: int, *flags: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, str(FAKE_IDLE), which, str(millis), *flags],
                            stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert read_line(proc) == "ready"
    return proc


@pytest.fixture
def fake(session_bus) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def start(which: str, millis: int, *flags: str) -> subprocess.Popen[str]:
        started.append(start_fake(which, millis, *flags))
        return started[-1]

    yield start
    for proc in started:
        stop(proc)


def test_gnome_idle_time_comes_from_mutter_in_seconds(fake, session_bus):
    fake("mutter", 754_250)
    source = mutter_idle(session_bus)
    try:
        assert source.status().support is Support.SUPPORTED
        assert source.idle_seconds() == 754.25
    finally:
        source.close()


def test_freedesktop_screensaver_idle_time_in_seconds(fake, session_bus):
    fake("screensaver", 12_000)
    source = screensaver_idle(session_bus)
    try:
        assert source.idle_seconds() == 12.0
    finally:
        source.close()


def test_an_error_reply_is_unwrapped_into_a_reason_not_a_number(fake, session_bus):
    fake("mutter", 5_000, "--broken")
    source = mutter_idle(session_bus)
    status = source.status()
    assert (status.support, reason_code(status)) == (Support.UNSUPPORTED, "idle.dbus_failed")
    assert "AccessDenied" in str(status.reason.params["detail"])  # type: ignore[union-attr]
    assert source.idle_seconds() is None


def test_a_service_that_comes_back_is_asked_again(fake, session_bus):
    source = screensaver_idle(session_bus)
    assert source.idle_seconds() is None  # nobody owns the name yet
    fake("screensaver", 3_000)
    assert source.idle_seconds() == 3.0
    source.close()


def test_pick_prefers_mutter_on_gnome_and_the_screensaver_elsewhere(fake, session_bus):
    fake("mutter", 1_000)
    fake("screensaver", 2_000)
    gnome = pick_idle({"DBUS_SESSION_BUS_ADDRESS": session_bus,
                       "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, platform="linux")
    kde = pick_idle({"DBUS_SESSION_BUS_ADDRESS": session_bus, "XDG_CURRENT_DESKTOP": "KDE"},
                    platform="linux")
    try:
        assert (gnome.mechanism, kde.mechanism) == ("idle.gnome", "idle.freedesktop")
    finally:
        gnome.close()
        kde.close()


def test_pick_says_every_reason_when_nothing_works(session_bus):
    source = pick_idle({"DBUS_SESSION_BUS_ADDRESS": session_bus,
                        "XDG_CURRENT_DESKTOP": "GNOME"}, platform="linux")
    assert isinstance(source, NullIdle)
    status = source.status()
    assert (status.support, reason_code(status)) == (Support.UNSUPPORTED, "idle.unavailable")
    codes = [r.code for r in status.reason.params["reasons"]]  # type: ignore[union-attr]
    assert codes == ["idle.dbus_failed", "idle.no_display", "idle.dbus_failed"]


def test_a_wayland_desktop_without_an_idle_service_says_so(session_bus):
    """sway: no Mutter, no org.freedesktop.ScreenSaver, no XWayland display."""
    source = pick_idle({"DBUS_SESSION_BUS_ADDRESS": session_bus, "XDG_CURRENT_DESKTOP": "sway",
                        "WAYLAND_DISPLAY": "wayland-1"}, platform="linux")
    status = source.status()
    assert (status.support, reason_code(status)) == (Support.UNSUPPORTED, "idle.unavailable")
    codes = [r.code for r in status.reason.params["reasons"]]  # type: ignore[union-attr]
    assert codes == ["idle.wayland", "idle.dbus_failed"]


# ---- Windows and macOS, through fakes of their calls ----------------------------------

class _Function:
    """A ctypes function as the backend sees it: argtypes and restype set, then called."""

    def __init__(self, body: Callable[..., object]) -> None:
        self.body = body
        self.argtypes: object = None
        self.restype: object = None

    def __call__(self, *args: object) -> object:
        return self.body(*args)


class _Lib:
    def __init__(self, **functions: Callable[..., object]) -> None:
        for name, body in functions.items():
            setattr(self, name, _Function(body))


def _windows(last_input: int, now: int, ok: bool = True) -> tuple[WindowsIdle, _Lib, _Lib]:
    def get_last_input_info(ref: object) -> int:
        ref._obj.dwTime = last_input  # type: ignore[attr-defined]
        return int(ok)

    user32 = _Lib(GetLastInputInfo=get_last_input_info)
    kernel32 = _Lib(GetTickCount=lambda: now)
    return WindowsIdle(user32, kernel32), user32, kernel32


def test_windows_idle_is_the_tick_count_since_the_last_input():
    source, user32, kernel32 = _windows(last_input=1_000, now=91_000)
    assert source.idle_seconds() == 90.0
    assert source.status().support is Support.SUPPORTED
    # Declared, so a 64-bit Python passes a pointer and reads an unsigned 32-bit tick.
    assert user32.GetLastInputInfo.restype is ctypes.c_int  # type: ignore[attr-defined]
    assert kernel32.GetTickCount.restype is ctypes.c_uint32  # type: ignore[attr-defined]
    assert len(user32.GetLastInputInfo.argtypes) == 1  # type: ignore[attr-defined]


def test_windows_idle_survives_the_tick_count_wrapping_after_49_days():
    source, _, _ = _windows(last_input=0xFFFF_FC18, now=2_000)  # 1 s before the wrap, 2 s after
    assert source.idle_seconds() == 3.0


def test_windows_failure_is_unsupported_with_a_reason():
    source, _, _ = _windows(last_input=0, now=0, ok=False)
    status = source.status()
    assert (status.support, reason_code(status)) == (Support.UNSUPPORTED, "idle.no_platform_api")


def test_macos_idle_asks_for_any_input_of_the_hid_system():
    calls: list[tuple[object, ...]] = []

    def since_last(*args: object) -> float:
        calls.append(args)
        return 42.5

    quartz = _Lib(CGEventSourceSecondsSinceLastEventType=since_last)
    source = MacIdle(quartz)
    assert source.idle_seconds() == 42.5
    assert calls == [(1, 0xFFFFFFFF)]
    function = quartz.CGEventSourceSecondsSinceLastEventType  # type: ignore[attr-defined]
    assert function.restype is ctypes.c_double
    assert function.argtypes == [ctypes.c_int32, ctypes.c_uint32]


# ---- the sampler on the real X11 source -----------------------------------------------

def test_the_sampler_reports_a_spell_away_when_input_comes_back(qtbot, xserver):
    from datetime import datetime, timedelta

    from focusapp.services.away import AwaySampler
    from focusapp.services.clock import SystemClock

    source = X11Idle(xserver)
    sampler = AwaySampler(SystemClock(), lambda: source, interval_ms=100)
    began = datetime.now().astimezone()
    sampler.start(timedelta(seconds=1), lambda: began, lambda: 0.0)
    try:
        qtbot.waitUntil(lambda: (source.idle_seconds() or 0) >= 1.5, timeout=10_000)
        with qtbot.waitSignal(sampler.spell_ended, timeout=5_000) as ended:
            subprocess.run(["xdotool", "mousemove", "30", "40"], check=True,
                           env={**os.environ, "DISPLAY": xserver})
        span = ended.args[0]
        assert began <= span.start < span.end
        assert (span.end - span.start).total_seconds() >= 1.0
        assert sampler.stop() is None  # back at the desk: nothing more to tell
    finally:
        sampler.shutdown()
