"""`focusapp export FILE` and `focusapp import FILE`: the same code for the CLI and the app.

The file's extension picks the format: `.json` (everything, re-importable), `.csv` (blocks)
or `.ics` (the focus blocks, for a calendar). CSV and ICS take an optional range of days.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from focusapp.core.errors import ValidationError
from focusapp.core.exports import blocks_csv, blocks_ics
from focusapp.services.output import check_output, write_error
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.export import ImportReport, import_file, read_export, write_export
from focusapp.store.import_check import ImportErrors

if TYPE_CHECKING:
    from focusapp.store.database import Store

FORMATS = (".json", ".csv", ".ics")


def export_to(store: Store, path: Path, first: date | None = None,
              last: date | None = None) -> dict[str, Any]:
    """Write the export; returns what was written (format, block count) for the caller.
    A write that fails (the disk filled up, became read-only) is `output.not_written`."""
    path = export_target(path, store.data_dir)
    kind = path.suffix.lower()
    if kind == ".json":
        try:
            doc = write_export(store, path)
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
            else blocks_ics(chosen, first, last, day_start=day_start))
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


def import_from(store: Store, path: Path) -> dict[str, Any]:
    """Check everything first; write nothing if any record is bad (listing which and why)."""
    return _result(import_file(store, path))


def refused_import(path: Path) -> dict[str, Any] | None:
    """The refusal of a bad file, found before any data folder is opened; None if it is
    good to import."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return _result(ImportReport(problems=checked.problems))
    return None


def _result(report: ImportReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "summary": report.summary(),
        "problems": [str(p) for p in report.problems],
    }
