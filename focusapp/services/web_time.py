"""Exact web time during a block, from the pages the browser extension reports (issue 14).

Without the extension the distraction meter guesses a site from the front window's title
("YouTube - Chromium"); with it, the extension says which page the front tab shows, so a
block counts the seconds spent on a page its rules cover, by rule ("linkedin.com/feed"),
and each page the rules kept away as a blocked attempt. A page shown blocked is not counted
as time on it: the user sees the One Thing there, not the feed.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from focusapp.core.models import DistractionSummary
from focusapp.services.clock import Clock

if TYPE_CHECKING:
    from focusapp.core.web_rules import WebRule


class WebTime(QObject):
    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rules: tuple[WebRule, ...] = ()
        self._by_target: dict[str, float] = {}
        self._attempts = 0
        self._held: str | None = None  # the rule of the page in front, shown
        self._since: float | None = None  # monotonic; None: not timing (paused, no block)

    def start(self, rules: Sequence[WebRule]) -> None:
        """A new block: counts from zero, nothing in front known yet."""
        self._rules = tuple(rules)
        self._by_target = {}
        self._attempts = 0
        self._held = None
        self._since = self._clock.monotonic()

    def pause(self) -> None:
        self._credit()
        self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._clock.monotonic()

    def stop(self) -> DistractionSummary:
        self.pause()
        self._rules = ()
        self._held = None
        return self.summary()

    @Slot(str, bool)
    def visit(self, url: str, blocked: bool) -> None:
        """The front tab now shows `url` ("" for none), or our blocked page instead of it."""
        if not self._rules:
            return
        # Here, not at the top: the rules (and idna) load with a block's first rules, not
        # before the first paint (issue 15).
        from focusapp.core.web_rules import target_of

        self._credit()
        target = target_of(url, self._rules)
        if blocked and target is not None and self._since is not None:
            self._attempts += 1
        self._held = None if blocked else target

    def summary(self) -> DistractionSummary:
        by_target = dict(self._by_target)
        if self._held is not None and self._since is not None:  # the stretch going on now
            by_target[self._held] = by_target.get(self._held, 0.0) + self._stretch()
        return DistractionSummary(distracted_seconds=sum(by_target.values()),
                                  blocked_attempts=self._attempts,
                                  by_target=MappingProxyType(by_target))

    def _stretch(self) -> float:
        assert self._since is not None
        # No cap, unlike the sampling meter: one stretch is one page, however long; the
        # monotonic clock stands still while the machine sleeps.
        return max(self._clock.monotonic() - self._since, 0.0)

    def _credit(self) -> None:
        if self._since is None:
            return
        if self._held is not None:
            self._by_target[self._held] = self._by_target.get(self._held, 0.0) + self._stretch()
        self._since = self._clock.monotonic()


def merged(first: DistractionSummary, second: DistractionSummary) -> DistractionSummary:
    """Two meters' facts as one block's."""
    by_target = dict(first.by_target)
    for target, seconds in second.by_target.items():
        by_target[target] = by_target.get(target, 0.0) + seconds
    return DistractionSummary(
        distracted_seconds=first.distracted_seconds + second.distracted_seconds,
        blocked_attempts=first.blocked_attempts + second.blocked_attempts,
        by_target=MappingProxyType(by_target))
