"""Core models to plain JSON documents and back.

Instants are ISO 8601 strings with the UTC offset in force (``datetime.isoformat()``) and
come back with ``fromisoformat``, so a block keeps the offset it was recorded in and its
local day never moves. Dates are ``YYYY-MM-DD``, weeks ``YYYY-Www``, enums their value.

Decoders check types and raise `RecordError` with the field at fault, so a hand-edited
record that is wrong is reported, not half-loaded.

Here: the primitives, days, settings, roles and weekly reflections; blocks, with their
fast decoder, are in `block_codec`.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from focusapp.core.accounts import DEFAULT_COLD_WEEKS
from focusapp.core.days import DayOff, IsoWeek
from focusapp.core.handoffs import (
    DEFAULT_AGREED_HOURS,
    DEFAULT_CHECKLIST,
    Handoff,
    HandoffStatus,
)
from focusapp.core.leads import DEFAULT_LEAD_MINUTES, Lead
from focusapp.core.models import Day, OneThingStatus, Reflections, Settings, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.roles import Activity, DailyTarget, RoleConfig, RoleId
from focusapp.core.schedule import RunOutcome, ScheduledBlock, ScheduledRun

Doc = dict[str, Any]


class RecordError(ValueError):
    """A stored document cannot be turned back into a model."""


# ---- primitives -----------------------------------------------------------------------


_MISSING: Any = object()

# A JSON object, as `isinstance` tests it for each of the thousands of records of an import:
# a dict first, as the abstract Mapping test alone costs twenty times more.
OBJECT = (dict, Mapping)


def typed[T](
    doc: Mapping[str, Any], key: str, kind: type[T], *, default: Any = _MISSING
) -> T:
    """`doc[key]` if it is exactly of `kind` (an int is accepted for a float)."""
    value = doc.get(key, _MISSING)
    if type(value) is kind:  # the common case, and the cheapest check (bool is not int)
        return value
    if value is _MISSING:
        if default is _MISSING:
            raise RecordError(f"'{key}' is missing")
        return typing.cast(T, default)
    if kind is float and type(value) is int:
        return typing.cast(T, float(value))
    if isinstance(value, kind) and not isinstance(value, bool):  # subclasses, e.g. Document
        return value
    raise RecordError(f"'{key}' should be {kind.__name__}, not {value!r}")


def optional[T](doc: Mapping[str, Any], key: str, kind: type[T]) -> T | None:
    value = doc.get(key)
    if value is None or type(value) is kind:
        return value
    return typed(doc, key, kind)


def encode_instant(instant: datetime) -> str:
    if instant.utcoffset() is None:
        raise ValueError(f"instant {instant!r} has no UTC offset; the store keeps offsets")
    return instant.isoformat()


def decode_instant(text: object) -> datetime:
    if not isinstance(text, str):
        raise RecordError(f"{text!r} is not an instant")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise RecordError(f"'{text}' is not an ISO 8601 instant") from None
    if value.tzinfo is None:  # fromisoformat gives a fixed offset or nothing
        raise RecordError(f"'{text}' has no UTC offset")
    return value


def decode_date(text: object) -> date:
    if not isinstance(text, str):
        raise RecordError(f"{text!r} is not a date")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RecordError(f"'{text}' is not a YYYY-MM-DD date") from None


def guarded[T](
    what: str, decode: Callable[[Mapping[str, Any]], T]
) -> Callable[[object], T]:
    """Wrap a decoder so any error becomes a RecordError naming the kind of record."""

    @functools.wraps(decode)
    def wrapper(doc: object) -> T:
        if not isinstance(doc, OBJECT):
            raise RecordError(f"{what}: {doc!r} is not an object")
        try:
            return decode(doc)
        except RecordError as exc:
            raise RecordError(f"{what}: {exc}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordError(f"{what}: {exc}") from None

    return wrapper


@functools.cache
def keys_of(model: type[Any]) -> frozenset[str]:
    """The keys of a model's document: one per dataclass field, named as the field.

    Every encoder, here and in `block_codec`, writes exactly these (tests/store/test_codec.py
    checks it), so the import's unknown-field check follows a model without a second list to
    keep in step.
    """
    return frozenset(f.name for f in fields(model))


# ---- days -----------------------------------------------------------------------------


def encode_day(day: Day) -> Doc:
    return {
        "day": day.day.isoformat(),
        "one_thing": day.one_thing,
        "role": day.role,
        "activity": day.activity,
        "status": None if day.status is None else day.status.value,
        "carried_from": None if day.carried_from is None else day.carried_from.isoformat(),
    }


def _decode_day(doc: Mapping[str, Any]) -> Day:
    status = optional(doc, "status", str)
    carried = doc.get("carried_from")
    return Day(
        day=decode_date(doc.get("day")),
        one_thing=optional(doc, "one_thing", str),
        role=optional(doc, "role", str),
        activity=optional(doc, "activity", str),
        status=None if status is None else OneThingStatus(status),
        carried_from=None if carried is None else decode_date(carried),
    )


decode_day = guarded("day", _decode_day)


def encode_tally(tally: Tally) -> Doc:
    return {"day": tally.day.isoformat(), "role": tally.role, "activity": tally.activity,
            "count": tally.count}


def _decode_tally(doc: Mapping[str, Any]) -> Tally:
    return Tally(day=decode_date(doc.get("day")), role=typed(doc, "role", str),
                 activity=typed(doc, "activity", str), count=typed(doc, "count", int))


decode_tally = guarded("tally", _decode_tally)


# ---- handoffs -------------------------------------------------------------------------


def encode_handoff(handoff: Handoff) -> Doc:
    return {
        "id": handoff.id,
        "at": encode_instant(handoff.at),
        "role": handoff.role,
        "to": handoff.to,
        "on_time": handoff.on_time,
        "checklist": list(handoff.checklist),
        "ticked": list(handoff.ticked),
        "status": handoff.status.value,
        "reason": handoff.reason,
        "block_id": handoff.block_id,
    }


def _strings(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    items = typed(doc, key, list)
    if not all(isinstance(item, str) for item in items):
        raise RecordError(f"'{key}' should be a list of texts")
    return tuple(items)


def _decode_handoff(doc: Mapping[str, Any]) -> Handoff:
    return Handoff(
        id=typed(doc, "id", str),
        at=decode_instant(doc.get("at")),
        role=typed(doc, "role", str),
        to=typed(doc, "to", str),
        on_time=typed(doc, "on_time", bool),
        checklist=_strings(doc, "checklist"),
        ticked=_strings(doc, "ticked"),
        status=HandoffStatus(typed(doc, "status", str)),
        reason=typed(doc, "reason", str, default=""),
        block_id=optional(doc, "block_id", str),
    )


decode_handoff = guarded("handoff", _decode_handoff)


# ---- leads ----------------------------------------------------------------------------


def encode_lead(lead: Lead) -> Doc:
    return {
        "id": lead.id,
        "at": encode_instant(lead.at),
        "role": lead.role,
        "target_minutes": lead.target_minutes,
        "name": lead.name,
        "touched_at": None if lead.touched_at is None else encode_instant(lead.touched_at),
        "warned": lead.warned,
        "dropped_at": None if lead.dropped_at is None else encode_instant(lead.dropped_at),
    }


def _decode_lead(doc: Mapping[str, Any]) -> Lead:
    touched, dropped = doc.get("touched_at"), doc.get("dropped_at")
    return Lead(
        id=typed(doc, "id", str),
        at=decode_instant(doc.get("at")),
        role=typed(doc, "role", str),
        target_minutes=typed(doc, "target_minutes", int),
        name=typed(doc, "name", str, default=""),
        touched_at=None if touched is None else decode_instant(touched),
        warned=typed(doc, "warned", bool, default=False),
        dropped_at=None if dropped is None else decode_instant(dropped),
    )


decode_lead = guarded("lead", _decode_lead)


def encode_next_step(step: NextStep) -> Doc:
    return {"block_id": step.block_id, "text": step.text, "due": step.due.isoformat(),
            "noted_at": encode_instant(step.noted_at)}


def _decode_next_step(doc: Mapping[str, Any]) -> NextStep:
    return NextStep(block_id=typed(doc, "block_id", str), text=typed(doc, "text", str),
                    due=date.fromisoformat(typed(doc, "due", str)),
                    noted_at=decode_instant(doc.get("noted_at")))


decode_next_step = guarded("next step", _decode_next_step)


# ---- settings -------------------------------------------------------------------------


@functools.cache
def _settings_types() -> dict[str, Any]:
    return typing.get_type_hints(Settings)


def _encode_value(value: Any) -> Any:
    if isinstance(value, DayOff):
        return {"first": value.first.isoformat(), "last": value.last.isoformat()}
    if isinstance(value, ScheduledBlock):
        return {"id": value.id, "name": value.name, "weekdays": list(value.weekdays),
                "at": value.at, "minutes": value.minutes, "role": value.role,
                "activity": value.activity, "strict": value.strict}
    if isinstance(value, tuple | list):
        return [_encode_value(v) for v in value]
    return value


def encode_settings(settings: Settings) -> Doc:
    return {f.name: _encode_value(getattr(settings, f.name)) for f in fields(settings)}


def _decode_value(kind: Any, value: Any) -> Any:
    if kind is DayOff:
        if not isinstance(value, Mapping):
            raise RecordError(f"{value!r} is not a day-off range")
        return DayOff(first=decode_date(value.get("first")), last=decode_date(value.get("last")))
    if kind is ScheduledBlock:
        return _decode_scheduled(value)
    if typing.get_origin(kind) is tuple:
        if not isinstance(value, list):
            raise RecordError(f"{value!r} is not a list")
        (item,) = {a for a in typing.get_args(kind) if a is not Ellipsis}
        return tuple(_decode_value(item, v) for v in value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise RecordError(f"{value!r} is not a {kind.__name__}")
    return value


_SCHEDULED_KEYS = frozenset({"id", "name", "weekdays", "at", "minutes", "role", "activity",
                             "strict"})


def _decode_scheduled(value: Any) -> ScheduledBlock:
    if not isinstance(value, Mapping) or not set(value) <= _SCHEDULED_KEYS:
        raise RecordError(f"{value!r} is not a scheduled block")
    weekdays = typed(value, "weekdays", list)
    if not all(type(day) is int for day in weekdays):
        raise RecordError(f"{weekdays!r} are not weekdays")
    return ScheduledBlock(id=typed(value, "id", str), name=typed(value, "name", str),
                          weekdays=tuple(weekdays), at=typed(value, "at", str),
                          minutes=typed(value, "minutes", int), role=typed(value, "role", str),
                          activity=optional(value, "activity", str),
                          strict=typed(value, "strict", bool, default=False))


def encode_run(run: ScheduledRun) -> Doc:
    return {"schedule_id": run.schedule_id, "name": run.name, "at": encode_instant(run.at),
            "outcome": run.outcome.value}


def _decode_run(doc: Mapping[str, Any]) -> ScheduledRun:
    return ScheduledRun(schedule_id=typed(doc, "schedule_id", str), name=typed(doc, "name", str),
                        at=decode_instant(doc.get("at")),
                        outcome=RunOutcome(typed(doc, "outcome", str)))


decode_run = guarded("scheduled run", _decode_run)


def decode_settings(doc: Mapping[str, Any] | None) -> tuple[Settings, list[str]]:
    """Settings from a stored document, and the names of the values that were dropped.

    Unknown keys are ignored; missing keys and values that no longer pass validation take
    the default, so one bad value never costs the user the rest of their settings.
    """
    decoded: dict[str, Any] = {}
    dropped: list[str] = []
    types = _settings_types()
    for f in fields(Settings):
        if doc is None or f.name not in doc:
            continue
        try:
            decoded[f.name] = _decode_value(types[f.name], doc[f.name])
        except (RecordError, ValueError, TypeError):
            dropped.append(f.name)
    try:
        # The usual case, checked once: every value passes (each launch reads the settings).
        return Settings(**decoded), dropped
    except (ValueError, TypeError):
        pass
    settings = Settings()  # one value or more does not: each one is tried on its own
    for name, value in decoded.items():
        try:
            settings = replace(settings, **{name: value})
        except (ValueError, TypeError):
            dropped.append(name)
    return settings, [f.name for f in fields(Settings) if f.name in dropped]


def check_settings(doc: Mapping[str, Any]) -> tuple[Settings, list[tuple[str, Exception]]]:
    """Strict decoding for an import: the settings as decoded, and every reason a value
    could not be (a coded one, a `ValidationError`, is worded by the UI), with the
    setting's name.

    Unlike `decode_settings`, nothing is silently defaulted: an unknown key or a value that
    does not pass validation is a reason (its setting keeps the default in the result, so
    the Settings window's rules can still be checked on the rest). Missing keys take their
    default.
    """
    settings = Settings()
    reasons: list[tuple[str, Exception]] = []
    types = _settings_types()
    known = {f.name for f in fields(Settings)}
    reasons += [(str(key), RecordError(f"unknown setting {key!r}")) for key in doc
                if key not in known]
    for f in fields(Settings):
        if f.name not in doc:
            continue
        try:
            value = _decode_value(types[f.name], doc[f.name])
            settings = replace(settings, **{f.name: value})
        except (RecordError, ValueError, TypeError) as exc:
            reasons.append((f.name, exc))
    return settings, reasons


# ---- roles ----------------------------------------------------------------------------


def encode_role(config: RoleConfig) -> Doc:
    return {
        "role": config.role.value,
        "enabled": config.enabled,
        "activities": [
            {"id": a.id, "metric": a.metric, "handoff": a.handoff, "key": a.key, "name": a.name}
            for a in config.activities
        ],
        "target": {"minutes": config.target.minutes, "count": config.target.count,
                   "per_metric": dict(config.target.per_metric)},
        "since": None if config.since is None else config.since.isoformat(),
        "checklist": list(config.checklist),
        "agreed_hours": config.agreed_hours,
        "cold_weeks": config.cold_weeks,
        "lead_minutes": config.lead_minutes,
    }


def _decode_activity(doc: Mapping[str, Any]) -> Activity:
    return Activity(
        id=typed(doc, "id", str),
        metric=optional(doc, "metric", str),
        handoff=typed(doc, "handoff", bool, default=False),
        key=typed(doc, "key", bool, default=True),
        name=optional(doc, "name", str),
    )


decode_activity = guarded("activity", _decode_activity)


def _decode_role(doc: Mapping[str, Any]) -> RoleConfig:
    target = typed(doc, "target", dict, default={})
    return RoleConfig(
        role=RoleId(typed(doc, "role", str)),
        enabled=typed(doc, "enabled", bool, default=True),
        activities=tuple(decode_activity(a) for a in typed(doc, "activities", list, default=[])),
        target=_decode_target(target) if target else DailyTarget(),
        since=None if doc.get("since") is None else decode_date(doc.get("since")),
        # Absent before a role's brief could be edited: the built-in one then.
        checklist=_strings(doc, "checklist") if "checklist" in doc else DEFAULT_CHECKLIST,
        agreed_hours=typed(doc, "agreed_hours", int, default=DEFAULT_AGREED_HOURS),
        cold_weeks=typed(doc, "cold_weeks", int, default=DEFAULT_COLD_WEEKS),  # before v3
        # Absent before speed-to-lead: the built-in target then.
        lead_minutes=typed(doc, "lead_minutes", int, default=DEFAULT_LEAD_MINUTES),
    )


def _decode_target(doc: Mapping[str, Any]) -> DailyTarget:
    """A role's daily target; a file from before per-metric targets has none."""
    per_metric = typed(doc, "per_metric", dict, default={})
    return DailyTarget(
        minutes=optional(doc, "minutes", int), count=optional(doc, "count", int),
        per_metric=tuple((metric, typed(per_metric, metric, int)) for metric in per_metric))


decode_role = guarded("role", _decode_role)


# ---- weekly reflections ---------------------------------------------------------------


def encode_reflections(reflections: Reflections) -> Doc:
    return {
        "week": str(reflections.week),
        "worked": reflections.worked,
        "change": reflections.change,
        "priorities": dict(reflections.priorities),
    }


def _decode_reflections(doc: Mapping[str, Any]) -> Reflections:
    priorities = typed(doc, "priorities", dict, default={})
    return Reflections(
        week=IsoWeek.parse(typed(doc, "week", str)),
        worked=typed(doc, "worked", str, default=""),
        change=typed(doc, "change", str, default=""),
        priorities={str(k): typed(priorities, k, str) for k in priorities},
    )


decode_reflections = guarded("weekly reflections", _decode_reflections)
