"""How long since the last keyboard or mouse input: one interface, one backend per desktop.

Each source answers `status()` like the blocking mechanisms (supported, degraded or
unsupported, with a coded reason: services/blocking/status.py) and `idle_seconds()` (None
when it cannot tell right now). `pick_idle` chooses, at the composition root, the first that
works in the session it is given:

- GNOME: `org.gnome.Mutter.IdleMonitor.GetIdletime` (milliseconds), the one that also works
  on GNOME's Wayland session;
- X11: the MIT-SCREEN-SAVER extension through python-xlib (milliseconds);
- KDE and others: `org.freedesktop.ScreenSaver.GetSessionIdleTime` (KDE answers in
  milliseconds);
- X11 through XWayland is degraded: it sees only the input X11 windows get;
- a Wayland desktop with none of these has none, and says so: sway 1.7 tells the idle
  time only through a Wayland protocol (`org_kde_kwin_idle`) that Qt does not expose;
- Windows: `GetLastInputInfo`; macOS: `CGEventSourceSecondsSinceLastEventType`.

Sources are asked every few seconds while a block runs (services/away.py), so a D-Bus source
keeps its connection open, and the X11 source its display.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Mapping
from typing import Any, Protocol

from focusapp.core.errors import Problem
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.session import wayland_session

log = logging.getLogger(__name__)

_DBUS_TIMEOUT_S = 2.0


class IdleSource(Protocol):
    mechanism: str

    def status(self) -> MechanismStatus: ...
    def idle_seconds(self) -> float | None: ...
    def close(self) -> None: ...


class NullIdle:
    """No way to tell here: nothing is ever away, and `status` says why."""

    mechanism = "idle.none"

    def __init__(self, reason: Problem) -> None:
        self._reason = reason

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.UNSUPPORTED, self._reason)

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


# ---- X11 ------------------------------------------------------------------------------


class X11Idle:
    """MIT-SCREEN-SAVER's idle time of an X display (Xvfb has it too)."""

    mechanism = "idle.x11"

    def __init__(self, display: str, *, xwayland: bool = False) -> None:
        from Xlib import display as xdisplay  # optional dependency, Linux only

        self._display = xdisplay.Display(display)
        self._xwayland = xwayland
        self._error: Problem | None = None
        if not self._display.has_extension("MIT-SCREEN-SAVER"):
            self._error = Problem("idle.no_screensaver_extension", {},
                                  "the X server has no MIT-SCREEN-SAVER extension")

    def idle_seconds(self) -> float | None:
        if self._error is not None and self._error.code != "idle.x11_failed":
            return None
        try:
            info = self._display.screen().root.screensaver_query_info()
        except Exception as exc:  # a display gone away: said in status, asked again later
            self._error = Problem("idle.x11_failed", {"detail": str(exc)},
                                  f"the X11 display failed: {exc}")
            return None
        self._error = None
        return int(info.idle) / 1000.0

    def status(self) -> MechanismStatus:
        if self._error is None:
            self.idle_seconds()
        if self._error is not None:
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, self._error)
        if self._xwayland:
            return MechanismStatus(self.mechanism, Support.DEGRADED, Problem(
                "idle.xwayland", {}, "XWayland sees only the input of X11 windows"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)

    def close(self) -> None:
        self._display.close()


# ---- D-Bus ----------------------------------------------------------------------------


class DBusIdle:
    """One method on the session bus answering the idle time in milliseconds."""

    def __init__(self, mechanism: str, bus: str, name: str, path: str, interface: str,
                 method: str) -> None:
        self.mechanism = mechanism
        self._bus = bus  # "SESSION" or a bus address; "" when the session has none
        self._name, self._path, self._interface, self._method = name, path, interface, method
        self._conn: Any = None
        self._error: Problem | None = None

    def idle_seconds(self) -> float | None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        if not self._bus:
            self._error = Problem("idle.no_session_bus", {}, "no session bus address")
            return None
        address = DBusAddress(self._path, bus_name=self._name, interface=self._interface)
        try:
            if self._conn is None:
                self._conn = self._open()
            reply = self._conn.send_and_get_reply(new_method_call(address, self._method),
                                                  timeout=_DBUS_TIMEOUT_S)
            # send_and_get_reply hands an error reply back as a message: unwrap_msg raises it.
            (millis,) = unwrap_msg(reply)
        except Exception as exc:  # no bus, auth, timeout, no such name or method: say why
            self._error = Problem("idle.dbus_failed", {"detail": f"{self._method}: {exc}"},
                                  f"{self._method} failed: {exc}")
            self.close()  # a broken connection is opened again at the next sample
            return None
        self._error = None
        return int(millis) / 1000.0

    def _open(self) -> Any:
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(bus=self._bus)

    def status(self) -> MechanismStatus:
        if self.idle_seconds() is None and self._error is not None:
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, self._error)
        return MechanismStatus(self.mechanism, Support.SUPPORTED)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def mutter_idle(bus: str) -> DBusIdle:
    return DBusIdle("idle.gnome", bus, "org.gnome.Mutter.IdleMonitor",
                    "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor",
                    "GetIdletime")


def screensaver_idle(bus: str) -> DBusIdle:
    return DBusIdle("idle.freedesktop", bus, "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                    "GetSessionIdleTime")


# ---- Windows and macOS ----------------------------------------------------------------


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


class WindowsIdle:
    """`GetLastInputInfo` against `GetTickCount`, both 32-bit milliseconds that wrap every
    49.7 days: the difference is taken modulo 2³²."""

    mechanism = "idle.windows"

    def __init__(self, user32: Any = None, kernel32: Any = None) -> None:
        windll = getattr(ctypes, "windll", None)
        self._user32 = user32 if user32 is not None else windll.user32  # type: ignore[union-attr]
        self._kernel32 = kernel32 if kernel32 is not None else windll.kernel32  # type: ignore[union-attr]
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int  # BOOL
        self._kernel32.GetTickCount.argtypes = []
        self._kernel32.GetTickCount.restype = ctypes.c_uint32

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return ((int(self._kernel32.GetTickCount()) - int(info.dwTime)) & 0xFFFFFFFF) / 1000.0

    def status(self) -> MechanismStatus:
        if self.idle_seconds() is None:
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, Problem(
                "idle.no_platform_api", {"detail": "GetLastInputInfo failed"},
                "GetLastInputInfo failed"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)

    def close(self) -> None:
        pass


_HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState: the user's real input
_ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType


class MacIdle:
    """`CGEventSourceSecondsSinceLastEventType` of the HID system state, any input."""

    mechanism = "idle.macos"
    FRAMEWORK = "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"

    def __init__(self, quartz: Any = None) -> None:
        lib = quartz if quartz is not None else ctypes.CDLL(self.FRAMEWORK)
        self._call = lib.CGEventSourceSecondsSinceLastEventType
        self._call.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        self._call.restype = ctypes.c_double

    def idle_seconds(self) -> float | None:
        seconds = float(self._call(_HID_SYSTEM_STATE, _ANY_INPUT_EVENT))
        return seconds if seconds >= 0 else None

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.SUPPORTED)

    def close(self) -> None:
        pass


# ---- choice ---------------------------------------------------------------------------


def _x11(env: Mapping[str, str]) -> IdleSource:
    wayland = wayland_session(env)
    if not env.get("DISPLAY"):
        if wayland:  # sway tells it only through a Wayland protocol Qt does not expose
            return NullIdle(Problem("idle.wayland", {}, "this Wayland desktop tells the idle "
                                    "time to no application outside its own protocols"))
        return NullIdle(Problem("idle.no_display", {}, "no X11 display"))
    try:
        return X11Idle(env["DISPLAY"], xwayland=wayland)
    except ImportError:
        return NullIdle(Problem("idle.no_xlib", {}, "python-xlib is not installed"))
    except Exception as exc:  # any failure to connect means "unsupported"
        return NullIdle(Problem("idle.x11_unavailable", {"detail": str(exc)},
                                f"cannot open the X11 display: {exc}"))


def _platform_source(platform: str) -> IdleSource | None:
    try:
        if platform == "win32":
            return WindowsIdle()
        if platform == "darwin":
            return MacIdle()
    except (OSError, AttributeError) as exc:
        return NullIdle(Problem("idle.no_platform_api", {"detail": str(exc)},
                                f"the platform API is not available: {exc}"))
    return None


def pick_idle(env: Mapping[str, str], platform: str = sys.platform) -> IdleSource:
    """The first source that works in the session `env` describes (a degraded one if
    nothing better), or a NullIdle with every reason. Probes the bus and the display: not
    at start-up."""
    native = _platform_source(platform)
    if native is not None:
        return native
    bus = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    candidates: list[IdleSource] = []
    if "GNOME" in env.get("XDG_CURRENT_DESKTOP", "").upper():
        candidates.append(mutter_idle(bus))
    candidates += [_x11(env), screensaver_idle(bus)]
    statuses = [(source, source.status()) for source in candidates]
    for wanted in (Support.SUPPORTED, Support.DEGRADED):
        for source, status in statuses:
            if status.support is wanted:
                for other, _ in statuses:
                    if other is not source:
                        other.close()
                log.info("idle time from %s (%s)", source.mechanism, status.support)
                return source
    for source, _ in statuses:
        source.close()
    reasons = tuple(status.reason for _, status in statuses if status.reason is not None)
    return NullIdle(Problem("idle.unavailable", {"reasons": reasons},
                            "; ".join(r.message for r in reasons) or "no idle time here"))
