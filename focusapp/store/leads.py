"""Inbound leads on disk: leads/YYYY-MM.json, by the month of their arrival (schema 3).

An inbound qualifier's 20 leads a day are 25,000 after five years; decoding them all took
0.2 s before the first paint. What a start needs is the leads still waiting (their clocks)
and the few that count for today, so each month file has a derived note beside it,
leads/YYYY-MM.waiting.json, naming the month file's size and CRC-32 and the ids of its
leads still waiting: a start checks the notes (reading the month files' bytes, a few
milliseconds) and decodes only the months that hold a waiting lead. A note that is missing,
stale or unreadable is made again from its month, silently; one that cannot be written (a
read-only folder) costs that month's decoding at the next start, nothing else. The notes
are not data files (`layout.months_in`): never backed up, exported or imported.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from focusapp.core.leads import Lead
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.codec import decode_lead, encode_lead
from focusapp.store.layout import month_key, month_of_day, months_between
from focusapp.store.monthly import MonthlyRecords
from focusapp.store.months import MonthFiles
from focusapp.store.summaries import checksum

log = logging.getLogger(__name__)

TABLE = "leads"
NOTE_SUFFIX = ".waiting.json"
NOTE_FORMAT = 1


def _lead_key(lead: Lead) -> str:
    return lead.id


def _lead_month(lead: Lead) -> str:
    return month_key(lead.at)


class LeadsRepo:
    """Leads and their first touch, one document per lead, by id."""

    def __init__(self, files: MonthFiles, problems: list[str]) -> None:
        self._records = MonthlyRecords[str, Lead](
            files, encode=encode_lead, decode=decode_lead, key=_lead_key, month=_lead_month,
            problems=problems,
        )

    def save(self, lead: Lead) -> None:
        self._records.put(lead)

    def save_many(self, leads: list[Lead]) -> None:
        """Upsert by id: importing the same file twice counts each lead once."""
        self._records.put_many(leads)

    def all(self) -> list[Lead]:
        return _in_order(self._records.values())

    def arrived_between(self, first: date, last: date) -> list[Lead]:
        """The leads that came in from `first` to `last` (the dates of their own wall
        clocks, as their month files go), reading those months alone."""
        months = months_between(month_of_day(first), month_of_day(last))
        return _in_order(lead for lead in self._records.in_months(months)
                         if first <= lead.at.date() <= last)

    def waiting(self) -> list[Lead]:
        """The leads neither touched nor set aside, decoding only the months that hold one."""
        months = [month for month in self._records.files.months() if self._waiting_ids(month)]
        return _in_order(lead for lead in self._records.in_months(months) if lead.is_waiting)

    def _waiting_ids(self, month: str) -> frozenset[str]:
        files = self._records.files
        note, source = _note_of(files.path(month)), checksum(files.path(month))
        found = _read_note(note, source)
        if found is None:
            found = frozenset(key for key, (_, lead) in self._records.month(month).items()
                              if lead.is_waiting)
            _write_note(note, source, found)
        return found


def _in_order(leads: Iterable[Lead]) -> list[Lead]:
    return sorted(leads, key=lambda lead: (lead.at, lead.id))


def _note_of(month_file: Path) -> Path:
    return month_file.with_name(month_file.stem + NOTE_SUFFIX)


def _read_note(path: Path, source: str | None) -> frozenset[str] | None:
    """The waiting ids of a note made from `source`; None if missing, stale or unreadable."""
    if source is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if (data["format"], data["source"]) != (NOTE_FORMAT, source):
            return None
        ids = data["waiting"]
        if type(ids) is not list or not all(type(i) is str for i in ids):
            raise ValueError("the waiting ids are not a list of text")
        return frozenset(ids)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.info("the note %s is made again: %s", path.name, exc)
        return None


def _write_note(path: Path, source: str | None, ids: frozenset[str]) -> None:
    if source is None:
        return
    data = {"format": NOTE_FORMAT, "source": source, "waiting": sorted(ids)}
    try:
        atomic_write_bytes(path, json.dumps(data).encode("utf-8"))
    except OSError as exc:  # a read-only folder or a full disk: made again next time
        log.info("the note %s was not written: %s", path.name, exc)
