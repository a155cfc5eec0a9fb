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
    assert shell.notes[-1][0] == "Import" and not shell.warnings


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
    assert shell.warnings and "Nothing was imported" in shell.warnings[0]
    assert store.blocks.count() == before


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
