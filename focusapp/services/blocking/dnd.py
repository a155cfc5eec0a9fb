"""Do not disturb during a focus block (SPEC §6): other apps' notifications silenced.

Backends, chosen by `pick_dnd(environ)` (called by `services.backends.detect_backends`):

- `GnomeBanners`: GNOME's `org.gnome.desktop.notifications show-banners` through `gsettings`.
  The user's own value is saved before it is turned off and put back afterwards. The saved value
  is exposed as `saved_state()` so the app persists it with the running block: after a crash,
  `restore_from(state)` at the next start puts the user's value back.
- `FreedesktopInhibit`: `org.freedesktop.Notifications.Inhibit` on the session bus (KDE Plasma
  and other servers implementing the newer spec), through jeepney. The inhibition lives as long
  as our bus connection, so a crash lifts it by itself: nothing to persist.
- `NullDnd`: nothing available; says why. Always so on Windows and macOS, which give
  applications no supported way to silence notifications: Windows' Focus assist / Do Not
  Disturb is switched only through undocumented state (WNF), and macOS lets an app read
  whether a Focus is on (`INFocusStatusCenter`) but not turn one on. The reason codes
  (`dnd.no_api_windows`, `dnd.no_api_macos`) let Settings tell the user to do it by hand.

No backend raises: failures end up in `status()` so Settings can say what works.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import Any

from focusapp.core.errors import Problem
from focusapp.services.blocking.status import MechanismStatus, Support

log = logging.getLogger(__name__)

APP_ID = "focusapp"  # our desktop entry name
_GSETTINGS_TIMEOUT_S = 3.0
_DBUS_TIMEOUT_S = 2.0


class DoNotDisturb(ABC):
    """The interface: `enable()` at block start, `restore()` at its end. Never raises."""

    mechanism = "dnd"

    def enable(self) -> bool:
        """Silence notifications; False when it could not (see `status()`)."""
        return False

    def restore(self) -> None:
        """Undo `enable()`; harmless when nothing was enabled."""
        return None  # the null backend enabled nothing

    @abstractmethod
    def status(self) -> MechanismStatus:
        """Probes the desktop (a subprocess or a bus call): not for every repaint."""

    @property
    def enabled(self) -> bool:
        return False

    def saved_state(self) -> dict[str, Any]:
        """What to persist while enabled so that a crash can be undone at the next start."""
        return {}

    def restore_from(self, state: Mapping[str, Any]) -> None:
        """Undo a previous run's `enable()` from its `saved_state()` (crash recovery)."""
        return None  # backends whose effect dies with the process have nothing to undo


class NullDnd(DoNotDisturb):
    def __init__(self, reason: Problem) -> None:
        self._reason = reason

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.UNSUPPORTED, self._reason)


# ---- GNOME --------------------------------------------------------------------------------

GSettingsRunner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def _run_gsettings(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=_GSETTINGS_TIMEOUT_S,
                          check=False)


class GnomeBanners(DoNotDisturb):
    mechanism = "dnd.gnome"
    SCHEMA = "org.gnome.desktop.notifications"
    KEY = "show-banners"
    STATE_KEY = "gnome.show-banners"

    def __init__(self, gsettings: str | None = None, run: GSettingsRunner = _run_gsettings, *,
                 search_path: str | None = None) -> None:
        """`gsettings` is the tool's path, else it is looked up on `search_path` (default:
        this process's PATH)."""
        self._gsettings = gsettings or shutil.which("gsettings", path=search_path)
        self._run = run
        self._saved: str | None = None  # the user's value, as gsettings prints it
        self._error: Problem | None = None  # why the last gsettings call failed

    @property
    def enabled(self) -> bool:
        return self._saved is not None

    def _call(self, *args: str) -> str | None:
        """gsettings' output, or None with the reason kept in `_error`."""
        if self._gsettings is None:
            self._error = Problem("dnd.no_gsettings", {}, "gsettings is not installed")
            return None
        try:
            done = self._run([self._gsettings, *args])
        except (OSError, subprocess.TimeoutExpired) as exc:
            self._error = _gsettings_failed(str(exc))
            return None
        if done.returncode != 0:
            detail = (done.stderr or "").strip() or f"exit status {done.returncode}"
            self._error = _gsettings_failed(detail)  # "No such schema" off GNOME
            return None
        return done.stdout.strip()

    def _get(self) -> str | None:
        value = self._call("get", self.SCHEMA, self.KEY)
        if value is not None and value not in ("true", "false"):
            self._error = Problem("dnd.gsettings_value", {"value": value},
                                  f"unexpected show-banners value {value!r}")
            return None
        return value

    def _set(self, value: str) -> bool:
        return self._call("set", self.SCHEMA, self.KEY, value) is not None

    def enable(self) -> bool:
        if self._saved is not None:
            return True  # already on: keep the user's value, not our "false"
        value = self._get()
        if value is None or not self._set("false"):
            log.info("GNOME do-not-disturb unavailable: %s",
                     self._error.message if self._error else "")
            return False
        self._saved = value
        return True

    def restore(self) -> None:
        if self._saved is not None and self._set(self._saved):
            self._saved = None

    def saved_state(self) -> dict[str, Any]:
        return {} if self._saved is None else {self.STATE_KEY: self._saved}

    def restore_from(self, state: Mapping[str, Any]) -> None:
        value = state.get(self.STATE_KEY)
        if value in ("true", "false"):
            self._set(str(value))

    def status(self) -> MechanismStatus:
        if self.enabled:
            return MechanismStatus(self.mechanism, Support.SUPPORTED)
        if self._get() is None:  # missing tool or schema: not a GNOME-capable system
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, self._error)
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


def _gsettings_failed(detail: str) -> Problem:
    return Problem("dnd.gsettings_failed", {"detail": detail}, f"gsettings failed: {detail}")


# ---- freedesktop --------------------------------------------------------------------------


class FreedesktopInhibit(DoNotDisturb):
    mechanism = "dnd.freedesktop"
    NAME = "org.freedesktop.Notifications"
    PATH = "/org/freedesktop/Notifications"

    def __init__(self, bus: str = "SESSION", reason: str = "Focus block") -> None:
        self._bus = bus  # "SESSION" (from this process's environment) or a bus address
        self._reason = reason
        self._conn: Any = None  # held open: the inhibition ends with the connection
        self._cookie: int | None = None
        self._error = ""

    @property
    def enabled(self) -> bool:
        return self._cookie is not None

    def _call(self, method: str, signature: str | None, body: tuple[Any, ...],
              conn: Any = None) -> tuple[Any, ...] | None:
        """A method call's reply body, or None with the reason kept in `_error`."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        interface = ("org.freedesktop.DBus.Introspectable" if method == "Introspect"
                     else self.NAME)
        address = DBusAddress(self.PATH, bus_name=self.NAME, interface=interface)
        try:
            own = conn is None
            conn = conn or self._open()
            try:
                reply = conn.send_and_get_reply(new_method_call(address, method, signature, body),
                                                timeout=_DBUS_TIMEOUT_S)
            finally:
                if own:
                    conn.close()
            body = unwrap_msg(reply)  # an error reply (no such method/name) raises here
        except Exception as exc:  # no bus address, no bus, auth, timeout, error reply: report
            self._error = f"{method} failed: {exc}"
            return None
        return tuple(body)

    def enable(self) -> bool:
        if self._cookie is not None:
            return True
        try:
            self._conn = self._open()
        except Exception as exc:  # KeyError without DBUS_SESSION_BUS_ADDRESS, OSError, auth
            self._error = f"no session bus: {exc}"
            return False
        body = self._call("Inhibit", "ssa{sv}", (APP_ID, self._reason, {}), self._conn)
        if body is None:
            self._close()
            return False
        self._cookie = int(body[0])
        return True

    def restore(self) -> None:
        if self._cookie is not None and self._conn is not None:
            self._call("UnInhibit", "u", (self._cookie,), self._conn)
        self._cookie = None
        self._close()  # closing also lifts it on servers that track the caller

    def _open(self) -> Any:
        from jeepney.io.blocking import open_dbus_connection

        if not self._bus:
            raise ConnectionError("no session bus address")
        return open_dbus_connection(bus=self._bus)

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def status(self) -> MechanismStatus:
        if self.enabled:
            return MechanismStatus(self.mechanism, Support.SUPPORTED)
        if not self._bus:
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, Problem(
                "dnd.no_session_bus", {}, "no session bus address"))
        body = self._call("Introspect", None, ())
        if body is None:
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, Problem(
                "dnd.no_notification_server", {"detail": self._error},
                f"no notification server on the session bus ({self._error})"))
        if "Inhibit" not in str(body[0]):
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED, Problem(
                "dnd.no_inhibit", {}, "the notification server cannot be silenced (no Inhibit)"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


# ---- choice -------------------------------------------------------------------------------


_NO_API = {
    "win32": Problem("dnd.no_api_windows", {},
                     "Windows has no supported API to turn on Do Not Disturb"),
    "darwin": Problem("dnd.no_api_macos", {}, "macOS has no supported API to turn on a Focus"),
}


def pick_dnd(environ: Mapping[str, str], *, platform: str = sys.platform,
             candidates: tuple[DoNotDisturb, ...] | None = None) -> DoNotDisturb:
    """The first backend that works in the session `environ` describes: GNOME first on a
    GNOME desktop (its shell ignores Inhibit), else freedesktop Inhibit on that session's
    bus, else a NullDnd that says why (at once on Windows and macOS, which have no API for
    it). Probes (a subprocess, a bus call): not at start-up."""
    if candidates is None and platform in _NO_API:
        return NullDnd(_NO_API[platform])
    if candidates is None:
        inhibit = FreedesktopInhibit(bus=environ.get("DBUS_SESSION_BUS_ADDRESS", ""))
        gnome_first = "GNOME" in environ.get("XDG_CURRENT_DESKTOP", "").upper()
        gnome = GnomeBanners(search_path=environ.get("PATH", os.defpath))
        candidates = (gnome, inhibit) if gnome_first else (inhibit,)
    failed: list[tuple[str, Problem]] = []  # (mechanism, why it does not work here)
    for backend in candidates:
        status = backend.status()
        if status.support is Support.SUPPORTED:
            return backend
        if status.reason is not None:
            failed.append((status.mechanism, status.reason))
    message = "; ".join(f"{m}: {r.message}" for m, r in failed)
    # Each backend's own reason, so the UI can say why neither GNOME nor the bus would do.
    return NullDnd(Problem("dnd.unavailable", {"reasons": tuple(r for _, r in failed)},
                           message or "no do-not-disturb API on this desktop"))
