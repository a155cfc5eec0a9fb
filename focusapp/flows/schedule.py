"""Scheduled blocks as the user lives them: the heads-up, Start / Snooze 10 / Skip, the block
starting by itself, and an honest record of each occurrence (started, skipped, missed)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from focusapp.core.errors import ValidationError
from focusapp.core.schedule import (
    ONCE_PREFIX,
    Occurrence,
    RunOutcome,
    ScheduledBlock,
    ScheduledRun,
)
from focusapp.core.text import fill
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import ScheduledAnswer, ScheduledNotice
from focusapp.services.clock import Clock
from focusapp.services.scheduled import ScheduledBlocks
from focusapp.services.timer import StartRequest, TimerState
from focusapp.store.database import Store

MAX_DELAY_MINUTES = 240  # "start in…": later the same half-day, not a schedule


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

    def start_later(self, request: StartRequest, in_minutes: int) -> datetime:
        """"Start in 10 min": the block starts by itself then (the same engine as scheduled
        blocks: it survives a sleep, and a block running then makes it missed, said)."""
        if isinstance(in_minutes, bool) or not 1 <= in_minutes <= MAX_DELAY_MINUTES:
            raise ValidationError("timer.delay_range", f"Start in 1 to {MAX_DELAY_MINUTES} "
                                  f"minutes, not {in_minutes}.", high=MAX_DELAY_MINUTES,
                                  value=in_minutes)
        at = self._clock.now() + timedelta(minutes=in_minutes)
        entry = ScheduledBlock(id=ONCE_PREFIX, name=self.tr("Your focus block"), weekdays=(),
                               at=at.strftime("%H:%M"), minutes=request.minutes,
                               role=request.role, activity=request.activity,
                               strict=request.strict)
        self.service.start_later(entry, at)
        self._blocks.shell.notify(self.tr("Focus block later"),
                                  fill(self.tr("It starts by itself at %1."),
                                       at.strftime("%H:%M")))
        return at

    def start_later_from_menu(self, in_minutes: int) -> None:
        """The tray's "Start in 10 min": the block the command line would start."""
        guarded(self._blocks.shell, lambda: self.start_later(
            self._blocks.request_for(None, None, None), in_minutes))

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
        title = None if entry.once else fill(self.tr("%1 started"), entry.name)
        if guarded(self._blocks.shell, lambda: self._blocks.start(request, title=title)) is None:
            return False
        self._record(occurrence, RunOutcome.STARTED)
        return True

    def _missed(self, occurrence: Occurrence, why: str) -> None:
        self._record(occurrence, RunOutcome.MISSED)
        title = (self.tr("Your delayed focus block did not start") if occurrence.entry.once
                 else fill(self.tr("%1 missed"), occurrence.entry.name))
        self._blocks.shell.notify(title, why)

    def _record(self, occurrence: Occurrence, outcome: RunOutcome) -> None:
        if occurrence.entry.once:  # a delayed start is not a scheduled block's run
            return
        run = ScheduledRun(occurrence.entry.id, occurrence.entry.name, occurrence.start, outcome)
        guarded(self._blocks.shell, lambda: self._store.scheduled_runs.save(run))

    def _recorded(self, occurrence: Occurrence) -> bool:
        return self._store.scheduled_runs.get(occurrence.run_key) is not None
