"""The browser extension around the blocks (issue 14): a block's sites and pages go to the
browsers when it starts (with its end, so the extension lifts them by itself if the app is
gone by then) and are lifted when it ends; the pages the browsers report are the block's
exact web time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from focusapp import lazy_module
from focusapp.core.models import Block
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer
from focusapp.services.web_time import WebTime

if TYPE_CHECKING:
    from focusapp.core import web_rules as rules_of
    from focusapp.services.browser_link import BrowserLink
else:  # at the first block: the rules' parser and idna are 3-4 ms the first paint never uses
    rules_of = lazy_module("focusapp.core.web_rules")

LAUNCHER = "focusapp-browser-host"  # in the data folder's browser/: the manifests name it
# The blocked page's words for a block, strict or not (ui/browser_text.py).
PageWords = Callable[[bool], dict[str, str]]


class BrowserFlow(QObject):
    connection_changed = Signal()  # a browser with the extension came or went

    def __init__(self, clock: Clock, daily: DailyLoop, timer: FocusTimer, words: PageWords,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._daily, self._timer = clock, daily, timer
        self._words, self._language = words, language
        self.web = WebTime(clock, self)
        self.link: BrowserLink | None = None  # listening after the first paint
        self._data_dir = Path()
        timer.block_started.connect(self._on_block_started)
        timer.state_changed.connect(self._on_state_changed)
        timer.block_finished.connect(self._on_block_finished)

    def start(self, data_dir: Path) -> None:
        """Listen for the browsers' hosts, on the data folder's own socket (QtNetwork loads
        here, after the first paint)."""
        from focusapp.services.browser_link import BrowserLink, link_name

        link = BrowserLink(link_name(data_dir), self)
        link.visited.connect(self.web.visit)
        link.connection_changed.connect(self.connection_changed)
        link.listen()
        self.link = link
        self._data_dir = data_dir
        self._send()

    @property
    def connected(self) -> bool:
        """A browser with the extension is there: web time is exact, not guessed."""
        return self.link is not None and self.link.connected

    # ---- Settings → Blocking: the native-messaging host in the browsers --------------------

    def install_hosts(self, home: Path) -> list[str]:
        """Register our host with each browser found in `home`; the browsers done."""
        from focusapp.services.browser_install import found_browsers, install

        assert self.link is not None  # Settings opens after the first paint
        return install(found_browsers(home), self._data_dir / "browser" / LAUNCHER,
                       self.link.path)

    def shutdown(self) -> None:
        if self.link is not None:
            self.link.close()

    def _on_block_started(self, block: Block) -> None:
        settings = self._daily.settings()
        self.web.start(rules_of.web_rules(settings.blocked_domains, settings.blocked_pages))
        self._send()

    def _on_state_changed(self) -> None:
        block = self._timer.block
        if block is None:
            return
        if block.paused:
            self.web.pause()
        else:
            self.web.resume()
            self._send()  # a pause moved the block's end

    def _on_block_finished(self, _block: Block) -> None:
        self.web.stop()
        self._send()

    def _send(self) -> None:
        if self.link is not None:
            self.link.send_rules(self.message())

    def message(self) -> dict[str, Any]:
        """What the extension is told now: the running block's rules, or none."""
        block = self._timer.block
        if block is None or block.finished:
            return {"type": "rules", "rules": [], "until": 0, "page": {}}
        settings = self._daily.settings()
        rules = rules_of.web_rules(settings.blocked_domains, settings.blocked_pages)
        until = self._clock.now().timestamp() + self._timer.remaining_seconds()
        day = self._daily.one_thing()
        page = {**self._words(block.strict), "lang": self._language(),
                "one_thing": day.one_thing if day is not None and day.one_thing else ""}
        return {"type": "rules", "rules": rules_of.dnr_rules(rules), "until": round(until * 1000),
                "page": page}
