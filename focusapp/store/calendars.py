"""The user's calendars: where each is, which addresses are the user's, when it was last read,
and the copy last read, kept for offline use.

    calendars.json          the list and the refresh interval
    calendars/<id>.ics      the copy of each calendar last read successfully

Its own small file, not a TinyDB table: a calendar is a pointer to somebody else's data, not
the user's history, so it is neither exported nor backed up, and deleting the folder
`calendars/` only costs a download. Writes are atomic like every other of the store.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from focusapp.core.errors import CodedError, Problem, ValidationError
from focusapp.store.atomic import atomic_write_bytes

BOOK_FILE = "calendars.json"
CACHE_DIR = "calendars"
DEFAULT_REFRESH_MINUTES = 15
REFRESH_RANGE = (5, 24 * 60)


@dataclass(frozen=True)
class CalendarSource:
    id: str
    name: str  # what the user calls it: the file's name or the address's host and file
    location: str  # an absolute file path or an http(s) address (core.calendar.normal_location)
    me: tuple[str, ...] = ()  # the user's addresses among the attendees
    refreshed: datetime | None = None  # the last successful read
    problem: Problem | None = None  # why the last read failed, if it did

    @property
    def is_file(self) -> bool:
        return not self.location.lower().startswith(("http://", "https://"))


class CalendarBook:
    """`calendars.json` and the cached copies, in one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / BOOK_FILE
        self.cache_dir = data_dir / CACHE_DIR

    def sources(self) -> tuple[CalendarSource, ...]:
        return tuple(source_from_record(entry) for entry in self._load().get("sources", []))

    def refresh_minutes(self) -> int:
        return int(self._load().get("refresh_minutes", DEFAULT_REFRESH_MINUTES))

    def set_refresh_minutes(self, minutes: int) -> None:
        low, high = REFRESH_RANGE
        if not low <= minutes <= high:
            raise ValidationError("setting.range", "refresh interval out of range", low=low,
                             high=high, value=minutes)
        self._save(self.sources(), minutes)

    def add(self, name: str, location: str, me: tuple[str, ...]) -> CalendarSource:
        if any(s.location == location for s in self.sources()):
            raise CodedError("calendar.duplicate", "already added", value=location)
        source = CalendarSource(secrets.token_hex(4), name, location, me)
        self._save((*self.sources(), source), self.refresh_minutes())
        return source

    def find(self, key: str) -> CalendarSource:
        """By its number in the list (from 1), its name or its id."""
        sources = self.sources()
        if key.isdigit() and 1 <= int(key) <= len(sources):
            return sources[int(key) - 1]
        for source in sources:
            if key in (source.id, source.name) or key.casefold() == source.name.casefold():
                return source
        raise CodedError("calendar.unknown", "no such calendar", value=key)

    def remove(self, key: str) -> CalendarSource:
        source = self.find(key)
        self._save(tuple(s for s in self.sources() if s.id != source.id), self.refresh_minutes())
        self.cache_path(source.id).unlink(missing_ok=True)
        return source

    def cache_path(self, source_id: str) -> Path:
        return self.cache_dir / f"{source_id}.ics"

    def cached(self, source_id: str) -> bytes | None:
        try:
            return self.cache_path(source_id).read_bytes()
        except FileNotFoundError:
            return None

    def record_read(self, source_id: str, when: datetime, data: bytes,
                    problem: Problem | None = None) -> None:
        """A successful read: its copy kept (first, so the list never names a copy that is
        not there), its time, and what had to be left out of it (`problem`), if anything."""
        if not self._has(source_id):
            return  # removed while it was being read
        self.cache_dir.mkdir(exist_ok=True)
        atomic_write_bytes(self.cache_path(source_id), data)
        self._update(source_id, refreshed=when, problem=problem)

    def record_problem(self, source_id: str, problem: Problem) -> None:
        """A failed read: the copy read before stays in use."""
        if self._has(source_id):
            self._update(source_id, problem=problem)

    def _has(self, source_id: str) -> bool:
        return any(s.id == source_id for s in self.sources())

    def _update(self, source_id: str, **changes: Any) -> None:
        sources = tuple(replace(s, **changes) if s.id == source_id else s
                        for s in self.sources())
        self._save(sources, self.refresh_minutes())

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise CodedError("calendar.book_damaged", f"{self.path}: {error}",
                             path=str(self.path)) from error
        if not isinstance(data, dict):
            raise CodedError("calendar.book_damaged", f"{self.path}: not an object",
                             path=str(self.path))
        return data

    def _save(self, sources: tuple[CalendarSource, ...], minutes: int) -> None:
        data = {"refresh_minutes": minutes, "sources": [source_record(s) for s in sources]}
        atomic_write_bytes(self.path, json.dumps(data, indent=2, ensure_ascii=False)
                           .encode("utf-8"))


def source_record(source: CalendarSource) -> dict[str, Any]:
    """Its JSON form: in `calendars.json`, and in the command protocol's answers."""
    problem = source.problem
    return {"id": source.id, "name": source.name, "location": source.location,
            "me": list(source.me),
            "refreshed": source.refreshed.isoformat() if source.refreshed else None,
            "problem": ({"code": problem.code, "params": dict(problem.params),
                         "message": problem.message} if problem else None)}


def source_from_record(entry: dict[str, Any]) -> CalendarSource:
    problem = entry.get("problem")
    refreshed = entry.get("refreshed")
    return CalendarSource(
        str(entry["id"]), str(entry["name"]), str(entry["location"]),
        tuple(str(a) for a in entry.get("me", ())),
        datetime.fromisoformat(refreshed) if refreshed else None,
        Problem(str(problem["code"]), dict(problem.get("params", {})),
                str(problem.get("message", ""))) if problem else None)
