"""Export everything as one versioned JSON document, and import it back (SPEC §12).

The document::

    {"format": "focusapp-export", "version": 3, "exported_at": "<ISO instant>",
     "settings": {...}, "roles": [...], "days": [...], "blocks": [...], "reviews": [...],
     "tallies": [...], "handoffs": [...], "leads": [...],
     "who": {"name": "...", "profile": "<hex>"},
     "accounts": [...], "touches": [...], "follow_ups": [...]}

Version 2 added the counts tallied between blocks, the handoffs and whose export it is
(`who`, read by a manager's team report; an import keeps this folder's own); a version 1 file
(which has none of them) still imports. Version 3 added the inbound leads and their first
touch (speed-to-lead), the account list, the touches and the follow-ups (issue 12); files of
versions 1 and 2 have none of them and still import.

Records are the codec's documents, the very form the store keeps. Distraction events are
not exported: they are pruned after 90 days anyway, and each block carries its
distraction summary.

Import checks everything before anything is written (`import_check.validate_import`): any
problem refuses the whole file, and every problem found is listed. Only a valid plan is
applied (`apply_import`), and it MERGES:

- blocks are upserted by id, days by date, weekly reflections by week, tallies by (day,
  role, activity), handoffs and leads by id: data already here
  and not in the file is kept (importing the same file twice changes nothing);
- settings and roles are replaced by the file's, but start at login and apps to suspend or
  quit by force stay off, and the weekly export's folder stays this folder's own
  (`import_preview.held_back_settings`).

What it changes is worked out first (`import_preview.preview_import`): the app asks the user
to confirm that list, `focusapp import --dry-run` prints it, and the report carries it.

All or nothing, even across a crash: every data file is first copied to
``backups/before-import-<stamp>/`` and a journal written (`journal.py`); each file is then
written atomically by the store (a month file of blocks at most three times), and the
journal removed. A write that fails puts everything back and raises `ImportFailed`; a crash
is undone at the next open, which says so.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from focusapp.core.book import Book
from focusapp.core.days import IsoWeek
from focusapp.core.errors import CodedError, ValidationError, errno_name
from focusapp.core.strict_json import parse_json
from focusapp.core.team import Export
from focusapp.core.weekly_export import export_file_name
from focusapp.store.accounts_codec import encode_account, encode_follow_up, encode_touch
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.block_codec import encode_block
from focusapp.store.codec import (
    encode_day,
    encode_handoff,
    encode_instant,
    encode_lead,
    encode_next_step,
    encode_reflections,
    encode_role,
    encode_settings,
    encode_tally,
)
from focusapp.store.database import Store
from focusapp.store.errors import ImportFailed, ImportNotUndone
from focusapp.store.import_check import (
    FORMAT,
    VERSION,
    ImportErrors,
    ImportPlan,
    Problem,
    validate_import,
)
from focusapp.store.import_preview import ImportPreview, held_back_settings, preview_import

MAX_MB = 50
MAX_FILE_BYTES = MAX_MB * 1024 * 1024


# ---- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """What `import_file` did: refused with `problems`, or merged with what it changed."""

    problems: tuple[Problem, ...] = ()
    preview: ImportPreview | None = None  # what the merge changed, worked out before it
    kept_copy: Path | None = None  # where the data was copied before the import

    @property
    def ok(self) -> bool:
        return not self.problems


# ---- export ---------------------------------------------------------------------------


def export_all(store: Store, name: str = "") -> dict[str, Any]:
    """Every fact the store holds, as one JSON-ready document, saying whose it is: `name`
    (as a manager reads it) and the store's profile id (two exports of one rep are one)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": encode_instant(store.now()),
        "who": {"name": name, "profile": store.profile},
        "settings": encode_settings(store.settings.get()),
        "roles": [encode_role(c) for c in store.roles.get()],
        "days": [encode_day(d) for d in store.days.all()],
        "blocks": [encode_block(b) for b in store.blocks.all()],
        "reviews": [encode_reflections(r) for r in store.reviews.all()],
        "tallies": [encode_tally(t) for t in store.tallies.all()],
        "handoffs": [encode_handoff(h) for h in store.handoffs.all()],
        **export_book(store),
        **_export_leads(store),
        "next_steps": [encode_next_step(s) for s in store.next_steps.all()],
    }


def export_book(store: Store) -> dict[str, Any]:
    """Version 3's sections: the account list, the touches and the follow-ups."""
    return {
        "accounts": [encode_account(a) for a in store.accounts.all()],
        "touches": [encode_touch(t) for t in store.touches.all()],
        "follow_ups": [encode_follow_up(f) for f in store.follow_ups.all()],
    }


def _import_book(store: Store, plan: ImportPlan) -> None:
    """Upserted like the rest: accounts by name (case aside), touches and follow-ups by
    id, so importing a file twice touches no account twice."""
    store.accounts.save_many(list(plan.accounts))
    store.touches.save_many(list(plan.touches))
    store.follow_ups.save_many(list(plan.follow_ups))


def _export_leads(store: Store) -> dict[str, Any]:
    """Version 3: the inbound leads."""
    return {"leads": [encode_lead(lead) for lead in store.leads.all()]}


def dumps_export(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1) + "\n").encode()


def write_export(store: Store, path: Path | str, name: str = "") -> dict[str, Any]:
    """Write `export_all` to `path` atomically (the old file or the new one, never half)."""
    doc = export_all(store, name)
    atomic_write_bytes(Path(path), dumps_export(doc))
    return doc


def write_weekly_export(store: Store, folder: Path, name: str, week: IsoWeek) -> Path:
    """The export of `write_export`, into `folder` under the rep's file name for `week`
    (`core.weekly_export.export_file_name`); the path written. OSError when the folder
    refuses it: nothing half written is left there (a synced drive never sees half a file)."""
    path = folder / export_file_name(name, store.profile, week)
    write_export(store, path, name)
    return path


# ---- applying -------------------------------------------------------------------------


def apply_import(store: Store, plan: ImportPlan) -> ImportReport:
    """Merge a checked plan into the store, all or nothing (see the module docstring).

    Raises ImportFailed when a write fails (the data is as it was before), ImportNotUndone
    when putting it back failed too (the next start finishes it).
    """
    settings, _ = held_back_settings(plan.settings, store.settings.get())
    preview = preview_import(store, plan)
    try:
        kept = store.begin_import()
    except OSError as error:  # no room for the copy: nothing was written to the data
        raise ImportFailed(error) from error
    try:
        store.blocks.save_many(plan.blocks)
        store.days.save_many(list(plan.days))
        store.reviews.save_many(list(plan.reviews))
        store.tallies.save_many(list(plan.tallies))
        store.handoffs.save_many(list(plan.handoffs))
        _import_book(store, plan)
        store.leads.save_many(list(plan.leads))
        store.next_steps.save_many(list(plan.next_steps))
        store.roles.save(plan.roles)
        store.settings.save(settings)
    except BaseException as error:  # a full disk, or Ctrl-C: nothing of it is kept
        try:
            store.roll_back_import()
        except OSError as failed:
            raise ImportNotUndone(failed) from error
        if isinstance(error, OSError):
            raise ImportFailed(error) from error
        raise
    store.end_import()
    return ImportReport(preview=preview, kept_copy=kept)


# ---- files ----------------------------------------------------------------------------


def parse_export(raw: bytes) -> object:
    """The JSON value of a file's bytes; ValueError with a sentence saying what is wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError("import.too_big", f"the file is larger than {MAX_MB} MB",
                              megabytes=MAX_MB)
    if not raw.strip():
        raise ValidationError("import.empty", "the file is empty")
    return parse_json(raw, allow_bom=True)  # JSONRefused is a ValueError


def read_export(path: Path | str) -> ImportPlan | ImportErrors:
    """Read and check an export file; never writes anything."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        unreadable = CodedError("import.unreadable", f"cannot read {path}: {exc.strerror}",
                                reason=errno_name(exc))
        return ImportErrors((Problem("file", "", unreadable.message, unreadable.problem),))
    try:
        doc = parse_export(raw)
    except ValueError as exc:  # JSONRefused and our own are coded
        coded = exc.problem if isinstance(exc, CodedError) else None
        return ImportErrors((Problem("file", "", str(exc), coded),))
    return validate_import(doc)


def import_file(store: Store, path: Path | str) -> ImportReport:
    """Import an export file: refused with every problem found, or merged (`apply_import`)."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return ImportReport(problems=checked.problems)
    return apply_import(store, checked)


def read_team_export(path: Path | str) -> Export | ImportErrors:
    """A rep's export for the team report: checked as an import is, never written."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return checked
    name, profile = checked.who
    return Export(Path(path).name, name, profile, checked.exported_at, checked.settings,
                  checked.roles, checked.days, checked.blocks, checked.tallies,
                  checked.handoffs, Book(checked.accounts, checked.touches, checked.follow_ups),
                  leads=checked.leads, next_steps=checked.next_steps)
