"""Core models to plain JSON documents and back.

Instants are ISO 8601 strings with the UTC offset in force (``datetime.isoformat()``) and
come back with ``fromisoformat``, so a block keeps the offset it was recorded in and its
local day never moves. Dates are ``YYYY-MM-DD``, weeks ``YYYY-Www``, enums their value.

Decoders check types and raise `RecordError` with the field at fault, so a hand-edited
record that is wrong is reported, not half-loaded.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from focusapp.core.days import DayOff, IsoWeek
from focusapp.core.models import (
    Block,
    Day,
    DistractionSummary,
    Interruption,
    OneThingStatus,
    Outcome,
    Pause,
    Reflections,
    Settings,
)
from focusapp.core.roles import Activity, DailyTarget, RoleConfig, RoleId

Doc = dict[str, Any]


class RecordError(ValueError):
    """A stored document cannot be turned back into a model."""


# ---- primitives -----------------------------------------------------------------------


_MISSING: Any = object()


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


def _opt_instant(value: datetime | None) -> str | None:
    return None if value is None else encode_instant(value)


def _decode_opt_instant(value: object) -> datetime | None:
    return None if value is None else decode_instant(value)


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
        if not isinstance(doc, Mapping):
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

    Every encoder below writes exactly these (tests/store/test_codec.py checks it), so the
    import's unknown-field check follows a model without a second list to keep in step.
    """
    return frozenset(f.name for f in fields(model))


# ---- blocks ---------------------------------------------------------------------------


def encode_block(block: Block) -> Doc:
    summary = block.distraction
    return {
        "id": block.id,
        "start": encode_instant(block.start),
        "end": _opt_instant(block.end),
        "planned_minutes": block.planned_minutes,
        "role": block.role,
        "activity": block.activity,
        "energy": block.energy,
        "outcome": None if block.outcome is None else block.outcome.value,
        "pauses": [{"start": encode_instant(p.start), "end": _opt_instant(p.end)}
                   for p in block.pauses],
        "interruptions": [{"at": encode_instant(i.at), "what": i.what}
                          for i in block.interruptions],
        "distraction": {
            "distracted_seconds": summary.distracted_seconds,
            "blocked_attempts": summary.blocked_attempts,
            "by_target": dict(summary.by_target),
        },
        "serves_one_thing": block.serves_one_thing,
        "strict": block.strict,
        "recovered": block.recovered,
        "count": block.count,
        "note": block.note,
    }


def _decode_pause(doc: Mapping[str, Any]) -> Pause:
    return Pause(start=decode_instant(doc["start"]), end=_decode_opt_instant(doc.get("end")))


def _decode_interruption(doc: Mapping[str, Any]) -> Interruption:
    return Interruption(at=decode_instant(doc["at"]), what=typed(doc, "what", str, default=""))


def _decode_summary(doc: Mapping[str, Any]) -> DistractionSummary:
    by_target = typed(doc, "by_target", dict, default={})
    return DistractionSummary(
        distracted_seconds=typed(doc, "distracted_seconds", float, default=0.0),
        blocked_attempts=typed(doc, "blocked_attempts", int, default=0),
        by_target={str(k): typed(by_target, k, float) for k in by_target},
    )


_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_NO_DISTRACTION = DistractionSummary()


def _decode_block(doc: Mapping[str, Any]) -> Block:
    fast = _decode_block_fast(doc)
    return fast if fast is not None else _decode_block_checked(doc)


def _decode_block_fast(doc: Mapping[str, Any]) -> Block | None:
    """The common case, a document this codec wrote: every type exact, checked in bulk.

    Loading five years (25,000 blocks) at start-up is dominated by per-field calls; this
    path is about twice as fast. Anything unusual returns None and takes the checked path,
    which names what is wrong.
    """
    try:
        end, outcome, count = doc["end"], doc["outcome"], doc["count"]
        pause_docs, interruptions = doc["pauses"], doc["interruptions"]
        dist = doc["distraction"]
        by_target = dist["by_target"]
        seconds = dist["distracted_seconds"]
        if not (
            type(doc["id"]) is str and type(doc["planned_minutes"]) is int
            and type(doc["role"]) is str and type(doc["energy"]) is int
            and (doc["activity"] is None or type(doc["activity"]) is str)
            and (count is None or type(count) is int) and type(doc["note"]) is str
            and type(doc["serves_one_thing"]) is bool and type(doc["strict"]) is bool
            and type(doc["recovered"]) is bool and type(seconds) is float
            and type(dist["blocked_attempts"]) is int and type(by_target) is dict
            and all(type(v) is float for v in by_target.values())
            and type(pause_docs) is list and type(interruptions) is list and not interruptions
        ):
            return None
        start = datetime.fromisoformat(doc["start"])
        pauses = tuple(
            Pause(datetime.fromisoformat(p["start"]),
                  None if p["end"] is None else datetime.fromisoformat(p["end"]))
            for p in pause_docs
        )
        # Pause does not check its instants (Block does): a naive one goes to the checked
        # path, which refuses it by name.
        if any(p.start.tzinfo is None or (p.end is not None and p.end.tzinfo is None)
               for p in pauses):
            return None
        return Block(
            id=doc["id"],
            start=start,
            end=None if end is None else datetime.fromisoformat(end),
            planned_minutes=doc["planned_minutes"],
            role=doc["role"],
            activity=doc["activity"],
            energy=doc["energy"],
            outcome=None if outcome is None else _OUTCOMES[outcome],
            pauses=pauses,
            distraction=_NO_DISTRACTION if not seconds and not by_target
            and not dist["blocked_attempts"]
            else DistractionSummary(seconds, dist["blocked_attempts"], dict(by_target)),
            serves_one_thing=doc["serves_one_thing"],
            strict=doc["strict"],
            recovered=doc["recovered"],
            count=count,
            note=doc["note"],
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _decode_block_checked(doc: Mapping[str, Any]) -> Block:
    outcome = optional(doc, "outcome", str)
    return Block(
        id=typed(doc, "id", str),
        start=decode_instant(doc.get("start")),
        end=_decode_opt_instant(doc.get("end")),
        planned_minutes=typed(doc, "planned_minutes", int),
        role=typed(doc, "role", str),
        activity=optional(doc, "activity", str),
        energy=typed(doc, "energy", int, default=3),
        outcome=None if outcome is None else Outcome(outcome),
        pauses=tuple(decode_pause(p) for p in typed(doc, "pauses", list, default=[])),
        interruptions=tuple(
            decode_interruption(i) for i in typed(doc, "interruptions", list, default=[])
        ),
        distraction=decode_summary(typed(doc, "distraction", dict, default={})),
        serves_one_thing=typed(doc, "serves_one_thing", bool, default=False),
        strict=typed(doc, "strict", bool, default=False),
        recovered=typed(doc, "recovered", bool, default=False),
        count=optional(doc, "count", int),
        note=typed(doc, "note", str, default=""),
    )


decode_pause = guarded("pause", _decode_pause)
decode_interruption = guarded("interruption", _decode_interruption)
decode_summary = guarded("distraction summary", _decode_summary)
decode_block = guarded("block", _decode_block)


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


# ---- settings -------------------------------------------------------------------------


@functools.cache
def _settings_types() -> dict[str, Any]:
    return typing.get_type_hints(Settings)


def _encode_value(value: Any) -> Any:
    if isinstance(value, DayOff):
        return {"first": value.first.isoformat(), "last": value.last.isoformat()}
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
    if typing.get_origin(kind) is tuple:
        if not isinstance(value, list):
            raise RecordError(f"{value!r} is not a list")
        (item,) = {a for a in typing.get_args(kind) if a is not Ellipsis}
        return tuple(_decode_value(item, v) for v in value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise RecordError(f"{value!r} is not a {kind.__name__}")
    return value


def decode_settings(doc: Mapping[str, Any] | None) -> tuple[Settings, list[str]]:
    """Settings from a stored document, and the names of the values that were dropped.

    Unknown keys are ignored; missing keys and values that no longer pass validation take
    the default, so one bad value never costs the user the rest of their settings.
    """
    settings = Settings()
    dropped: list[str] = []
    types = _settings_types()
    for f in fields(Settings):
        if doc is None or f.name not in doc:
            continue
        try:
            value = _decode_value(types[f.name], doc[f.name])
            settings = replace(settings, **{f.name: value})
        except (RecordError, ValueError, TypeError):
            dropped.append(f.name)
    return settings, dropped


def check_settings(doc: Mapping[str, Any]) -> tuple[Settings | None, list[str]]:
    """Strict decoding for an import: the settings, or None and every reason they are not.

    Unlike `decode_settings`, nothing is silently defaulted: an unknown key or a value that
    does not pass validation is a reason. Missing keys take their default.
    """
    settings = Settings()
    reasons: list[str] = []
    types = _settings_types()
    known = {f.name for f in fields(Settings)}
    reasons += [f"unknown setting {key!r}" for key in doc if key not in known]
    for f in fields(Settings):
        if f.name not in doc:
            continue
        try:
            value = _decode_value(types[f.name], doc[f.name])
            settings = replace(settings, **{f.name: value})
        except (RecordError, ValueError, TypeError) as exc:
            reasons.append(f"'{f.name}': {exc}")
    return (None if reasons else settings), reasons


# ---- roles ----------------------------------------------------------------------------


def encode_role(config: RoleConfig) -> Doc:
    return {
        "role": config.role.value,
        "enabled": config.enabled,
        "activities": [
            {"id": a.id, "metric": a.metric, "handoff": a.handoff, "key": a.key, "name": a.name}
            for a in config.activities
        ],
        "target": {"minutes": config.target.minutes, "count": config.target.count},
        "since": None if config.since is None else config.since.isoformat(),
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
        target=DailyTarget(
            minutes=optional(target, "minutes", int), count=optional(target, "count", int)
        )
        if target
        else DailyTarget(),
        since=None if doc.get("since") is None else decode_date(doc.get("since")),
    )


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
