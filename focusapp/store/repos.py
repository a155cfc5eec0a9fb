"""Repositories of the main file (settings, roles, days, reviews) and of runtime.json."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from tinydb import TinyDB

from focusapp.core.days import IsoWeek
from focusapp.core.handoffs import Handoff
from focusapp.core.models import Day, Reflections, Settings, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.roles import RoleConfig, default_role_configs
from focusapp.store.checkpoint import Checkpoint, decode_checkpoint, encode_checkpoint
from focusapp.store.codec import (
    RecordError,
    decode_day,
    decode_handoff,
    decode_next_step,
    decode_reflections,
    decode_role,
    decode_settings,
    decode_tally,
    encode_day,
    encode_handoff,
    encode_next_step,
    encode_reflections,
    encode_role,
    encode_settings,
    encode_tally,
)
from focusapp.store.tables import KeyedTable, put

log = logging.getLogger(__name__)

SINGLE_DOC_ID = 1


class SettingsRepo:
    """The one settings document (table `settings`)."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._db = db
        self._problems = problems
        self._cached: Settings | None = None

    def get(self) -> Settings:
        if self._cached is None:
            doc = self._db.table("settings").get(doc_id=SINGLE_DOC_ID)
            settings, dropped = decode_settings(doc if isinstance(doc, Mapping) else None)
            for name in dropped:
                self._problems.append(f"settings: '{name}' was not valid; using its default")
                log.warning("setting %s was not valid; using its default", name)
            self._cached = settings
        return self._cached

    def save(self, settings: Settings) -> None:
        settings.validate()
        put(self._db.table("settings"), SINGLE_DOC_ID, encode_settings(settings))
        self._cached = settings


class RolesRepo:
    """Every role's configuration, in order, as one document (one write saves them all)."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._db = db
        self._problems = problems
        self._cached: tuple[RoleConfig, ...] | None = None

    def get(self) -> tuple[RoleConfig, ...]:
        """The stored roles, or the defaults (none enabled) before the first-run wizard."""
        if self._cached is None:
            doc = self._db.table("roles").get(doc_id=SINGLE_DOC_ID)
            stored = doc.get("roles") if isinstance(doc, Mapping) else None
            configs: list[RoleConfig] = []
            for item in stored if isinstance(stored, list) else []:
                try:
                    configs.append(decode_role(item))
                except RecordError as exc:
                    self._problems.append(f"roles: {exc}")
                    log.warning("skipped a stored role: %s", exc)
            self._cached = tuple(configs) if configs else default_role_configs()
        return self._cached

    def save(self, configs: tuple[RoleConfig, ...]) -> None:
        doc = {"roles": [encode_role(c) for c in configs]}
        put(self._db.table("roles"), SINGLE_DOC_ID, doc)
        self._cached = tuple(configs)


def _day_key(day: Day) -> date:
    return day.day


class DaysRepo:
    """One document per local day (table `days`), upserted by date."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[date, Day](
            db, "days", encode=encode_day, decode=decode_day, key=_day_key, problems=problems
        )

    def get(self, day: date) -> Day | None:
        return self._table.get(day)

    def save(self, day: Day) -> None:
        self._table.put(day)

    def save_many(self, days: list[Day]) -> None:
        """Upsert many days by date with at most two writes of the main file (an import)."""
        self._table.put_many(days)

    def between(self, first: date, last: date) -> list[Day]:
        """Days from `first` to `last` (both included), oldest first."""
        return sorted((d for d in self._table.values() if first <= d.day <= last),
                      key=_day_key)

    def all(self) -> list[Day]:
        return sorted(self._table.values(), key=_day_key)


def _tally_key(tally: Tally) -> tuple[date, str, str]:
    return tally.key


class TalliesRepo:
    """What was counted between blocks (table `tallies`): one document per day, role and
    activity, so a day of dials is one small document, not one per dial."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[tuple[date, str, str], Tally](
            db, "tallies", encode=encode_tally, decode=decode_tally, key=_tally_key,
            problems=problems,
        )

    def get(self, day: date, role: str, activity: str) -> Tally | None:
        return self._table.get((day, role, activity))

    def save(self, tally: Tally) -> None:
        self._table.put(tally)

    def save_many(self, tallies: list[Tally]) -> None:
        """Upsert by (day, role, activity): importing the same file twice counts once."""
        self._table.put_many(tallies)

    def all(self) -> list[Tally]:
        return sorted(self._table.values(), key=_tally_key)


def _handoff_key(handoff: Handoff) -> str:
    return handoff.id


class HandoffsRepo:
    """Handoffs between roles (table `handoffs`), one document per handoff, by id."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, Handoff](
            db, "handoffs", encode=encode_handoff, decode=decode_handoff, key=_handoff_key,
            problems=problems,
        )

    def save(self, handoff: Handoff) -> None:
        self._table.put(handoff)

    def save_many(self, handoffs: list[Handoff]) -> None:
        """Upsert by id: importing the same file twice counts each handoff once."""
        self._table.put_many(handoffs)

    def all(self) -> list[Handoff]:
        return sorted(self._table.values(), key=lambda h: (h.at, h.id))


class NextStepsRepo:
    """Field Sales' dated next steps (table `next_steps`), one per meeting block, by its id.
    A table of the main file: older stores simply have none yet (no migration)."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, NextStep](
            db, "next_steps", encode=encode_next_step, decode=decode_next_step,
            key=_step_key, problems=problems,
        )

    def save(self, step: NextStep) -> None:
        self._table.put(step)

    def save_many(self, steps: list[NextStep]) -> None:
        self._table.put_many(steps)

    def all(self) -> list[NextStep]:
        return sorted(self._table.values(), key=lambda step: (step.noted_at, step.block_id))


def _step_key(step: NextStep) -> str:
    return step.block_id


def _week_key(reflections: Reflections) -> IsoWeek:
    return reflections.week


class ReviewsRepo:
    """Weekly review reflections (table `reviews`), one document per ISO week."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[IsoWeek, Reflections](
            db, "reviews", encode=encode_reflections, decode=decode_reflections,
            key=_week_key, problems=problems,
        )

    def get(self, week: IsoWeek) -> Reflections | None:
        return self._table.get(week)

    def save(self, reflections: Reflections) -> None:
        self._table.put(reflections)

    def save_many(self, reviews: list[Reflections]) -> None:
        """Upsert many weeks' reflections with at most two writes (an import)."""
        self._table.put_many(reviews)

    def all(self) -> list[Reflections]:
        return sorted(self._table.values(), key=_week_key)


# ---- runtime.json ---------------------------------------------------------------------

CHECKPOINT = "checkpoint"


def _encode_entry(entry: tuple[str, Any]) -> dict[str, Any]:
    return {"key": entry[0], "value": entry[1]}


def _decode_entry(doc: Mapping[str, Any]) -> tuple[str, Any]:
    key = doc.get("key")
    if not isinstance(key, str):
        raise RecordError(f"runtime entry without a key: {dict(doc)!r}")
    return key, doc.get("value")


def _entry_key(entry: tuple[str, Any]) -> str:
    return entry[0]


class RuntimeRepo:
    """Crash-recovery facts in their own small file, so frequent writes stay cheap.

    Values are anything JSON can hold. The running block's checkpoint is the entry
    'checkpoint' (a `Checkpoint`, see checkpoint.py); services keep other facts (e.g. what
    blocking is active) under their keys.
    """

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._problems = problems
        self._table = KeyedTable[str, tuple[str, Any]](
            db, "runtime", encode=_encode_entry, decode=_decode_entry, key=_entry_key,
            problems=problems,
        )

    def get(self, key: str) -> Any:
        """The value stored under `key` (a copy: changing it changes nothing stored)."""
        entry = self._table.get(key)
        return None if entry is None else copy.deepcopy(entry[1])

    def set(self, key: str, value: Any) -> None:
        """Store a JSON value durably; raises TypeError/ValueError before writing if it is not."""
        plain = json.loads(json.dumps(value, allow_nan=False))  # a private, JSON-only copy
        self._table.put((key, plain))

    def delete(self, key: str) -> None:
        self._table.remove(key)

    def get_checkpoint(self) -> Checkpoint | None:
        """The running block saved last, or None; one that cannot be read is reported in
        the store's problems and skipped (a start-up must not fail on it)."""
        value = self.get(CHECKPOINT)
        if value is None:
            return None
        try:
            return decode_checkpoint(value)
        except RecordError as exc:
            self._problems.append(f"runtime.json: {exc}")
            log.warning("skipped the running block's checkpoint: %s", exc)
            return None

    def set_checkpoint(self, checkpoint: Checkpoint) -> None:
        self.set(CHECKPOINT, encode_checkpoint(checkpoint))

    def clear_checkpoint(self) -> None:
        self.delete(CHECKPOINT)
