"""Export / import of everything (JSON), CSV of blocks and ICS of a range (SPEC §12)."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focusapp.core.accounts import Account, Touch
from focusapp.core.days import IsoWeek
from focusapp.core.exports import CSV_FIELDS, blocks_csv, blocks_ics
from focusapp.core.follow_ups import FollowUp
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.leads import Lead
from focusapp.core.models import AwayKind, Block, Day, OneThingStatus, Reflections, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.streaks import daily_progress
from focusapp.store import import_check
from focusapp.store.database import Store
from focusapp.store.export import (
    MAX_FILE_BYTES,
    apply_import,
    dumps_export,
    export_all,
    import_file,
    write_export,
)
from focusapp.store.import_check import (
    FORMAT,
    VERSION,
    ImportErrors,
    ImportPlan,
    Problem,
    validate_import,
)
from tests.conftest import FakeClock
from tests.store.helpers import KOLKATA, NEW_YORK, PARIS_SUMMER, at, make_block
from tests.ui.history import NOW, build_history

# ---- a realistic history --------------------------------------------------------------


def _fill(store: Store) -> None:
    """Six weeks of history plus the unusual: pauses, interruptions, offsets, reviews."""
    build_history(store)
    roles = list(store.roles.get())
    op = next(i for i, c in enumerate(roles) if c.role is RoleId.OUTBOUND_PROSPECTOR)
    roles[op] = roles[op].with_custom_activity("Réseau, salons; « events »", metric="touches")
    store.roles.save(tuple(roles))
    store.blocks.save(make_block("rich-1", at(2026, 11, 24, 14, 0), rich=True))
    store.blocks.save(make_block("rich-ny", at(2026, 11, 25, 9, 0, tz=NEW_YORK), 90, rich=True))
    store.blocks.save(make_block("summer", at(2026, 7, 2, 10, 0, tz=PARIS_SUMMER), 25))
    store.blocks.save(make_block("kolkata", at(2026, 11, 26, 3, 30, tz=KOLKATA), 25))
    store.blocks.save(make_block("custom", at(2026, 11, 27, 15, 0), 25, note="x; y, z \\ w"))
    store.days.save(Day(date(2026, 11, 30), "Call Acme back", RoleId.FIELD_SALES.value,
                        "custom.1", OneThingStatus.OPEN, carried_from=date(2026, 11, 27)))
    for week in (47, 48):
        store.reviews.save(Reflections(IsoWeek(2026, week), worked="mornings, à 9 h",
                                       change="less mail;\nmore calls",
                                       priorities={RoleId.FIELD_SALES.value: "3 demos"}))
    store.tallies.save(Tally(date(2026, 11, 27), RoleId.OUTBOUND_PROSPECTOR.value,
                             "outbound_prospector.conversations", 4))
    store.handoffs.save(Handoff("h1", at(2026, 11, 27, 16, 0), RoleId.OUTBOUND_PROSPECTOR.value,
                                RoleId.FIELD_SALES.value, False, DEFAULT_CHECKLIST,
                                ("need", "budget"), HandoffStatus.SENT_BACK, "no « budget »"))
    _fill_book(store)
    store.leads.save(Lead("l1", at(2026, 11, 27, 16, 5), RoleId.SOLO.value, 5, "Acme",
                          at(2026, 11, 27, 16, 9)))
    store.next_steps.save(NextStep("rich-1", "Send the proposal", date(2026, 11, 30),
                                   at(2026, 11, 27, 17, 0)))


def _fill_book(store: Store) -> None:
    """An account, a touch and a follow-up (version 3)."""
    store.accounts.save(Account("Acme", date(2026, 10, 1), note="renewal in March"))
    store.touches.save(Touch("t1", "Acme", at(2026, 11, 26, 11, 0), block_id="rich-1"))
    store.follow_ups.save(FollowUp("f1", "Claire (VivaTech)", at(2026, 11, 26, 18, 0),
                                   at(2026, 11, 28, 18, 0), done_at=at(2026, 11, 27, 9, 0)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def full(store: Store) -> Store:
    _fill(store)
    return store


def _sections(doc: dict[str, Any]) -> dict[str, Any]:
    """The facts of an export: not when it was made, nor whose (each folder has its own
    profile id)."""
    return {k: v for k, v in doc.items() if k not in ("exported_at", "who")}


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ---- round trip -----------------------------------------------------------------------


def test_an_import_cannot_turn_on_start_at_login_or_forceful_apps(
    full: Store, tmp_path: Path, clock: FakeClock
) -> None:
    full.settings.save(full.settings.get().updated(
        autostart=True, blocked_apps=("kill:steam", "suspend:/usr/bin/game", "close:slack")))
    path = tmp_path / "export.json"
    write_export(full, path)
    fresh, _ = Store.open(tmp_path / "fresh", now=clock.now)
    with fresh:
        report = import_file(fresh, path)
        settings = fresh.settings.get()
    assert report.ok and report.preview is not None
    assert report.preview.autostart_held_back
    assert report.preview.apps_held_back == ("kill:steam", "suspend:/usr/bin/game")
    assert settings.autostart is False
    # Forceful rules become warnings; the user turns them on again in Settings.
    assert settings.blocked_apps == ("steam", "/usr/bin/game", "close:slack")



def test_export_then_import_into_a_fresh_store_round_trips_everything(
    full: Store, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "export.json"
    written = write_export(full, path)
    assert written["format"] == FORMAT and written["version"] == VERSION
    assert len(written["blocks"]) > 60 and len(written["days"]) > 15
    assert len(written["reviews"]) == 2
    assert len(written["tallies"]) == len(written["handoffs"]) == 1
    assert written["who"] == {"name": "", "profile": full.profile} and full.profile

    fresh, _ = Store.open(tmp_path / "fresh", now=clock.now)
    with fresh:
        report = import_file(fresh, path)
        assert report.ok, report.problems
        assert report.preview is not None
        assert report.preview.blocks_added == len(written["blocks"])
        assert report.preview.blocks_updated == 0
        assert _sections(export_all(fresh)) == _sections(written)
        # Models too (offsets kept: a block's local day never moves).
        assert [(b, b.start.utcoffset()) for b in fresh.blocks.all()] == [
            (b, b.start.utcoffset()) for b in full.blocks.all()
        ]
        assert fresh.days.all() == full.days.all()
        assert fresh.reviews.all() == full.reviews.all()
        assert fresh.tallies.all() == full.tallies.all()
        assert fresh.handoffs.all() == full.handoffs.all()
        assert fresh.leads.all() == full.leads.all()
        assert fresh.settings.get() == full.settings.get()
        assert fresh.roles.get() == full.roles.get()
        assert not fresh.problems

    reopened, _ = Store.open(tmp_path / "fresh", now=clock.now)  # it is on disk, too
    with reopened:
        assert _sections(export_all(reopened)) == _sections(written)


def test_import_merges_by_id_date_and_week_and_replaces_settings_and_roles(
    full: Store, tmp_path: Path, clock: FakeClock
) -> None:
    doc = export_all(full)
    fresh, _ = Store.open(tmp_path / "other", now=clock.now)
    with fresh:
        mine = make_block("only-here", at(2026, 12, 1, 9, 0))
        fresh.blocks.save(mine)
        changed = replace(full.blocks.get("rich-1"), note="edited here")  # type: ignore[type-var]
        fresh.blocks.save(changed)
        fresh.days.save(Day(date(2025, 1, 6), "old day", status=OneThingStatus.DONE))
        # The file's version of rich-1 moves to another month: it must move, not duplicate.
        moved = copy.deepcopy(doc)
        rich = next(b for b in moved["blocks"] if b["id"] == "rich-1")
        rich["start"], rich["end"] = "2026-10-30T14:00:00+01:00", "2026-10-30T14:50:00+01:00"
        rich["pauses"], rich["away"] = [], []  # moved: its spells away go too
        report = apply_import(fresh, _plan(moved))
        assert report.ok
        assert report.preview is not None
        assert report.preview.blocks_updated == 1
        assert report.preview.blocks_added == len(doc["blocks"]) - 1
        assert fresh.blocks.get("only-here") == mine
        assert fresh.blocks.get("rich-1").start.month == 10  # type: ignore[union-attr]
        assert [b.id for b in fresh.blocks.all()].count("rich-1") == 1
        assert fresh.days.get(date(2025, 1, 6)) is not None
        assert fresh.settings.get() == full.settings.get()
        assert report.kept_copy is not None and (report.kept_copy / "focusapp.json").is_file()
        again = apply_import(fresh, _plan(moved))  # idempotent
        assert again.preview is not None and again.preview.changes_nothing
        assert len(fresh.blocks.all()) == len(doc["blocks"]) + 1
    reopened, _ = Store.open(tmp_path / "other", now=clock.now)
    with reopened:
        assert [b.id for b in reopened.blocks.all()].count("rich-1") == 1
        assert not reopened.problems


def _plan(doc: object) -> ImportPlan:
    plan = validate_import(doc)
    assert isinstance(plan, ImportPlan), str(plan)
    return plan


# ---- hostile files --------------------------------------------------------------------


def _small_doc(store: Store) -> dict[str, Any]:
    """A valid export with a few records of each kind (kept small so checks are fast)."""
    doc = export_all(store)
    blocks = {b["id"]: b for b in doc["blocks"]}
    doc["blocks"] = [blocks["rich-1"], blocks["rich-ny"], blocks["custom"], doc["blocks"][0]]
    doc["days"] = doc["days"][-3:]
    return doc


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


_WRONG = ([], {}, "text", 12345, -7, 2.5, True, [[]], {"x": {}})


def _wrong_for(original: Any) -> list[Any]:
    """Values of another JSON type than `original` that no field would accept in its place."""
    def kind(v: Any) -> str:
        if isinstance(v, bool):
            return "bool"
        if isinstance(v, int | float):
            return "number"
        return type(v).__name__

    return [v for v in _WRONG if kind(v) != kind(original) and original is not None]


def _corpus(doc: dict[str, Any]) -> list[tuple[str, bytes]]:
    rng = random.Random(20261127)
    good = dumps_export(doc)
    cases: list[tuple[str, bytes]] = []

    def add(name: str, value: Any) -> None:
        cases.append((name, json.dumps(value, ensure_ascii=False).encode()))

    # Truncated at random offsets.
    for offset in sorted(rng.sample(range(1, len(good) - 2), 40)):
        cases.append((f"truncated@{offset}", good[:offset]))
    # Wrong types at random paths (never the whole document: that is another case below).
    paths = [p for p in _paths(doc) if p and p[-1] not in ("exported_at",)]
    for path in rng.sample(paths, 70):
        original = _get(doc, path)
        choices = _wrong_for(original)
        if choices:
            add(f"wrong type at {path}", _set(doc, path, rng.choice(choices)))
    b, d, r = ("blocks", 0), ("days", 0), ("reviews", 0)
    big = "x" * 10_000_000
    for name, path, value in [
        ("note 201", (*b, "note"), "n" * 201),
        ("note 10 MB", (*b, "note"), big),
        ("one thing 201", (*d, "one_thing"), "o" * 201),
        ("one thing blank", (*d, "one_thing"), "   "),
        ("id 1000", (*b, "id"), "i" * 1000),
        ("id empty", (*b, "id"), ""),
        ("target 1000", (*b, "distraction", "by_target"), {"t" * 1000: 1.0}),
        ("reflection 6000", (*r, "worked"), "w" * 6000),
        ("interruption 500", (*b, "interruptions"), [{"at": doc["blocks"][0]["start"],
                                                      "what": "w" * 500}]),
        ("naive start", (*b, "start"), "2026-11-24T14:00:00"),
        ("naive end", (*b, "end"), "2026-11-24T15:00:00"),
        ("naive pause", (*b, "pauses", 0, "start"), "2026-11-24T14:05:00"),
        ("not a date", (*d, "day"), "2026-02-30"),
        ("year 1", (*b, "start"), "0001-01-01T00:00:00+01:00"),
        ("year 9999", (*d, "day"), "9999-12-31"),
        ("negative minutes", (*b, "planned_minutes"), -25),
        ("zero minutes", (*b, "planned_minutes"), 0),
        ("181 minutes", (*b, "planned_minutes"), 181),
        ("float minutes", (*b, "planned_minutes"), 25.5),
        ("energy 0", (*b, "energy"), 0),
        ("energy 6", (*b, "energy"), 6),
        ("count -1", (*b, "count"), -1),
        ("count huge", (*b, "count"), 10**12),
        ("attempts -1", (*b, "distraction", "blocked_attempts"), -1),
        ("seconds -5", (*b, "distraction", "distracted_seconds"), -5.0),
        ("end before start", (*b, "end"), "2026-11-24T13:00:00+01:00"),
        ("a year long", (*b, "end"), "2027-11-24T13:00:00+01:00"),
        ("pause before start", (*b, "pauses", 0, "start"), "2026-11-24T13:00:00+01:00"),
        ("pause ends first", (*b, "pauses", 0, "end"), "2026-11-24T14:01:00+01:00"),
        ("outcome no end", (*b, "end"), None),
        ("end no outcome", (*b, "outcome"), None),
        ("unknown outcome", (*b, "outcome"), "won"),
        ("unknown role", (*b, "role"), "ceo"),
        ("unknown status", (*d, "status"), "maybe"),
        ("unknown field", (*b, "colour"), "red"),
        ("unknown pause field", (*b, "pauses", 0, "why"), "lunch"),
        ("week 54", (*r, "week"), "2026-W54"),
        ("bad week", (*r, "week"), "last week"),
        ("priority role", (*r, "priorities"), {"ceo": "x"}),
        ("day start 25:00", ("settings", "day_start"), "25:00"),
        ("no presets", ("settings", "presets"), []),
        ("preset 500", ("settings", "presets"), [500]),
        ("language de", ("settings", "language"), "de"),
        ("weekday 9", ("settings", "working_weekdays"), [0, 9]),
        ("unknown setting", ("settings", "theme"), "dark"),
        ("day off reversed", ("settings", "days_off"), [{"first": "2026-12-24",
                                                        "last": "2026-12-20"}]),
        ("role unknown", ("roles", 0, "role"), "ceo"),
        ("target 0", ("roles", 0, "target"), {"minutes": 0, "count": None}),
        ("target empty", ("roles", 0, "target"), {"minutes": None, "count": None}),
        ("activity twice", ("roles", 0, "activities"), [{"id": "a"}, {"id": "a"}]),
        ("activity empty name", ("roles", 0, "activities"), [{"id": "custom.1", "name": " "}]),
        ("activity long name", ("roles", 0, "activities"), [{"id": "custom.1",
                                                            "name": "n" * 81}]),
        ("exported naive", ("exported_at",), "2026-11-27T17:00:00"),
        ("exported junk", ("exported_at",), ["now"]),
        ("nested junk in note", (*b, "note"), json.loads("[" * 50 + "]" * 50)),
        ("nested junk in target", (*b, "distraction", "by_target"),
         json.loads('{"a":' * 30 + "1" + "}" * 30)),
    ]:
        add(name, _set(doc, path, value))
    for version in (0, VERSION + 1, 99, -1, "1", 2.0, None, True, [1]):
        add(f"version {version!r}", {**doc, "version": version})
    for fmt in ("focusapp-backup", "", None, 1):
        add(f"format {fmt!r}", {**doc, "format": fmt})
    for section in ("settings", "roles", "days", "blocks", "reviews"):
        add(f"missing {section}", {k: v for k, v in doc.items() if k != section})
        add(f"{section} is a string", {**doc, section: "everything"})
        add(f"{section} null", {**doc, section: None})
    add("unknown top-level", {**doc, "extra": 1})
    add("duplicate block ids", {**doc, "blocks": [*doc["blocks"], doc["blocks"][1]]})
    add("duplicate days", {**doc, "days": [*doc["days"], doc["days"][0]]})
    add("duplicate weeks", {**doc, "reviews": [*doc["reviews"], doc["reviews"][0]]})
    add("duplicate roles", {**doc, "roles": [*doc["roles"], doc["roles"][0]]})
    add("a record is a number", {**doc, "blocks": [*doc["blocks"], 7]})
    add("a record is null", {**doc, "days": [None]})
    for top in ([doc], [], "export", 42, None, True):
        add(f"top level {type(top).__name__}", top)
    text = good.decode()
    seconds = '"distracted_seconds": 95.25'
    assert seconds in text
    for constant in ("NaN", "Infinity", "-Infinity"):
        cases.append((constant, text.replace(seconds, f'"distracted_seconds": {constant}',
                                             1).encode()))
    cases += [
        ("deep array", b"[" * 100_000),
        ("deep object", b'{"a":' * 100_000),
        ("deep closed", b"[" * 5000 + b"]" * 5000),
        ("empty", b""),
        ("spaces", b" \n\t "),
        ("latin-1", text.replace("called 7 accounts", "appelé 7 comptes").encode("latin-1",
                                                                               "replace")),
        ("utf-16", text.encode("utf-16")),
        ("random bytes", rng.randbytes(3000)),
        ("nul bytes", b"\x00" * 100),
        ("duplicate key", good.replace(b'"version": 3', b'"version": 3, "version": 3', 1)),
        ("huge integer", text.replace('"energy": ', '"energy": ' + "9" * 5000, 1).encode()),
        ("trailing junk", good + b"}{"),
        ("two documents", good + good),
        ("python literal", repr(doc).encode()),
    ]
    # Mutated files that were then cut short (a copy interrupted).
    # (Not "two documents": its first half is the good file itself.)
    singles = [c for c in cases if c[1][:1] == b"{" and c[0] != "two documents"]
    for i in range(20):
        name, raw = rng.choice(singles)
        cases.append((f"mutant {i}: {name}, truncated", raw[: len(raw) // 2]))
    return cases


def _check_refused(store: Store, tmp_path: Path, name: str, raw: bytes) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(raw)
    before = _digest(store.data_dir)
    report = import_file(store, path)
    assert not report.ok, f"{name}: accepted"
    assert report.problems and all(isinstance(p, Problem) and p.reason for p in report.problems)
    assert report.kept_copy is None
    assert _digest(store.data_dir) == before, f"{name}: files changed"


def test_at_least_200_hostile_files_are_refused_with_reasons_and_write_nothing(
    full: Store, tmp_path: Path
) -> None:
    doc = _small_doc(full)
    assert isinstance(validate_import(doc), ImportPlan)  # the base of every case is valid
    cases = _corpus(doc)
    assert len(cases) >= 200
    for name, raw in cases:
        _check_refused(full, tmp_path, name, raw)


def test_every_problem_is_listed_with_its_record(full: Store) -> None:
    doc = _small_doc(full)
    doc["blocks"][1]["start"] = "2026-11-25T09:00:00"
    doc["blocks"][2]["note"] = "n" * 300
    doc["blocks"].append(copy.deepcopy(doc["blocks"][0]))
    doc["days"][0]["status"] = "maybe"
    result = validate_import(doc)
    assert isinstance(result, ImportErrors)
    lines = [str(p) for p in result.problems]
    first_day = doc["days"][0]["day"]
    assert lines[0] == f"days[0] (day {first_day}): day: 'maybe' is not a valid OneThingStatus"
    assert lines[1] == "blocks[1] (id rich-ny): block: '2026-11-25T09:00:00' has no UTC offset"
    assert lines[2] == "blocks[2] (id custom): 'note' has 300 characters; at most 200"
    assert lines[3].startswith("blocks[4] (id rich-1): block id rich-1 is already in blocks[0]")
    assert len(lines) == 4


def test_unknown_version_names_the_versions_supported(full: Store) -> None:
    result = validate_import({**_small_doc(full), "version": 4})
    assert isinstance(result, ImportErrors)
    assert str(result) == ("file: export version 4 is not supported (this FocusApp reads "
                           "version 1, 2, 3)")


def test_a_version_1_export_without_counts_or_handoffs_still_imports(
    full: Store, tmp_path: Path, clock: FakeClock
) -> None:
    doc = export_all(full)
    old = {k: v for k, v in doc.items() if k not in ("tallies", "handoffs")} | {"version": 1}
    plan = validate_import(old)
    assert not isinstance(plan, ImportErrors), str(plan)
    assert plan.tallies == () and plan.handoffs == ()
    assert len(plan.blocks) == len(doc["blocks"])


def test_whose_export_it_is_is_checked_and_stays_the_files(full: Store, tmp_path: Path,
                                                           clock: FakeClock) -> None:
    doc = export_all(full, "Ana Lopez")
    assert doc["who"] == {"name": "Ana Lopez", "profile": full.profile}
    for bad in ("Ana", {"name": "Ana"}, {"name": "x" * 81, "profile": "p"},
                {"name": "Ana", "profile": "p", "boss": True}):
        result = validate_import({**doc, "who": bad})
        assert isinstance(result, ImportErrors) and "'who' should be" in str(result)
    path = tmp_path / "ana.json"
    path.write_bytes(dumps_export(doc))
    other, _ = Store.open(tmp_path / "other", now=clock.now)
    with other:
        assert import_file(other, path).ok
        assert other.profile != full.profile  # an import keeps the folder's own


def test_counts_and_handoffs_are_checked_and_counted_once(full: Store) -> None:
    doc = export_all(full)
    twice = {**doc, "tallies": doc["tallies"] * 2,
             "handoffs": [{**doc["handoffs"][0], "to": "\u200b"}]}
    result = validate_import(twice)
    assert isinstance(result, ImportErrors)
    reasons = str(result)
    assert "tallies[1] (activity outbound_prospector.conversations): count of" in reasons
    assert "handoffs[0] (id h1): Write something first: the text is empty." in reasons


def test_nan_given_as_an_object_is_refused(full: Store) -> None:
    doc = _small_doc(full)
    doc["blocks"][0]["distraction"]["distracted_seconds"] = float("nan")
    doc["blocks"][1]["distraction"]["by_target"] = {"x": float("inf")}
    result = validate_import(doc)
    assert isinstance(result, ImportErrors) and len(result.problems) == 2


def test_a_file_over_the_size_cap_is_refused_unread(full: Store, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 10)
    report = import_file(full, path)
    assert [str(p) for p in report.problems] == ["file: the file is larger than 50 MB"]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b'{"format": "focusapp-export", "format": "x"}',
         "file: the key 'format' appears twice in one object"),
        (b'{"version": NaN}', "file: NaN is not a number JSON allows"),
        (b'{"format": "focusapp-export",',
         "file: it is not valid JSON (Expecting property name enclosed in double quotes at "
         "line 1, column 30)"),
        (b"\xef\xbb\xbf[1, 2]", "file: the top level is an array, not a FocusApp export"),
    ],
)
def test_a_file_that_is_not_strict_json_says_why(
    full: Store, tmp_path: Path, raw: bytes, problem: str
) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(raw)
    report = import_file(full, path)
    assert [str(p) for p in report.problems] == [problem]


def test_a_missing_file_is_a_clear_refusal(full: Store, tmp_path: Path) -> None:
    report = import_file(full, tmp_path / "nope.json")
    assert not report.ok and "cannot read" in report.problems[0].reason


_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_junk_anywhere_never_crashes_and_is_refused(data: st.DataObject) -> None:
    doc = _HYPOTHESIS_DOC
    path = data.draw(st.sampled_from(_HYPOTHESIS_PATHS))
    junk = data.draw(_JUNK)
    original = _get(doc, path)
    mutated = _set(doc, path, junk)
    result = validate_import(mutated)
    if junk == original and type(junk) is type(original):
        return
    assert isinstance(result, ImportPlan | ImportErrors)
    if isinstance(result, ImportErrors):
        assert result.problems and all(p.reason for p in result.problems)


def _hypothesis_doc() -> dict[str, Any]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        opened, _ = Store.open(Path(folder), now=FakeClock(NOW).now)
        with opened:
            _fill(opened)
            return _small_doc(opened)


_HYPOTHESIS_DOC = _hypothesis_doc()
_HYPOTHESIS_PATHS = [p for p in _paths(_HYPOTHESIS_DOC) if p]


# ---- CSV and ICS ----------------------------------------------------------------------


def test_csv_parses_back_into_the_same_blocks(full: Store) -> None:
    blocks = full.blocks.all()
    rows = list(csv.DictReader(io.StringIO(blocks_csv(blocks), newline="")))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == len(blocks)
    by_id = {b.id: b for b in blocks}
    for row in rows:
        block = by_id[row["id"]]
        assert datetime.fromisoformat(row["start"]) == block.start
        assert row["start"] == block.start.isoformat()
        assert row["end"] == (block.end.isoformat() if block.end else "")
        assert (row["role"], row["activity"]) == (block.role, block.activity or "")
        assert int(row["planned_minutes"]) == block.planned_minutes
        assert float(row["focused_minutes"]) == pytest.approx(block.focused_minutes, abs=0.005)
        assert int(row["energy"]) == block.energy
        assert row["outcome"] == (block.outcome.value if block.outcome else "")
        assert row["count"] == ("" if block.count is None else str(block.count))
        assert row["note"] == block.note
        calls = sum(s.seconds for s in block.away if s.kind is AwayKind.CALL) / 60
        assert float(row["away_call_minutes"]) == pytest.approx(calls, abs=0.005)
    assert any(float(row["away_call_minutes"]) == 6.0 for row in rows)  # the rich blocks'


def _events(text: str) -> list[Any]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_ics_holds_the_finished_blocks_of_the_range(full: Store) -> None:
    week = IsoWeek(2026, 48)
    first, last = week.monday, week.days[-1]
    day_start = full.settings.get().day_rules.day_start
    running = Block("running", at(2026, 11, 27, 16, 0), 25, RoleId.SOLO.value)
    blocks = [*full.blocks.all(), running]
    expected = [b for b in blocks if b.finished and first <= b.day(day_start) <= last]
    assert len(expected) > 10
    text = blocks_ics(blocks, first, last, day_start=day_start)
    events = _events(text)
    assert len(events) == len(expected)
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{b.id}@focusapp" for b in expected}
    for block in expected:
        event = by_uid[f"{block.id}@focusapp"]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == block.start and end == block.end
        assert start.utcoffset() == timedelta(0)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.endswith("END:VCALENDAR\r\n")


def test_ics_escapes_and_folds_text_that_parses_back_unchanged(full: Store) -> None:
    block = full.blocks.get("custom")
    assert block is not None
    tricky = "Prospection; appels, « relances » \\ suivi\nligne 2 — " + "é" * 60 + " 📞" * 10
    text = blocks_ics([block], date(2026, 11, 27), date(2026, 11, 27),
                      summary=lambda b: tricky, description=lambda b: tricky + "\n" + b.note)
    (event,) = _events(text)
    assert str(event["SUMMARY"]) == tricky
    assert str(event["DESCRIPTION"]) == tricky + "\nx; y, z \\ w"
    lines = text.split("\r\n")
    assert any(line.startswith(" ") for line in lines)  # folded
    assert all(len(line.encode()) <= 75 for line in lines)


def test_ics_of_an_empty_range_is_a_valid_calendar() -> None:
    text = blocks_ics([], date(2026, 1, 1), date(2026, 1, 7))
    assert _events(text) == []
    assert icalendar.Calendar.from_ical(text)["PRODID"]


def test_ics_times_are_utc_whatever_the_offset() -> None:
    block = make_block("k", datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=5,
                                                                                  minutes=30))))
    text = blocks_ics([block], date(2026, 3, 28), date(2026, 3, 29))
    assert "DTSTART:20260328T200000Z" in text and "DTEND:20260328T205000Z" in text



def _depth(value: object) -> int:
    """The reference: levels of objects and arrays that hold something below `value`."""
    children = (list(value.values()) if isinstance(value, dict)
                else list(value) if isinstance(value, list) else [])
    return 1 + max(_depth(child) for child in children) if children else 0


@given(value=_JUNK, limit=st.integers(0, 4))
def test_nesting_is_measured_exactly_and_the_limit_holds(value: object, limit: int) -> None:
    assert import_check._too_deep(value, limit) == (_depth(value) > limit)


def test_a_record_nested_too_deeply_is_refused(full: Store) -> None:
    doc = export_all(full)
    deep: object = "x"
    for _ in range(20):
        deep = [deep]
    doc["blocks"][0]["note"] = deep
    result = validate_import(doc)
    assert isinstance(result, ImportErrors)
    assert any(p.reason == "nested too deeply" for p in result.problems)


# ---- counts survive an import merge once, never twice (issue 11) ----------------------------

_COUNTS = st.lists(st.tuples(st.integers(0, 9), st.sampled_from(
    ["outbound_prospector.prospecting_block", "outbound_prospector.conversations"]),
    st.integers(1, 40), st.booleans()), min_size=1, max_size=12)


def _progress(store: Store) -> dict[str, Any]:
    day_start = store.settings.get().day_rules.day_start
    return daily_progress(store.blocks.all(), store.days.all(), store.roles.get(), day_start,
                          store.tallies.all())


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(counts=_COUNTS)
def test_importing_the_same_export_twice_counts_each_count_once(
    counts: list[tuple[int, str, int, bool]], tmp_path_factory: pytest.TempPathFactory,
    clock: FakeClock,
) -> None:
    """Property: the counts of blocks and tallies of an export, imported twice into another
    folder, make the same progress per day and per metric as at home, and the totals are
    the sum of what was counted."""
    folder = tmp_path_factory.mktemp("counts")
    home, _ = Store.open(folder / "home", now=clock.now)
    with home:
        home.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
        for n, (ago, activity, count, in_block) in enumerate(counts):
            day = date(2026, 11, 20) - timedelta(days=ago)
            if in_block:
                home.blocks.save(replace(make_block(f"c{n}", at(day.year, day.month, day.day,
                                                                 9 + n % 8, 0)),
                                         role=RoleId.OUTBOUND_PROSPECTOR.value,
                                         activity=activity, count=count))
            else:
                tally = home.tallies.get(day, RoleId.OUTBOUND_PROSPECTOR.value, activity)
                home.tallies.save(Tally(day, RoleId.OUTBOUND_PROSPECTOR.value, activity,
                                        count + (tally.count if tally else 0)))
        doc = export_all(home)
        expected = _progress(home)
    away, _ = Store.open(folder / "away", now=clock.now)
    with away:
        for _ in range(2):
            assert apply_import(away, _plan(copy.deepcopy(doc))).ok
        progress = _progress(away)
    assert progress == expected
    role = progress[RoleId.OUTBOUND_PROSPECTOR.value]
    assert sum(p.count for p in role.values()) == sum(c for _, _, c, _ in counts)

def _leaves(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every key or index path inside a record."""
    items = (value.items() if isinstance(value, dict)
             else enumerate(value) if isinstance(value, list) else ())
    for key, child in items:
        yield (*path, key)
        yield from _leaves(child, (*path, key))


def test_no_field_of_any_record_takes_a_value_nested_too_deeply(full: Store) -> None:
    # The import measures a record's nesting only when its check refuses it: no field, at
    # any level of any kind of record, may accept a deep value (a field kept as raw JSON
    # would); each such value is refused, and for that reason.
    doc = export_all(full)
    deep: object = "x"
    for _ in range(import_check.MAX_DEPTH + 1):
        deep = [deep]
    records = {kind: next((r for r in doc[kind] if r.get("id") == "rich-1"), doc[kind][0])
               for kind in import_check.SECTIONS if kind != "settings"}
    for kind, record in records.items():
        for path in _leaves(record):
            bad = copy.deepcopy(record)
            parent: Any = bad
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = deep
            result = validate_import({**doc, kind: [bad]})
            assert isinstance(result, ImportErrors), (kind, path)
            assert [(p.kind, p.reason) for p in result.problems] == [
                (kind, "nested too deeply")], (kind, path)
