"""A tiny org.freedesktop.Notifications server for the do-not-disturb tests.

Run as `python fake_notifications.py RECORD_FILE [--no-inhibit]` with DBUS_SESSION_BUS_ADDRESS
set. It owns the name, prints "ready" once it does, and appends every call it gets to
RECORD_FILE as a JSON line. With --no-inhibit it behaves like a server without Inhibit.
"""

from __future__ import annotations

import json
import sys

from jeepney import MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
COOKIE = 4242


def introspection(with_inhibit: bool) -> str:
    inhibit = """<method name="Inhibit"><arg type="s" direction="in"/><arg type="s"
      direction="in"/><arg type="a{sv}" direction="in"/><arg type="u" direction="out"/>
      </method><method name="UnInhibit"><arg type="u" direction="in"/></method>"""
    return (f'<node><interface name="{NAME}"><method name="GetServerInformation"/>'
            f'{inhibit if with_inhibit else ""}</interface></node>')


def main() -> None:
    record, with_inhibit = sys.argv[1], "--no-inhibit" not in sys.argv
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME))
    assert reply.body[0] == 1, reply.body  # primary owner
    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        member = msg.header.fields.get(3)  # HeaderFields.member
        with open(record, "a", encoding="utf-8") as out:
            out.write(json.dumps({"member": member, "body": list(msg.body)}) + "\n")
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (introspection(with_inhibit),)))
        elif member == "Inhibit" and with_inhibit:
            conn.send(new_method_return(msg, "u", (COOKIE,)))
        elif member == "UnInhibit" and with_inhibit:
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                                (f"no method {member}",)))


if __name__ == "__main__":
    main()
