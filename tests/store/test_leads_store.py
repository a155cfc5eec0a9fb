"""Leads on disk: saved and read back, exported and imported (export version 3), and an
export from before leads still imports."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.leads import Lead
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store import leads as leads_store
from focusapp.store.database import Store
from focusapp.store.export import dumps_export, export_all, import_file
from focusapp.store.import_check import ImportErrors, validate_import
from focusapp.store.layout import data_files
from tests.conftest import FakeClock

PARIS = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))
ARRIVED = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)


def _leads() -> list[Lead]:
    return [
        Lead("a1b2c3d4", ARRIVED, "inbound_qualifier", 5, "Acme « SA »",
             ARRIVED + timedelta(minutes=3)),
        Lead("c9d0e1f2", ARRIVED, "inbound_qualifier", 5, "spam",
             dropped_at=ARRIVED + timedelta(minutes=1)),  # set aside: not a lead
        Lead("e5f6a7b8", datetime(2026, 11, 23, 22, 58, tzinfo=NEW_YORK), "solo", 10,
             warned=True),
    ]


def _with_leads(store: Store) -> Store:
    roles = default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER}))
    store.roles.save(tuple(replace(c, lead_minutes=7) if c.role is RoleId.INBOUND_QUALIFIER
                           else c for c in roles))
    for lead in _leads():
        store.leads.save(lead)
    return store


def test_leads_and_a_role_target_are_read_back_with_their_offsets(
        store: Store, data_dir: Path, clock: FakeClock) -> None:
    _with_leads(store)
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert reopened.leads.all() == _leads()
        assert [lead.at.utcoffset() for lead in reopened.leads.all()] == [
            timedelta(hours=1), timedelta(hours=1), timedelta(hours=-5)]
        inbound = next(c for c in reopened.roles.get() if c.role is RoleId.INBOUND_QUALIFIER)
        assert inbound.lead_minutes == 7


def test_leads_go_through_an_export_and_an_import_once(store: Store, tmp_path: Path,
                                                       clock: FakeClock) -> None:
    doc = export_all(_with_leads(store))
    assert doc["version"] == 3 and len(doc["leads"]) == 3
    path = tmp_path / "export.json"
    path.write_bytes(dumps_export(doc))
    fresh, _ = Store.open(tmp_path / "fresh", now=clock.now)
    with fresh:
        report = import_file(fresh, path)
        assert report.ok and report.preview is not None
        assert (report.preview.leads_added, report.preview.leads_updated) == (3, 0)
        assert import_file(fresh, path).ok  # twice: still three leads
        assert fresh.leads.all() == _leads()
        inbound = next(c for c in fresh.roles.get() if c.role is RoleId.INBOUND_QUALIFIER)
        assert inbound.lead_minutes == 7


def test_a_version_2_export_without_leads_or_lead_targets_still_imports(
        store: Store, tmp_path: Path, clock: FakeClock) -> None:
    doc = export_all(_with_leads(store))
    old = {k: v for k, v in doc.items() if k != "leads"} | {"version": 2}
    old["roles"] = [{k: v for k, v in role.items() if k != "lead_minutes"}
                    for role in old["roles"]]
    path = tmp_path / "v2.json"
    path.write_bytes(dumps_export(old))
    fresh, _ = Store.open(tmp_path / "fresh", now=clock.now)
    with fresh:
        assert import_file(fresh, path).ok
        assert fresh.leads.all() == []
        assert {c.lead_minutes for c in fresh.roles.get()} == {5}  # the built-in target


def test_a_lead_the_app_would_not_store_refuses_the_file(store: Store) -> None:
    doc = export_all(_with_leads(store))
    for field, value, reason in [("target_minutes", 0, "speed-to-lead target"),
                                 ("role", "boss", "not a known role"),
                                 ("name", "x" * 81, "Keep it to 80 characters"),
                                 ("at", "2026-11-23T09:00:00", "UTC offset"),
                                 ("colour", "red", "colour")]:
        bad = {**doc, "leads": [{**doc["leads"][0], field: value}, doc["leads"][1]]}
        result = validate_import(bad)
        assert isinstance(result, ImportErrors), field
        assert "leads[0] (id a1b2c3d4)" in str(result) and reason in str(result), str(result)
    twice = {**doc, "leads": [doc["leads"][0], doc["leads"][0]]}
    assert "lead id a1b2c3d4 is already in leads[0]" in str(validate_import(twice))
    bad_role = {**doc, "roles": [{**doc["roles"][0], "lead_minutes": 2000}, *doc["roles"][1:]]}
    assert "speed-to-lead target" in str(validate_import(bad_role))


def _month_files(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "leads").glob("*.json"))


def test_a_lead_is_saved_in_the_file_of_its_arrival_month_alone(
        store: Store, data_dir: Path, clock: FakeClock) -> None:
    _with_leads(store)
    october = Lead("0ct0ber1", datetime(2026, 10, 31, 23, 30, tzinfo=PARIS), "solo", 10)
    store.leads.save(october)
    assert _month_files(data_dir) == ["2026-10.json", "2026-11.json"]
    main, november = data_dir / "focusapp.json", data_dir / "leads" / "2026-11.json"
    before = main.read_bytes(), november.read_bytes()
    store.leads.save(october.touched(ARRIVED))  # a touch rewrites October's file alone
    assert (main.read_bytes(), november.read_bytes()) == before
    assert '"leads"' not in main.read_text("utf-8")
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert reopened.leads.all() == [october.touched(ARRIVED), *_leads()]


def test_an_import_that_moves_a_lead_to_another_month_leaves_one_copy(
        store: Store, data_dir: Path, clock: FakeClock) -> None:
    _with_leads(store)
    first = _leads()[0]
    moved = replace(first, at=first.at - timedelta(days=30), touched_at=None)
    store.leads.save_many([moved, replace(_leads()[1], name="not spam")])
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        leads = reopened.leads.all()
        assert [lead.id for lead in leads] == ["a1b2c3d4", "c9d0e1f2", "e5f6a7b8"]
        assert leads[0] == moved and leads[1].name == "not spam"
    assert _month_files(data_dir) == ["2026-10.json", "2026-11.json"]


def test_a_lead_that_cannot_be_read_is_skipped_and_named(
        store: Store, data_dir: Path, clock: FakeClock) -> None:
    _with_leads(store)
    store.close()
    path = data_dir / "leads" / "2026-11.json"
    tables = json.loads(path.read_text("utf-8"))
    tables["leads"]["9"] = {"id": "broken", "at": "not an instant"}
    path.write_text(json.dumps(tables), "utf-8")
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert reopened.leads.all() == _leads()
        assert any("leads/2026-11.json document 9" in p for p in reopened.problems)


def test_leads_of_a_schema_2_folder_move_to_their_month_files(
        data_dir: Path, clock: FakeClock) -> None:
    """Schema 2 kept the leads in the main file; written here as that version wrote them."""
    lead = {"role": "inbound_qualifier", "target_minutes": 5, "name": "", "touched_at": None,
            "warned": False, "dropped_at": None}
    main = {"meta": {"1": {"schema_version": 2, "created": "2026-10-01T08:12:00+02:00"}},
            "settings": {}, "roles": {}, "days": {}, "reviews": {},
            "leads": {"1": {**lead, "id": "a1", "at": "2026-10-31T23:30:00+01:00"},
                      "2": {**lead, "id": "b2", "at": "2026-11-02T09:00:00+01:00",
                            "name": "Acme"},
                      "3": {**lead, "id": "c3", "at": "yesterday"}}}
    (data_dir / "focusapp.json").write_text(json.dumps(main), "utf-8")
    store, report = Store.open(data_dir, now=clock.now)
    with store:
        assert report.migrated_from == 2
        assert [(lead.id, lead.name) for lead in store.leads.all()] == [("a1", ""),
                                                                         ("b2", "Acme")]
    written = json.loads((data_dir / "focusapp.json").read_text("utf-8"))
    assert "leads" not in written and written["meta"]["1"]["schema_version"] == 3
    # The one with no readable arrival is kept in the main file, not lost.
    assert list(written["unmigrated"].values()) == [
        {"table": "leads", "doc": main["leads"]["3"]}]
    assert _month_files(data_dir) == ["2026-10.json", "2026-11.json"]
    kept = data_dir / "backups" / "before-schema-3" / "focusapp.json"
    assert json.loads(kept.read_text("utf-8")) == main


def _three_months(store: Store) -> list[Lead]:
    """A lead touched in September, one set aside in October, one waiting in November."""
    leads = [Lead("sep00001", datetime(2026, 9, 3, 9, 0, tzinfo=PARIS), "solo", 10,
                  "Touched", datetime(2026, 9, 3, 9, 5, tzinfo=PARIS)),
             Lead("oct00001", datetime(2026, 10, 6, 9, 0, tzinfo=PARIS), "solo", 10,
                  dropped_at=datetime(2026, 10, 6, 9, 1, tzinfo=PARIS)),
             Lead("nov00001", ARRIVED, "solo", 10, "Waiting")]
    for lead in leads:
        store.leads.save(lead)
    return leads


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the leads decoded by stores opened from now on."""
    names: list[str] = []
    real = leads_store.decode_lead

    def decode(doc: Mapping[str, Any]) -> Lead:
        names.append(str(doc.get("id")))
        return real(doc)

    monkeypatch.setattr(leads_store, "decode_lead", decode)
    return names


def test_a_start_decodes_only_the_months_that_hold_a_waiting_lead(
        store: Store, data_dir: Path, clock: FakeClock, decoded: list[str]) -> None:
    leads = _three_months(store)
    assert store.leads.waiting() == [leads[2]]  # the notes are made here
    store.close()
    decoded.clear()
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert reopened.leads.waiting() == [leads[2]]
        assert decoded == ["nov00001"]
        assert reopened.leads.arrived_between(date(2026, 10, 1), date(2026, 10, 31)) == [
            leads[1]]
        assert decoded == ["nov00001", "oct00001"]  # a month read when asked, then kept
        assert reopened.leads.all() == leads
    assert sorted(p.name for p in (data_dir / "leads").iterdir()) == [
        "2026-09.json", "2026-09.waiting.json", "2026-10.json", "2026-10.waiting.json",
        "2026-11.json", "2026-11.waiting.json"]
    assert "leads/2026-09.waiting.json" not in data_files(data_dir)  # never backed up


@pytest.mark.parametrize("note", ["stale", "damaged", "missing", "unwritable"])
def test_a_note_that_cannot_be_trusted_is_made_again_from_its_month(
        store: Store, data_dir: Path, clock: FakeClock, note: str) -> None:
    leads = _three_months(store)
    store.leads.waiting()
    path = data_dir / "leads" / "2026-09.waiting.json"
    if note == "stale":  # September's lead set waiting again behind the note's back
        store.leads.save(replace(leads[0], touched_at=None))
    elif note == "damaged":
        path.write_text('{"format": 1, "source": ', "utf-8")
    elif note == "missing":
        path.unlink()
    else:  # a folder where the note goes: it cannot be written, ever
        path.unlink()
        path.mkdir()
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        expected = [replace(leads[0], touched_at=None)] if note == "stale" else []
        assert reopened.leads.waiting() == [*expected, leads[2]]
    if note != "unwritable":
        assert json.loads(path.read_text("utf-8"))["waiting"] == (
            ["sep00001"] if note == "stale" else [])


def test_a_weeks_review_counts_its_leads_from_their_months_alone(
        store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    from focusapp.core.days import IsoWeek
    from focusapp.core.leads import lead_figures
    from focusapp.services.daily import DailyLoop
    from focusapp.ui.review_model import ReviewProvider

    _with_leads(store)
    _three_months(store)
    every = store.leads.all()
    week = IsoWeek.of(ARRIVED.date())
    rules = store.settings.get().day_rules
    monkeypatch.setattr(store.leads, "all", lambda: pytest.fail("the review read every lead"))
    facts = ReviewProvider.from_daily(DailyLoop(clock, store), store.reviews,
                                      store.leads.arrived_between).facts()
    counted = facts.results(week)[RoleId.INBOUND_QUALIFIER.value].leads
    assert counted.arrived == 1  # Acme; the spam set aside counts nowhere
    assert counted == lead_figures(every, week.monday, week.days[-1], rules,
                                   RoleId.INBOUND_QUALIFIER.value)


def test_a_lead_saved_after_its_month_file_was_put_back_from_a_backup_overwrites_no_other(
        data_dir: Path, clock: FakeClock) -> None:
    """A month read, closed (only four stay open), damaged and recovered from the day's
    backup holds other doc ids than those read before: they are read again."""
    def arrived(lead_id: str, day: int) -> Lead:
        return Lead(lead_id, datetime(2026, 11, day, 9, 0, tzinfo=PARIS), "solo", 10, lead_id)

    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.leads.save(arrived("aaaa0001", 2))
    clock.advance(days=1)  # the day's first write backs November up, with its first lead
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.leads.save(arrived("bbbb0002", 3))
        store.leads.save(arrived("cccc0003", 4))
        for year, month in ((2026, 12), (2027, 1), (2027, 2), (2027, 3)):  # November closes
            store.leads.save(Lead(f"later{month:03d}", datetime(year, month, 1, 9, 0,
                                                                 tzinfo=PARIS), "solo", 10))
        assert len(store.leads.all()) == 7
        (data_dir / "leads" / "2026-11.json").write_bytes(b"{oops")
        touched = clock.now()
        store.leads.save(arrived("cccc0003", 4).touched(touched))  # recovers November
        store.leads.save(arrived("bbbb0002", 3).touched(touched))
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        kept = {lead.id: lead for lead in store.leads.all()}
        assert {"aaaa0001", "bbbb0002", "cccc0003"} <= set(kept)
        assert kept["cccc0003"].touched_at == kept["bbbb0002"].touched_at == touched
