"""What became of each scheduled block (table `scheduled_runs` of the main file).

One document per occurrence (a scheduled block on a day), keyed `<schedule id>@<date>`: a few a
day, small enough for the main file; a store from before simply has none (no migration).
"""

from __future__ import annotations

from tinydb import TinyDB

from focusapp.core.schedule import ScheduledRun
from focusapp.store.codec import decode_run, encode_run
from focusapp.store.tables import KeyedTable


def _run_key(run: ScheduledRun) -> str:
    return run.key


class ScheduledRunsRepo:
    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, ScheduledRun](
            db, "scheduled_runs", encode=encode_run, decode=decode_run, key=_run_key,
            problems=problems)

    def save(self, run: ScheduledRun) -> None:
        """The first word on an occurrence stays: a run started is never made missed later."""
        if self.get(run.key) is None:
            self._table.put(run)

    def get(self, key: str) -> ScheduledRun | None:
        return self._table.get(key)

    def all(self) -> list[ScheduledRun]:
        return sorted(self._table.values(), key=lambda run: (run.at, run.schedule_id))
