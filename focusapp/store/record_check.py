"""One record of an import, checked strictly (SPEC §12): the record checks of `import_check`.

A record must decode with the codec, pass the core validators and the size caps below, and
hold no field its model does not have. Each check returns the model or raises `RecordError`
(or the core's `ValidationError`) with a sentence naming the field at fault.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from focusapp.core.accounts import validate_cold_weeks
from focusapp.core.handoffs import (
    MAX_CHECKLIST_ITEMS,
    MAX_REASON_CHARS,
    MAX_TO_CHARS,
    Handoff,
    validate_agreed_hours,
    validate_checklist,
)
from focusapp.core.leads import Lead, validate_lead_minutes, validate_lead_name
from focusapp.core.models import (
    NOTE_MAX_CHARS,
    ONE_THING_MAX_CHARS,
    AwaySpell,
    Block,
    Day,
    DistractionSummary,
    Interruption,
    Pause,
    Reflections,
    Tally,
    validate_count,
    validate_energy,
    validate_minutes,
    validate_one_thing,
    validate_text,
)
from focusapp.core.next_steps import MAX_STEP_CHARS, NextStep
from focusapp.core.roles import (
    MAX_NAME_LENGTH,
    Activity,
    DailyTarget,
    RoleConfig,
    RoleId,
    validate_name,
)
from focusapp.store.block_codec import decode_block
from focusapp.store.codec import (
    OBJECT,
    RecordError,
    decode_day,
    decode_handoff,
    decode_lead,
    decode_next_step,
    decode_reflections,
    decode_role,
    decode_tally,
    keys_of,
)

MAX_ID_CHARS = 100
MAX_ACTIVITY_CHARS = 200  # an activity id, or a free-text activity from the CLI (80)
MAX_INTERRUPTION_CHARS = 120  # as services.timer.INTERRUPTION_MAX_CHARS
MAX_TARGET_CHARS = 255  # an app or a site in a distraction summary
MAX_REFLECTION_CHARS = 5000
MIN_YEAR, MAX_YEAR = 1970, 2999  # far dates overflow date arithmetic elsewhere in the app
MAX_BLOCK_SPAN = timedelta(days=7)  # start to end, pauses included

_ROLE_IDS = frozenset(role.value for role in RoleId)


def short(value: object, limit: int = 40) -> str:
    """`value` as a problem quotes it: the text itself, else its repr; cut at `limit`."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unknown_keys(doc: Mapping[str, Any], known: frozenset[str], what: str) -> None:
    if doc.keys() <= known:  # the common case, one comparison in C
        return
    extra = sorted(str(k) for k in doc if k not in known)
    if extra:
        raise RecordError(f"{what} has unknown field(s): {', '.join(short(k) for k in extra)}")


def _cap(text: str | None, limit: int, what: str) -> None:
    if text is not None and len(text) > limit:
        raise RecordError(f"{what} has {len(text)} characters; at most {limit}")


def _finite(value: float, what: str) -> None:
    if not math.isfinite(value) or value < 0:
        raise RecordError(f"{what} should be a finite number of 0 or more, not {value!r}")


def check_year(value: date | None, what: str) -> None:
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise RecordError(f"{what} {value.isoformat()} is not between {MIN_YEAR} and {MAX_YEAR}")


def _role_id(value: str | None, what: str) -> None:
    if value is not None and value not in _ROLE_IDS:
        raise RecordError(f"{what} {short(value)!r} is not a known role")


def _items(doc: Mapping[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


_BLOCK_KEYS, _PAUSE_KEYS = keys_of(Block), keys_of(Pause)
_INTERRUPTION_KEYS, _SUMMARY_KEYS = keys_of(Interruption), keys_of(DistractionSummary)
_AWAY_KEYS = keys_of(AwaySpell)


def _check_away(spell: AwaySpell, block: Block) -> None:
    if spell.start < block.start or (block.end is not None and spell.end > block.end):
        raise RecordError(f"a spell away ({spell.start.isoformat()} to "
                          f"{spell.end.isoformat()}) is outside the block")
    if spell.end < spell.start:
        raise RecordError(f"a spell away ends ({spell.end.isoformat()}) before it starts")
    _finite(spell.distracted_seconds, "a spell away's 'distracted_seconds'")


def check_block(doc: Mapping[str, Any]) -> Block:
    _unknown_keys(doc, _BLOCK_KEYS, "the block")
    for pause in _items(doc, "pauses"):
        if isinstance(pause, OBJECT):
            _unknown_keys(pause, _PAUSE_KEYS, "a pause")
    for item in _items(doc, "interruptions"):
        if isinstance(item, OBJECT):
            _unknown_keys(item, _INTERRUPTION_KEYS, "an interruption")
    summary = doc.get("distraction")
    if isinstance(summary, OBJECT):
        _unknown_keys(summary, _SUMMARY_KEYS, "the distraction summary")
    for spell in _items(doc, "away"):
        if isinstance(spell, OBJECT):
            _unknown_keys(spell, _AWAY_KEYS, "a spell away")
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
    check_year(block.start, "an instant")
    check_year(block.end, "an instant")
    if block.pauses or block.interruptions:  # most blocks have neither
        for instant in (*(p.start for p in block.pauses), *(p.end for p in block.pauses),
                        *(i.at for i in block.interruptions)):
            check_year(instant, "an instant")
    if block.end is not None and block.end - block.start > MAX_BLOCK_SPAN:
        raise RecordError(f"the block lasts {block.end - block.start}, more than 7 days")
    if (block.end is None) != (block.outcome is None):
        raise RecordError("'end' and 'outcome' go together: both set (finished) or neither")
    for pause in block.pauses:
        if pause.start < block.start or (block.end is not None and pause.start > block.end):
            raise RecordError(f"a pause starts at {pause.start.isoformat()}, outside the block")
        if pause.end is not None and pause.end < pause.start:
            raise RecordError(f"a pause ends ({pause.end.isoformat()}) before it starts")
    for spell in block.away:
        _check_away(spell, block)
    for interruption in block.interruptions:
        _cap(interruption.what, MAX_INTERRUPTION_CHARS, "an interruption")
    dist = block.distraction
    _finite(dist.distracted_seconds, "'distracted_seconds'")
    if dist.blocked_attempts < 0:
        raise RecordError(f"'blocked_attempts' is negative ({dist.blocked_attempts})")
    for target, seconds in dist.by_target.items():
        _cap(target, MAX_TARGET_CHARS, "a distraction target")
        if not math.isfinite(seconds) or seconds < 0:  # named only then: most blocks have some
            _finite(seconds, f"the seconds on {short(target)!r}")
    return block


def check_day(doc: Mapping[str, Any]) -> Day:
    _unknown_keys(doc, keys_of(Day), "the day")
    day = decode_day(doc)
    check_year(day.day, "'day'")
    check_year(day.carried_from, "'carried_from'")
    if day.one_thing is not None:
        _cap(day.one_thing, ONE_THING_MAX_CHARS, "'one_thing'")
        validate_one_thing(day.one_thing)
    _role_id(day.role, "'role'")
    _cap(day.activity, MAX_ACTIVITY_CHARS, "'activity'")
    return day


def check_role(doc: Mapping[str, Any]) -> RoleConfig:
    _unknown_keys(doc, keys_of(RoleConfig), "the role")
    for item in _items(doc, "activities"):
        if isinstance(item, OBJECT):
            _unknown_keys(item, keys_of(Activity), "an activity")
    target = doc.get("target")
    if isinstance(target, OBJECT):
        _unknown_keys(target, keys_of(DailyTarget), "the daily target")
    config = decode_role(doc)
    check_year(config.since, "'since'")
    validate_checklist(config.checklist)  # the rules of Settings → Roles
    validate_agreed_hours(config.agreed_hours)
    validate_cold_weeks(config.cold_weeks)
    validate_lead_minutes(config.lead_minutes)
    seen: set[str] = set()
    for activity in config.activities:
        if not activity.id.strip():
            raise RecordError("an activity has an empty id")
        _cap(activity.id, MAX_ACTIVITY_CHARS, "an activity id")
        if activity.id in seen:
            raise RecordError(f"activity {short(activity.id)!r} is listed twice")
        seen.add(activity.id)
        _cap(activity.metric, MAX_ID_CHARS, "a metric id")
        if activity.name is not None:
            _cap(activity.name, MAX_NAME_LENGTH, "an activity name")
            validate_name(activity.name)
    return config


def check_review(doc: Mapping[str, Any]) -> Reflections:
    _unknown_keys(doc, keys_of(Reflections), "the weekly reflections")
    reflections = decode_reflections(doc)
    check_year(reflections.week.monday, "the week of")
    _cap(reflections.worked, MAX_REFLECTION_CHARS, "'worked'")
    _cap(reflections.change, MAX_REFLECTION_CHARS, "'change'")
    for role, text in reflections.priorities.items():
        _role_id(role, "a priority's role")
        _cap(text, MAX_REFLECTION_CHARS, "a priority")
    return reflections



def check_tally(doc: Mapping[str, Any]) -> Tally:
    _unknown_keys(doc, keys_of(Tally), "the count")
    tally = decode_tally(doc)
    check_year(tally.day, "'day'")
    _role_id(tally.role, "'role'")
    _cap(tally.activity, MAX_ACTIVITY_CHARS, "'activity'")
    return tally


def check_handoff(doc: Mapping[str, Any]) -> Handoff:
    _unknown_keys(doc, keys_of(Handoff), "the handoff")
    handoff = decode_handoff(doc)
    _cap(handoff.id, MAX_ID_CHARS, "'id'")
    check_year(handoff.at, "'at'")
    _role_id(handoff.role, "'role'")
    validate_text(handoff.to, MAX_TO_CHARS, required=True, code="handoff_to")
    if len(handoff.checklist) > MAX_CHECKLIST_ITEMS:
        raise RecordError(f"the checklist has more than {MAX_CHECKLIST_ITEMS} items")
    for item in (*handoff.checklist, *handoff.ticked):
        _cap(item, MAX_ID_CHARS, "a checklist item")
    _cap(handoff.reason, MAX_REASON_CHARS, "'reason'")
    _cap(handoff.block_id, MAX_ID_CHARS, "'block_id'")
    return handoff


def check_next_step(doc: Mapping[str, Any]) -> NextStep:
    """A meeting's dated next step of an export: as the app would have stored it."""
    _unknown_keys(doc, keys_of(NextStep), "the next step")
    step = decode_next_step(doc)
    _cap(step.block_id, MAX_ID_CHARS, "'block_id'")
    check_year(step.noted_at, "'noted_at'")
    validate_text(step.text, MAX_STEP_CHARS, required=True, code="next_step")
    return step


def check_lead(doc: Mapping[str, Any]) -> Lead:
    """A lead of an export: as the app would have stored it."""
    _unknown_keys(doc, keys_of(Lead), "the lead")
    lead = decode_lead(doc)
    _cap(lead.id, MAX_ID_CHARS, "'id'")
    check_year(lead.at, "'at'")
    check_year(lead.touched_at, "'touched_at'")
    _role_id(lead.role, "'role'")
    validate_lead_minutes(lead.target_minutes)
    validate_lead_name(lead.name)
    return lead
