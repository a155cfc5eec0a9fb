"""Schema versions and the migrations between them (SPEC §12: migrations on upgrade).

The version lives in the main file: table `meta`, document 1,
``{"schema_version": N, "created": "<ISO instant>"}``. A migration is a function of the raw
documents, frozen in time: it never uses today's codec, which will keep changing.

Each step writes its new files first and the main file (with the new version) last, so a
crash in the middle leaves the old version in place and the step simply runs again; steps
are idempotent. A file from a newer FocusApp is refused and left untouched.

History:
  1 -> 2  blocks move out of the main file into blocks/YYYY-MM.json (one file per month of
          the block's local start) and distraction events into distractions/YYYY-MM.json;
          block fields renamed: "minutes" -> "planned_minutes", "abandoned": bool ->
          "outcome" ("abandoned" if true, else "completed"; None while the block runs).
  2 -> 3  leads move out of the main file into leads/YYYY-MM.json (one file per month of
          the lead's arrival): an inbound qualifier's five years made the main file, which
          every save writes whole, 6.7 MiB. The documents are unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from focusapp.store.atomic import Tables, atomic_write_bytes, dumps_tables, load_tables
from focusapp.store.errors import UnsupportedSchema
from focusapp.store.layout import BLOCKS_DIR, DISTRACTIONS_DIR, LEADS_DIR, MAIN_FILE, month_file

SCHEMA_VERSION = 3
META_DOC = "1"


@dataclass
class MigrationContext:
    """What a migration step works on: the data folder and its main file's tables."""
    data_dir: Path
    main: Tables  # the main file's tables; a step changes them in place


Migration = Callable[[MigrationContext], None]


def schema_version(main: Tables | None) -> int | None:
    """The version of a main file; None for a new store. A file without meta is version 1."""
    if main is None:
        return None
    meta = main.get("meta", {}).get(META_DOC)
    if isinstance(meta, dict):
        version = meta.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool) and version >= 1:
            return version
    has_data = any(table for name, table in main.items() if name != "meta")
    return 1 if has_data else None


def new_main(created: datetime) -> Tables:
    return {
        "meta": {META_DOC: {"schema_version": SCHEMA_VERSION, "created": created.isoformat()}},
        "settings": {},
        "roles": {},
        "days": {},
        "reviews": {},
    }


def write_tables(path: Path, tables: Tables) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, dumps_tables(tables).encode("utf-8"))


# ---- 1 -> 2 ---------------------------------------------------------------------------


def _v1_month(instant_text: Any) -> str:
    """The month of an instant's local wall date, as layout.month_key was in version 2."""
    wall = datetime.fromisoformat(str(instant_text)).replace(tzinfo=None)
    return f"{wall.year:04d}-{wall.month:02d}"


def _v1_block(doc: dict[str, Any]) -> dict[str, Any]:
    block = dict(doc)
    if "minutes" in block:
        block["planned_minutes"] = block.pop("minutes")
    abandoned = block.pop("abandoned", False)
    if "outcome" not in block:
        if abandoned:
            block["outcome"] = "abandoned"
        else:
            block["outcome"] = "completed" if block.get("end") else None
    return block


def _merge_into_months(
    folder: Path, table: str, docs: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]
) -> list[dict[str, Any]]:
    """Add `docs` to their month files, replacing a document with the same key.

    Returns the documents without a readable instant: they stay in the main file, in the
    table `unmigrated`, rather than be lost or stop the upgrade.
    """
    by_month: dict[str, list[dict[str, Any]]] = {}
    unplaced: list[dict[str, Any]] = []
    for doc in docs:
        try:
            month = _v1_month(doc.get("start", doc.get("at")))
        except (TypeError, ValueError):
            unplaced.append({"table": table, "doc": doc})
            continue
        by_month.setdefault(month, []).append(doc)
    for month, month_docs in sorted(by_month.items()):
        path = month_file(folder, month)
        tables = load_tables(path) or {}  # a half-done earlier run left this file
        existing = tables.setdefault(table, {})
        ids = {key(d): doc_id for doc_id, d in existing.items()}
        next_id = max((int(i) for i in existing), default=0) + 1
        for doc in month_docs:
            doc_id = ids.get(key(doc))
            if doc_id is None:
                doc_id, next_id = str(next_id), next_id + 1
            existing[doc_id] = doc
        write_tables(path, tables)
    return unplaced


def _event_key(doc: dict[str, Any]) -> str:
    return json.dumps([doc.get(k) for k in ("block_id", "at", "kind", "target")])


def _v1_to_v2(ctx: MigrationContext) -> None:
    blocks = [_v1_block(d) for d in ctx.main.get("blocks", {}).values()]
    events = list(ctx.main.get("distractions", {}).values())
    unplaced = _merge_into_months(
        ctx.data_dir / BLOCKS_DIR, "blocks", blocks, lambda d: str(d.get("id"))
    )
    unplaced += _merge_into_months(
        ctx.data_dir / DISTRACTIONS_DIR, "distractions", events, _event_key
    )
    _keep_unplaced(ctx.main, unplaced)
    ctx.main.pop("blocks", None)
    ctx.main.pop("distractions", None)
    for table in ("settings", "roles", "days", "reviews"):
        ctx.main.setdefault(table, {})


def _keep_unplaced(main: Tables, unplaced: list[dict[str, Any]]) -> None:
    """Documents with no readable instant stay in the main file, in `unmigrated`."""
    if unplaced:
        kept = main.setdefault("unmigrated", {})
        for doc in unplaced:
            kept[str(len(kept) + 1)] = doc


# ---- 2 -> 3 ---------------------------------------------------------------------------


def _v2_to_v3(ctx: MigrationContext) -> None:
    leads = list(ctx.main.get("leads", {}).values())
    _keep_unplaced(ctx.main, _merge_into_months(
        ctx.data_dir / LEADS_DIR, "leads", leads, lambda d: str(d.get("id"))))
    ctx.main.pop("leads", None)


MIGRATIONS: list[tuple[int, Migration]] = [(1, _v1_to_v2), (2, _v2_to_v3)]


def check_supported(main: Tables | None, path: Path) -> None:
    version = schema_version(main)
    if version is not None and version > SCHEMA_VERSION:
        raise UnsupportedSchema(path, version, SCHEMA_VERSION)


def migrate(data_dir: Path, main: Tables, created: datetime) -> int | None:
    """Bring the main file (already read into `main`) up to SCHEMA_VERSION.

    Returns the version it started from, or None if nothing had to change.
    """
    path = data_dir / MAIN_FILE
    check_supported(main, path)
    start = schema_version(main)
    if start is None or start == SCHEMA_VERSION:
        return None
    version = start
    for from_version, step in MIGRATIONS:
        if version != from_version:
            continue
        step(MigrationContext(data_dir, main))
        version = from_version + 1
        meta = main.setdefault("meta", {}).get(META_DOC)
        meta = dict(meta) if isinstance(meta, dict) else {"created": created.isoformat()}
        meta["schema_version"] = version
        main["meta"][META_DOC] = meta
        write_tables(path, main)  # last: the step is done once this lands
    if version != SCHEMA_VERSION:
        raise RuntimeError(f"no migration from schema {version} to {SCHEMA_VERSION}")
    return start
