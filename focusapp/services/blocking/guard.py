"""Everything that guards a focus block from distractions, behind one object for the app.

Websites (the hosts helper) and do-not-disturb go through the BlockingController, which
records what is active for crash recovery; apps are watched by the AppBlocker and the
front window by the DistractionMeter, whose summary becomes the block's distraction facts
(and so its Focus factor). psutil, python-xlib and D-Bus load on first need, after the
first paint, unless a crashed block must be cleaned up at start.

Which backends (hosts helper, do-not-disturb, window source, process scanner) is not decided
here: the composition root passes a `Backends` (services/backends.py), and the guard builds
each from it when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.app_rules import AppRule, parse_app_entry
from focusapp.core.errors import Problem, ValidationError
from focusapp.core.models import Block, DistractionSummary, Settings
from focusapp.services.backends import Backends
from focusapp.services.blocking.controller import BlockingController, StartupRecovery
from focusapp.services.blocking.status import RUNTIME_KEY, MechanismStatus
from focusapp.services.clock import Clock

if TYPE_CHECKING:
    from focusapp.services.blocking.apps import AppBlocker
    from focusapp.services.blocking.windows import DistractionMeter
    from focusapp.store.database import Store


class DistractionGuard(QObject):
    app_hit = Signal(str, str)  # target, action applied: the app notifies the user
    problem_raised = Signal(object)  # a core.errors.Problem (a mechanism failed, a bad entry)
    status_changed = Signal()

    def __init__(self, clock: Clock, store: Store, settings: Callable[[], Settings],
                 backends: Backends, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._settings = settings
        self._backends = backends
        self.controller = BlockingController(clock, store, settings, backends.hosts(),
                                             parent=self)
        self.controller.problem_raised.connect(self.problem_raised)
        self.controller.status_changed.connect(self.status_changed)
        self._apps: AppBlocker | None = None
        self._meter: DistractionMeter | None = None
        self._dnd_added = False
        self._block_id: str | None = None
        # The browser extension (flows/browser.py), when the root gives it: its exact web
        # time joins the block's facts, and while it is connected the meter no longer
        # guesses sites from window titles.
        self.web_summary: Callable[[], DistractionSummary] | None = None
        self.web_exact: Callable[[], bool] = lambda: False

    # ---- start-up -----------------------------------------------------------------------

    def recover_at_startup(self) -> StartupRecovery:
        """Undo what a dead instance left active (call before the timer recovers)."""
        if self._store.runtime.get(RUNTIME_KEY) is not None:
            self._add_dnd()  # its saved state must be given back now
        return self.controller.recover_at_startup()

    def start_services(self) -> None:
        """After the first paint: pick the do-not-disturb backend, the app and window
        watchers, so Settings and the Today window can show what works here."""
        self._add_dnd()
        self._watchers()
        self.status_changed.emit()

    # ---- the block ------------------------------------------------------------------------

    def on_block_started(self, block: Block) -> None:
        self.controller.on_block_started(block)
        apps, meter = self._watchers()
        rules = self._app_rules()
        if self._block_id != block.id:  # a resumed block keeps its counts
            domains = () if self.web_exact() else self._settings().blocked_domains
            meter.start(rules, domains)
            apps.start(rules, block.id)
        self._block_id = block.id

    def on_state_changed(self, block: Block | None) -> None:
        self.controller.refresh(block)
        if self._meter is None or block is None:
            return
        if block.paused:
            self._meter.pause()
        else:
            self._meter.resume()

    def summary(self) -> DistractionSummary:
        """The running block's distraction facts so far (the timer saves them at its end)."""
        found = self._meter.summary() if self._meter is not None else DistractionSummary()
        if self.web_summary is not None:
            from focusapp.services.web_time import merged

            found = merged(found, self.web_summary())
        return found

    def on_block_finished(self, block: Block) -> None:
        self.controller.on_block_finished(block)
        if self._apps is not None:
            self._apps.stop()
        if self._meter is not None:
            self._meter.stop()
        self._block_id = None

    # ---- what the UI reads ------------------------------------------------------------------

    def statuses(self) -> list[MechanismStatus]:
        found = list(self.controller.statuses())
        if self._apps is not None:
            found.append(self._apps.status())
        if self._meter is not None:
            found.append(self._meter.status())
        return found

    def lists_locked(self) -> bool:
        return self.controller.lists_locked()

    def shutdown(self) -> None:
        if self._apps is not None:
            self._apps.stop()
        if self._meter is not None:
            self._meter.close()
        self.controller.shutdown()

    # ---- internals ----------------------------------------------------------------------------

    def _add_dnd(self) -> None:
        if not self._dnd_added:
            self.controller.add_mechanism(self._backends.dnd())
            self._dnd_added = True

    def _watchers(self) -> tuple[AppBlocker, DistractionMeter]:
        if self._apps is None or self._meter is None:
            from focusapp.services.blocking.apps import AppBlocker
            from focusapp.services.blocking.windows import DistractionMeter

            scanner = self._backends.app_scanner()
            self._apps = AppBlocker(processes=scanner.processes, minimizer=scanner.minimizer,
                                    no_minimizer=scanner.no_minimizer, parent=self)
            self._meter = DistractionMeter(self._backends.active_window(), self._clock,
                                           parent=self)
            self._apps.distraction_detected.connect(self._meter.record_attempt)
            self._apps.distraction_detected.connect(self.app_hit)
        return self._apps, self._meter

    def _app_rules(self) -> list[AppRule]:
        rules = []
        for entry in self._settings().blocked_apps:
            try:
                rules.append(parse_app_entry(entry))
            except ValidationError as error:  # a bad stored entry is reported, not fatal
                self.problem_raised.emit(Problem(
                    "blocking.app_entry", {"entry": entry, "error": error.code},
                    f"App list entry '{entry}' ignored: {error.message}"))
        return rules
