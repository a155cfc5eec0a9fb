"""An import's settings pass the Settings window's rules, and what it would change is
worked out before anything is written (issue 10, item 10)."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from focusapp.store.export import export_all
from focusapp.store.import_check import ImportErrors, ImportPlan, validate_import
from focusapp.store.import_preview import SettingChange, preview_import
from tests.conftest import FakeClock
from tests.store.helpers import at, make_block
from tests.ui.history import NOW


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store (on this module's clock), with a role and a block of its own."""
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    store.blocks.save(make_block("here", at(2026, 11, 24, 9, 0)))
    return store


def _plan(doc: dict[str, Any]) -> ImportPlan:
    plan = validate_import(doc)
    assert isinstance(plan, ImportPlan), plan
    return plan


def _digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                               p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_hostile_settings_in_a_file_are_refused_each_with_its_reason(store: Store) -> None:
    doc = export_all(store)
    doc["settings"].update(
        presets=[25] * 1000,
        days_off=[{"first": "2026-12-25", "last": "2026-12-25"}] * 100_000,
        blocked_domains=["example.com\n203.0.113.9 bank.example", "news.example"],
        blocked_apps=["kill:bin/sh"],
        nudge_time="11:00\n",
    )
    checked = validate_import(doc)
    assert isinstance(checked, ImportErrors)
    reasons = [p.reason for p in checked.problems if p.kind == "settings"]
    assert reasons == [
        "nudge_time: '11:00\\n' is not written as HH:MM.",
        "presets: 1000 entries, at most 6.",
        "days_off: 100000 entries, at most 400.",
        "blocked_domains[0]: A domain cannot contain a line break: "
        "'example.com\\n203.0.113.9 bank.example'.",
        "blocked_apps[0]: Give either the executable's name or its full path, not a relative "
        "path: 'bin/sh'.",
    ]


def test_the_preview_lists_what_changes_and_writes_nothing(store: Store) -> None:
    doc = export_all(store)
    doc["settings"].update(day_start="05:00", blocked_domains=["example.com", "news.example"])
    doc["blocks"].append(doc["blocks"][0] | {"id": "new-one"})
    changed = copy.deepcopy(doc["blocks"][0]) | {"note": "edited in the file"}
    doc["blocks"][0] = changed
    before = _digest(store.data_dir)
    preview = preview_import(store, _plan(doc))
    assert _digest(store.data_dir) == before
    assert (preview.blocks_added, preview.blocks_updated) == (1, 1)
    assert preview.settings == (
        SettingChange("day_start", "04:00", "05:00"),
        SettingChange("blocked_domains", (), ("example.com", "news.example")),
    )
    assert not preview.roles_replaced and not preview.held_back


def test_the_preview_says_what_is_held_back(store: Store) -> None:
    doc = export_all(store)
    doc["settings"].update(autostart=True, blocked_apps=["kill:python3", "close:slack"])
    preview = preview_import(store, _plan(doc))
    assert preview.autostart_held_back and preview.apps_held_back == ("kill:python3",)
    # What is saved is the safer value: the list of changes shows that one.
    assert SettingChange("blocked_apps", (), ("python3", "close:slack")) in preview.settings
    assert all(change.name != "autostart" for change in preview.settings)


def test_an_import_never_sends_the_data_to_the_file_s_weekly_export_folder(
        store: Store, tmp_path: Path) -> None:
    from focusapp.store.export import apply_import

    store.settings.save(store.settings.get().updated(weekly_export_folder="/home/me/Team"))
    doc = export_all(store)
    doc["settings"]["weekly_export_folder"] = "/mnt/someone-elses-drive"
    assert all(c.name != "weekly_export_folder" for c in preview_import(store, _plan(doc)).settings)
    apply_import(store, _plan(doc))
    assert store.settings.get().weekly_export_folder == "/home/me/Team"  # this folder's own


def test_an_import_of_the_store_s_own_export_changes_nothing(store: Store) -> None:
    assert preview_import(store, _plan(export_all(store))).changes_nothing


def test_a_role_s_brief_or_delay_the_window_would_refuse_is_refused_by_the_import(
        store: Store) -> None:
    doc = export_all(store)
    doc["roles"][0]["checklist"] = ["need", "Need"]
    doc["roles"][1]["agreed_hours"] = 0
    refused = validate_import(doc)
    assert isinstance(refused, ImportErrors)
    assert [p.kind for p in refused.problems] == ["roles", "roles"]
    assert "'Need' is twice in the brief" in str(refused.problems[0])
    assert "from 1 to 336 hours, not 0" in str(refused.problems[1])
