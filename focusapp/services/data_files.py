"""`focusapp export FILE` and `focusapp import FILE`: the same code for the CLI and the app.

The file's extension picks the format: `.json` (everything, re-importable), `.csv` (blocks)
or `.ics` (the focus blocks, for a calendar). CSV and ICS take an optional range of days.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from focusapp.core.errors import ValidationError
from focusapp.core.exports import IcsText, blocks_csv, blocks_ics
from focusapp.core.settings_rules import MAX_DISPLAY_NAME
from focusapp.core.text import one_line
from focusapp.services.output import check_output, write_error
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.database import Store
from focusapp.store.export import ImportReport, apply_import, read_export, write_export
from focusapp.store.import_check import ImportErrors
from focusapp.store.import_preview import preview_import
from focusapp.store.layout import BACKUPS_DIR, LOCK_FILE

FORMATS = (".json", ".csv", ".ics")


def display_name(setting: str) -> str:
    """Whose exports these are: the name set in Settings, else the account's full name (the
    first field of its GECOS entry on POSIX), else its login name; tidied to one line."""
    name = one_line(setting)
    if name:
        return name
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        name = one_line(entry.pw_gecos.split(",")[0]) or entry.pw_name
    except (ImportError, KeyError, AttributeError):  # Windows, or a user with no entry
        name = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return one_line(name)[:MAX_DISPLAY_NAME]


def export_to(store: Store, path: Path, first: date | None = None,
              last: date | None = None, *, ics: IcsText | None = None) -> dict[str, Any]:
    """Write the export; returns what was written (format, block count) for the caller.
    A write that fails (the disk filled up, became read-only) is `output.not_written`.
    `ics`: how calendar events name a block (the UI's words; ids when not given)."""
    path = export_target(path, store.data_dir)
    kind = path.suffix.lower()
    if kind == ".json":
        try:
            doc = write_export(store, path, display_name(store.settings.get().display_name))
        except OSError as error:
            raise write_error(path, error) from error
        return {"format": "json", "blocks": len(doc["blocks"]), "file": str(path)}
    day_start = store.settings.get().day_rules.day_start
    blocks = [b for b in store.blocks.all() if b.finished]
    today = store.now().date()
    first = first or min((b.day(day_start) for b in blocks), default=today)
    last = last or max((b.day(day_start) for b in blocks), default=first)
    if last < first:
        raise ValidationError("export.range", "The range ends before it starts.")
    chosen = [b for b in blocks if first <= b.day(day_start) <= last]
    text = (blocks_csv(chosen) if kind == ".csv"
            else blocks_ics(chosen, first, last, day_start=day_start,
                            summary=(ics or IcsText()).summary,
                            description=(ics or IcsText()).description))
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as error:
        raise write_error(path, error) from error
    return {"format": kind[1:], "blocks": len(chosen), "file": str(path)}


def export_target(path: Path, data_dir: Path) -> Path:
    """Where an export goes, checked (a known format, a folder that takes it, never the data
    folder): `ValidationError` otherwise. Checked before the data folder is opened too, so a
    refused export writes nothing there (not even the day's backup)."""
    if path.suffix.lower() not in FORMATS:
        raise ValidationError("export.format",
                              f"'{path.name}' should end with .json, .csv or .ics.",
                              name=path.name)
    return check_output(path, data_dir)


@dataclass(frozen=True)
class ImportOutcome:
    """What `focusapp import FILE` did, for the UI to word: refused (`report.problems`),
    merged, or, for a dry run, what it would change (`report.preview`, nothing written)."""

    file_name: str
    report: ImportReport
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return self.report.ok


def import_from(store: Store, path: Path, *, dry_run: bool = False) -> ImportOutcome:
    """Check everything first; write nothing if any record is bad (listing which and why).
    A dry run works out what the import would change and writes nothing."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return ImportOutcome(path.name, ImportReport(problems=checked.problems), dry_run)
    if dry_run:
        return ImportOutcome(path.name, ImportReport(preview=preview_import(store, checked)),
                             dry_run=True)
    return ImportOutcome(path.name, apply_import(store, checked))


def dry_run_here(data_dir: Path, path: Path, now: Callable[[], datetime]) -> ImportOutcome:
    """`import --dry-run` with no app running. Opening the store writes (the lock, the day's
    backup, a new folder's files), so it opens a throwaway copy of the folder's data files:
    the data folder itself is only read."""
    with tempfile.TemporaryDirectory(prefix="focusapp-dry-run-") as scratch:
        copy = Path(scratch) / "data"
        if data_dir.is_dir():
            # Links are copied as the files they point to: the copy holds no way back into
            # the real data, whatever opening it writes (a schema upgrade, a recovery).
            shutil.copytree(data_dir, copy,
                            ignore=shutil.ignore_patterns(BACKUPS_DIR, LOCK_FILE))
        store, _ = Store.open(copy, now=now)
        try:
            return import_from(store, path, dry_run=True)
        finally:
            store.close()


def refused_import(path: Path) -> ImportOutcome | None:
    """The refusal of a bad file, found before any data folder is opened; None if it is
    good to import."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return ImportOutcome(path.name, ImportReport(problems=checked.problems))
    return None
