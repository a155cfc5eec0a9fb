"""Records of one model kept in month files by the month of one of their instants, each with
a unique key: a save rewrites the file of its month alone, and a reader reads the months it
asks for alone, however many years the folder holds (the main file, by contrast, is read at
every start and written whole at every save of any of its tables).

The leads live so (leads/YYYY-MM.json, by the month of their arrival): an inbound qualifier's
20 a day are 25,000 after five years, which made the main file 6.7 MiB and each touch or
count a 0.1 s write (benchmarks/instruments_history.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from focusapp.store.codec import Doc, RecordError
from focusapp.store.months import MonthFiles
from focusapp.store.tables import put, replace_by_key

log = logging.getLogger(__name__)


class MonthlyRecords[K: Hashable, V]:
    """Upserts by key into the month file `month(value)` names. Each month is decoded at its
    first use and kept in memory with its doc ids. A document that does not decode stays in
    its file, skipped, and is listed in `problems`.

    A record keeps its month: `put` (the app's saves) writes into the month of the value and
    never looks elsewhere; `put_many` (an import) reads every month, so that a record whose
    instant moved to another month leaves its old one."""

    def __init__(
        self,
        files: MonthFiles,
        *,
        encode: Callable[[V], Doc],
        decode: Callable[[Mapping[str, Any]], V],
        key: Callable[[V], K],
        month: Callable[[V], str],
        problems: list[str],
    ) -> None:
        self.files = files
        self._encode = encode
        self._decode = decode
        self._key = key
        self._month = month
        self._problems = problems
        self._loaded: dict[str, dict[K, tuple[int, V]]] = {}  # month -> key -> (doc id, value)
        # A month file found damaged and put back from a backup holds other doc ids: what
        # was read of it before is read again, or a save would update the wrong document.
        files.on_recovered = self.forget_month

    def forget_month(self, month: str) -> None:
        self._loaded.pop(month, None)

    def month(self, month: str) -> dict[K, tuple[int, V]]:
        """The month's records by key, with their doc ids (read once, then kept)."""
        found = self._loaded.get(month)
        if found is None:
            found = {}
            for doc_id, doc in self.files.raw(month).items():
                try:
                    value = self._decode(doc)
                except RecordError as exc:
                    where = f"{self.files.rel(month)} document {doc_id}"
                    self._problems.append(f"{where}: {exc}")
                    log.warning("skipped %s: %s", where, exc)
                    continue
                found[self._key(value)] = (int(doc_id), value)
            self._loaded[month] = found
        return found

    def in_months(self, months: Iterable[str]) -> list[V]:
        """The records of these months, a key once (the later month's copy wins)."""
        merged = {key: value for month in months for key, (_, value) in self.month(month).items()}
        return list(merged.values())

    def values(self) -> list[V]:
        return self.in_months(self.files.months())

    def put(self, value: V) -> None:
        key, month = self._key(value), self._month(value)
        table = self.files.table(month)  # first: a damaged file is put back before its ids are read
        here = self.month(month)
        stored = here.get(key)
        here[key] = (put(table, stored[0] if stored else None, self._encode(value)), value)

    def put_many(self, values: list[V]) -> None:
        """Upsert each by key: per month touched, one write for its updates and one for its
        new records; a record now of another month leaves its old month's file."""
        where = {key: (month, doc_id) for month in self.files.months()
                 for key, (doc_id, _) in self.month(month).items()}
        latest = {self._key(v): v for v in values}
        by_month: dict[str, dict[K, V]] = {}
        for key, value in latest.items():
            by_month.setdefault(self._month(value), {})[key] = value
        for month, month_values in sorted(by_month.items()):
            self._write_month(month, month_values)
        moved = [where[key] for key, value in latest.items()
                 if key in where and where[key][0] != self._month(value)]
        self._remove(moved)  # after their new places are written: a crash leaves a copy

    def _write_month(self, month: str, values: dict[K, V]) -> None:
        table, here = self.files.table(month), self.month(month)
        updates = {key: self._encode(value) for key, value in values.items() if key in here}
        if updates:
            replace_by_key(table, updates, [here[key][0] for key in updates],
                           lambda stored: self._key(self._decode(stored)))
        for key, value in values.items():
            if key in here:
                here[key] = (here[key][0], value)
        inserts = [key for key in values if key not in here]
        if inserts:
            doc_ids = table.insert_multiple(self._encode(values[key]) for key in inserts)
            for key, doc_id in zip(inserts, doc_ids, strict=True):
                here[key] = (doc_id, values[key])

    def _remove(self, places: list[tuple[str, int]]) -> None:
        doomed: dict[str, list[int]] = {}
        for month, doc_id in places:
            doomed.setdefault(month, []).append(doc_id)
        for month, doc_ids in doomed.items():
            self.files.table(month).remove(doc_ids=doc_ids)
            self._loaded[month] = {key: (i, v) for key, (i, v) in self._loaded[month].items()
                                   if i not in doc_ids}
