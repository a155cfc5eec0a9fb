"""The distraction log: one event per detected distraction or blocked attempt.

Events live in distractions/YYYY-MM.json by the month of the event. They are kept 90 days
(`RETENTION`); by then each block's summary lives in `Block.distraction`, so `prune` only
drops detail. Because of that bound, `for_block` may read every remaining month file.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from focusapp.store.codec import Doc, RecordError, decode_instant, encode_instant, guarded, typed
from focusapp.store.layout import month_key
from focusapp.store.months import MonthFiles

TABLE = "distractions"
RETENTION = timedelta(days=90)


@dataclass(frozen=True)
class DistractionEvent:
    """Time in a distraction, or an attempt at a blocked one, during a block."""
    block_id: str
    at: datetime
    kind: str  # e.g. "app", "site", "blocked_site", "blocked_app"
    target: str  # the app or the site
    seconds: float = 0.0  # time spent in it (0 for a blocked attempt)


def encode_event(event: DistractionEvent) -> Doc:
    return {
        "block_id": event.block_id,
        "at": encode_instant(event.at),
        "kind": event.kind,
        "target": event.target,
        "seconds": event.seconds,
    }


def _decode_event(doc: Mapping[str, Any]) -> DistractionEvent:
    return DistractionEvent(
        block_id=typed(doc, "block_id", str),
        at=decode_instant(doc.get("at")),
        kind=typed(doc, "kind", str),
        target=typed(doc, "target", str),
        seconds=typed(doc, "seconds", float, default=0.0),
    )


decode_event = guarded("distraction event", _decode_event)


class DistractionRepo:
    def __init__(self, files: MonthFiles, problems: list[str]) -> None:
        self._files = files
        self._problems = problems

    def add(self, block_id: str, at: datetime, kind: str, target: str, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"a distraction lasts a finite, non-negative time, not {seconds}")
        event = DistractionEvent(block_id, at, kind, target, float(seconds))
        self._files.table(month_key(at)).insert(encode_event(event))

    def _events(self, month: str) -> list[tuple[int, DistractionEvent]]:
        result = []
        for doc_id, doc in self._files.raw(month).items():
            try:
                result.append((int(doc_id), decode_event(doc)))
            except RecordError as exc:
                self._problems.append(f"{self._files.rel(month)} document {doc_id}: {exc}")
        return result

    def for_block(self, block_id: str) -> list[DistractionEvent]:
        """The block's events still kept (the last 90 days), oldest first."""
        found = [
            event
            for month in self._files.months()
            for _, event in self._events(month)
            if event.block_id == block_id
        ]
        return sorted(found, key=lambda e: e.at.timestamp())

    def prune(self, older_than: datetime) -> int:
        """Delete events before `older_than`; a month left empty loses its file. Returns count."""
        limit = month_key(older_than + timedelta(days=2))  # later months hold no older event
        removed = 0
        for month in self._files.months():
            if month > limit:
                break
            old = [doc_id for doc_id, e in self._events(month) if e.at < older_than]
            if not old:
                continue
            if len(old) == len(self._files.raw(month)):
                self._files.delete(month)
            else:
                self._files.table(month).remove(doc_ids=old)
            removed += len(old)
        return removed
