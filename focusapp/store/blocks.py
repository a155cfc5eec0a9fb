"""Focus blocks, one month file per month of the block's local start (blocks/YYYY-MM.json)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping, MutableMapping
from datetime import date, time, timedelta
from typing import Any

from focusapp.core.models import Block
from focusapp.store.block_codec import decode_block, encode_block
from focusapp.store.codec import RecordError
from focusapp.store.layout import month_key, month_of_day, months_between
from focusapp.store.months import MonthFiles
from focusapp.store.tables import put

log = logging.getLogger(__name__)

TABLE = "blocks"


def _by_start(block: Block) -> tuple[float, str]:
    return block.start.timestamp(), block.id


def _starts_within(doc: Mapping[str, Any], walls: tuple[str, str]) -> bool:
    """The stored start's wall date ('2026-11-23T09:00:00+01:00'[:10]) is in `walls`; a
    start that is not text is decoded anyway, to be reported."""
    start = doc.get("start")
    return not isinstance(start, str) or walls[0] <= start[:10] <= walls[1]


class BlockRepo:
    """Blocks by id. Months are decoded on first use and kept (blocks are immutable).

    An id stored in two month files (a crash between the two writes of `save`) is read once:
    the copy in the later month file wins in `all` and `between`, and in `get` once both
    months are indexed (before that, `get` may still return the earlier copy); the daily
    summaries count it the same way (`shadowed`, which they answer).

    Upsert by id must find a block wherever it is, even if an edit moved its start to
    another month. The id index therefore covers every month; it is built once per session,
    on the first save of an id not seen yet or the first lookup of an unknown id, by
    parsing the month files without decoding them (or for free, after `all()`).
    """

    def __init__(self, files: MonthFiles, problems: list[str]) -> None:
        self._files = files
        self._problems = problems
        files.on_recovered = self.forget_month
        self._blocks: dict[str, dict[str, Block]] = {}  # month -> id -> block (decoded months)
        self._ids: dict[str, dict[str, int]] = {}  # month -> id -> doc id (indexed months)
        self._where: dict[str, str] = {}  # id -> month, over indexed months
        self._all_indexed = False
        self._sorted: list[Block] | None = None
        # Told of every month whose file this repo rewrote or whose content it forgot (the
        # daily summaries of that month are stale then: store/summaries.py).
        self.on_changed: Callable[[str], None] = lambda month: None
        # The ids of a month's blocks that a later month file also holds (store/summaries.py
        # knows every month's ids without parsing the month files).
        self.shadowed: Callable[[str, time], Collection[str]] = lambda month, day_start: ()

    # ---- loading ----------------------------------------------------------------------

    def forget_month(self, month: str) -> None:
        """A month file was restored from a backup: what was loaded from it is stale."""
        self._blocks.pop(month, None)
        for block_id in self._ids.pop(month, {}):
            if self._where.get(block_id) == month:
                del self._where[block_id]
        self._all_indexed = False
        self._sorted = None
        self.on_changed(month)

    def _note(self, month: str, block_id: str, doc_id: int) -> None:
        other = self._where.get(block_id)
        if other is not None and other != month:
            self._problems.append(f"block {block_id} is stored in {other} and in {month}")
            log.warning("block %s is stored in %s and in %s", block_id, other, month)
        self._ids[month][block_id] = doc_id
        self._where[block_id] = max(month, other or month)  # the later copy wins

    def _index(self, month: str) -> None:
        if month in self._ids:
            return
        docs = self._files.raw(month)  # may recover the file, which forgets the month
        self._ids[month] = {}
        for doc_id, doc in docs.items():
            block_id = doc.get("id")
            if isinstance(block_id, str):
                self._note(month, block_id, int(doc_id))

    def _month(self, month: str) -> dict[str, Block]:
        blocks = self._blocks.get(month)
        if blocks is None:
            blocks = self._blocks[month] = self._decode(month)
        return blocks

    def month_blocks(self, month: str) -> list[Block]:
        """A month's blocks, decoded for one use and not kept unless they already were
        (the daily summary of a month needs them once; keeping five years costs 28 MB)."""
        blocks = self._blocks.get(month)
        return list((blocks if blocks is not None else self._decode(month)).values())

    def _decode(self, month: str, wanted: tuple[str, str] | None = None) -> dict[str, Block]:
        """The month's blocks; with `wanted` (first and last wall date, ISO), only those that
        start on those dates (the rest are indexed, not decoded)."""
        docs = self._files.raw(month)  # may recover the file, which forgets the month
        blocks = {}
        indexed = month in self._ids
        self._ids.setdefault(month, {})
        for doc_id, doc in docs.items():
            block_id = doc.get("id")
            if isinstance(block_id, str) and not indexed:
                self._note(month, block_id, int(doc_id))
            if wanted is not None and not _starts_within(doc, wanted):
                continue
            try:
                block = decode_block(doc)
            except RecordError as exc:
                self._problems.append(f"{self._files.rel(month)} document {doc_id}: {exc}")
                log.warning("skipped %s document %s: %s", self._files.rel(month), doc_id, exc)
                continue
            blocks[block.id] = block
        return blocks

    def _index_all(self) -> None:
        if not self._all_indexed:
            for month in self._files.months():
                self._index(month)
            self._all_indexed = True

    # ---- reading ----------------------------------------------------------------------

    def get(self, block_id: str) -> Block | None:
        month = self._where.get(block_id)
        if month is None and not self._all_indexed:
            self._index_all()
            month = self._where.get(block_id)
        return None if month is None else self._month(month).get(block_id)

    def between(self, first_day: date, last_day: date, day_start: time) -> list[Block]:
        """Blocks whose local day (with this day start) is in [first_day, last_day], by start.

        A block's local day is its start's wall date or the day before, so only the months
        from `first_day` to the day after `last_day` are read.
        """
        if last_day < first_day:
            return []
        wanted = months_between(month_of_day(first_day), month_of_day(last_day + timedelta(1)))
        walls = (first_day.isoformat(), (last_day + timedelta(1)).isoformat())
        found = [
            block
            for month in wanted  # a week's one or two: asked of them, not the folder's 60
            if month in self._blocks or self._files.path(month).is_file()
            for shadowed in (self.shadowed(month, day_start),)
            for block in self._of_days(month, walls)
            if first_day <= block.day(day_start) <= last_day and block.id not in shadowed
        ]
        return sorted(found, key=_by_start)

    def _of_days(self, month: str, walls: tuple[str, str]) -> Iterable[Block]:
        """A month's blocks that start on these wall dates: from memory if the month is
        decoded, else only they are decoded (a week, not five years or a month)."""
        blocks = self._blocks.get(month)
        return blocks.values() if blocks is not None else self._decode(month, walls).values()

    def all(self) -> list[Block]:
        """Every block, by start (the whole history, as streaks need)."""
        if self._sorted is None:
            for month in self._files.months():
                self._month(month)
            self._all_indexed = True
            latest = {}  # months oldest first: a later copy of an id replaces an earlier one
            for month in sorted(self._blocks):
                latest.update(self._blocks[month])
            self._sorted = sorted(latest.values(), key=_by_start)
        return list(self._sorted)

    def count(self) -> int:
        self._index_all()
        return len(self._where)

    # ---- writing ----------------------------------------------------------------------

    def save(self, block: Block) -> None:
        """Insert or replace the block with this id; durable (fsynced) when it returns."""
        doc = encode_block(block)
        month = month_key(block.start)
        if block.id not in self._where and not self._all_indexed:
            self._index_all()
        table = self._files.table(month)  # checked readable (recovered) before anything else
        blocks = self._month(month)
        old_month = self._where.get(block.id)
        here = self._ids[month].get(block.id)  # also a copy a later month shadowed
        if old_month == month or here is not None:
            doc_id = put(table, here, doc)
        else:
            doc_id = table.insert(doc)
        self._ids[month][block.id] = doc_id
        self._where[block.id] = month
        blocks[block.id] = block
        self._sorted = None
        self.on_changed(month)
        if old_month is not None and old_month != month:
            # Its start moved to another month: written in the new month first, so a crash
            # here leaves a duplicate (reported at load), never a lost block.
            old_id = self._ids[old_month].pop(block.id, None)
            if old_id is not None:
                self._files.table(old_month).remove(doc_ids=[old_id])
            self._blocks.get(old_month, {}).pop(block.id, None)
            self.on_changed(old_month)

    def save_many(self, blocks: Iterable[Block]) -> None:
        """Upsert many blocks (an import) with at most three file writes per month touched.

        Same result as `save` on each block in turn (the last of two equal ids wins), but a
        month file is rewritten once for its updates and once for its new blocks, not once
        per block. Each write is atomic; a crash between two leaves a duplicate (reported
        at load) or a block not yet imported, never a damaged file.
        """
        latest = {block.id: block for block in blocks}
        if not latest:
            return
        self._index_all()
        by_month: dict[str, list[Block]] = {}
        for block in latest.values():
            by_month.setdefault(month_key(block.start), []).append(block)
        leaving: dict[str, list[str]] = {}  # old month -> ids whose start moved elsewhere
        for month in sorted(by_month):
            table = self._files.table(month)
            decoded = self._month(month)
            ids = self._ids[month]
            updates: dict[str, dict[str, Any]] = {}
            inserts: list[Block] = []
            for block in by_month[month]:
                old_month = self._where.get(block.id)
                if old_month == month and block.id in ids:
                    updates[block.id] = encode_block(block)
                else:
                    inserts.append(block)
                    if old_month is not None:
                        leaving.setdefault(old_month, []).append(block.id)
            if updates:

                def replace(stored: MutableMapping[str, Any],
                            docs: dict[str, dict[str, Any]] = updates) -> None:
                    new = docs[stored["id"]]
                    stored.clear()
                    stored.update(new)

                table.update(replace, doc_ids=[ids[block_id] for block_id in updates])
            if inserts:
                doc_ids = table.insert_multiple(encode_block(b) for b in inserts)
                for block, doc_id in zip(inserts, doc_ids, strict=True):
                    ids[block.id] = doc_id
                    self._where[block.id] = month
            for block in by_month[month]:
                decoded[block.id] = block
            self.on_changed(month)
        for old_month, block_ids in leaving.items():
            old_ids = [i for i in (self._ids[old_month].pop(b, None) for b in block_ids)
                       if i is not None]
            if old_ids:
                self._files.table(old_month).remove(doc_ids=old_ids)
            for block_id in block_ids:
                self._blocks.get(old_month, {}).pop(block_id, None)
            self.on_changed(old_month)
        self._sorted = None
