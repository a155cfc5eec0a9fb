"""Which window is in front, and how long a block spent on distractions (SPEC §6, §7).

`ActiveWindowSource.current()` says which window is in front (pid, title, app). One source per
platform, each small and dependency-light:

- `X11ActiveWindow`: python-xlib, the EWMH root property `_NET_ACTIVE_WINDOW`, then the
  window's `_NET_WM_PID` and `_NET_WM_NAME` (UTF-8) or `WM_NAME`.
- `WindowsActiveWindow`: ctypes `GetForegroundWindow` / `GetWindowTextW` /
  `GetWindowThreadProcessId`.
- `MacActiveWindow`: pyobjc `NSWorkspace.frontmostApplication()` (the app only: window titles
  need the Screen Recording permission, so this source is degraded).
- A pure Wayland session has no API for this: `pick_window_source()` returns a `NullWindowSource`
  that says so. With XWayland, the X11 source sees only the windows of X11 apps (most browsers
  are Wayland windows there): it works, and its status says it works in part.

`DistractionMeter` samples the source every 2 s during a block. Each interval between two
samples is credited to what was in front at its start (sample and hold), so the count is
right to within one interval, and an interval longer than `MAX_CREDIT_S` (the event loop was
stalled, the machine slept) counts only that much rather than guessing.

Matching a window to a blocked site (the title heuristic)
    Browsers show the page title, not the address, so a blocked domain matches a window title
    when the title contains the full host name ("youtube.com", "news.ycombinator.com"), or -
    for a domain that is its own registrable name (plus www./m.) - its first label as a whole
    word, case-insensitive ("YouTube - Broadcast Yourself" for youtube.com; "BBC" for
    bbc.co.uk). Sub-domain entries such as news.google.com match only by their full host name,
    so "Google Docs" is not a distraction. Words shorter than 3 letters are not used (x.com
    matches only as "x.com"). It is a heuristic: a document titled "YouTube ads plan" counts.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable

import psutil
from PySide6.QtCore import QObject, QTimer, Slot

from focusapp.core.app_rules import AppRule
from focusapp.core.errors import Problem
from focusapp.core.models import DistractionSummary
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.clock import Clock
from focusapp.services.session import wayland_session

log = logging.getLogger(__name__)

SAMPLE_INTERVAL_MS = 2000
MAX_CREDIT_S = 10.0
MIN_WORD_LENGTH = 3
MECHANISM = "windows"


@dataclass(frozen=True)
class WindowInfo:
    pid: int | None
    title: str
    app: str  # process name (or the window class when the pid is unknown)
    exe: str | None = None  # executable path when readable


class ActiveWindowSource(Protocol):
    def current(self) -> WindowInfo | None:
        """The window in front now, or None (no window, or it cannot be known)."""
        ...

    def status(self) -> MechanismStatus: ...


@runtime_checkable
class ClosableSource(Protocol):
    """A source holding a connection (the X11 display) that must be let go of."""

    def close(self) -> None: ...


def describe_process(pid: int | None) -> tuple[str, str | None]:
    """(process name, exe path or None) for a pid; ("", None) when unknown."""
    if not pid:
        return "", None
    try:
        proc = psutil.Process(pid)
        name = str(proc.name())
    except psutil.Error:
        return "", None
    try:
        exe = str(proc.exe()) or None
    except psutil.Error:
        exe = None
    return name, exe


# ---- sources ------------------------------------------------------------------------------


class NullWindowSource:
    """No way to know the front window here; says why."""

    def __init__(self, reason: Problem) -> None:
        self._reason = reason

    def current(self) -> WindowInfo | None:
        return None

    def status(self) -> MechanismStatus:
        return MechanismStatus(MECHANISM, Support.UNSUPPORTED, self._reason)


class X11ActiveWindow:
    """The EWMH active window of an X11 display (needs a window manager that sets it)."""

    def __init__(self, display: str | None = None, *, xwayland: bool = False) -> None:
        from Xlib import display as xdisplay  # optional dependency, Linux only

        self._display = xdisplay.Display(display)
        self._xwayland = xwayland  # the X server of a Wayland session: X11 windows only
        self._root = self._display.screen().root
        self._atoms = {name: self._display.intern_atom(name) for name in
                       ("_NET_ACTIVE_WINDOW", "_NET_SUPPORTED", "_NET_WM_PID",
                        "_NET_WM_NAME", "UTF8_STRING")}
        self._broken: Problem | None = None  # set once the display connection fails

    def close(self) -> None:
        from Xlib import error

        # The X server may stop first (a logout): then there is nothing left to close.
        with contextlib.suppress(error.ConnectionClosedError, OSError):
            self._display.close()

    def current(self) -> WindowInfo | None:
        from Xlib import X, error

        try:
            active = self._property(self._root, "_NET_ACTIVE_WINDOW", X.AnyPropertyType)
            if not active or not active[0]:
                return None
            window = self._display.create_resource_object("window", int(active[0]))
            pid_value = self._property(window, "_NET_WM_PID", X.AnyPropertyType)
            title = self._title(window)
            wm_class = window.get_wm_class()
        except (error.BadWindow, error.BadDrawable):
            return None  # closed between the two requests
        except (error.ConnectionClosedError, error.XError) as exc:
            self._broken = _x11_failed(exc)
            return None
        pid = int(pid_value[0]) if pid_value else None
        name, exe = describe_process(pid)
        app = name or (wm_class[1] if wm_class else "")
        return WindowInfo(pid, title, app, exe)

    def _property(self, window: Any, name: str, kind: int) -> Sequence[int] | None:
        prop = window.get_full_property(self._atoms[name], kind)
        return None if prop is None else prop.value

    def _title(self, window: Any) -> str:
        prop = window.get_full_property(self._atoms["_NET_WM_NAME"], self._atoms["UTF8_STRING"])
        if prop is not None and prop.value:
            return _text(prop.value)
        legacy = window.get_wm_name()  # Latin-1 WM_NAME of older clients
        return _text(legacy) if legacy else ""

    def status(self) -> MechanismStatus:
        if self._broken is not None:
            return MechanismStatus(MECHANISM, Support.DEGRADED, self._broken)
        from Xlib import Xatom, error

        try:
            supported = self._property(self._root, "_NET_SUPPORTED", Xatom.ATOM)
        except (error.ConnectionClosedError, error.XError) as exc:
            return MechanismStatus(MECHANISM, Support.DEGRADED, _x11_failed(exc))
        if supported is None or self._atoms["_NET_ACTIVE_WINDOW"] not in supported:
            # Without an EWMH window manager nobody says which window is in front.
            return MechanismStatus(MECHANISM, Support.DEGRADED, Problem(
                "windows.no_active_window", {},
                "the window manager does not publish the active window"))
        if self._xwayland:
            return MechanismStatus(MECHANISM, Support.DEGRADED, Problem(
                "windows.xwayland", {}, "under Wayland, only the windows of X11 apps are seen"))
        return MechanismStatus(MECHANISM, Support.SUPPORTED)


def _x11_failed(exc: Exception) -> Problem:
    return Problem("windows.x11_failed", {"detail": str(exc)},
                   f"the X11 display failed: {exc}")


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def load_user32() -> Any:
    """user32.dll with Windows' last error kept per call (`ctypes.get_last_error()`)."""
    import ctypes

    return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]


def prototype_user32(user32: Any) -> Any:
    """Declare the argument and result types of the user32 calls used here.

    Without them ctypes passes and returns C `int`s: on 64-bit Windows an HWND is a pointer,
    and a handle above 2**32 would come back truncated and name another window, or none.
    """
    import ctypes
    from ctypes import wintypes

    user32.GetForegroundWindow.argtypes = ()
    user32.GetForegroundWindow.restype = wintypes.HWND
    user32.GetWindowTextLengthW.argtypes = (wintypes.HWND,)
    user32.GetWindowTextLengthW.restype = ctypes.c_int
    user32.GetWindowTextW.argtypes = (wintypes.HWND, wintypes.LPWSTR, ctypes.c_int)
    user32.GetWindowTextW.restype = ctypes.c_int
    user32.GetWindowThreadProcessId.argtypes = (wintypes.HWND, wintypes.LPDWORD)
    user32.GetWindowThreadProcessId.restype = wintypes.DWORD
    return user32


class WindowsActiveWindow:
    """The foreground window on Windows, through user32 (ctypes, no dependency).

    `load` returns the user32 library (tests pass a fake that refuses calls without
    prototypes and hands out handles above 2**32)."""

    def __init__(self, load: Callable[[], Any] = load_user32) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        self._wintypes = wintypes
        self._user32 = prototype_user32(load())

    def current(self) -> WindowInfo | None:
        hwnd = self._user32.GetForegroundWindow()
        if not hwnd:
            return None
        length = self._user32.GetWindowTextLengthW(hwnd)
        buffer = self._ctypes.create_unicode_buffer(length + 1)
        self._user32.GetWindowTextW(hwnd, buffer, length + 1)
        pid = self._wintypes.DWORD()
        self._user32.GetWindowThreadProcessId(hwnd, self._ctypes.byref(pid))
        name, exe = describe_process(pid.value or None)
        return WindowInfo(pid.value or None, buffer.value, name, exe)

    def status(self) -> MechanismStatus:
        return MechanismStatus(MECHANISM, Support.SUPPORTED)


def shared_workspace() -> Any:
    from AppKit import NSWorkspace  # pyobjc-framework-Cocoa, macOS only

    return NSWorkspace.sharedWorkspace()


class MacActiveWindow:
    """The frontmost app on macOS (pyobjc). Titles need Screen Recording: not read.
    `workspace` returns NSWorkspace's shared instance (tests pass a fake)."""

    def __init__(self, workspace: Callable[[], Any] = shared_workspace) -> None:
        self._workspace = workspace()

    def current(self) -> WindowInfo | None:
        app = self._workspace.frontmostApplication()
        if app is None:
            return None
        pid = int(app.processIdentifier())
        url = app.executableURL()
        exe = str(url.path()) if url is not None else None
        return WindowInfo(pid, "", str(app.localizedName() or ""), exe)

    def status(self) -> MechanismStatus:
        return MechanismStatus(MECHANISM, Support.DEGRADED, Problem(
            "windows.no_titles", {}, "macOS shows the front app but not its window title; "
            "blocked sites are not seen in browser titles"))


def pick_window_source(env: Mapping[str, str],
                       platform: str = sys.platform) -> ActiveWindowSource:
    """The source that works in the session `env` describes (opens the X display), or a
    NullWindowSource saying why none does."""
    try:
        if platform == "win32":
            return WindowsActiveWindow()
        if platform == "darwin":
            return MacActiveWindow()
    except (ImportError, OSError, AttributeError) as exc:
        return NullWindowSource(Problem("windows.no_platform_api", {"detail": str(exc)},
                                        f"the platform API is not available: {exc}"))
    wayland = wayland_session(env)
    if not env.get("DISPLAY"):
        if wayland:
            return NullWindowSource(Problem(
                "windows.wayland", {}, "Wayland gives applications no way to see the front "
                "window"))
        return NullWindowSource(Problem("windows.no_display", {}, "no graphical display"))
    try:
        return X11ActiveWindow(env["DISPLAY"], xwayland=wayland)
    except ImportError:
        return NullWindowSource(Problem("windows.no_xlib", {}, "python-xlib is not installed"))
    except Exception as exc:  # any failure to connect means "unsupported"
        return NullWindowSource(Problem("windows.x11_unavailable", {"detail": str(exc)},
                                        f"cannot open the X11 display: {exc}"))


# ---- matching -----------------------------------------------------------------------------

# Second-level labels under which a country code TLD registers names (bbc.co.uk).
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "gv"})
_SUBDOMAIN_FORMS = ("www.", "m.")


def title_pattern(domain: str) -> re.Pattern[str]:
    """The regex a window title must match to name `domain` (see the module docstring)."""
    host = domain.lower()
    for prefix in _SUBDOMAIN_FORMS:
        if host.startswith(prefix):
            host = host[len(prefix):]
            break
    parts = [re.escape(host)]
    labels = host.split(".")
    under_cctld = len(labels[-1]) == 2 and len(labels) >= 3 and labels[-2] in _SECOND_LEVEL
    registrable = 3 if under_cctld else 2
    if len(labels) == registrable and len(labels[0]) >= MIN_WORD_LENGTH:
        parts.append(re.escape(labels[0]))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


class DistractionMatcher:
    """Says which blocked target (an app rule's target or a domain) a window belongs to."""

    def __init__(self, rules: Iterable[AppRule], domains: Iterable[str], *,
                 case_sensitive: bool | None = None) -> None:
        self._rules = tuple(rules)
        self._domains = tuple((d, title_pattern(d)) for d in domains)
        self._case_sensitive = (sys.platform not in ("win32", "darwin")
                                if case_sensitive is None else case_sensitive)

    def target(self, window: WindowInfo | None) -> str | None:
        if window is None:
            return None
        for rule in self._rules:  # an app in front beats whatever its title says
            if window.app and rule.matches(window.app, window.exe,
                                           case_sensitive=self._case_sensitive):
                return rule.target
        for domain, pattern in self._domains:
            if pattern.search(window.title):
                return domain
        return None


# ---- the meter ----------------------------------------------------------------------------


class DistractionMeter(QObject):
    """Counts the seconds of a block spent with a distraction in front, and blocked attempts."""

    def __init__(self, source: ActiveWindowSource, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._clock = clock
        self._matcher = DistractionMatcher((), ())
        self._by_target: dict[str, float] = {}
        self._attempts = 0
        self._held: str | None = None  # what was in front at the last sample
        self._last: float | None = None  # monotonic time of the last sample; None = not timing
        self._timer = QTimer(self)
        self._timer.setInterval(SAMPLE_INTERVAL_MS)
        self._timer.timeout.connect(self.sample_now)

    def start(self, rules: Sequence[AppRule], domains: Sequence[str]) -> None:
        """A new block: counts start from zero, and a sample is taken now."""
        self._matcher = DistractionMatcher(rules, domains)
        self._by_target = {}
        self._attempts = 0
        self.resume()

    def pause(self) -> None:
        """Close the running interval and stop sampling (a pause is not focus time)."""
        self.sample_now()
        self._timer.stop()
        self._last = None
        self._held = None

    def resume(self) -> None:
        self._last = None
        self.sample_now()
        self._timer.start()

    def stop(self) -> DistractionSummary:
        self.pause()
        return self.summary()

    def close(self) -> None:
        """Stop for good and close the source's connection (the meter is its only user)."""
        self.stop()
        if isinstance(self._source, ClosableSource):
            self._source.close()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def sample_now(self) -> str | None:
        """Credit the interval since the last sample, then hold what is in front now."""
        now = self._clock.monotonic()
        if self._last is not None and self._held is not None:
            credit = min(max(now - self._last, 0.0), MAX_CREDIT_S)
            self._by_target[self._held] = self._by_target.get(self._held, 0.0) + credit
        try:
            window = self._source.current()
        except Exception:  # a broken source must not break the block
            log.exception("active window source failed")
            window = None
        self._held = self._matcher.target(window)
        self._last = now
        return self._held

    @Slot(str, str)
    def record_attempt(self, target: str = "", action: str = "") -> None:
        """A blocked attempt (connect AppBlocker.distraction_detected here)."""
        self._attempts += 1

    def summary(self) -> DistractionSummary:
        by_target = MappingProxyType(dict(self._by_target))
        return DistractionSummary(distracted_seconds=sum(by_target.values()),
                                  blocked_attempts=self._attempts, by_target=by_target)

    def status(self) -> MechanismStatus:
        return self._source.status()
