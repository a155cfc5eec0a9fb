"""Small helpers on top of TinyDB tables: one-write upserts and a keyed, decoded view."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Mapping, MutableMapping
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from focusapp.store.atomic import AtomicJSONStorage
from focusapp.store.codec import Doc, RecordError

log = logging.getLogger(__name__)


def open_db(path: Any, before_write: Callable[[Any], None] | None = None) -> TinyDB:
    """A TinyDB on an AtomicJSONStorage (the only way the store opens a file)."""
    return TinyDB(path, storage=AtomicJSONStorage, before_write=before_write)


def storage_of(db: TinyDB) -> AtomicJSONStorage:
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    return storage


def put(table: Table, doc_id: int | None, doc: Doc) -> int:
    """Replace document `doc_id` with `doc`, or insert it: one file write either way."""
    if doc_id is not None:

        def replace(stored: MutableMapping[str, Any]) -> None:
            stored.clear()
            stored.update(doc)

        if table.update(replace, doc_ids=[doc_id]):
            return doc_id
    return table.insert(doc)


def replace_by_key[K](table: Table, updates: Mapping[K, Doc], doc_ids: list[int],
                     key_of: Callable[[Mapping[str, Any]], K]) -> None:
    """Replace documents `doc_ids` by `updates`, each found by the key of what is stored
    (TinyDB hands an update the stored document, not its id): one file write."""

    def replace(stored: MutableMapping[str, Any]) -> None:
        new = updates[key_of(stored)]
        stored.clear()
        stored.update(new)

    table.update(replace, doc_ids=doc_ids)


class KeyedTable[K: Hashable, V]:
    """A table whose documents are values of one model, each with a unique key.

    Documents are decoded once and kept in memory with their doc ids, so a lookup or an
    upsert never scans the table. A document that does not decode is left in the file,
    skipped, and listed in `problems`.
    """

    def __init__(
        self,
        db: TinyDB,
        name: str,
        *,
        encode: Callable[[V], Doc],
        decode: Callable[[Mapping[str, Any]], V],
        key: Callable[[V], K],
        problems: list[str],
    ) -> None:
        self._db = db
        self._name = name
        self._encode = encode
        self._decode = decode
        self._key = key
        self._problems = problems
        self._values: dict[K, V] | None = None
        self._ids: dict[K, int] = {}

    @property
    def table(self) -> Table:
        return self._db.table(self._name)

    def _load(self) -> dict[K, V]:
        if self._values is None:
            values: dict[K, V] = {}
            ids: dict[K, int] = {}
            for doc in self.table.all():
                try:
                    value = self._decode(doc)
                except RecordError as exc:
                    self._problems.append(f"{self._name} document {doc.doc_id}: {exc}")
                    log.warning("skipped %s document %s: %s", self._name, doc.doc_id, exc)
                    continue
                values[self._key(value)] = value
                ids[self._key(value)] = doc.doc_id
            self._values, self._ids = values, ids
        return self._values

    def get(self, key: K) -> V | None:
        return self._load().get(key)

    def put(self, value: V) -> None:
        doc = self._encode(value)
        values = self._load()
        key = self._key(value)
        self._ids[key] = put(self.table, self._ids.get(key), doc)
        values[key] = value

    def put_many(self, values: list[V]) -> None:
        """Upsert many values with at most two writes (one for updates, one for inserts)."""
        loaded = self._load()
        latest = {self._key(v): v for v in values}
        updates = {k: self._encode(v) for k, v in latest.items() if k in self._ids}
        inserts = [(k, v) for k, v in latest.items() if k not in self._ids]
        if updates:
            # Only documents that decoded at load have a doc id here: this decodes.
            replace_by_key(self.table, updates, [self._ids[k] for k in updates],
                           lambda stored: self._key(self._decode(stored)))
        if inserts:
            doc_ids = self.table.insert_multiple(self._encode(v) for _, v in inserts)
            for (k, _), doc_id in zip(inserts, doc_ids, strict=True):
                self._ids[k] = doc_id
        loaded.update(latest)

    def remove(self, key: K) -> bool:
        values = self._load()
        doc_id = self._ids.pop(key, None)
        values.pop(key, None)
        if doc_id is None:
            return False
        self.table.remove(doc_ids=[doc_id])
        return True

    def values(self) -> list[V]:
        return list(self._load().values())
