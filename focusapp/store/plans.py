"""What the user answered to the day's proposals (core/planner.py): the ones accepted, with
their times, and the keys of the ones skipped, so neither is proposed again that day.

Kept in `runtime.json` under one entry for the current day only: a plan is a note for
today, not history (it is neither exported nor backed up); the first answer of a new day
replaces the day before's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from focusapp.core.planner import Kind, Proposal
from focusapp.store.repos import RuntimeRepo

PLAN_KEY = "plan"


@dataclass(frozen=True)
class Decisions:
    accepted: tuple[Proposal, ...] = ()
    skipped: frozenset[str] = frozenset()


class PlanDecisions:
    def __init__(self, runtime: RuntimeRepo) -> None:
        self._runtime = runtime

    def of_day(self, day: date) -> Decisions:
        entry = self._entry(day)
        try:
            accepted = tuple(_decode(p) for p in entry["accepted"])
        except (KeyError, TypeError, ValueError):
            accepted = ()  # written by a version that no longer reads it: proposed again
        return Decisions(accepted, frozenset(str(k) for k in entry["skipped"]))

    def accept(self, day: date, proposal: Proposal) -> None:
        entry = self._entry(day)
        entry["accepted"] = [*entry["accepted"], _encode(proposal)]
        self._runtime.set(PLAN_KEY, entry)

    def skip(self, day: date, key: str) -> None:
        entry = self._entry(day)
        entry["skipped"] = [*entry["skipped"], key]
        entry["accepted"] = [p for p in entry["accepted"] if p.get("key") != key]
        self._runtime.set(PLAN_KEY, entry)

    def _entry(self, day: date) -> dict[str, Any]:
        entry = self._runtime.get(PLAN_KEY)
        if not isinstance(entry, dict) or entry.get("day") != day.isoformat() or not \
                isinstance(entry.get("accepted"), list) or not \
                isinstance(entry.get("skipped"), list):
            return {"day": day.isoformat(), "accepted": [], "skipped": []}
        return entry


def _encode(proposal: Proposal) -> dict[str, Any]:
    return {"key": proposal.key, "kind": proposal.kind.value,
            "start": proposal.start.isoformat(), "end": proposal.end.isoformat(),
            "role": proposal.role, "activity": proposal.activity, "meeting": proposal.meeting}


def _decode(record: dict[str, Any]) -> Proposal:
    return Proposal(str(record["key"]), Kind(record["kind"]),
                    datetime.fromisoformat(record["start"]),
                    datetime.fromisoformat(record["end"]), str(record["role"]),
                    record["activity"], str(record.get("meeting", "")))
