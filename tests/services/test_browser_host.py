"""The native-messaging host as the browser runs it: a real process speaking the browsers'
framing on stdin/stdout, relaying to a real BrowserLink (issue 14)."""

from __future__ import annotations

import json
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from focusapp.services.browser_host import read_frame
from focusapp.services.browser_link import BrowserLink


class Host:
    """The host process, with the browser's end of its pipes."""

    def __init__(self, socket_path: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "focusapp.services.browser_host", "--socket", socket_path,
             "chrome-extension://gmmcfndankgmeidamfmibdlcnenhiofh/"],  # as Chromium adds
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.frames: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while (message := read_frame(self.proc.stdout)) is not None:
            self.frames.put(message)

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(struct.pack("=I", len(body)) + body)
        self.proc.stdin.flush()

    def close(self) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()  # the browser closes the port
        code = self.proc.wait(10)
        self._reader.join(10)
        self.proc.stdout.close()
        return code


@pytest.fixture
def link(qapp, tmp_path) -> Iterator[BrowserLink]:
    served = BrowserLink(str(tmp_path / "web.sock"))
    yield served
    served.close()


def test_the_host_relays_both_ways_and_ends_with_the_browser(qtbot, link):
    assert link.listen()
    host = Host(link.path)
    host.send({"type": "hello", "version": "1.0.0"})
    qtbot.waitUntil(lambda: link.connected)
    assert host.frames.get(timeout=5) == {"type": "rules", "rules": [], "until": 0, "page": {}}

    link.send_rules({"type": "rules", "rules": [{"id": 1}], "until": 5, "page": {"t": "é"}})
    assert host.frames.get(timeout=5)["page"] == {"t": "é"}
    with qtbot.waitSignal(link.visited) as visited:
        host.send({"type": "visit", "url": "https://www.linkedin.com/feed/", "blocked": True})
    assert visited.args == ["https://www.linkedin.com/feed/", True]

    with qtbot.waitSignal(link.connection_changed):
        assert host.close() == 0
    assert not link.connected


def test_a_host_started_before_the_app_says_hello_once_it_listens(qtbot, link, tmp_path):
    host = Host(str(tmp_path / "web.sock"))  # where the app will listen
    try:
        host.send({"type": "hello", "version": "1.0.0"})  # nobody listens yet: kept
        assert link.listen()
        qtbot.waitUntil(lambda: link.connected, timeout=10_000)  # the host retries every 2 s
    finally:
        host.close()


def test_a_garbled_frame_ends_the_host_not_the_app(qtbot, link):
    assert link.listen()
    host = Host(link.path)
    assert host.proc.stdin is not None
    host.proc.stdin.write(struct.pack("=I", 10**9))  # more than any browser sends
    host.proc.stdin.flush()
    assert host.proc.wait(10) == 0
    assert host.close() == 0
    assert not link.connected


def test_a_browser_gone_before_the_app_answers_leaves_no_connection_behind(tmp_path):
    """The browser's side ends (a garbled frame) while the host is connecting to the app:
    the host must not then sit on that connection, waiting for the app, for good (a CI
    run caught it hanging)."""
    import io
    import socket

    from focusapp.services.browser_host import Relay

    path = str(tmp_path / "web.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as app:
        app.bind(path)
        app.listen()
        relay = Relay(path, io.BytesIO(struct.pack("=I", 10**9)), io.BytesIO())
        relay._from_browser()  # the browser's side is over before the app is reached
        assert relay._connect() is None
        accepted, _ = app.accept()
        with accepted:
            assert accepted.recv(1) == b""  # the host let go at once
    relay.run()  # and its loop ends instead of waiting for the app
