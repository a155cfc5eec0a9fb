"""The import's rollback journal: an import is all or nothing, even across a crash.

An import rewrites many files (a month file of blocks at most three times, then the main
file), each atomically, but not all at once. So, as SQLite does with its rollback journal:

1. every data file is copied aside, each copy fsynced (``Store.keep_copy``);
2. ``import-journal.json`` is written atomically in the data folder: where the copy is and
   which data files existed;
3. the import writes its files;
4. the journal is removed (the folder fsynced): from then on the import is done.

A journal found when the store opens means the import did not finish (killed, power cut, a
full disk): every listed file is put back from the copy, data files the import created are
removed, then the journal; a crash during this is undone again at the next open, since each
step can be done twice. A failed write during the import does the same in-process.

The journal is only ever written by us, so it is checked strictly: a file that is not
exactly what we write, that points outside ``backups/`` or whose copy is incomplete is never
followed; it is set aside and the user told that the import could not be undone.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from focusapp.core.strict_json import parse_json
from focusapp.store.atomic import atomic_write_bytes, fsync_dir
from focusapp.store.backups import copy_file_atomically
from focusapp.store.layout import BACKUPS_DIR, MAIN_FILE, PARTITIONS, data_files

log = logging.getLogger(__name__)

JOURNAL_FILE = "import-journal.json"
FORMAT = "focusapp-import-journal"
VERSION = 1
ASIDE_LABEL = "before-import"
MAX_JOURNAL_BYTES = 1024 * 1024  # 60 years of month files take about 60 KiB

# Matched whole (fullmatch: "$" would let a trailing newline through).
_ASIDE = re.compile(rf"{BACKUPS_DIR}/{ASIDE_LABEL}-\d{{8}}T\d{{6}}", re.ASCII)
_DATA_FILE = re.compile(
    rf"(?:{re.escape(MAIN_FILE)}|(?:{'|'.join(PARTITIONS)})/\d{{4}}-\d{{2}}\.json)", re.ASCII)


class JournalRefused(ValueError):
    """The journal is not one we wrote, or its copy is incomplete: it is not followed."""


@dataclass(frozen=True)
class Journal:
    """An import under way: where the folder's copy is, and which files it had."""
    aside: str  # the copy of the data folder, "backups/before-import-<stamp>"
    files: tuple[str, ...]  # the data files that existed before the import, relative


@dataclass(frozen=True)
class InterruptedImport:
    """An import that had not finished when the store was last closed, found at open."""

    rolled_back: bool  # True: the data is exactly as it was before the import
    copy: Path  # where the data as it was before the import is kept

    @property
    def message(self) -> str:
        """The English sentence for the command line and the logs (the app translates)."""
        if self.rolled_back:
            return ("An import was interrupted: nothing of it was kept; your data is as it "
                    "was before. Import the file again.")
        return ("An import was interrupted and could not be undone: part of it may be in "
                f"your data. Your data as it was before the import is kept in {self.copy}.")


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE


def write_journal(data_dir: Path, journal: Journal) -> None:
    """Durable when it returns: the import may start writing."""
    doc = {"format": FORMAT, "version": VERSION, "aside": journal.aside,
           "files": list(journal.files)}
    atomic_write_bytes(journal_path(data_dir), (json.dumps(doc, indent=1) + "\n").encode())


def remove_journal(data_dir: Path) -> None:
    """The end of an import, or of its rollback (durable when it returns)."""
    journal_path(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)


def read_journal(data_dir: Path) -> Journal:
    """The journal, checked to be exactly what `write_journal` writes and to point at a
    complete copy inside the data folder's backups; JournalRefused (why) otherwise."""
    path = journal_path(data_dir)
    if not stat.S_ISREG(path.lstat().st_mode):
        raise JournalRefused("it is not a regular file")
    with path.open("rb") as handle:
        raw = handle.read(MAX_JOURNAL_BYTES + 1)
    if len(raw) > MAX_JOURNAL_BYTES:
        raise JournalRefused("it is too large")
    try:
        doc = parse_json(raw)
    except ValueError as exc:  # JSONRefused
        raise JournalRefused(f"it is not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or set(doc) != {"format", "version", "aside", "files"}:
        raise JournalRefused("it does not have the journal's fields")
    if doc["format"] != FORMAT or doc["version"] != VERSION:
        raise JournalRefused("it is not a version 1 import journal")
    aside, files = doc["aside"], doc["files"]
    if not isinstance(aside, str) or not _ASIDE.fullmatch(aside):
        raise JournalRefused(f"its copy {aside!r} is not a before-import folder of backups")
    if not isinstance(files, list) or not all(
            isinstance(f, str) and _DATA_FILE.fullmatch(f) for f in files):
        raise JournalRefused("its list of files names something that is not a data file")
    if len(set(files)) != len(files):
        raise JournalRefused("its list of files names a file twice")
    journal = Journal(aside, tuple(files))
    _check_copy(data_dir, journal)
    return journal


def _check_copy(data_dir: Path, journal: Journal) -> None:
    """Every listed file has its copy, a regular file inside the data folder's backups."""
    backups = (data_dir / BACKUPS_DIR).resolve()
    aside = data_dir / journal.aside
    if not aside.resolve().is_relative_to(backups) or not aside.is_dir():
        raise JournalRefused(f"its copy {journal.aside} is missing or outside the backups")
    for rel in journal.files:
        copy = aside / rel
        try:
            regular = stat.S_ISREG(copy.lstat().st_mode)
        except FileNotFoundError:
            regular = False
        if not regular or not copy.resolve().is_relative_to(backups):
            raise JournalRefused(f"the copy of {rel} is missing from {journal.aside}")


def roll_back(data_dir: Path, journal: Journal) -> None:
    """Put the data folder back as the journal's copy holds it, then remove the journal.

    Each step can be done again after a crash: files the import created are removed first
    (which also frees room on a full disk), then each listed file differing from its copy
    is replaced by it atomically. The store's files must be closed.
    """
    listed = set(journal.files)
    for rel in data_files(data_dir):
        if rel not in listed:
            (data_dir / rel).unlink()
    for part in PARTITIONS:
        if (data_dir / part).is_dir():
            fsync_dir(data_dir / part)
    aside = data_dir / journal.aside
    for rel in journal.files:
        target = data_dir / rel
        if not _same_bytes(aside / rel, target):
            copy_file_atomically(aside / rel, target)
    remove_journal(data_dir)
    log.info("an interrupted import was rolled back from %s", aside)


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return os.path.getsize(a) == os.path.getsize(b) and a.read_bytes() == b.read_bytes()
    except FileNotFoundError:
        return False


def set_journal_aside(data_dir: Path, stamp: str) -> Path:
    """Keep a journal that cannot be followed where it no longer stops anything (never
    deleted: it is evidence of what happened)."""
    kept = data_dir / f"{JOURNAL_FILE}.refused-{stamp}"
    os.replace(journal_path(data_dir), kept)
    fsync_dir(data_dir)
    return kept
