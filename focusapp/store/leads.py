"""Inbound leads on disk: leads/YYYY-MM.json, by the month of their arrival (schema 3).

An inbound qualifier's 20 leads a day are 25,000 after five years; decoding them all took
0.2 s before the first paint. What a start needs is the leads still waiting (their clocks)
and the few that count for today, so each month file has a derived note beside it,
leads/YYYY-MM.waiting.json, naming the month file's size and CRC-32 and the ids of its
leads still waiting: a start checks the notes (reading the month files' bytes, a few
milliseconds) and decodes only the months that hold a waiting lead. A note that is missing,
stale or unreadable is made again from its month, silently; one that cannot be written (a
read-only folder) costs that month's decoding at the next start, nothing else (derived.py,
as for the blocks' summaries): never backed up, exported or imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from focusapp.core.leads import Lead
from focusapp.store.codec import decode_lead, encode_lead
from focusapp.store.derived import Stamp, checksum, read_derived, text_ids, write_derived
from focusapp.store.layout import month_key, month_of_day, months_between
from focusapp.store.monthly import MonthlyRecords
from focusapp.store.months import MonthFiles

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
        note, stamp = _note_of(files.path(month)), _note_stamp(checksum(files.path(month)))
        found = read_derived(note, stamp, lambda data: text_ids(data["waiting"], "waiting ids"))
        if found is None:
            found = frozenset(key for key, (_, lead) in self._records.month(month).items()
                              if lead.is_waiting)
            write_derived(note, stamp, {"waiting": sorted(found)})
        return found


def _in_order(leads: Iterable[Lead]) -> list[Lead]:
    return sorted(leads, key=lambda lead: (lead.at, lead.id))


def _note_of(month_file: Path) -> Path:
    return month_file.with_name(month_file.stem + NOTE_SUFFIX)


def _note_stamp(source: str | None) -> Stamp:
    return {"format": NOTE_FORMAT, "source": source}
