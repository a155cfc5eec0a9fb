"""An import is all or nothing: a failed write, a crash, a crash while undoing (journal.py)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.models import Day, OneThingStatus
from focusapp.store import database as database_module
from focusapp.store import journal as journal_module
from focusapp.store.atomic import AtomicJSONStorage
from focusapp.store.database import Store
from focusapp.store.errors import DataDirUnusable, ImportFailed, ImportNotUndone
from focusapp.store.export import apply_import, export_all, read_export, write_export
from focusapp.store.import_check import ImportPlan
from focusapp.store.journal import JOURNAL_FILE
from focusapp.store.layout import data_files
from tests.conftest import FakeClock
from tests.store.helpers import at, make_block
from tests.ui.history import NOW, build_history

NEW_MONTHS = ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store (on this module's clock), with six weeks of history."""
    build_history(store)
    return store


@pytest.fixture
def plan(tmp_path: Path, clock: FakeClock) -> ImportPlan:
    """Blocks over six months this folder has no file for and one in a month it has, a day,
    other settings."""
    source, _ = Store.open(tmp_path / "source", now=clock.now)
    with source:
        source.blocks.save_many(
            make_block(f"old-{n}", at(2025, 1, 6, 9, 0) + timedelta(days=7 * n), 25)
            for n in range(24))
        source.blocks.save(make_block("this-month", at(2026, 11, 26, 11, 0), 25))
        source.days.save(Day(date(2025, 3, 3), "Call Acme", "field_sales", None,
                             OneThingStatus.DONE))
        source.settings.save(source.settings.get().updated(long_break_every=3))
        write_export(source, tmp_path / "export.json")
    checked = read_export(tmp_path / "export.json")
    assert isinstance(checked, ImportPlan)
    return checked


def state(store: Store) -> tuple[dict[str, str], dict[str, Any]]:
    """Every data file's content, and every record as the store reads it."""
    files = {rel: hashlib.sha256((store.data_dir / rel).read_bytes()).hexdigest()
             for rel in data_files(store.data_dir)}
    records = {k: v for k, v in export_all(store).items() if k != "exported_at"}
    return files, records


def fail_write(monkeypatch: pytest.MonkeyPatch, at_write: int) -> list[Path]:
    """The store's `at_write`-th data file write from now on fails: the disk is full."""
    written: list[Path] = []
    real = AtomicJSONStorage.write

    def write(self: AtomicJSONStorage, data: Any) -> None:
        if len(written) + 1 == at_write:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, data)
        written.append(self.path)

    monkeypatch.setattr(AtomicJSONStorage, "write", write)
    return written


def reopen(store: Store, clock: FakeClock) -> tuple[Store, Any]:
    store.close()
    return Store.open(store.data_dir, now=clock.now)


# ---- a write fails during the import --------------------------------------------------


@pytest.mark.parametrize("at_write", [1, 3, 6, 8])
def test_a_write_failing_midway_puts_every_file_back(
        store: Store, plan: ImportPlan, monkeypatch: pytest.MonkeyPatch, at_write: int) -> None:
    before = state(store)
    written = fail_write(monkeypatch, at_write)
    with pytest.raises(ImportFailed) as refused:
        apply_import(store, plan)
    assert len(written) == at_write - 1  # the files before it were written, then undone
    assert (refused.value.code, refused.value.params) == ("import.failed", {"reason": "ENOSPC"})
    assert state(store) == before  # on disk and in memory: nothing of the import
    assert not (store.data_dir / JOURNAL_FILE).exists()
    monkeypatch.undo()
    store.blocks.save(make_block("after", at(2026, 11, 27, 15, 0)))  # the store goes on
    again, report = reopen(store, clock=FakeClock(NOW))
    with again:
        assert report.interrupted_import is None  # nothing left for the next start
        assert again.blocks.get("after") is not None


def test_a_repo_failing_after_the_blocks_were_written_keeps_none_of_them(
        store: Store, plan: ImportPlan, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(store)

    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(store.days), "save_many", full_disk)
    with pytest.raises(ImportFailed):
        apply_import(store, plan)
    assert state(store) == before
    assert not any((store.data_dir / "blocks" / f"{m}.json").exists() for m in NEW_MONTHS)


def test_no_room_for_the_copy_refuses_the_import_before_any_write(
        store: Store, plan: ImportPlan, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(store)

    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database_module, "copy_file_atomically", full_disk)
    with pytest.raises(ImportFailed) as refused:
        apply_import(store, plan)
    assert refused.value.params == {"reason": "ENOSPC"}
    assert state(store) == before and not (store.data_dir / JOURNAL_FILE).exists()


def test_an_import_that_completes_leaves_no_journal(store: Store, plan: ImportPlan) -> None:
    report = apply_import(store, plan)
    assert report.preview.blocks_added == 25
    assert not (store.data_dir / JOURNAL_FILE).exists()
    assert all((store.data_dir / "blocks" / f"{m}.json").exists() for m in NEW_MONTHS)
    assert store.settings.get().long_break_every == 3


# ---- a crash during the import --------------------------------------------------------


def crash_midway(store: Store, plan: ImportPlan) -> None:
    """What a kill -9 after the blocks were written leaves: a journal and half an import."""
    store.begin_import()
    store.blocks.save_many(plan.blocks)
    store.days.save_many(list(plan.days))
    store.close()  # no end_import: the process died here


def test_an_import_cut_by_a_crash_is_undone_at_the_next_open(
        store: Store, plan: ImportPlan, clock: FakeClock) -> None:
    before = state(store)
    crash_midway(store, plan)
    assert (store.data_dir / "blocks" / "2025-01.json").exists()
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None and report.interrupted_import.rolled_back
        assert report.interrupted_import.copy.parent == again.data_dir / "backups"
        assert state(again) == before  # the files the import created are gone too
    third, report = Store.open(store.data_dir, now=clock.now)
    third.close()
    assert report.interrupted_import is None  # said once


def test_a_crash_while_undoing_is_undone_again_at_the_next_open(
        store: Store, plan: ImportPlan, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(store)
    crash_midway(store, plan)
    real = journal_module.copy_file_atomically
    copies: list[Path] = []

    def copy_then_full(source: Path, target: Path) -> None:
        if copies:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)
        copies.append(target)

    monkeypatch.setattr(journal_module, "copy_file_atomically", copy_then_full)
    with pytest.raises(DataDirUnusable) as unusable:
        Store.open(store.data_dir, now=clock.now)
    assert unusable.value.params["reason"] == "ENOSPC" and copies
    assert (store.data_dir / JOURNAL_FILE).exists()
    monkeypatch.undo()
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None and report.interrupted_import.rolled_back
        assert state(again) == before


def test_an_import_that_cannot_be_undone_now_is_undone_at_the_next_start(
        store: Store, plan: ImportPlan, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(store)
    fail_write(monkeypatch, 8)  # after the month it had was written

    def still_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module, "copy_file_atomically", still_full)
    with pytest.raises(ImportNotUndone) as refused:
        apply_import(store, plan)
    assert (refused.value.code, refused.value.params) == ("import.not_undone",
                                                          {"reason": "ENOSPC"})
    assert (store.data_dir / JOURNAL_FILE).exists()
    monkeypatch.undo()
    store.close()
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None and report.interrupted_import.rolled_back
        assert state(again) == before


# ---- a journal that is not ours is never followed -------------------------------------


def _edit(doc: dict[str, Any], **changes: Any) -> bytes:
    return json.dumps({**doc, **changes}).encode()


HOSTILE: dict[str, Callable[[dict[str, Any], Path], bytes]] = {
    "not json": lambda doc, _: b'{"format": "focusapp-import-journal", "ver',
    "a duplicate key": lambda doc, _: _edit(doc)[:-1] + b', "version": 1}',
    "an extra field": lambda doc, _: _edit(doc, run="rm -rf /"),
    "another version": lambda doc, _: _edit(doc, version=2),
    "a copy outside the folder": lambda doc, _: _edit(doc, aside="../outside"),
    "an absolute copy": lambda doc, outside: _edit(doc, aside=str(outside)),
    "a file outside the folder": lambda doc, _: _edit(
        doc, files=[*doc["files"], "../escaped.json"]),
    "a file that is not data": lambda doc, _: _edit(doc, files=[*doc["files"], "focusapp.lock"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_journal_we_did_not_write_is_set_aside_and_not_followed(
        store: Store, plan: ImportPlan, clock: FakeClock, tmp_path: Path, name: str) -> None:
    crash_midway(store, plan)
    path = store.data_dir / JOURNAL_FILE
    aside = store.data_dir / json.loads(path.read_bytes())["aside"]
    outside = tmp_path / "outside"  # a complete copy, planted where it must not be taken
    shutil.copytree(aside, outside)
    (aside.parent / "escaped.json").write_bytes((aside / "focusapp.json").read_bytes())
    planted = sorted(p.relative_to(outside) for p in outside.rglob("*"))
    hostile = HOSTILE[name](json.loads(path.read_bytes()), outside)
    path.write_bytes(hostile)
    half_imported = {rel: (store.data_dir / rel).read_bytes()
                     for rel in data_files(store.data_dir)}
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None
        assert not report.interrupted_import.rolled_back
        assert report.interrupted_import.copy == again.data_dir / "backups"
        assert {rel: (again.data_dir / rel).read_bytes()
                for rel in data_files(again.data_dir)} == half_imported
    (kept,) = store.data_dir.glob(f"{JOURNAL_FILE}.refused-*")
    assert kept.read_bytes() == hostile and not path.exists()
    assert not (tmp_path / "escaped.json").exists()
    assert sorted(p.relative_to(outside) for p in outside.rglob("*")) == planted


def test_a_copy_partly_missing_is_not_followed(
        store: Store, plan: ImportPlan, clock: FakeClock) -> None:
    crash_midway(store, plan)
    aside = json.loads((store.data_dir / JOURNAL_FILE).read_bytes())["aside"]
    (store.data_dir / aside / "focusapp.json").unlink()
    main = (store.data_dir / "focusapp.json").read_bytes()
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None
        assert not report.interrupted_import.rolled_back
        assert (again.data_dir / "focusapp.json").read_bytes() == main  # not half put back


def test_a_copy_that_links_outside_is_not_followed(
        store: Store, plan: ImportPlan, clock: FakeClock, tmp_path: Path) -> None:
    crash_midway(store, plan)
    aside = store.data_dir / json.loads((store.data_dir / JOURNAL_FILE).read_bytes())["aside"]
    planted = tmp_path / "planted"
    os.replace(aside, planted)
    aside.symlink_to(planted, target_is_directory=True)
    again, report = Store.open(store.data_dir, now=clock.now)
    with again:
        assert report.interrupted_import is not None
        assert not report.interrupted_import.rolled_back
