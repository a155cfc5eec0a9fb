"""Blocks to plain JSON documents and back: the codec of the data that grows (see `codec`).

A block is the one record read by the thousand at start-up, so it has two decoders: a fast
one for the documents this codec wrote, and a checked one that names what is wrong in any
other.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from focusapp.core.models import (
    AwayKind,
    AwaySpell,
    Block,
    DistractionSummary,
    Interruption,
    Outcome,
    Pause,
)
from focusapp.store.codec import Doc, decode_instant, encode_instant, guarded, optional, typed


def _opt_instant(value: datetime | None) -> str | None:
    return None if value is None else encode_instant(value)


def _decode_opt_instant(value: object) -> datetime | None:
    return None if value is None else decode_instant(value)


def encode_block(block: Block) -> Doc:
    summary = block.distraction
    doc: Doc = {
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
    if block.away:  # optional: a block with none is written as before this field existed
        doc["away"] = [encode_away(s) for s in block.away]
    if block.extended_minutes:  # optional too: most blocks are never extended
        doc["extended_minutes"] = block.extended_minutes
    return doc


def encode_away(spell: AwaySpell) -> Doc:
    return {"start": encode_instant(spell.start), "end": encode_instant(spell.end),
            "kind": spell.kind.value, "distracted_seconds": spell.distracted_seconds}


def _decode_away(doc: Mapping[str, Any]) -> AwaySpell:
    return AwaySpell(start=decode_instant(doc.get("start")), end=decode_instant(doc.get("end")),
                     kind=AwayKind(typed(doc, "kind", str)),
                     distracted_seconds=typed(doc, "distracted_seconds", float, default=0.0))


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
_new_object = object.__new__


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
        if "away" in doc or "extended_minutes" in doc:  # rare: the checked path reads them
            return None
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
            and (not by_target or all(type(v) is float for v in by_target.values()))
            and type(pause_docs) is list and type(interruptions) is list
            and (not interruptions or all(type(i["what"]) is str for i in interruptions))
        ):
            return None
        start = datetime.fromisoformat(doc["start"])
        pauses, stops = _pauses_and_stops(pause_docs, interruptions) if (
            pause_docs or interruptions) else ((), ())  # most blocks have neither
        if pauses is None or stops is None:
            return None
        # Made without Block's constructor, which sets a frozen dataclass's 17 fields one
        # call each (a third of this decoder's time): every field is set here, then
        # Block's own check runs as its constructor would run it. A field added to Block
        # and not here fails test_the_fast_block_decoder_agrees_with_the_checked_one.
        block = _new_object(Block)
        block.__dict__.update(
            id=doc["id"],
            start=start,
            end=None if end is None else datetime.fromisoformat(end),
            planned_minutes=doc["planned_minutes"],
            role=doc["role"],
            activity=doc["activity"],
            energy=doc["energy"],
            outcome=None if outcome is None else _OUTCOMES[outcome],
            pauses=pauses,
            interruptions=stops,
            distraction=_NO_DISTRACTION if not seconds and not by_target
            and not dist["blocked_attempts"]
            else DistractionSummary(seconds, dist["blocked_attempts"], dict(by_target)),
            serves_one_thing=doc["serves_one_thing"],
            strict=doc["strict"],
            recovered=doc["recovered"],
            count=count,
            note=doc["note"],
            away=(),
            extended_minutes=0,
        )
        block.__post_init__()
        return block
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _pauses_and_stops(
    pause_docs: list[Any], interruptions: list[Any]
) -> tuple[tuple[Pause, ...], tuple[Interruption, ...]] | tuple[None, None]:
    pauses = tuple(
        Pause(datetime.fromisoformat(p["start"]),
              None if p["end"] is None else datetime.fromisoformat(p["end"]))
        for p in pause_docs
    )
    stops = tuple(Interruption(datetime.fromisoformat(i["at"]), i["what"])
                  for i in interruptions)
    # Pause and Interruption do not check their instants (Block does): a naive one goes
    # to the checked path, which refuses it by name.
    if any(p.start.tzinfo is None or (p.end is not None and p.end.tzinfo is None)
           for p in pauses) or any(i.at.tzinfo is None for i in stops):
        return None, None
    return pauses, stops


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
        away=tuple(decode_away(s) for s in typed(doc, "away", list, default=[])),
        extended_minutes=typed(doc, "extended_minutes", int, default=0),
    )


decode_pause = guarded("pause", _decode_pause)
decode_interruption = guarded("interruption", _decode_interruption)
decode_summary = guarded("distraction summary", _decode_summary)
decode_away = guarded("spell away", _decode_away)
decode_block = guarded("block", _decode_block)
