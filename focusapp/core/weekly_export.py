"""The weekly export to a folder a manager reads: which week is due, and its file's name.

Pure: the service (`services/weekly_export.py`) gives the clock's instant, the day start and
the last week it exported; the store writes the file.

A week is exported once it is over: from the start of the Monday after it (at the day
start, so a late Sunday evening still belongs to it). Only the last finished week is due:
each export holds all the data, so after two weeks away one file says everything, and a
week already exported (or a later one: the clock was set back) is never exported again.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time

from focusapp.core.days import IsoWeek, local_day

SLUG_LIMIT = 40  # a name stays readable in a file list, and far from path limits
PROFILE_CHARS = 8  # enough to tell two reps with one name apart


def week_to_export(last: IsoWeek | None, now: datetime, day_start: time) -> IsoWeek | None:
    """The finished week to export at `now`, or None when it was exported already."""
    finished = IsoWeek.of(local_day(now, day_start)).shifted(-1)
    if last is not None and last >= finished:
        return None
    return finished


def slug(name: str) -> str:
    """`name` as a file name part every synced drive takes: ASCII letters and digits joined
    by hyphens ('Zoë Martin-Dupré' -> 'zoe-martin-dupre'); 'rep' when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:SLUG_LIMIT].rstrip("-") or "rep"


def export_file_name(name: str, profile: str, week: IsoWeek) -> str:
    """One rep's file for one week, so a shared folder holds many side by side:
    ``focusapp-<name>-<profile id's start>-<week>.json``."""
    return f"focusapp-{slug(name)}-{profile[:PROFILE_CHARS]}-{week}.json"
