"""Away from the desk during a block: sampled while the block runs, one question when the
user is back (or when the block ends while they are still away), the answer kept with the
block (core.away: a call counts as work, a break pauses the block for that time, discard
gives the block up from the moment they left)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject

from focusapp.core.away import AwaySpan, call_is_likely
from focusapp.core.models import AwayKind, Block
from focusapp.flows.shell import AwayAnswer, AwayQuestion, Shell
from focusapp.services.away import AwaySampler
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer, TimerState


class AwayFlow(QObject):
    def __init__(self, daily: DailyLoop, timer: FocusTimer, shell: Shell,
                 sampler: AwaySampler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily, self.timer, self.shell, self.sampler = daily, timer, shell, sampler
        self._ended: AwaySpan | None = None  # still away when the block ended
        self._last_floor = datetime.min.replace(tzinfo=UTC)
        sampler.spell_ended.connect(self._on_spell_ended)
        # Before block_finished: the timer says the state changed, then that the block ended.
        timer.state_changed.connect(self._on_state_changed)
        timer.block_finished.connect(self._on_block_finished)

    def _on_state_changed(self) -> None:
        running = self.timer.state is TimerState.RUNNING
        if running and not self.sampler.sampling:
            minutes = self.daily.settings().away_minutes
            self.sampler.start(timedelta(minutes=minutes), self._floor, self._meter)
        elif not running and self.sampler.sampling:
            span = self.sampler.stop()
            block = self.timer.block
            if block is None:
                self._ended = span  # asked about with the finished block, just after
            elif span is not None:
                self._ask(block, span)

    def _on_block_finished(self, block: Block) -> None:
        span, self._ended = self._ended, None
        if span is not None:
            self._ask(block, span)

    def _on_spell_ended(self, span: AwaySpan) -> None:
        block = self.timer.block
        if block is not None:
            self._ask(block, span)

    def _ask(self, block: Block, span: AwaySpan) -> None:
        metric = self.daily.metric_of(block.role, block.activity)
        default = AwayAnswer.CALL if call_is_likely(metric) else AwayAnswer.BREAK
        self.shell.ask_away(AwayQuestion(span.minutes, default),
                            lambda answer: self._answered(block, span, answer))

    def _answered(self, block: Block, span: AwaySpan, answer: AwayAnswer) -> None:
        if answer is AwayAnswer.DISCARD:
            updated = self.timer.discard_from(block, span.start)
        else:
            updated = self.timer.record_away(block, span.named(AwayKind(answer.value)))
        if updated.finished:
            self.daily.record_block(updated)

    def _floor(self) -> datetime:
        """Nothing before the block's start, or its last resume, counts as away (the block
        that just ended keeps the floor it had)."""
        block = self.timer.block
        if block is not None:
            ends = [p.end for p in block.pauses if p.end is not None]
            self._last_floor = max([block.start, *ends])
        return self._last_floor

    def _meter(self) -> float:
        source = self.timer.distraction_source
        return source().distracted_seconds if source is not None else 0.0
