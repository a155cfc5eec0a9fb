"""Distraction blocking around the blocks: built after the first paint (or at start when a
crashed block left sites blocked), its hits and problems told to the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from focusapp.core.errors import Problem
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import Shell
from focusapp.services.blocking.status import RUNTIME_KEY, MechanismStatus
from focusapp.services.clock import Clock
from focusapp.services.timer import FocusTimer
from focusapp.store.database import Store

if TYPE_CHECKING:
    from focusapp.services.blocking.guard import DistractionGuard


class GuardFlow(QObject):
    def __init__(self, clock: Clock, store: Store, timer: FocusTimer, shell: Shell,
                 build: Callable[[], DistractionGuard], parent: QObject | None = None, *,
                 also: Callable[[], Sequence[MechanismStatus]] = tuple) -> None:
        super().__init__(parent)
        self._also = also  # shown with the blocking mechanisms: the idle source (away time)
        self._clock = clock
        self._store = store
        self._timer = timer
        self._shell = shell
        self._build = build
        self._guard: DistractionGuard | None = None
        timer.block_started.connect(lambda block: self.guard.on_block_started(block))
        timer.block_finished.connect(lambda block: self.guard.on_block_finished(block))
        timer.state_changed.connect(self._on_timer_state_changed)

    @property
    def guard(self) -> DistractionGuard:
        """Built on first need: right after the first paint, or at start for a crashed block."""
        if self._guard is None:
            guard = self._build()
            self._timer.distraction_source = guard.summary
            guard.app_hit.connect(self._on_app_hit)
            guard.problem_raised.connect(self._on_problem)
            guard.status_changed.connect(self.render)
            self._guard = guard
        return self._guard

    def lists_locked(self) -> bool:
        return self._guard is not None and self._guard.lists_locked()

    def recover_at_startup(self) -> None:
        """Before the timer resumes a block: lift what a block that died with the app left."""
        if self._store.runtime.get(RUNTIME_KEY) is None:
            return
        if self.guard.recover_at_startup().found:
            self._shell.notify(self.tr("Blocking lifted"),
                               self.tr("FocusApp stopped during a focus block; the sites and "
                                       "notifications it had blocked are released."))

    def start_services(self) -> None:
        self.guard.start_services()

    def render(self) -> None:
        if self._guard is not None:
            self._shell.render_blocking([*self._guard.statuses(), *self._also()])

    def shutdown(self) -> None:
        if self._guard is not None:
            self._guard.shutdown()

    def _on_timer_state_changed(self) -> None:
        if self._guard is not None:
            self._guard.on_state_changed(self._timer.block)

    def _on_app_hit(self, target: str, action: str) -> None:
        texts = {
            "warn": self.tr("%1 is on your block list: back to your focus block?"),
            "minimize": self.tr("%1 was minimised: it is on your block list."),
            "close": self.tr("%1 was closed: it is on your block list."),
        }
        text = texts.get(action, self.tr("%1 was stopped: it is on your block list."))
        self._shell.notify(self.tr("Distraction blocked"), fill(text, target))
        block = self._timer.block
        if block is not None:
            guarded(self._shell, lambda: self._store.distractions.add(
                block.id, self._clock.now(), "app", target, 0.0))

    def _on_problem(self, problem: Problem) -> None:
        self._shell.notify_problem(self.tr("Blocking needs attention"), problem)
