"""Finished blocks the disk refused (full, read-only, gone): kept and saved again until it
takes them, so a block stopped on a full disk is stopped at once and never lost.

The rule (docs/data.md, "A full disk"): a finished block is saved to its month file and the
running block's checkpoint is cleared. When that write fails with an OSError the block is
kept here, in memory; the stop is noted in runtime.json's checkpoint if the disk still takes
that small write, so that a crash before the disk recovers loses nothing (the next start
saves that block as it was stopped); otherwise the checkpoint of the running block stays and
the next start closes it by the usual recovery rules. The kept blocks are saved again every
`RETRY_MS`, and before anything else the timer saves (a start, a stop, a block's note); once
they are on disk the checkpoint is cleared.

`kept` is emitted once per block the disk refused (the user is told once), `saved` once it is
on disk after all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.core.errors import Problem, errno_name
from focusapp.core.models import Block
from focusapp.store.checkpoint import Checkpoint
from focusapp.store.errors import UNUSABLE_REASONS

if TYPE_CHECKING:
    from focusapp.store.database import Store

log = logging.getLogger(__name__)

RETRY_MS = 30_000


def stop_not_saved(error: OSError) -> Problem:
    """What the user is told once when a finished block could not be saved."""
    reason = errno_name(error)
    why = UNUSABLE_REASONS.get(reason, "the system refused it")
    return Problem("timer.stop_not_saved", {"reason": reason},
                   f"Your focus block is stopped but could not be saved: {why}. FocusApp keeps "
                   "it and will save it as soon as it can.")


class UnsavedBlocks(QObject):
    kept = Signal(object)  # Problem "timer.stop_not_saved": a block the disk refused
    saved = Signal(object)  # Block: one that was kept is on disk now

    def __init__(self, store: Store, running: Callable[[], bool], parent: QObject | None = None,
                 *, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._running = running  # a running block owns the checkpoint: never clear it then
        self._blocks: dict[str, Block] = {}
        self._told: dict[str, Problem] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.retry)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks.values())

    def problem(self, block_id: str) -> Problem | None:
        """What the user was told about this block, while it waits to be saved."""
        return self._told.get(block_id)

    def save(self, block: Block) -> bool:
        """Save a finished `block` (after any kept before it) and drop the checkpoint; True if
        it is on disk. If the disk refuses, keep it, tell once, and try again later."""
        self._blocks[block.id] = block  # the newest version of it: a note added after the end
        error = self._flush()
        if error is None:
            return True
        log.warning("block %s kept in memory, not saved: %s", block.id, error)
        self._note_stop(block)
        self._retry.start()
        if block.id not in self._told:
            self._told[block.id] = problem = stop_not_saved(error)
            self.kept.emit(problem)
        return False

    def retry(self) -> OSError | None:
        """Save the kept blocks now; the error if the disk still refuses."""
        return self._flush() if self._blocks else None

    def _flush(self) -> OSError | None:
        try:
            for block in self._blocks.values():  # saving twice is harmless: an upsert by id
                self._store.blocks.save(block)
            if not self._running():
                self._store.runtime.clear_checkpoint()
        except OSError as error:
            return error
        late = [block for block in self._blocks.values() if block.id in self._told]
        self._blocks.clear()
        self._told.clear()
        self._retry.stop()
        for block in late:
            self.saved.emit(block)
        return None

    def _note_stop(self, block: Block) -> None:
        """Put the finished block in the checkpoint if the disk takes this small write: a crash
        now then recovers the block as it was stopped, not as it was last seen running."""
        if self._running():
            return
        try:
            self._store.runtime.set_checkpoint(Checkpoint(block, last_seen=block.end or
                                                          block.start))
        except OSError as error:
            log.warning("the stop of block %s could not be noted either: %s", block.id, error)
