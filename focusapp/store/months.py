"""Month files: one TinyDB file per month in a partition folder (blocks/, distractions/).

Saving into one month rewrites only that month's file, so a save costs the same after
five years as on the first day. Files are opened lazily; only a few stay open (each open
file keeps its parsed content in memory to save a parse per TinyDB read).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from focusapp.store.atomic import fsync_dir
from focusapp.store.backups import Backups
from focusapp.store.errors import DamagedFile
from focusapp.store.layout import month_file, months_in
from focusapp.store.recovery import Recovery, recover
from focusapp.store.tables import open_db, storage_of

log = logging.getLogger(__name__)

MAX_OPEN_MONTHS = 4


class MonthFiles:
    def __init__(
        self,
        data_dir: Path,
        folder: str,
        table: str,
        *,
        backups: Backups,
        now: Callable[[], datetime],
        recoveries: list[Recovery],
        on_recovered: Callable[[str], None] | None = None,
        max_open: int = MAX_OPEN_MONTHS,
    ) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / folder
        self._folder_name = folder
        self._table = table
        self._backups = backups
        self._now = now
        self._recoveries = recoveries
        self.on_recovered = on_recovered
        self._max_open = max_open
        self._open: OrderedDict[str, TinyDB] = OrderedDict()

    def months(self) -> list[str]:
        """Months that have a file, oldest first."""
        return months_in(self.folder)

    def path(self, month: str) -> Path:
        return month_file(self.folder, month)

    def rel(self, month: str) -> str:
        return f"{self._folder_name}/{month}.json"

    def _db(self, month: str) -> TinyDB:
        db = self._open.get(month)
        if db is not None:
            self._open.move_to_end(month)
            return db
        self.folder.mkdir(parents=True, exist_ok=True)
        db = open_db(self.path(month), self._backups.before_write)
        self._open[month] = db
        while len(self._open) > self._max_open:
            _, oldest = self._open.popitem(last=False)
            oldest.close()
        return db

    def _readable(self, month: str) -> TinyDB:
        """The month's database, its file checked readable first (recovered if it is not)."""
        db = self._db(month)
        try:
            db.storage.read()
        except DamagedFile as exc:
            storage_of(db).forget()
            self._recoveries.append(
                recover(self.data_dir, self.rel(month), exc.why, self._backups, self._now())
            )
            if self.on_recovered is not None:
                self.on_recovered(month)
            db.storage.read()
        return db

    def table(self, month: str) -> Table:
        return self._readable(month).table(self._table)

    def raw(self, month: str) -> Mapping[str, Mapping[str, Any]]:
        """The month's documents by doc id, as stored. Read-only: never change them."""
        if month not in self._open and not self.path(month).exists():
            return {}
        data = self._readable(month).storage.read() or {}
        return data.get(self._table, {})

    def delete(self, month: str) -> None:
        """Remove a month file that no longer holds anything (its backups stay)."""
        db = self._open.pop(month, None)
        if db is not None:
            db.close()
        self.path(month).unlink(missing_ok=True)
        fsync_dir(self.folder)

    def forget(self) -> None:
        """Close every open month (their content is read again on the next use)."""
        for db in self._open.values():
            db.close()
        self._open.clear()

    close = forget
