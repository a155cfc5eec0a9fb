"""Daily rotated backups (SPEC §12: keep 14).

``backups/YYYY-MM-DD/<relative path>`` holds the content a data file had when that local
day began for the app: the file is copied at open, or just before its first write of the
day, whenever it differs from its newest backup copy. A day's folder therefore holds only
the files that changed; a file's state on a day is its newest copy on or before that day.

A copy keeps the live file's mtime, so "unchanged since its newest backup" is a cheap stat
comparison. The store uses it at open: a file whose size and mtime match its newest copy was
validated when copied and is not parsed again; only files changed since are checked.

Pruning keeps the 14 newest day folders. The newest copy of a file that still exists is
never dropped: when it sits in a folder being pruned, it moves into the oldest kept folder
(its content is still the file's content on that day, or it would have a newer copy).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from focusapp.store.atomic import Tables, atomic_write_bytes, fsync_dir, parse_tables
from focusapp.store.layout import BACKUPS_DIR

KEEP_DAYS = 14

_DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _same_content_stamp(a: os.stat_result, b: os.stat_result) -> bool:
    return a.st_size == b.st_size and a.st_mtime_ns == b.st_mtime_ns


def copy_file_atomically(source: Path, target: Path, stat: os.stat_result | None = None) -> None:
    """Copy `source` to `target` atomically, giving the copy the source's mtime."""
    target.parent.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    stat = stat or source.stat()
    atomic_write_bytes(target, data)
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))


class Backups:
    def __init__(self, data_dir: Path, *, today: Callable[[], date], keep: int = KEEP_DAYS) -> None:
        if keep < 1:
            raise ValueError("keep at least one day of backups")
        self.data_dir = data_dir
        self.root = data_dir / BACKUPS_DIR
        self.keep = keep
        self._today = today
        self._checked: set[tuple[date, str]] = set()

    # ---- reading ----------------------------------------------------------------------

    def folders(self) -> list[tuple[date, Path]]:
        """Day folders, oldest first."""
        if not self.root.is_dir():
            return []
        found = []
        for entry in self.root.iterdir():
            if _DAY_FOLDER.match(entry.name) and entry.is_dir():
                try:
                    found.append((date.fromisoformat(entry.name), entry))
                except ValueError:
                    continue
        return sorted(found)

    def days(self) -> list[date]:
        return [day for day, _ in self.folders()]

    def copies(self, rel: str, *, on_or_before: date | None = None) -> list[tuple[date, Path]]:
        """Backup copies of the data file `rel`, newest first."""
        result = []
        for day, folder in reversed(self.folders()):
            if on_or_before is not None and day > on_or_before:
                continue
            copy = folder / rel
            if copy.is_file():
                result.append((day, copy))
        return result

    def newest_good(self, rel: str) -> tuple[date, Path, Tables] | None:
        """The newest copy of `rel` that parses and has TinyDB's shape."""
        for day, copy in self.copies(rel):
            try:
                return day, copy, parse_tables(copy.read_bytes())
            except (OSError, ValueError):
                continue
        return None

    def unchanged_since_backup(self, rel: str) -> bool:
        """True when the live file has the size and mtime of its newest copy."""
        live = self.data_dir / rel
        copies = self.copies(rel)
        if not copies:
            return False
        try:
            return _same_content_stamp(live.stat(), copies[0][1].stat())
        except OSError:
            return False

    # ---- writing ----------------------------------------------------------------------

    def snapshot(self, rel: str) -> bool:
        """Copy the live file `rel` into today's folder unless already preserved; True if copied.

        The caller vouches that the live content is good (validated, or written by the store).
        """
        live = self.data_dir / rel
        try:
            live_stat = live.stat()
        except FileNotFoundError:
            return False
        today_folder = self.root / self._today().isoformat()
        if (today_folder / rel).exists():
            return False
        copies = self.copies(rel)
        if copies and _same_content_stamp(live_stat, copies[0][1].stat()):
            return False
        new_folder = not today_folder.exists()
        copy_file_atomically(live, today_folder / rel, live_stat)
        if new_folder:
            fsync_dir(self.root)
            self.prune()
        return True

    def before_write(self, path: Path) -> None:
        """Storage hook: the first write of a local day to a file first preserves its content."""
        rel = path.relative_to(self.data_dir).as_posix()
        key = (self._today(), rel)
        if key in self._checked:
            return
        self.snapshot(rel)
        self._checked.add(key)

    def prune(self) -> list[date]:
        """Keep the `keep` newest day folders; return the days removed."""
        folders = self.folders()
        if len(folders) <= self.keep:
            return []
        kept, dropped = folders[-self.keep :], folders[: -self.keep]
        oldest_kept = kept[0][1]
        kept_files = {
            p.relative_to(folder).as_posix()
            for _, folder in kept
            for p in folder.rglob("*")
            if p.is_file()
        }
        for _, folder in reversed(dropped):  # newest dropped first: its copies win
            for copy in sorted(p for p in folder.rglob("*") if p.is_file()):
                rel = copy.relative_to(folder).as_posix()
                if rel in kept_files or not (self.data_dir / rel).is_file():
                    continue
                target = oldest_kept / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(copy, target)
                fsync_dir(target.parent)
                kept_files.add(rel)
            shutil.rmtree(folder)
        return [day for day, _ in dropped]

    def view(self, day: date) -> dict[str, Path]:
        """The backup copy of every file as it was on `day` (newest copy on or before it)."""
        result: dict[str, Path] = {}
        for folder_day, folder in self.folders():
            if folder_day > day:
                break
            for copy in folder.rglob("*"):
                if copy.is_file() and not copy.name.startswith("."):
                    result[copy.relative_to(folder).as_posix()] = copy
        return result
