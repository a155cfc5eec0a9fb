"""Accounts, touches and follow-ups on disk and in an export (issue 12): the round trip, an
older export that still imports, and records an import refuses."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from focusapp.core.accounts import Account, Touch
from focusapp.core.book import Book
from focusapp.core.follow_ups import FollowUp
from focusapp.core.roles import RoleId
from focusapp.core.team import Export
from focusapp.store.database import Store
from focusapp.store.export import export_all, import_file, read_team_export, write_export
from focusapp.store.import_check import VERSION, ImportErrors, validate_import
from tests.conftest import FakeClock
from tests.store.helpers import PARIS_SUMMER, at

ACME = Account("Acme « SA »", date(2026, 9, 1), note="renewal in March; CFO decides")


def _fill(store: Store) -> None:
    store.accounts.save_many([ACME, Account("Bolt", date(2026, 10, 5))])
    store.touches.save(Touch("t1", ACME.name, at(2026, 7, 2, 10, 0, tz=PARIS_SUMMER), "b1"))
    store.touches.save(Touch("t2", "bolt", at(2026, 11, 20, 9, 0)))
    store.follow_ups.save(FollowUp("f1", "Claire (VivaTech)", at(2026, 11, 20, 9, 0),
                                   at(2026, 11, 22, 9, 0), done_at=at(2026, 11, 21, 8, 0)))
    store.follow_ups.save(FollowUp("f2", "Partner call: Datapoint", at(2026, 11, 23, 9, 0),
                                   at(2026, 11, 25, 9, 0), warned=True))
    roles = tuple(replace(c, cold_weeks=4) if c.role is RoleId.ACCOUNT_MANAGER else c
                  for c in store.roles.get())
    store.roles.save(roles)


def test_the_book_is_kept_across_a_restart(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        _fill(store)
        saved = (store.accounts.all(), store.touches.all(), store.follow_ups.all())
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert (reopened.accounts.all(), reopened.touches.all(),
                reopened.follow_ups.all()) == saved
        assert reopened.touches.all()[0].at.utcoffset() == PARIS_SUMMER.utcoffset(None)
        manager = next(c for c in reopened.roles.get() if c.role is RoleId.ACCOUNT_MANAGER)
        assert manager.cold_weeks == 4
        assert not reopened.problems


def test_an_export_carries_the_book_and_importing_it_twice_adds_it_once(
        store: Store, tmp_path: Path, clock: FakeClock) -> None:
    _fill(store)
    path = tmp_path / "export.json"
    written = write_export(store, path)
    assert written["version"] == VERSION == 3
    assert (len(written["accounts"]), len(written["touches"]), len(written["follow_ups"])) == (
        2, 2, 2)
    fresh, _ = Store.open(tmp_path / "fresh", now=clock.now)
    with fresh:
        first = import_file(fresh, path)
        assert first.ok
        # The confirmation lists the book too (ui/import_text.py words it).
        assert first.preview is not None
        assert first.preview.book == (("accounts", 2, 0), ("touches", 2, 0),
                                      ("follow_ups", 2, 0))
        again = import_file(fresh, path)
        assert again.ok and again.preview is not None
        assert again.preview.book == ()  # nothing new: not listed
        assert fresh.accounts.all() == store.accounts.all()
        assert fresh.touches.all() == store.touches.all()
        assert fresh.follow_ups.all() == store.follow_ups.all()
        assert fresh.roles.get() == store.roles.get()


def test_a_manager_s_team_report_reads_a_rep_s_book(store: Store, tmp_path: Path) -> None:
    _fill(store)
    path = tmp_path / "ana.json"
    write_export(store, path, "Ana")
    read = read_team_export(path)
    assert isinstance(read, Export)
    assert read.book == Book(tuple(store.accounts.all()), tuple(store.touches.all()),
                             tuple(store.follow_ups.all()))


def _version_2(doc: dict[str, Any]) -> dict[str, Any]:
    """An export as FocusApp wrote it before issue 12: no book, no cold weeks in roles."""
    roles = [{k: v for k, v in r.items() if k != "cold_weeks"} for r in doc["roles"]]
    return {k: v for k, v in doc.items() if k not in ("accounts", "touches", "follow_ups")} | {
        "version": 2, "roles": roles}


def test_a_version_2_export_still_imports_and_keeps_the_book_here(
        store: Store, tmp_path: Path, clock: FakeClock) -> None:
    old = _version_2(export_all(store))
    plan = validate_import(old)
    assert not isinstance(plan, ImportErrors), str(plan)
    assert (plan.accounts, plan.touches, plan.follow_ups) == ((), (), ())
    assert all(c.cold_weeks == 6 for c in plan.roles)
    other, _ = Store.open(tmp_path / "other", now=clock.now)
    with other:
        _fill(other)
        path = tmp_path / "old.json"
        path.write_text(json.dumps(old))
        assert import_file(other, path).ok
        assert [a.name for a in other.accounts.all()] == [ACME.name, "Bolt"]  # merged, kept


def test_an_import_refuses_a_bad_book_and_names_each_record(store: Store) -> None:
    _fill(store)
    doc = export_all(store)
    doc["accounts"].append({"name": "ACME « sa »", "added": "2026-01-01", "note": ""})
    doc["touches"][0]["at"] = "2026-07-02T10:00:00"
    doc["follow_ups"][0]["name"] = "x" * 81
    doc["follow_ups"][1]["colour"] = "red"
    doc["roles"][0]["cold_weeks"] = 0
    result = validate_import(doc)
    assert isinstance(result, ImportErrors)
    text = str(result)
    assert "accounts[2] (name ACME « sa »): account ACME « sa » is already in accounts[0]" in (
        text.replace("acme « sa »", "ACME « sa »"))
    assert "touches[0] (id t1): touch: '2026-07-02T10:00:00' has no UTC offset" in text
    assert "follow_ups[0] (id f1): Keep it to 80 characters" in text
    assert "follow_ups[1] (id f2): the follow-up has unknown field(s) colour" in text
    assert "roles[0] (role account_manager): An account goes cold after 1 to 52" in text
