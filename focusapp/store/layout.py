"""Where each kind of data lives inside the data folder."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

MAIN_FILE = "focusapp.json"  # meta, settings, roles, days, reviews, the instruments' tables
RUNTIME_FILE = "runtime.json"  # crash-recovery facts, written often while a block runs
LOCK_FILE = "focusapp.lock"
BLOCKS_DIR = "blocks"  # blocks/YYYY-MM.json, by the month of the block's local start
DISTRACTIONS_DIR = "distractions"  # distractions/YYYY-MM.json, by the month of the event
LEADS_DIR = "leads"  # leads/YYYY-MM.json, by the month of the lead's arrival
BACKUPS_DIR = "backups"  # backups/YYYY-MM-DD/<relative path>

PARTITIONS = (BLOCKS_DIR, DISTRACTIONS_DIR, LEADS_DIR)

_MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.json$")


def month_key(instant: datetime) -> str:
    """'2026-11' for an instant whose local wall-clock date (in its own offset) is in Nov 2026.

    The wall date, not the day-start-shifted day: a month file never depends on a setting.
    """
    wall = instant.replace(tzinfo=None)
    return f"{wall.year:04d}-{wall.month:02d}"


def month_of_day(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_file(folder: Path, month: str) -> Path:
    return folder / f"{month}.json"


def months_in(folder: Path) -> list[str]:
    """Month keys of the month files in `folder`, oldest first (asked at every review and
    every Today: a scan with no stat per file, as the entries' types come with it)."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for entry in entries:
        match = _MONTH_FILE.match(entry.name)
        if match and 1 <= int(match.group(2)) <= 12 and entry.is_file():
            found.append(f"{match.group(1)}-{match.group(2)}")
    return sorted(found)


def months_between(first: str, last: str) -> list[str]:
    """Month keys from `first` to `last`, both included."""
    year, month = int(first[:4]), int(first[5:])
    end = (int(last[:4]), int(last[5:]))
    result = []
    while (year, month) <= end:
        result.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return result


def data_files(data_dir: Path) -> list[str]:
    """Relative paths (with '/') of every data file that is backed up: main file and months."""
    files = [MAIN_FILE] if (data_dir / MAIN_FILE).is_file() else []
    for part in PARTITIONS:
        files += [f"{part}/{m}.json" for m in months_in(data_dir / part)]
    return files
