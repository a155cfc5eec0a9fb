"""The browser extension around a block (issue 14), over a real BrowserLink and a fake
browser on its socket: the rules go out when a block starts, with its end and the blocked
page's words, and are lifted when it ends; the pages the browser reports are the block's
exact web time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalSocket

from focusapp.flows.browser import BrowserFlow
from focusapp.services.timer import StartRequest

WORDS = {"title": "Blocked", "time_left": "%1 left"}


@pytest.fixture
def flow(daily, timer, clock, data_dir) -> Iterator[BrowserFlow]:
    daily.save_settings(daily.settings().updated(blocked_domains=("youtube.com",),
                                                 blocked_pages=("linkedin.com/feed",)))
    browser = BrowserFlow(clock, daily, timer, lambda strict: {**WORDS, "strict": str(strict)},
                          lambda: "fr")
    browser.start(data_dir)
    yield browser
    browser.shutdown()


class FakeBrowser:
    """What the native host relays, on the app's browser socket."""

    def __init__(self, qtbot, path: str) -> None:
        self.qtbot = qtbot
        self.socket = QLocalSocket()
        self.socket.connectToServer(path)
        assert self.socket.waitForConnected(3000)
        self.received: list[dict[str, Any]] = []
        self._buffer = b""
        self.socket.readyRead.connect(self._read)

    def say(self, message: dict[str, Any]) -> None:
        self.socket.write(json.dumps(message).encode() + b"\n")
        self.socket.flush()

    def _read(self) -> None:
        self._buffer += self.socket.readAll().data()
        *lines, self._buffer = self._buffer.split(b"\n")
        self.received += [json.loads(line) for line in lines]

    def next_rules(self, count: int) -> dict[str, Any]:
        self.qtbot.waitUntil(lambda: len(self.received) >= count)
        return self.received[count - 1]


def test_a_block_sends_its_rules_and_its_end_and_lifts_them_when_it_ends(qtbot, flow, timer,
                                                                         daily, clock):
    daily.set_one_thing("Call ACME", "outbound_prospector")
    browser = FakeBrowser(qtbot, flow.link.path)
    browser.say({"type": "hello", "version": "1.0.0"})
    assert browser.next_rules(1)["rules"] == []  # no block yet
    assert flow.connected

    timer.start(StartRequest(minutes=25, role="outbound_prospector", strict=True))
    rules = browser.next_rules(2)
    filters = [rule["condition"]["regexFilter"] for rule in rules["rules"]]
    assert any("youtube" in f for f in filters) and any("feed" in f for f in filters)
    assert rules["until"] == round((clock.now().timestamp() + 25 * 60) * 1000)
    assert rules["page"] == {**WORDS, "strict": "True", "lang": "fr", "one_thing": "Call ACME"}

    clock.advance(minutes=3)
    timer.stop(confirmed=True)
    qtbot.waitUntil(lambda: browser.received[-1]["rules"] == [])
    assert browser.received[-1]["until"] == 0


def test_the_reported_pages_are_the_blocks_web_time(qtbot, flow, timer, clock):
    browser = FakeBrowser(qtbot, flow.link.path)
    browser.say({"type": "hello", "version": "1.0.0"})
    qtbot.waitUntil(lambda: flow.connected)
    timer.start(StartRequest(minutes=25, role="outbound_prospector"))

    def visit(url: str, blocked: bool = False) -> None:
        with qtbot.waitSignal(flow.link.visited):
            browser.say({"type": "visit", "url": url, "blocked": blocked})

    visit("https://www.linkedin.com/sales/home")  # work: not counted
    clock.advance(minutes=5)
    visit("https://www.linkedin.com/feed/")  # a tab loaded before the block: shown
    clock.advance(seconds=90)
    visit("https://www.linkedin.com/feed/", blocked=True)  # reloaded: the blocked page
    clock.advance(minutes=2)
    visit("https://m.youtube.com/watch")
    clock.advance(seconds=30)
    summary = flow.web.summary()
    assert dict(summary.by_target) == {"linkedin.com/feed": 90.0, "youtube.com": 30.0}
    assert summary.blocked_attempts == 1
    assert summary.distracted_seconds == 120.0


def test_a_pause_is_not_web_time(qtbot, flow, timer, clock):
    browser = FakeBrowser(qtbot, flow.link.path)
    browser.say({"type": "hello", "version": "1.0.0"})
    timer.start(StartRequest(minutes=25, role="outbound_prospector"))
    with qtbot.waitSignal(flow.link.visited):
        browser.say({"type": "visit", "url": "https://youtube.com/", "blocked": False})
    clock.advance(seconds=40)
    timer.pause()
    clock.advance(minutes=10)
    timer.resume()
    clock.advance(seconds=20)
    assert dict(flow.web.summary().by_target) == {"youtube.com": 60.0}


def test_a_browser_that_goes_away_is_no_longer_connected(qtbot, flow):
    browser = FakeBrowser(qtbot, flow.link.path)
    browser.say({"type": "hello", "version": "1.0.0"})
    qtbot.waitUntil(lambda: flow.connected)
    with qtbot.waitSignal(flow.connection_changed):
        browser.socket.abort()
    assert not flow.connected
