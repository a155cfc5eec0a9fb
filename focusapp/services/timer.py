"""The focus timer: driven by the wall-clock instant a block is due, never by counting ticks.

A running block holds its planned focus time; what is left is always computed from the
clock, so pauses, a suspended laptop or a busy CPU never make it drift. A 1 Hz QTimer only
repaints and checks whether the block is due; when idle (or paused) nothing ticks at all.

The running block is checkpointed in the store's runtime file at every change and once a
minute, so after a kill -9 the next start recovers it (SPEC §5).

Sleeps and clock changes come from a `SleepWatcher` (shared with the reminders, one rule):
a block that fell due while the machine slept ends at its due instant and says so
(`ended_during_sleep`); a wall clock set back moves the running block with it (see
`_on_clock_set_back`).

A disk that refuses a write (full, read-only) never makes the timer lie: a block that cannot
be checkpointed does not start (`NotSaved`); one that ends and cannot be saved is stopped all
the same and kept to be saved as soon as the disk takes it (`UnsavedBlocks`, unsaved.py); a
checkpoint that fails while a block runs keeps the block in memory and is tried again at the
next change or heartbeat.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.core.away import with_away
from focusapp.core.days import local_day
from focusapp.core.errors import CodedError, ValidationError, errno_name
from focusapp.core.models import (
    MAX_BLOCK_MINUTES,
    NOTE_MAX_CHARS,
    AwaySpell,
    Block,
    DistractionSummary,
    Interruption,
    Outcome,
    Pause,
    Settings,
    validate_count,
    validate_energy,
    validate_minutes,
    validate_text,
)
from focusapp.services.clock import Clock
from focusapp.services.sleep import SleepWatcher
from focusapp.services.unsaved import RETRY_MS, UnsavedBlocks
from focusapp.store.checkpoint import Checkpoint

if TYPE_CHECKING:
    from focusapp.store.database import Store

log = logging.getLogger(__name__)

TICK_MS = 1000
HEARTBEAT_SECONDS = 60  # how stale the "last known instant" of a crashed block can be
INTERRUPTION_MAX_CHARS = 120
EXTEND_RANGE = (1, 60)  # one extension, in minutes: the menus offer +5, +10 and +15


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    BREAK = "break"


class StrictModeLocked(CodedError):
    """Stopping a strict block early needs the confirmation phrase (or the emergency exit)."""

    def __init__(self, message: str = "This is a strict block: type the phrase to stop it "
                                      "early.") -> None:
        super().__init__("timer.strict_locked", message)


class StrictNoPause(CodedError):
    """A strict block runs to its end: a pause would be a way out with no phrase typed."""

    def __init__(self) -> None:
        super().__init__("timer.strict_no_pause", "A strict block cannot be paused: stop it "
                         "with the phrase, or take the emergency exit.")


class TimerBusy(CodedError):
    """A block is already running."""

    def __init__(self, message: str = "A focus block is already running.") -> None:
        super().__init__("timer.busy", message)


class NotSaved(CodedError):
    """The data folder refused the write (full, read-only): nothing changed."""

    def __init__(self, error: OSError) -> None:
        reason = errno_name(error)
        super().__init__("timer.not_saved", f"The focus block could not be saved ({reason}), "
                         "so it was not started. Free some disk space and try again.",
                         reason=reason)


class CountNotSaved(CodedError):
    """The data folder refused the write of a count: it was not counted."""

    def __init__(self, error: OSError) -> None:
        reason = errno_name(error)
        super().__init__("count.not_saved", f"The count could not be saved ({reason}), so it "
                         "was not counted. Free some disk space and count again.", reason=reason)


class NoBlockRunning(CodedError):
    """The action needs a running block."""

    def __init__(self, message: str = "No focus block is running.") -> None:
        super().__init__("timer.no_block", message)


@dataclass(frozen=True)
class StartRequest:
    """What a block is started with."""
    minutes: int
    role: str
    activity: str | None = None
    energy: int = 3
    strict: bool = False
    serves_one_thing: bool = False

    def __post_init__(self) -> None:
        validate_minutes(self.minutes)
        validate_energy(self.energy)


@dataclass(frozen=True)
class Recovery:
    """What the start-up found of a block that was running when the app died."""

    block: Block
    resumed: bool  # True: still due, running again; False: closed and flagged recovered


class FocusTimer(QObject):
    state_changed = Signal()
    ticked = Signal()
    block_started = Signal(object)  # Block, checkpointed (also when a crashed block resumes)
    block_finished = Signal(object)  # Block, saved (or kept in `unsaved` if the disk refused)
    ended_during_sleep = Signal(object)  # Block that reached its due time while asleep
    break_finished = Signal()

    def __init__(
        self,
        clock: Clock,
        store: Store,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
        *,
        sleep_watcher: SleepWatcher | None = None,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._settings = settings
        self._block: Block | None = None
        self._break_due: datetime | None = None
        self._last_heartbeat: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.check)
        self._sleep = sleep_watcher or SleepWatcher(clock, parent=self)
        self._sleep.resumed.connect(self._on_resumed)
        self._sleep.clock_set_back.connect(self._on_clock_set_back)
        # Finished blocks the disk refused, saved again until it takes them. It asks whether
        # a block runs through a weak reference: a reference cycle would leave this timer to
        # Python's cyclic collector, which may run in any thread (the blocking worker's), and
        # Qt aborts when a QObject with running timers is destroyed outside its own thread.
        running = weakref.ref(self)
        self.unsaved = UnsavedBlocks(
            store, lambda: (timer := running()) is not None and timer.block is not None, self,
            retry_ms=retry_ms)
        # What the distraction watchers measured; attached to the block before it is saved.
        self.distraction_source: Callable[[], DistractionSummary] | None = None

    # ---- what the UI reads ------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        if self._block is not None:
            return TimerState.PAUSED if self._block.paused else TimerState.RUNNING
        return TimerState.BREAK if self._break_due is not None else TimerState.IDLE

    @property
    def block(self) -> Block | None:
        return self._block

    @property
    def ticking(self) -> bool:
        return self._tick.isActive()

    def remaining_seconds(self) -> float:
        now = self._clock.now()
        if self._block is not None:
            return max(0.0, self._block.remaining_seconds(now))
        if self._break_due is not None:
            return max(0.0, (self._break_due - now).total_seconds())
        return 0.0

    def progress(self) -> float:
        """Share of the planned block (or break) already done, 0..1."""
        if self._block is not None:
            planned = self._block.planned_minutes * 60.0
            return min(1.0, max(0.0, 1.0 - self.remaining_seconds() / planned))
        return 0.0

    # ---- intents ----------------------------------------------------------------------

    def start(self, request: StartRequest) -> Block:
        if self._block is not None:
            raise TimerBusy("A focus block is already running.")
        now = self._clock.now()
        block = Block(
            id=os.urandom(16).hex(),
            start=now,
            planned_minutes=request.minutes,
            role=request.role,
            activity=request.activity,
            energy=request.energy,
            strict=request.strict,
            serves_one_thing=request.serves_one_thing,
        )
        # On disk first: a block that cannot be saved (a full or read-only disk) does not
        # start, rather than run in memory only and vanish with the app. A stopped block still
        # waiting to be saved goes first (its stop may be noted in the checkpoint).
        try:
            error = self.unsaved.retry()
            if error is not None:
                raise error
            self._store.runtime.set_checkpoint(Checkpoint(block, last_seen=now))
        except OSError as error:
            raise NotSaved(error) from error
        self._block, self._break_due, self._last_heartbeat = block, None, now
        self._tick.start()
        self.state_changed.emit()
        self.block_started.emit(self._block)
        return self._block

    def pause(self) -> None:
        block = self._running()
        if block.paused:
            return
        if block.strict:
            raise StrictNoPause()
        now = self._clock.now()
        self._block = replace(block, pauses=(*block.pauses, Pause(start=now)))
        self._checkpoint(now)
        self._tick.stop()  # a paused block has nothing to repaint
        self.state_changed.emit()

    def resume(self) -> None:
        block = self._running()
        if not block.paused:
            return
        now = self._clock.now()
        last = block.pauses[-1]
        self._block = replace(block, pauses=(*block.pauses[:-1], replace(last, end=now)))
        self._checkpoint(now)
        self._tick.start()
        self.state_changed.emit()

    def log_interruption(self, what: str) -> None:
        block = self._running()
        text = validate_text(what, INTERRUPTION_MAX_CHARS, required=True, code="interruption")
        now = self._clock.now()
        self._block = replace(block, interruptions=(*block.interruptions, Interruption(now, text)))
        self._checkpoint(now)
        self.state_changed.emit()

    def add_count(self, change: int) -> Block:
        """Count `change` (negative: take back, never below zero) for the running block's
        metric; checkpointed at once, so a crash keeps the count with the block."""
        block = self._running()
        counted = replace(block, count=validate_count(max(0, (block.count or 0) + change)))
        now = self._clock.now()
        try:  # unlike a pause, a count the disk refuses is not kept: the user counts again
            self._store.runtime.set_checkpoint(Checkpoint(counted, last_seen=now))
        except OSError as error:
            raise CountNotSaved(error) from error
        self._block, self._last_heartbeat = counted, now
        self.state_changed.emit()
        return counted

    def extend(self, minutes: int) -> Block:
        """Add `minutes` (+5 / +10 / +15) to the running block's planned length, recorded
        as such (`extended_minutes`); checkpointed first, like a start. The blocking's end
        follows through `state_changed` (services/blocking/controller.refresh)."""
        block = self._running()
        if isinstance(minutes, bool) or not EXTEND_RANGE[0] <= minutes <= EXTEND_RANGE[1]:
            raise ValidationError("timer.extend_range", f"Extend by {EXTEND_RANGE[0]} to "
                                  f"{EXTEND_RANGE[1]} minutes, not {minutes}.",
                                  low=EXTEND_RANGE[0], high=EXTEND_RANGE[1], value=minutes)
        if block.planned_minutes + minutes > MAX_BLOCK_MINUTES:
            raise ValidationError("timer.extend_too_long", f"A block lasts at most "
                                  f"{MAX_BLOCK_MINUTES} minutes.", high=MAX_BLOCK_MINUTES,
                                  value=minutes)
        longer = replace(block, planned_minutes=block.planned_minutes + minutes,
                         extended_minutes=block.extended_minutes + minutes)
        now = self._clock.now()
        try:
            self._store.runtime.set_checkpoint(Checkpoint(longer, last_seen=now))
        except OSError as error:
            raise NotSaved(error) from error
        self._block, self._last_heartbeat = longer, now
        self.state_changed.emit()
        return longer

    def stop(self, *, confirmed: bool = False) -> Block:
        """Stop now: kept as partial (or completed if already due). A strict block needs
        `confirmed` (the user typed the phrase)."""
        block = self._running()
        if block.strict and not confirmed:
            raise StrictModeLocked("This is a strict block: type the phrase to stop it early.")
        now = self._clock.now()
        outcome = Outcome.COMPLETED if block.remaining_seconds(now) <= 0 else Outcome.PARTIAL
        return self._finish(block.finish(now, outcome))

    def abandon(self) -> Block:
        """Give the block up (the emergency exit of strict mode too): kept, flagged abandoned."""
        block = self._running()
        return self._finish(block.finish(self._clock.now(), Outcome.ABANDONED))

    def start_break(self) -> timedelta:
        """A short break, or a long one after every N completed blocks today."""
        if self._block is not None:
            raise TimerBusy("Finish the focus block before taking a break.")
        settings = self._settings()
        minutes = settings.short_break_minutes
        completed = self._completed_today()
        if completed and completed % settings.long_break_every == 0:
            minutes = settings.long_break_minutes
        length = timedelta(minutes=minutes)
        self._break_due = self._clock.now() + length
        self._tick.start()
        self.state_changed.emit()
        return length

    def set_count_and_note(self, block: Block, count: int | None, note: str) -> Block:
        """After the end: the optional count metric and one-line note, saved at once."""
        updated = replace(
            self._latest(block),  # with what was said meanwhile (a spell away)
            count=validate_count(count),
            note=validate_text(note, NOTE_MAX_CHARS, required=False, code="note"),
        )
        self.unsaved.save(updated)  # a refused write keeps the answer and tries again
        return updated

    def record_away(self, block: Block, spell: AwaySpell) -> Block:
        """The user named a spell away from `block` (running or just finished): recorded
        with it, a break pausing it for that time (core.away.with_away), saved at once."""
        if self._block is not None and self._block.id == block.id:
            self._block = with_away(self._block, spell)
            self._checkpoint(self._clock.now())
            self.state_changed.emit()
            return self._block
        updated = with_away(self._latest(block), spell)
        self.unsaved.save(updated)  # a refused write keeps the answer and tries again
        return updated

    def discard_from(self, block: Block, at: datetime) -> Block:
        """"Discard this block" after a spell away: it ends, abandoned, when the user left,
        so the time away never counts (a running block stops there). What came after (a
        pause taken on coming back) goes with it."""
        running = self._block if self._block is not None and self._block.id == block.id else None
        block = running or self._latest(block)
        at = min(at, block.end or at)
        cut = replace(block, pauses=tuple(replace(p, end=min(p.end or at, at))
                                          for p in block.pauses if p.start < at),
                      away=tuple(s for s in block.away if s.end <= at))
        ended = cut.finish(at, Outcome.ABANDONED)
        if running is not None:
            return self._finish(ended)
        self.unsaved.save(ended)
        return ended

    # ---- the clock ----------------------------------------------------------------------

    def check(self) -> None:
        """One tick: notice a resume from sleep first (the watcher's own timer is coarse, this
        tick must not end a block that fell due asleep as if it ended normally), then finish
        what is due and repaint."""
        self._sleep.check()  # a resume reaches `_on_resumed` before the tick below
        self._advance(slept=False)

    def _on_resumed(self, _seconds: float) -> None:
        if self._tick.isActive():  # idle or paused: nothing became due meanwhile
            self._advance(slept=True)

    def _on_clock_set_back(self, seconds: float) -> None:
        """The wall clock was set back: move the running block (and a break) back with it.

        Its instants were read on the old clock, so left alone the block would gain the whole
        set-back in remaining time and could end "before" it started. Shifted by the same
        amount, it keeps the focus time it already had and its remaining time, and ends when
        its planned minutes are really spent; it is saved in the clock the user now sees.
        """
        shift = timedelta(seconds=seconds)
        if self._break_due is not None:
            self._break_due -= shift
        if self._block is not None:
            self._block = _shifted(self._block, -shift)
            self._checkpoint(self._clock.now())
            self.state_changed.emit()

    def _advance(self, *, slept: bool) -> None:
        now = self._clock.now()
        block = self._block
        if block is not None and not block.paused:
            remaining = block.remaining_seconds(now)
            if remaining <= 0:
                due = now + timedelta(seconds=remaining)
                finished = self._finish(block.finish(due, Outcome.COMPLETED))
                if slept:
                    self.ended_during_sleep.emit(finished)
                return
            if self._last_heartbeat is None or (
                (now - self._last_heartbeat).total_seconds() >= HEARTBEAT_SECONDS
            ):
                self._checkpoint(now)
        elif self._break_due is not None and now >= self._break_due:
            self._break_due = None
            self._tick.stop()
            self.state_changed.emit()
            self.break_finished.emit()
            return
        self.ticked.emit()

    # ---- crash recovery -------------------------------------------------------------------

    def recover(self) -> Recovery | None:
        """Pick up a block that was running when the app died (SPEC §5)."""
        checkpoint = self._store.runtime.get_checkpoint()
        if checkpoint is None:
            return None
        block, last_seen = checkpoint.block, checkpoint.last_seen
        if block.finished:  # stopped, but the disk refused it then: saved as it was stopped
            self.unsaved.save(block)
            return Recovery(block, resumed=False)
        now = self._clock.now()
        if block.remaining_seconds(now) > 0:
            self._block = block
            self._checkpoint(now)
            if not block.paused:
                self._tick.start()
            self.state_changed.emit()
            self.block_started.emit(block)
            return Recovery(block, resumed=True)
        # Overdue: close it at the last instant we know it ran (never beyond its due time).
        due = block.due_at(last_seen) if not block.paused else last_seen
        end = min(max(last_seen, block.start), due)
        outcome = Outcome.COMPLETED if block.remaining_seconds(end) <= 0 else Outcome.PARTIAL
        finished = block.finish(end, outcome, recovered=True)
        self.unsaved.save(finished)
        return Recovery(finished, resumed=False)

    # ---- internals ------------------------------------------------------------------------

    def _latest(self, block: Block) -> Block:
        """The saved version of a finished block: two questions about it (its end, a spell
        away) may be answered in either order, and neither must undo the other."""
        waiting = next((b for b in self.unsaved.blocks if b.id == block.id), None)
        return waiting or self._store.blocks.get(block.id) or block

    def _running(self) -> Block:
        if self._block is None:
            raise NoBlockRunning("No focus block is running.")
        return self._block

    def _finish(self, block: Block) -> Block:
        if self.distraction_source is not None:
            block = replace(block, distraction=self.distraction_source())
        self._block = None
        self._tick.stop()
        # Durable first: the finished block is saved before the checkpoint is dropped, so a
        # crash between the two leaves a checkpoint that recovery closes again (same id: upsert).
        # A disk that refuses does not keep the block running: it waits in `unsaved`.
        self.unsaved.save(block)
        self.state_changed.emit()
        self.block_finished.emit(block)
        return block

    def save_checkpoint(self) -> None:
        """Checkpoint the running block now (at quit, at logout): the next start resumes it
        or closes it at this instant, by the usual rules."""
        if self._block is not None:
            self._checkpoint(self._clock.now())

    def _checkpoint(self, now: datetime) -> None:
        assert self._block is not None
        self._last_heartbeat = now  # a refused write is tried again at the next heartbeat
        try:
            self._store.runtime.set_checkpoint(Checkpoint(self._block, last_seen=now))
        except OSError as error:  # the block (and what was just done to it) stays in memory
            log.warning("the running block could not be checkpointed: %s", error)

    def _completed_today(self) -> int:
        settings = self._settings()
        day = local_day(self._clock.now(), settings.day_rules.day_start)
        blocks = self._store.blocks.between(day, day, settings.day_rules.day_start)
        return sum(1 for b in blocks if b.outcome is Outcome.COMPLETED)


def _shifted(block: Block, delta: timedelta) -> Block:
    """The running block with every recorded instant moved by `delta`."""
    return replace(
        block,
        start=block.start + delta,
        pauses=tuple(replace(p, start=p.start + delta, end=None if p.end is None else p.end + delta)
                     for p in block.pauses),
        interruptions=tuple(replace(i, at=i.at + delta) for i in block.interruptions),
        away=tuple(replace(s, start=s.start + delta, end=s.end + delta) for s in block.away),
    )
