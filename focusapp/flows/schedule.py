"""Scheduled blocks as the user lives them: the heads-up, Start / Snooze 10 / Skip, the block
starting by itself, and an honest record of each occurrence (started, skipped, missed)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject

from focusapp.core.schedule import Occurrence, RunOutcome, ScheduledRun
from focusapp.core.text import fill
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import ScheduledAnswer, ScheduledNotice
from focusapp.services.clock import Clock
from focusapp.services.scheduled import ScheduledBlocks
from focusapp.services.timer import StartRequest, TimerState
from focusapp.store.database import Store


class ScheduleFlow(QObject):
    def __init__(self, clock: Clock, store: Store, blocks: BlocksFlow,
                 service: ScheduledBlocks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._blocks = blocks
        self.service = service
        service.heads_up.connect(self.on_heads_up)
        service.due.connect(self.on_due)
        service.missed.connect(self.on_missed)

    def on_heads_up(self, occurrence: Occurrence) -> None:
        seconds = (occurrence.start - self._clock.now()).total_seconds()
        notice = ScheduledNotice(occurrence.entry.name, max(1, math.ceil(seconds / 60)),
                                 occurrence.start)
        self._blocks.shell.ask_scheduled(notice, self._answer_for(occurrence))

    def _answer_for(self, occurrence: Occurrence) -> Callable[[ScheduledAnswer], None]:
        def answer(choice: ScheduledAnswer) -> None:
            if self._recorded(occurrence):  # it started (or was missed) meanwhile
                return
            if choice is ScheduledAnswer.SNOOZE:
                self.service.snooze(occurrence)
                return
            self.service.settle(occurrence)
            if choice is ScheduledAnswer.SKIP:
                self._record(occurrence, RunOutcome.SKIPPED)
            else:
                self._start(occurrence)

        return answer

    def on_due(self, occurrence: Occurrence) -> None:
        if self._recorded(occurrence):
            return
        if self._blocks.timer.state in (TimerState.RUNNING, TimerState.PAUSED):
            self._missed(occurrence, self.tr("A focus block was running at its time."))
        elif self._start(occurrence):
            self._blocks.shell.play_chime()

    def on_missed(self, occurrence: Occurrence) -> None:
        if not self._recorded(occurrence):
            self._missed(occurrence, self.tr("The computer was asleep at its time."))

    # ---- internals --------------------------------------------------------------------------

    def _start(self, occurrence: Occurrence) -> bool:
        entry = occurrence.entry
        request = StartRequest(minutes=entry.minutes, role=entry.role, activity=entry.activity,
                               strict=entry.strict)
        title = fill(self.tr("%1 started"), entry.name)
        if guarded(self._blocks.shell, lambda: self._blocks.start(request, title=title)) is None:
            return False
        self._record(occurrence, RunOutcome.STARTED)
        return True

    def _missed(self, occurrence: Occurrence, why: str) -> None:
        self._record(occurrence, RunOutcome.MISSED)
        self._blocks.shell.notify(fill(self.tr("%1 missed"), occurrence.entry.name), why)

    def _record(self, occurrence: Occurrence, outcome: RunOutcome) -> None:
        run = ScheduledRun(occurrence.entry.id, occurrence.entry.name, occurrence.start, outcome)
        guarded(self._blocks.shell, lambda: self._store.scheduled_runs.save(run))

    def _recorded(self, occurrence: Occurrence) -> bool:
        return self._store.scheduled_runs.get(occurrence.run_key) is not None
