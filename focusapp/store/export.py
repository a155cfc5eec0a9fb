"""Export everything as one versioned JSON document, and import it back (SPEC §12).

The document::

    {"format": "focusapp-export", "version": 1, "exported_at": "<ISO instant>",
     "settings": {...}, "roles": [...], "days": [...], "blocks": [...], "reviews": [...]}

Records are the codec's documents, the very form the store keeps. Distraction events are
not exported: they are pruned after 90 days anyway, and each block carries its
distraction summary.

Import checks everything before anything is written (`validate_import`): the format and
version, the shape, every record (it must decode, pass the core validators and size caps,
hold no unknown field), duplicates. Any problem refuses the whole file and every problem
found is listed, up to `MAX_PROBLEMS` (e.g. ``blocks[12] (id b3): 'start' has no UTC
offset``). Only a valid plan is applied (`apply_import`), and it MERGES:

- blocks are upserted by id, days by date, weekly reflections by week: data already here
  and not in the file is kept (importing the same file twice changes nothing);
- settings and roles are replaced by the file's.

Before writing, every data file is copied to ``backups/before-import-<stamp>/``; each file
is then written atomically by the store (a month file of blocks at most three times).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.models import (
    NOTE_MAX_CHARS,
    ONE_THING_MAX_CHARS,
    Block,
    Day,
    DistractionSummary,
    Interruption,
    Pause,
    Reflections,
    Settings,
    validate_count,
    validate_energy,
    validate_minutes,
    validate_one_thing,
)
from focusapp.core.roles import (
    MAX_NAME_LENGTH,
    Activity,
    DailyTarget,
    RoleConfig,
    RoleId,
    validate_name,
)
from focusapp.core.strict_json import parse_json
from focusapp.store.atomic import atomic_write_bytes
from focusapp.store.codec import (
    RecordError,
    check_settings,
    decode_block,
    decode_day,
    decode_instant,
    decode_reflections,
    decode_role,
    encode_block,
    encode_day,
    encode_instant,
    encode_reflections,
    encode_role,
    encode_settings,
    keys_of,
)
from focusapp.store.database import Store

FORMAT = "focusapp-export"
VERSION = 1
SUPPORTED_VERSIONS = (1,)
SECTIONS = ("settings", "roles", "days", "blocks", "reviews")
TOP_KEYS = frozenset({"format", "version", "exported_at", *SECTIONS})

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PROBLEMS = 1000  # then checking stops: the file is refused either way
MAX_DEPTH = 8  # of one record; the deepest the codec writes is 3
MAX_ID_CHARS = 100
MAX_ACTIVITY_CHARS = 200  # an activity id, or a free-text activity from the CLI (80)
MAX_INTERRUPTION_CHARS = 120  # as services.timer.INTERRUPTION_MAX_CHARS
MAX_TARGET_CHARS = 255  # an app or a site in a distraction summary
MAX_REFLECTION_CHARS = 5000
_REASON_CHARS = 300
MIN_YEAR, MAX_YEAR = 1970, 2999  # far dates overflow date arithmetic elsewhere in the app
MAX_BLOCK_SPAN = timedelta(days=7)  # start to end, pauses included

_ROLE_IDS = frozenset(role.value for role in RoleId)


# ---- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why an import is refused: which record (kind, index or key) and why."""

    kind: str  # 'file', 'settings', 'roles', 'days', 'blocks', 'reviews'
    where: str  # '[12] (id b3)', '' for the file or a section as a whole
    reason: str

    def __str__(self) -> str:
        return f"{self.kind}{self.where}: {self.reason}"


@dataclass(frozen=True)
class ImportErrors:
    """The file is refused; nothing was written."""

    problems: tuple[Problem, ...]

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class ImportPlan:
    """A checked import, ready for `apply_import`."""

    exported_at: datetime
    settings: Settings
    roles: tuple[RoleConfig, ...]
    days: tuple[Day, ...]
    blocks: tuple[Block, ...]
    reviews: tuple[Reflections, ...]


@dataclass(frozen=True)
class ImportReport:
    """What `import_file` did: refused with `problems`, or merged with these counts."""

    problems: tuple[Problem, ...] = ()
    blocks_added: int = 0
    blocks_updated: int = 0
    days_added: int = 0
    days_updated: int = 0
    reviews_added: int = 0
    reviews_updated: int = 0
    settings_replaced: bool = False
    roles_replaced: bool = False
    kept_copy: Path | None = None  # where the data was copied before the import

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            lines = [f"Nothing was imported: {len(self.problems)} problem(s) found."]
            return "\n".join(lines + [f"  {p}" for p in self.problems])
        return (
            f"Imported {self.blocks_added} new and {self.blocks_updated} updated blocks, "
            f"{self.days_added} new and {self.days_updated} updated days, "
            f"{self.reviews_added} new and {self.reviews_updated} updated weekly reviews; "
            f"settings and roles replaced. The data before the import is in {self.kept_copy}."
        )


# ---- export ---------------------------------------------------------------------------


def export_all(store: Store) -> dict[str, Any]:
    """Every fact the store holds, as one JSON-ready document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": encode_instant(store.now()),
        "settings": encode_settings(store.settings.get()),
        "roles": [encode_role(c) for c in store.roles.get()],
        "days": [encode_day(d) for d in store.days.all()],
        "blocks": [encode_block(b) for b in store.blocks.all()],
        "reviews": [encode_reflections(r) for r in store.reviews.all()],
    }


def dumps_export(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1) + "\n").encode()


def write_export(store: Store, path: Path | str) -> dict[str, Any]:
    """Write `export_all` to `path` atomically (the old file or the new one, never half)."""
    doc = export_all(store)
    atomic_write_bytes(Path(path), dumps_export(doc))
    return doc


# ---- checking -------------------------------------------------------------------------


class _TooMany(Exception):
    pass


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, kind: str, where: str, reason: str) -> None:
        if len(reason) > _REASON_CHARS:
            reason = reason[: _REASON_CHARS - 1] + "…"
        self.problems.append(Problem(kind, where, reason))
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(
                Problem("file", "", f"more than {MAX_PROBLEMS} problems; stopped checking")
            )
            raise _TooMany


def _short(value: object, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list | tuple) else type(value).__name__


def _too_deep(value: object, limit: int) -> bool:
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, Mapping):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list | tuple):
            stack.extend((v, depth + 1) for v in item)
    return False


def _unknown_keys(doc: Mapping[str, Any], known: frozenset[str], what: str) -> None:
    extra = sorted(str(k) for k in doc if k not in known)
    if extra:
        raise RecordError(f"{what} has unknown field(s): {', '.join(_short(k) for k in extra)}")


def _cap(text: str | None, limit: int, what: str) -> None:
    if text is not None and len(text) > limit:
        raise RecordError(f"{what} has {len(text)} characters; at most {limit}")


def _finite(value: float, what: str) -> None:
    if not math.isfinite(value) or value < 0:
        raise RecordError(f"{what} should be a finite number of 0 or more, not {value!r}")


def _year(value: date | None, what: str) -> None:
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise RecordError(f"{what} {value.isoformat()} is not between {MIN_YEAR} and {MAX_YEAR}")


def _role_id(value: str | None, what: str) -> None:
    if value is not None and value not in _ROLE_IDS:
        raise RecordError(f"{what} {_short(value)!r} is not a known role")


def _items(doc: Mapping[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def _check_block(doc: Mapping[str, Any]) -> Block:
    _unknown_keys(doc, keys_of(Block), "the block")
    for pause in _items(doc, "pauses"):
        if isinstance(pause, Mapping):
            _unknown_keys(pause, keys_of(Pause), "a pause")
    for item in _items(doc, "interruptions"):
        if isinstance(item, Mapping):
            _unknown_keys(item, keys_of(Interruption), "an interruption")
    summary = doc.get("distraction")
    if isinstance(summary, Mapping):
        _unknown_keys(summary, keys_of(DistractionSummary), "the distraction summary")
    block = decode_block(doc)
    if not block.id.strip():
        raise RecordError("'id' is empty")
    _cap(block.id, MAX_ID_CHARS, "'id'")
    _role_id(block.role, "'role'")
    _cap(block.activity, MAX_ACTIVITY_CHARS, "'activity'")
    _cap(block.note, NOTE_MAX_CHARS, "'note'")
    validate_minutes(block.planned_minutes)
    validate_energy(block.energy)
    validate_count(block.count)
    for instant in (block.start, block.end, *(p.start for p in block.pauses),
                    *(p.end for p in block.pauses), *(i.at for i in block.interruptions)):
        _year(instant, "an instant")
    if block.end is not None and block.end - block.start > MAX_BLOCK_SPAN:
        raise RecordError(f"the block lasts {block.end - block.start}, more than 7 days")
    if (block.end is None) != (block.outcome is None):
        raise RecordError("'end' and 'outcome' go together: both set (finished) or neither")
    for pause in block.pauses:
        if pause.start < block.start or (block.end is not None and pause.start > block.end):
            raise RecordError(f"a pause starts at {pause.start.isoformat()}, outside the block")
        if pause.end is not None and pause.end < pause.start:
            raise RecordError(f"a pause ends ({pause.end.isoformat()}) before it starts")
    for interruption in block.interruptions:
        _cap(interruption.what, MAX_INTERRUPTION_CHARS, "an interruption")
    dist = block.distraction
    _finite(dist.distracted_seconds, "'distracted_seconds'")
    if dist.blocked_attempts < 0:
        raise RecordError(f"'blocked_attempts' is negative ({dist.blocked_attempts})")
    for target, seconds in dist.by_target.items():
        _cap(target, MAX_TARGET_CHARS, "a distraction target")
        _finite(seconds, f"the seconds on {_short(target)!r}")
    return block


def _check_day(doc: Mapping[str, Any]) -> Day:
    _unknown_keys(doc, keys_of(Day), "the day")
    day = decode_day(doc)
    _year(day.day, "'day'")
    _year(day.carried_from, "'carried_from'")
    if day.one_thing is not None:
        _cap(day.one_thing, ONE_THING_MAX_CHARS, "'one_thing'")
        validate_one_thing(day.one_thing)
    _role_id(day.role, "'role'")
    _cap(day.activity, MAX_ACTIVITY_CHARS, "'activity'")
    return day


def _check_role(doc: Mapping[str, Any]) -> RoleConfig:
    _unknown_keys(doc, keys_of(RoleConfig), "the role")
    for item in _items(doc, "activities"):
        if isinstance(item, Mapping):
            _unknown_keys(item, keys_of(Activity), "an activity")
    target = doc.get("target")
    if isinstance(target, Mapping):
        _unknown_keys(target, keys_of(DailyTarget), "the daily target")
    config = decode_role(doc)
    _year(config.since, "'since'")
    seen: set[str] = set()
    for activity in config.activities:
        if not activity.id.strip():
            raise RecordError("an activity has an empty id")
        _cap(activity.id, MAX_ACTIVITY_CHARS, "an activity id")
        if activity.id in seen:
            raise RecordError(f"activity {_short(activity.id)!r} is listed twice")
        seen.add(activity.id)
        _cap(activity.metric, MAX_ID_CHARS, "a metric id")
        if activity.name is not None:
            _cap(activity.name, MAX_NAME_LENGTH, "an activity name")
            validate_name(activity.name)
    return config


def _check_review(doc: Mapping[str, Any]) -> Reflections:
    _unknown_keys(doc, keys_of(Reflections), "the weekly reflections")
    reflections = decode_reflections(doc)
    _year(reflections.week.monday, "the week of")
    _cap(reflections.worked, MAX_REFLECTION_CHARS, "'worked'")
    _cap(reflections.change, MAX_REFLECTION_CHARS, "'change'")
    for role, text in reflections.priorities.items():
        _role_id(role, "a priority's role")
        _cap(text, MAX_REFLECTION_CHARS, "a priority")
    return reflections


def _label(index: int, doc: object, key: str) -> str:
    ident = doc.get(key) if isinstance(doc, Mapping) else None
    if isinstance(ident, str):
        return f"[{index}] ({key} {_short(ident)})"
    return f"[{index}]"


def _records[T](
    out: _Collector,
    doc: Mapping[str, Any],
    kind: str,
    key: str,
    check: Callable[[Mapping[str, Any]], T],
) -> Iterator[tuple[str, T]]:
    items = doc.get(kind)
    if not isinstance(items, list):
        out.add(kind, "", f"should be a list, not {_short(items)}")
        return
    for index, item in enumerate(items):
        where = _label(index, item, key)
        if not isinstance(item, Mapping):
            out.add(kind, where, f"{_short(item)} is not an object")
            continue
        if _too_deep(item, MAX_DEPTH):
            out.add(kind, where, "nested too deeply")
            continue
        try:
            yield where, check(item)
        except (RecordError, ValidationError) as exc:
            out.add(kind, where, str(exc))
        except Exception as exc:  # a hostile record must be reported, never crash the import
            out.add(kind, where, f"{type(exc).__name__}: {exc}")


def _unique[T, K](
    out: _Collector, kind: str, found: list[tuple[str, T]], key: Callable[[T], K], what: str
) -> tuple[T, ...]:
    first: dict[K, str] = {}
    for where, value in found:
        k = key(value)
        if k in first:
            out.add(kind, where, f"{what} {_short(str(k))} is already in {kind}{first[k]}")
        else:
            first[k] = where
    return tuple(value for _, value in found)


def validate_import(doc: object) -> ImportPlan | ImportErrors:
    """Check a parsed export completely; an `ImportPlan` only if nothing is wrong."""
    out = _Collector()
    try:
        plan = _validate(out, doc)
    except _TooMany:
        plan = None
    if out.problems or plan is None:
        return ImportErrors(tuple(out.problems))
    return plan


def _validate(out: _Collector, doc: object) -> ImportPlan | None:
    if not isinstance(doc, Mapping):
        out.add("file", "", f"the top level is {_json_kind(doc)}, not a FocusApp export")
        return None
    if doc.get("format") != FORMAT:
        out.add("file", "", f"'format' is {_short(repr(doc.get('format')))}, not '{FORMAT}': "
                            "this is not a FocusApp export")
        return None
    version = doc.get("version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        out.add("file", "", f"export version {_short(repr(version))} is not supported "
                            f"(this FocusApp reads version {supported})")
        return None
    for key in sorted(str(k) for k in doc if k not in TOP_KEYS):
        out.add("file", "", f"unknown field {_short(key)!r}")
    exported_at: datetime | None = None
    try:
        exported_at = decode_instant(doc.get("exported_at"))
        _year(exported_at, "the instant")
    except RecordError as exc:
        out.add("file", "", f"'exported_at': {exc}")

    settings: Settings | None = None
    raw_settings = doc.get("settings")
    if not isinstance(raw_settings, Mapping):
        out.add("settings", "", f"should be an object, not {_short(raw_settings)}")
    elif _too_deep(raw_settings, MAX_DEPTH):
        out.add("settings", "", "nested too deeply")
    else:
        settings, reasons = check_settings(raw_settings)
        for reason in reasons:
            out.add("settings", "", reason)

    roles = _unique(out, "roles", list(_records(out, doc, "roles", "role", _check_role)),
                    lambda c: c.role.value, "role")
    days = _unique(out, "days", list(_records(out, doc, "days", "day", _check_day)),
                   lambda d: d.day, "day")
    blocks = _unique(out, "blocks", list(_records(out, doc, "blocks", "id", _check_block)),
                     lambda b: b.id, "block id")
    reviews = _unique(out, "reviews",
                      list(_records(out, doc, "reviews", "week", _check_review)),
                      lambda r: r.week, "week")
    if out.problems or settings is None or exported_at is None:
        return None
    return ImportPlan(exported_at, settings, roles, days, blocks, reviews)


# ---- applying -------------------------------------------------------------------------


def apply_import(store: Store, plan: ImportPlan) -> ImportReport:
    """Merge a checked plan into the store (see the module docstring)."""
    known_blocks = {b.id for b in store.blocks.all()}
    known_days = {d.day for d in store.days.all()}
    known_weeks: set[IsoWeek] = {r.week for r in store.reviews.all()}
    kept = store.keep_copy("before-import")
    store.blocks.save_many(plan.blocks)
    store.days.save_many(list(plan.days))
    store.reviews.save_many(list(plan.reviews))
    store.roles.save(plan.roles)
    store.settings.save(plan.settings)
    new_blocks = sum(b.id not in known_blocks for b in plan.blocks)
    new_days = sum(d.day not in known_days for d in plan.days)
    new_weeks = sum(r.week not in known_weeks for r in plan.reviews)
    return ImportReport(
        blocks_added=new_blocks,
        blocks_updated=len(plan.blocks) - new_blocks,
        days_added=new_days,
        days_updated=len(plan.days) - new_days,
        reviews_added=new_weeks,
        reviews_updated=len(plan.reviews) - new_weeks,
        settings_replaced=True,
        roles_replaced=True,
        kept_copy=kept,
    )


# ---- files ----------------------------------------------------------------------------


def parse_export(raw: bytes) -> object:
    """The JSON value of a file's bytes; ValueError with a sentence saying what is wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not raw.strip():
        raise ValueError("the file is empty")
    return parse_json(raw, allow_bom=True)  # JSONRefused is a ValueError


def read_export(path: Path | str) -> ImportPlan | ImportErrors:
    """Read and check an export file; never writes anything."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return ImportErrors((Problem("file", "", f"cannot read {path}: {exc.strerror}"),))
    try:
        doc = parse_export(raw)
    except ValueError as exc:
        return ImportErrors((Problem("file", "", str(exc)),))
    return validate_import(doc)


def import_file(store: Store, path: Path | str) -> ImportReport:
    """Import an export file: refused with every problem found, or merged (`apply_import`)."""
    checked = read_export(path)
    if isinstance(checked, ImportErrors):
        return ImportReport(problems=checked.problems)
    return apply_import(store, checked)
