"""A tiny idle-time service for the idle tests: GNOME's Mutter IdleMonitor or the
freedesktop ScreenSaver, on the session bus DBUS_SESSION_BUS_ADDRESS names.

Run as `python fake_idle.py mutter|screensaver MILLIS [--broken]`. It owns the name, prints
"ready" once it does, and answers the idle-time method with MILLIS, or with what the test
last set through its `SetIdle(t)` method (so a test on a fake clock can say how long the
user has been idle); with --broken it answers every call with a D-Bus error, as a service
that is there but refuses does.
"""

from __future__ import annotations

import sys

from jeepney import MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICES = {  # which: (bus name, method, reply signature)
    "mutter": ("org.gnome.Mutter.IdleMonitor", "GetIdletime", "t"),
    "screensaver": ("org.freedesktop.ScreenSaver", "GetSessionIdleTime", "u"),
}


def main() -> None:
    name, method, signature = SERVICES[sys.argv[1]]
    millis, broken = int(sys.argv[2]), "--broken" in sys.argv
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(name))
    assert reply.body[0] == 1, reply.body  # primary owner
    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        member = msg.header.fields.get(3)  # HeaderFields.member
        if member == "SetIdle":
            millis = int(msg.body[0])
            conn.send(new_method_return(msg))
        elif member == method and not broken:
            conn.send(new_method_return(msg, signature, (millis,)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.AccessDenied", "s",
                                (f"{member} refused",)))


if __name__ == "__main__":
    main()
