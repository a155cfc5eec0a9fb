"""What the desktop offers the app itself: a tray, and a road for its messages. Asked on a
private session bus where this test plays the desktop's services by owning their names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from focusapp.services.blocking.status import Support
from focusapp.services.desktop import NOTIFICATIONS, WATCHER, messages_status, tray_status
from tests.services.test_dnd import reason_code, session_bus

__all__ = ["session_bus"]  # a fixture, used by name below


@pytest.fixture
def own(session_bus) -> Iterator[Callable[[str], None]]:
    """Take a well-known name on the bus, as the desktop's service would (held till the end)."""
    held: list[Any] = []

    def take(name: str) -> None:
        conn = open_dbus_connection(bus=session_bus)
        daemon = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                             interface="org.freedesktop.DBus")
        conn.send_and_get_reply(new_method_call(daemon, "RequestName", "su", (name, 0)))
        held.append(conn)

    yield take
    for conn in held:
        conn.close()


def test_with_a_status_notifier_tray_messages_need_a_notification_server(own, session_bus):
    own(WATCHER)  # swaybar: Qt's icon is a StatusNotifierItem, its messages go to the bus
    alone = messages_status(session_bus, tray=True)
    assert (alone.support, reason_code(alone)) == (Support.UNSUPPORTED, "messages.no_server")
    own(NOTIFICATIONS)  # mako, or the desktop's own server
    assert messages_status(session_bus, tray=True).support is Support.SUPPORTED


def test_an_x11_tray_shows_messages_itself_and_no_tray_shows_none(session_bus):
    assert messages_status(session_bus, tray=True).support is Support.SUPPORTED  # XEmbed
    assert messages_status("", tray=True).support is Support.SUPPORTED
    none = messages_status(session_bus, tray=False)
    assert (none.support, reason_code(none)) == (Support.UNSUPPORTED, "messages.no_tray")


def test_the_tray_is_what_qt_says_is_available():
    assert tray_status(True).support is Support.SUPPORTED
    gone = tray_status(False)
    assert (gone.support, reason_code(gone)) == (Support.UNSUPPORTED, "tray.none")
