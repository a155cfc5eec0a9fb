"""Records of one model kept in month files by the month of one of their instants, each with
a unique key: a save rewrites the file of its month alone, however many years the folder
holds (the main file, by contrast, is written whole at every save of any of its tables).

The leads live so (leads/YYYY-MM.json, by the month of their arrival): an inbound qualifier's
20 a day are 25,000 after five years, which made the main file 6.7 MiB and each touch or
count a 0.1 s write (benchmarks/instruments_history.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Mapping, MutableMapping
from typing import Any

from focusapp.store.codec import Doc, RecordError
from focusapp.store.months import MonthFiles

log = logging.getLogger(__name__)


class MonthlyRecords[K: Hashable, V]:
    """Upserts by key into the month file `month(value)` names; read whole at first use and
    kept in memory, decoded, with where each one is. A document that does not decode stays in
    its file, skipped, and is listed in `problems`."""

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
        self._files = files
        self._encode = encode
        self._decode = decode
        self._key = key
        self._month = month
        self._problems = problems
        self._values: dict[K, V] | None = None
        self._where: dict[K, tuple[str, int]] = {}  # key -> its month and doc id there

    def _load(self) -> dict[K, V]:
        if self._values is None:
            values: dict[K, V] = {}
            for month in self._files.months():
                for doc_id, doc in self._files.raw(month).items():
                    try:
                        value = self._decode(doc)
                    except RecordError as exc:
                        where = f"{self._files.rel(month)} document {doc_id}"
                        self._problems.append(f"{where}: {exc}")
                        log.warning("skipped %s: %s", where, exc)
                        continue
                    values[self._key(value)] = value
                    self._where[self._key(value)] = (month, int(doc_id))
            self._values = values
        return self._values

    def values(self) -> list[V]:
        return list(self._load().values())

    def put(self, value: V) -> None:
        self.put_many([value])

    def put_many(self, values: list[V]) -> None:
        """Upsert each by key: per month touched, one write for its updates and one for its
        new records; a record now of another month (an import) leaves its old month's file."""
        loaded = self._load()
        latest = {self._key(v): v for v in values}
        by_month: dict[str, list[K]] = {}
        for key, value in latest.items():
            by_month.setdefault(self._month(value), []).append(key)
        moved = {key: self._where[key] for key, value in latest.items()
                 if key in self._where and self._where[key][0] != self._month(value)}
        for month, keys in sorted(by_month.items()):
            self._write_month(month, {key: latest[key] for key in keys})
        self._remove_old_copies(moved)
        loaded.update(latest)

    def _write_month(self, month: str, values: dict[K, V]) -> None:
        table = self._files.table(month)
        here = {key: self._where[key][1] for key in values
                if self._where.get(key, ("", 0))[0] == month}
        if here:
            updates = {doc_id: self._encode(values[key]) for key, doc_id in here.items()}

            def replace(stored: MutableMapping[str, Any]) -> None:
                new = updates[here[self._key(self._decode(stored))]]
                stored.clear()
                stored.update(new)

            table.update(replace, doc_ids=list(updates))
        inserts = [key for key in values if key not in here]
        if inserts:
            doc_ids = table.insert_multiple(self._encode(values[key]) for key in inserts)
            for key, doc_id in zip(inserts, doc_ids, strict=True):
                self._where[key] = (month, doc_id)

    def _remove_old_copies(self, places: dict[K, tuple[str, int]]) -> None:
        # Their new places are written by then: a crash between leaves a copy, never none.
        old: dict[str, list[int]] = {}
        for month, doc_id in places.values():
            old.setdefault(month, []).append(doc_id)
        for month, doc_ids in old.items():
            self._files.table(month).remove(doc_ids=doc_ids)
