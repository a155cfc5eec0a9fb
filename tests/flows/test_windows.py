"""Settings, start at login, exports and imports through WindowsFlow."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.reminders import RemindersFlow
from focusapp.flows.windows import WindowsFlow
from focusapp.services.autostart import AutostartError


class FakeAutostart:
    """The desktop's login items, at the edge of the machine."""

    def __init__(self, fail: bool = False) -> None:
        self.command: list[str] | None = None
        self.fail = fail

    def enabled(self) -> bool:
        return self.command is not None

    def enable(self, command: Sequence[str]) -> None:
        if self.fail:
            raise AutostartError("autostart.write_failed", "The autostart folder is read-only.",
                                 place="~/.config/autostart", reason="EROFS")
        self.command = list(command)

    def disable(self) -> None:
        self.command = None

    def status(self) -> Any:
        raise NotImplementedError


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


@pytest.fixture
def windows(daily, timer, shell, store, clock, autostart) -> WindowsFlow:
    blocks = BlocksFlow(daily, timer, shell)
    reminders = RemindersFlow(clock, daily, blocks, OneThingFlow(daily, shell))
    return WindowsFlow(daily, shell, reminders, lambda: autostart, store)


def test_saving_another_language_switches_the_ui(windows, daily, shell):
    windows.show_settings()
    _, saved = shell.question("settings")
    saved(daily.settings().updated(language="fr"))
    assert shell.language == "fr"


def test_start_at_login_follows_the_setting(windows, daily, autostart, store):
    windows.apply_autostart(daily.settings().updated(autostart=True))
    assert autostart.command is not None and str(store.data_dir) in autostart.command
    windows.apply_autostart(daily.settings().updated(autostart=False))
    assert autostart.command is None


def test_a_login_item_that_cannot_be_written_is_said(windows, daily, shell):
    windows._autostart = lambda: FakeAutostart(fail=True)
    windows.apply_autostart(daily.settings().updated(autostart=True))
    assert [p.code for p in shell.problems] == ["autostart.write_failed"]


def test_a_restore_rereads_the_day_and_says_so(windows, daily, store, shell):
    daily.set_one_thing("Send the Acme proposal", "outbound_prospector")
    store.days.save(daily.one_thing().__class__(daily.today()))  # changed behind its back
    windows.show_settings()
    _, restored = shell.question("restore")
    restored(daily.today())
    assert daily.one_thing() is None
    assert shell.notes[-1][0] == "Backup restored"


def test_export_then_import_round_trip(windows, tmp_path, shell):
    out = tmp_path / "all.json"
    windows.export_file(out)
    assert json.loads(out.read_text())["format"] == "focusapp-export"
    assert shell.notes[-1][0] == "Export"
    windows.import_file(out)
    (name, _preview), confirm = shell.question("import")
    assert name == "all.json"
    confirm()
    assert shell.notes[-1][0] == "Import" and not shell.warnings


@pytest.mark.linux_only(reason="chmod 0o500 does not make a Windows folder read-only")
def test_an_export_into_a_read_only_folder_is_said_and_nothing_breaks(windows, tmp_path,
                                                                      shell):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        windows.export_file(locked / "all.json")
    finally:
        locked.chmod(0o700)
    # Root ignores the mode bits: then the file is simply written (a read-only folder for
    # root too: tests/faults/test_read_only.py).
    assert shell.problems or (locked / "all.json").exists()
    if shell.problems:
        assert shell.problems[0].code == "output.not_writable"


def test_a_bad_import_is_said_and_writes_nothing(windows, tmp_path, shell, store):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "focusapp-export", "version": 99}')
    before = store.blocks.count()
    windows.import_file(bad)
    ((problem,),) = shell.import_refusals
    assert problem.kind == "file" and "version 99 is not supported" in problem.reason
    assert store.blocks.count() == before and not shell.asked


def test_the_review_is_written_for_this_week_by_default(windows, daily, shell, tmp_path):
    week = windows.write_review(None, Path(tmp_path / "w.pdf"))
    assert week.monday <= daily.today() <= week.days[-1]
    assert shell.pdfs == [(week, tmp_path / "w.pdf")]


def test_a_review_pdf_aimed_at_the_data_folder_is_refused(windows, store, shell):
    from focusapp.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        windows.write_review(None, store.data_dir / "focusapp.json")
    assert refused.value.code == "output.in_data_folder"
    assert shell.pdfs == []  # nothing was drawn


def test_an_export_aimed_at_the_data_folder_is_said_and_nothing_written(windows, store,
                                                                         shell):
    target = store.data_dir / "focusapp.json"
    before = target.read_bytes()
    windows.export_file(target)
    assert [p.code for p in shell.problems] == ["output.in_data_folder"]
    assert target.read_bytes() == before


def _digest(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def later_start(store, tmp_path) -> Path:
    """An export of this store whose day starts at 05:00 instead of 04:00."""
    from focusapp.store.export import dumps_export, export_all

    doc = export_all(store)
    doc["settings"]["day_start"] = "05:00"
    path = tmp_path / "later.json"
    path.write_bytes(dumps_export(doc))
    return path


def test_an_import_shows_what_it_would_change_before_writing(windows, shell, store,
                                                            later_start):
    from focusapp.store.import_preview import SettingChange

    before = _digest(store.data_dir)
    windows.import_file(later_start)
    (name, preview), _confirm = shell.question("import")
    assert name == "later.json"
    assert preview.settings == (SettingChange("day_start", "04:00", "05:00"),)
    assert _digest(store.data_dir) == before  # asked first: nothing written yet


def test_cancelling_the_import_leaves_the_data_as_it_was(windows, shell, store, daily,
                                                        later_start):
    before = _digest(store.data_dir)
    windows.import_file(later_start)
    shell.question("import")  # Cancel: the dialog calls nothing
    assert _digest(store.data_dir) == before
    assert store.settings.get().day_start == daily.settings().day_start == "04:00"
    assert not shell.notes


def test_a_confirmed_import_writes_and_shows_the_new_settings(windows, shell, store, daily,
                                                             later_start):
    windows.import_file(later_start)
    _, confirm = shell.question("import")
    confirm()
    assert store.settings.get().day_start == daily.settings().day_start == "05:00"
    assert shell.notes[-1][0] == "Import" and "before-import" in shell.notes[-1][1]


def test_a_dry_run_through_the_running_app_lists_and_writes_nothing(
        windows, timer, shell, store, daily, later_start, clock):
    from focusapp.flows.counting import CountingFlow
    from focusapp.flows.handoffs import HandoffsFlow
    from focusapp.flows.leads import LeadsFlow
    from focusapp.flows.server import CommandServer
    from focusapp.services.accounts import AccountBook
    from focusapp.services.leads import LeadBook
    from focusapp.ui.import_text import import_summary

    server = CommandServer(store, timer, shell, BlocksFlow(daily, timer, shell),
                           OneThingFlow(daily, shell), windows, CountingFlow(daily, timer, shell),
                           HandoffsFlow(clock, daily, shell), AccountBook(clock, store, daily),
                           LeadsFlow(clock, daily, LeadBook(store), timer, shell),
                           import_summary)
    before = _digest(store.data_dir)
    answer = server.handle("import", {"file": str(later_start), "dry_run": True})
    assert answer["ok"] and ("  A day starts at (work after midnight counts for the evening): "
                             "04:00 → 05:00") in answer["summary"]
    assert answer["summary"].startswith("Dry run, nothing was written.")
    assert _digest(store.data_dir) == before
    assert daily.settings().day_start == "04:00"


def test_settings_the_window_would_refuse_are_said_as_the_window_says_them(
        windows, shell, store, tmp_path):
    from focusapp.store.export import dumps_export, export_all

    doc = export_all(store)
    doc["settings"].update(presets=[25] * 1000, blocked_domains=["example.com\nevil.example"])
    hostile = tmp_path / "hostile.json"
    hostile.write_bytes(dumps_export(doc))
    before = _digest(store.data_dir)
    windows.import_file(hostile)
    ((presets, domain),) = shell.import_refusals
    assert presets.refusal.code == "setting.too_many"
    assert presets.refusal.params["name"] == "presets"
    assert domain.refusal.code == "domain.newline"
    assert domain.refusal.params["name"] == "blocked_domains"
    assert not shell.asked and _digest(store.data_dir) == before


class UserSwitchedOff(FakeAutostart):
    """Windows' Run key, with the user's "Disabled" in Task Manager."""

    def status(self) -> Any:
        from focusapp.core.errors import Problem
        from focusapp.services.blocking.status import MechanismStatus, Support

        return MechanismStatus("autostart.windows-run", Support.DEGRADED,
                               Problem("autostart.disabled_by_user", {}, "Task Manager"))


def test_settings_are_told_when_the_system_keeps_start_at_login_off(windows, shell):
    windows._autostart = UserSwitchedOff
    windows.show_settings()
    problem = shell.start_at_login()
    assert problem is not None and problem.code == "autostart.disabled_by_user"
