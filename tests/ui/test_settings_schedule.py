"""Settings → Scheduled blocks: added, edited and removed from the keyboard, saved with the
rest, refused in place when wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.schedule import ScheduledBlock
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.settings import SettingsProvider, SettingsWindow


@pytest.fixture
def store(data_dir, clock):
    store, _ = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    yield store
    store.close()


@pytest.fixture
def window(qtbot, clock, store, english):
    window = SettingsWindow(SettingsProvider.from_loop(DailyLoop(clock, store), store))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.pages["schedule"])
    return window


def test_a_power_hour_added_from_the_keyboard_is_saved(qtbot, window, store):
    page = window.schedule_page
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, "Morning calls")
    page.at.selectAll()
    qtbot.keyClicks(page.at, "08:30")
    qtbot.keyClick(page.days[4], Qt.Key.Key_Space)  # not on Fridays
    page.activity.setCurrentIndex(page.activity.findData(
        "outbound_prospector.prospecting_block"))
    qtbot.keyClick(page.strict, Qt.Key.Key_Space)
    assert page.list.item(0).text().startswith("Morning calls — Mon–Thu 08:30, 60 min")
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert store.settings.get().scheduled_blocks == (ScheduledBlock(
        id="s1", name="Morning calls", weekdays=(0, 1, 2, 3), at="08:30", minutes=60,
        role="outbound_prospector", activity="outbound_prospector.prospecting_block",
        strict=True),)


def test_a_nameless_block_is_refused_on_its_page_and_nothing_is_saved(qtbot, window, store):
    page = window.schedule_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.name_edit.selectAll()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Delete)
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.pages["schedule"]
    assert page.error.isVisible() and "Give the scheduled block a name" in page.error.text()
    assert store.settings.get().scheduled_blocks == ()


def test_removing_the_only_block_empties_the_schedule(qtbot, window, store):
    page = window.schedule_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert len(store.settings.get().scheduled_blocks) == 1
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert store.settings.get().scheduled_blocks == ()
    assert not page.fields.isEnabled()
