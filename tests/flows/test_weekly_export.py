"""The weekly export's flow: a folder chosen in Settings is tried at once, and the user is
told what happened (tests/flows/conftest.py's recording shell, the real store)."""

from __future__ import annotations

from pathlib import Path

from focusapp.flows.weekly_export import WeeklyExportFlow
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from tests.conftest import FakeClock
from tests.flows.conftest import FakeShell


def test_a_folder_chosen_in_settings_gets_the_last_week_at_once_and_says_so(
        daily: DailyLoop, store: Store, clock: FakeClock, shell: FakeShell,
        tmp_path: Path) -> None:
    flow = WeeklyExportFlow(clock, store, daily, shell)
    flow.start()  # after the first paint; no folder yet: nothing
    assert shell.notes == []
    drive = tmp_path / "drive"
    drive.mkdir()
    daily.save_settings(daily.settings().updated(weekly_export_folder=str(drive)))
    [written] = drive.iterdir()
    assert shell.notes == [("Weekly export",
                            f"Your weekly export {written.name} is in {drive}.")]
    daily.save_settings(daily.settings().updated(weekly_export_folder=str(tmp_path / "gone")))
    assert shell.notes[1:] == []  # the week is out already: nothing to try
    flow.shutdown()


def test_a_folder_that_is_not_there_is_told_as_a_problem(
        daily: DailyLoop, store: Store, clock: FakeClock, shell: FakeShell,
        tmp_path: Path) -> None:
    daily.save_settings(daily.settings().updated(weekly_export_folder=str(tmp_path / "gone")))
    flow = WeeklyExportFlow(clock, store, daily, shell)
    flow.start()
    assert shell.notes == [("Weekly export", "weekly_export.no_folder")]
    flow.shutdown()
    assert flow.service is not None and not flow.service.timer.isActive()
