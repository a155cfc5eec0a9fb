"""What the desktop offers the app itself, beside the blocking mechanisms: a tray, and a way
to show the app's messages (a block's end, a blocked app). Reported like the mechanisms
(services/blocking/status.py), for Settings → Blocking.

Qt shows a tray icon as a StatusNotifierItem when the session bus has a
StatusNotifierWatcher (KDE, swaybar, GNOME with the AppIndicator extension), else through
the X11 system tray (XEmbed). Its messages follow the same road: with a StatusNotifierItem
they go to the desktop's notification server (`org.freedesktop.Notifications`), and with
none there they are lost without a word; with XEmbed Qt draws them itself.
"""

from __future__ import annotations

from typing import Any

from focusapp.core.errors import Problem
from focusapp.services.blocking.status import MechanismStatus, Support

WATCHER = "org.kde.StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
_DBUS_TIMEOUT_S = 2.0


def tray_status(available: bool) -> MechanismStatus:
    """`available`: Qt's `QSystemTrayIcon.isSystemTrayAvailable()`, the honest check (an
    icon says it is visible even where nothing shows it)."""
    if available:
        return MechanismStatus("tray", Support.SUPPORTED)
    return MechanismStatus("tray", Support.UNSUPPORTED, Problem(
        "tray.none", {}, "this desktop shows no tray icons: the Today window stands in"))


def messages_status(bus: str, tray: bool) -> MechanismStatus:
    """Whether the app's messages reach the screen in the session whose bus is `bus` ("" for
    none) with (`tray`) or without a tray icon. Asks the bus: not at start-up."""
    if not tray:
        return MechanismStatus("messages", Support.UNSUPPORTED, Problem(
            "messages.no_tray", {}, "the app's messages are shown by its tray icon"))
    owners = _owners(bus, (WATCHER, NOTIFICATIONS))
    if owners.get(WATCHER) and not owners.get(NOTIFICATIONS):
        return MechanismStatus("messages", Support.UNSUPPORTED, Problem(
            "messages.no_server", {}, "the tray is a StatusNotifierItem and no notification "
            "server is on the session bus"))
    return MechanismStatus("messages", Support.SUPPORTED)


def _owners(bus: str, names: tuple[str, ...]) -> dict[str, bool]:
    """Which of `names` have an owner on `bus` (none when the bus cannot be reached)."""
    if not bus:
        return {}
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg

    daemon = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                         interface="org.freedesktop.DBus")
    try:
        with open_dbus_connection(bus=bus) as conn:
            found: dict[str, bool] = {}
            for name in names:
                reply: Any = conn.send_and_get_reply(
                    new_method_call(daemon, "NameHasOwner", "s", (name,)),
                    timeout=_DBUS_TIMEOUT_S)
                found[name] = bool(unwrap_msg(reply)[0])
            return found
    except Exception:  # no bus, auth, timeout: nothing known to be there
        return {}
