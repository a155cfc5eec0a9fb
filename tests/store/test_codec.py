"""Every core model survives a trip to JSON and back, exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from focusapp.core.days import DayOff, IsoWeek
from focusapp.core.models import (
    AwayKind,
    AwaySpell,
    Block,
    Day,
    DistractionSummary,
    Interruption,
    OneThingStatus,
    Outcome,
    Pause,
    Reflections,
    Settings,
    Tally,
)
from focusapp.core.roles import Activity, DailyTarget, RoleConfig, RoleId, default_role_configs
from focusapp.store import block_codec, codec
from tests.store.helpers import KOLKATA, NEW_YORK, PARIS_SUMMER, at, make_block


def through_json(doc: dict[str, object]) -> dict[str, object]:
    return json.loads(json.dumps(doc, ensure_ascii=False, allow_nan=False))


@pytest.mark.parametrize("rich", [False, True])
@pytest.mark.parametrize("tz", [PARIS_SUMMER, NEW_YORK, KOLKATA, UTC])
def test_block_round_trip_keeps_offsets(rich: bool, tz: timezone) -> None:
    block = make_block("b1", at(2026, 3, 29, 1, 59, 30, 123456, tz=tz), rich=rich)
    back = block_codec.decode_block(through_json(block_codec.encode_block(block)))
    assert back == block
    assert back.start.utcoffset() == tz.utcoffset(None)
    assert back.day() == block.day()


def test_running_block_round_trip() -> None:
    block = make_block("run", at(2026, 11, 23, 9, 0), finished=False, rich=True)
    assert block.end is None and block.outcome is None
    assert block_codec.decode_block(through_json(block_codec.encode_block(block))) == block


def test_instants_are_iso_with_offset() -> None:
    doc = block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0, tz=KOLKATA)))
    assert doc["start"] == "2026-11-23T09:00:00+05:30"


def test_naive_instant_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        codec.encode_instant(datetime(2026, 1, 1))


def test_bad_block_document_names_the_field() -> None:
    doc = block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0)))
    doc["planned_minutes"] = "fifty"
    with pytest.raises(codec.RecordError, match="planned_minutes"):
        block_codec.decode_block(doc)
    doc = block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0)))
    doc["start"] = "2026-11-23T09:00:00"
    with pytest.raises(codec.RecordError, match="offset"):
        block_codec.decode_block(doc)


@pytest.mark.parametrize(
    "day",
    [
        Day(date(2026, 11, 23)),
        Day(date(2026, 11, 23), "Call ACME", "account_manager", "account_manager.value_touches",
            OneThingStatus.PARTLY, date(2026, 11, 20)),
        Day(date(2026, 11, 24), "Prépare la démo « Lyon »", None, None, OneThingStatus.OPEN),
    ],
)
def test_day_round_trip(day: Day) -> None:
    assert codec.decode_day(through_json(codec.encode_day(day))) == day


def test_a_tally_round_trips_and_a_negative_one_is_refused() -> None:
    tally = Tally(date(2026, 11, 23), "outbound_prospector", "outbound_prospector.touches", 18)
    assert codec.decode_tally(through_json(codec.encode_tally(tally))) == tally
    with pytest.raises(codec.RecordError):
        codec.decode_tally({**codec.encode_tally(tally), "count": -1})


def test_settings_round_trip_with_days_off() -> None:
    settings = Settings(
        language="fr",
        first_run_done=True,
        day_start="05:30",
        working_weekdays=(0, 1, 2, 3, 5),
        days_off=(DayOff(date(2026, 12, 24), date(2027, 1, 2)),
                  DayOff(date(2026, 11, 11), date(2026, 11, 11))),
        presets=(20, 45, 90, 120),
        blocked_domains=("youtube.com", "lemonde.fr"),
        blocked_apps=("steam",),
        freezes_enabled=False,
        review_weekday=3,
    )
    doc = through_json(codec.encode_settings(settings))
    assert doc["days_off"][0] == {"first": "2026-12-24", "last": "2027-01-02"}  # type: ignore[index]
    back, dropped = codec.decode_settings(doc)
    assert back == settings and dropped == []
    assert isinstance(back.presets, tuple) and isinstance(back.days_off[0], DayOff)


def test_settings_unknown_keys_ignored_missing_keys_default() -> None:
    back, dropped = codec.decode_settings({"language": "en", "from_the_future": 42})
    assert back == Settings(language="en") and dropped == []


def test_settings_bad_values_fall_back_to_default_one_by_one() -> None:
    back, dropped = codec.decode_settings(
        {"language": "klingon", "day_start": "25:00", "presets": [25, "x"], "autostart": "yes",
         "nudge_time": "10:15", "working_weekdays": []}
    )
    assert back == Settings(nudge_time="10:15")
    assert sorted(dropped) == ["autostart", "day_start", "language", "presets", "working_weekdays"]


def test_evening_working_hours_come_back_whole() -> None:
    # Checked together, as they were saved: 19:00 alone, beside the default end (18:00),
    # would look like an end before the start and be dropped.
    evening = Settings(work_start="19:00", work_end="23:00")
    back, dropped = codec.decode_settings(through_json(codec.encode_settings(evening)))
    assert (back.work_start, back.work_end, dropped) == ("19:00", "23:00", [])


def test_working_hours_that_end_before_they_start_fall_back_to_the_default_end() -> None:
    back, dropped = codec.decode_settings({"work_start": "10:00", "work_end": "08:00"})
    assert (back.work_start, back.work_end, dropped) == ("10:00", "18:00", ["work_end"])


def test_role_config_round_trip_with_custom_activity() -> None:
    config = RoleConfig.default(RoleId.FIELD_SALES).with_custom_activity("Salon pro", "badges")
    config = RoleConfig(config.role, True, config.activities, DailyTarget(minutes=None, count=12))
    back = codec.decode_role(through_json(codec.encode_role(config)))
    assert back == config
    assert back.activities[-1].name == "Salon pro" and back.activities[-1].id == "custom.1"


def test_a_role_s_own_brief_and_delay_round_trip_and_an_older_role_gets_the_built_in_ones(
        ) -> None:
    config = replace(RoleConfig.default(RoleId.FIELD_SALES), checklist=("need", "Timeline"),
                     agreed_hours=48)
    doc = through_json(codec.encode_role(config))
    assert codec.decode_role(doc) == config
    del doc["checklist"], doc["agreed_hours"]  # a role saved before they could be edited
    assert codec.decode_role(doc) == RoleConfig.default(RoleId.FIELD_SALES)


def test_per_metric_targets_round_trip_in_order_and_an_older_target_keeps_its_meaning() -> None:
    config = RoleConfig.default(RoleId.OUTBOUND_PROSPECTOR)
    target = DailyTarget(minutes=60, count=None, per_metric=(("touches", 40),
                                                             ("conversations", 5)))
    config = RoleConfig(config.role, True, config.activities, target)
    back = codec.decode_role(through_json(codec.encode_role(config)))
    assert back.target.per_metric == (("touches", 40), ("conversations", 5))
    older = codec.encode_role(replace(config, target=DailyTarget(minutes=None, count=12)))
    del older["target"]["per_metric"]  # written before targets per metric existed
    assert codec.decode_role(through_json(older)).target == DailyTarget(minutes=None, count=12)


def test_default_roles_round_trip() -> None:
    for config in default_role_configs(frozenset({RoleId.SOLO})):
        assert codec.decode_role(through_json(codec.encode_role(config))) == config


def test_reflections_round_trip() -> None:
    reflections = Reflections(IsoWeek(2026, 48), "Mornings", "Fewer tabs",
                              {"account_manager": "Renewals", "solo": ""})
    doc = through_json(codec.encode_reflections(reflections))
    assert doc["week"] == "2026-W48"
    assert codec.decode_reflections(doc) == reflections


# ---- property: random blocks ----------------------------------------------------------

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
instants = st.builds(
    lambda dt, tz: dt.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    offsets,
)
texts = st.text(max_size=40)
finite = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def blocks(draw: st.DrawFn) -> Block:
    start = draw(instants)
    end = draw(st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=6)))
    return Block(
        id=draw(st.text(min_size=1, max_size=20)),
        start=start,
        planned_minutes=draw(st.integers(5, 180)),
        role=draw(st.sampled_from([r.value for r in RoleId])),
        activity=draw(st.none() | texts),
        energy=draw(st.integers(1, 5)),
        end=None if end is None else start + end,
        pauses=tuple(draw(st.lists(st.builds(Pause, instants, st.none() | instants), max_size=3))),
        interruptions=tuple(draw(st.lists(st.builds(Interruption, instants, texts), max_size=3))),
        distraction=DistractionSummary(
            draw(finite), draw(st.integers(0, 10_000)),
            draw(st.dictionaries(texts, finite, max_size=4)),
        ),
        outcome=draw(st.none() | st.sampled_from(list(Outcome))),
        serves_one_thing=draw(st.booleans()),
        strict=draw(st.booleans()),
        recovered=draw(st.booleans()),
        count=draw(st.none() | st.integers(0, 10_000)),
        note=draw(texts),
        away=tuple(draw(st.lists(st.builds(AwaySpell, instants, instants,
                                           st.sampled_from(list(AwayKind)), finite),
                                 max_size=2))),
    )


@given(blocks())
def test_any_block_round_trips(block: Block) -> None:
    doc = through_json(block_codec.encode_block(block))
    back = block_codec.decode_block(doc)
    assert back == block
    # What the codec wrote takes the fast way, but for the few blocks with spells away.
    assert block_codec._decode_block_fast(doc) == (None if block.away else block)
    assert back.start.utcoffset() == block.start.utcoffset()
    assert back.day() == block.day()


def test_each_document_holds_exactly_its_models_keys() -> None:
    # The import refuses any key outside `keys_of(model)`: were an encoder to write one
    # more (or one less) key than its model has fields, a fresh export would be refused (or
    # a field silently dropped). A field added to a model and its codec needs nothing more.
    block = block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0), rich=True))
    role = codec.encode_role(RoleConfig(RoleId.FIELD_SALES, activities=(
        Activity("field_sales.visits", metric="visits", name="Visits"),)))
    samples = [
        (block, Block),
        (block["pauses"][0], Pause),
        (block["interruptions"][0], Interruption),
        (block["distraction"], DistractionSummary),
        (block["away"][0], AwaySpell),
        (codec.encode_day(Day(date(2026, 11, 23), "Call ACME")), Day),
        (role, RoleConfig),
        (role["activities"][0], Activity),
        (role["target"], DailyTarget),
        (codec.encode_reflections(Reflections(IsoWeek(2026, 48), "a", "b", {"x": "y"})),
         Reflections),
        (codec.encode_tally(Tally(date(2026, 11, 23), "solo", "solo.calls", 3)), Tally),
    ]
    for doc, model in samples:
        assert set(doc) == codec.keys_of(model), model.__name__


# ---- property: the fast block decoder never disagrees with the checked one --------------

def _wrong_for(value: object) -> st.SearchStrategy[object]:
    """What a hand edit or a damaged file may put in place of `value`: JSON only (the
    store's reader refuses NaN and Infinity). Half the time a near miss of this very value
    (a naive instant, a number of the other kind, a number too big), else any other type."""
    near: list[object] = []
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-":
        near = [value[:19], value[:10], value[:19] + "Z", value[:16] + value[19:]]
    elif isinstance(value, str):
        near = [value.upper(), value + " ", [value]]
    elif type(value) is int:
        near = [float(value), str(value), value + 10**30, value == 1]
    elif type(value) is float:
        near = [int(value), str(value), -value]
    elif isinstance(value, list | dict):
        near = [None, [], {}, ""]
    other: list[object] = [None, 0, 1, 0.0, 2.5, True, False, "", "x", [], {}, [0], {"a": 1}]
    return st.sampled_from(near or other) | st.sampled_from(other)


def _paths(doc: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every key or index path inside a block document, outer ones first."""
    items: list[tuple[str | int, object]] = (
        list(doc.items()) if isinstance(doc, dict)
        else list(enumerate(doc)) if isinstance(doc, list) else []
    )
    found = []
    for key, value in items:
        found.append((*prefix, key))
        found.extend(_paths(value, (*prefix, key)))
    return found


@st.composite
def damaged_block_docs(draw: st.DrawFn) -> dict[str, object]:
    doc = through_json(block_codec.encode_block(draw(blocks())))
    for _ in range(draw(st.sampled_from([1, 1, 1, 2]))):
        path = draw(st.sampled_from(_paths(doc)))
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and not draw(st.integers(0, 5)):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(_wrong_for(parent[path[-1]]))
    return doc


def _plain_doc(**changes: object) -> dict[str, object]:
    doc = through_json(block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0), rich=True)))
    return {**doc, **changes}


_PAUSE = {"start": "2026-11-23T09:05:00", "end": None}  # a naive instant
_STOP = {"at": "2026-11-23T09:07:00+01:00", "what": "phone"}


@settings(max_examples=500, deadline=None)
@given(damaged_block_docs())
# Disagreements found so far, kept: the fast path took these, the checked path refuses them.
@example(_plain_doc(pauses=[_PAUSE]))
@example(_plain_doc(pauses=[{**_PAUSE, "start": "2026-11-23T09:05:00+01:00",
                              "end": "2026-11-23T09:06:00"}]))
@example(_plain_doc(interruptions=None))
@example(_plain_doc(start="2026-11-23T09:00:00"))  # naive: Block refuses it
@example(_plain_doc(end="2026-11-23T08:00:00+01:00"))  # ends before it starts
@example(_plain_doc(interruptions=[{**_STOP, "at": "2026-11-23T09:07:00"}]))  # naive
@example(_plain_doc(interruptions=[{"at": _STOP["at"]}]))  # 'what' left out: ""
@example(_plain_doc(pauses={}))
def test_the_fast_block_decoder_agrees_with_the_checked_one(doc: dict[str, object]) -> None:
    # Loading takes the fast path whenever it accepts a document: it must then give the
    # very block the checked path gives, and accept nothing the checked path refuses.
    fast = block_codec._decode_block_fast(doc)
    event("fast path " + ("accepts" if fast is not None else "declines"))
    if fast is None:
        return
    assert block_codec._decode_block_checked(doc) == fast
