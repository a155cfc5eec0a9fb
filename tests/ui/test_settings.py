"""The Settings window, driven with real clicks and keys over a real Store and DailyLoop."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget

from focusapp.core.days import DayOff
from focusapp.core.errors import Problem
from focusapp.core.models import Settings, setting
from focusapp.core.roles import DailyTarget, RoleId, default_role_configs
from focusapp.core.text import fill
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui import settings_editors as sf
from focusapp.ui.settings import SettingsProvider, SettingsWindow
from focusapp.ui.settings_fields import editor_for
from tests.ui.language import speaking

OK = Qt.MouseButton.LeftButton


@pytest.fixture
def store(data_dir, clock):
    store, _ = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    yield store
    store.close()


@pytest.fixture
def locked():
    return {"on": False}


@pytest.fixture
def loop(qtbot, clock, store, locked):
    loop = DailyLoop(clock, store)
    loop.lists_locked = lambda: locked["on"]
    return loop


def open_window(qtbot, loop, store) -> SettingsWindow:
    window = SettingsWindow(SettingsProvider.from_loop(loop, store))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, loop, store):
    return open_window(qtbot, loop, store)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, OK)


def press_space(qtbot, box: QCheckBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Space)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def retype_spin(qtbot, spin: QSpinBox, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def choose(qtbot, combo: QComboBox, data: object) -> None:
    """Walk the combo with the arrow keys to the item holding `data` (as a user would)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def editor(window: SettingsWindow, name: str) -> sf.FieldEditor:
    return window.editors[name]


# ---- generated from the schema --------------------------------------------------------


def test_every_visible_settings_field_has_an_editor_on_its_groups_tab(window):
    visible = [f for f in fields(Settings) if not f.metadata.get("hidden")]
    assert set(window.editors) == {f.name for f in visible}
    for f in visible:
        page = window.pages[f.metadata["group"]]
        assert page.isAncestorOf(window.editors[f.name]), f.name
    titles = {window.tabs.tabText(i) for i in range(window.tabs.count())}
    assert {"General", "Roles", "Days", "Reminders", "Timer", "Blocking", "Streaks",
            "Data"} <= titles
    assert "first_run_done" not in window.editors


def test_a_new_schema_field_gets_an_editor_without_ui_code(qtbot):
    @dataclass(frozen=True)
    class Future:
        flag: bool = setting(True, "general")
        count: int = setting(3, "timer", low=1, high=9)
        at: str = setting("07:00", "reminders", kind="time")
        mode: str = setting("a", "general", choices=("a", "b"))
        note: str = setting("", "general")

    kinds = {f.name: editor_for(f, str, {}, {}, {}) for f in fields(Future)}
    assert isinstance(kinds["flag"], sf.BoolEditor)
    assert isinstance(kinds["count"], sf.IntEditor)
    assert (kinds["count"].spin.minimum(), kinds["count"].spin.maximum()) == (1, 9)
    assert isinstance(kinds["at"], sf.TimeEditor)
    assert isinstance(kinds["mode"], sf.ChoiceEditor)
    assert isinstance(kinds["note"], sf.TextEditor)
    for f in fields(Future):
        qtbot.addWidget(kinds[f.name])
        kinds[f.name].set_value(f.default)
        assert kinds[f.name].value() == f.default


# ---- round trip -----------------------------------------------------------------------


def test_round_trip_of_every_kind_of_field(qtbot, window, loop, store):
    saved = []
    window.settings_saved.connect(saved.append)
    choose(qtbot, editor(window, "language").combo, "fr")
    press_space(qtbot, editor(window, "autostart").box)
    retype(qtbot, editor(window, "day_start").edit, "05:30")
    press_space(qtbot, editor(window, "working_weekdays").boxes[5])  # Saturday
    press_space(qtbot, editor(window, "working_weekdays").boxes[0])  # not Monday
    days_off = editor(window, "days_off")
    days_off.first.setDate(QDate(2026, 12, 24))
    days_off.last.setDate(QDate(2026, 12, 26))
    click(qtbot, days_off.add)
    days_off.first.setDate(QDate(2027, 1, 1))  # a single day: the end follows
    click(qtbot, days_off.add)
    retype(qtbot, editor(window, "one_thing_time").edit, "07:45")
    choose(qtbot, editor(window, "review_weekday").combo, 2)
    press_space(qtbot, editor(window, "nudge_enabled").box)
    retype_spin(qtbot, editor(window, "presets").spins[1], "45")
    retype_spin(qtbot, editor(window, "short_break_minutes").spin, "7")
    press_space(qtbot, editor(window, "strict_default").box)
    domains = editor(window, "blocked_domains")
    qtbot.keyClicks(domains.entry, "https://www.Example.com/path?q=1")
    click(qtbot, domains.add)
    click(qtbot, domains.preset_buttons["video"])
    apps = editor(window, "blocked_apps")
    choose(qtbot, apps.action, "close")
    qtbot.keyClicks(apps.entry, "steam")
    qtbot.keyClick(apps.entry, Qt.Key.Key_Return)
    press_space(qtbot, editor(window, "freezes_enabled").box)

    click(qtbot, window.ok_button)

    stored = store.settings.get()
    assert stored.language == "fr" and stored.autostart
    assert stored.day_start == "05:30"
    assert stored.working_weekdays == (1, 2, 3, 4, 5)
    assert stored.days_off == (DayOff(date(2026, 12, 24), date(2026, 12, 26)),
                               DayOff(date(2027, 1, 1), date(2027, 1, 1)))
    assert stored.one_thing_time == "07:45" and stored.review_weekday == 2
    assert not stored.nudge_enabled and stored.presets == (25, 45, 90)
    assert stored.short_break_minutes == 7 and stored.strict_default
    assert stored.blocked_domains[0] == "www.example.com"
    assert "youtube.com" in stored.blocked_domains
    assert stored.blocked_apps == ("close:steam",)
    assert not stored.freezes_enabled
    assert len(saved) == 1, saved
    assert saved[0] == stored, (saved[0], stored)
    assert loop.settings() == stored
    assert not window.isVisible()

    again = open_window(qtbot, loop, store)
    for name, f_editor in again.editors.items():
        assert f_editor.value() == getattr(stored, name), name
    assert editor(again, "day_start").edit.text() == "05:30"
    assert editor(again, "language").combo.currentData() == "fr"
    assert editor(again, "blocked_apps").list.item(0).text() == "Close: steam"


def test_apply_saves_and_keeps_the_window_open(qtbot, window, store):
    retype(qtbot, editor(window, "review_time").edit, "15:00")
    click(qtbot, window.apply_button)
    assert store.settings.get().review_time == "15:00" and window.isVisible()


# ---- refused values -------------------------------------------------------------------


def assert_nothing_saved(store, window, before: Settings) -> None:
    assert store.settings.get() == before
    assert window.isVisible()


def test_a_day_start_of_25_00_is_refused_in_place(qtbot, window, store):
    before = store.settings.get()
    day_start = editor(window, "day_start")
    press_space(qtbot, editor(window, "autostart").box)  # another change, not saved either
    retype(qtbot, day_start.edit, "25:00")
    assert not day_start.error.isHidden()  # refused as it is typed
    click(qtbot, window.ok_button)
    assert "'25:00' is not a time of day" in day_start.error.text()
    assert window.tabs.currentWidget() is window.pages["days"]
    assert_nothing_saved(store, window, before)
    retype(qtbot, day_start.edit, "5:05")
    assert day_start.error.isHidden()
    click(qtbot, window.ok_button)
    assert store.settings.get().day_start == "05:05" and store.settings.get().autostart


@pytest.mark.parametrize("text", ["", "8h30", "12:60", "abc"])
def test_other_bad_times_are_refused(qtbot, window, store, text):
    before = store.settings.get()
    field = editor(window, "end_of_day_time")
    retype(qtbot, field.edit, text) if text else field.edit.clear()
    click(qtbot, window.ok_button)
    assert not field.error.isHidden() and "is not a time of day" in field.error.text()
    assert_nothing_saved(store, window, before)


def test_no_working_day_is_refused(qtbot, window, store):
    before = store.settings.get()
    weekdays = editor(window, "working_weekdays")
    for box in weekdays.boxes:
        if box.isChecked():
            press_space(qtbot, box)
    click(qtbot, window.ok_button)
    assert weekdays.error.text() == "Choose at least one working day in the week."
    assert_nothing_saved(store, window, before)


def test_a_bad_site_or_app_or_reversed_days_off_is_refused_where_it_is_typed(qtbot, window):
    domains = editor(window, "blocked_domains")
    qtbot.keyClicks(domains.entry, "ftp://example.com")
    click(qtbot, domains.add)
    assert domains.list.count() == 0 and not domains.error.isHidden()
    assert domains.entry.text() == "ftp://example.com"  # kept, to be corrected
    apps = editor(window, "blocked_apps")
    qtbot.keyClicks(apps.entry, "bin/steam")
    click(qtbot, apps.add)
    assert apps.list.count() == 0 and "relative path" in apps.error.text()
    days_off = editor(window, "days_off")
    days_off.first.setDate(QDate(2026, 12, 24))
    days_off.last.setDate(QDate(2026, 12, 20))
    click(qtbot, days_off.add)
    assert days_off.list.count() == 0 and not days_off.error.isHidden()


@pytest.mark.parametrize(("name", "value", "message"), [
    ("presets", (25,) * 1000, "This list holds at most 6 entries, not %1."),
    ("days_off", (DayOff(date(2026, 12, 25), date(2026, 12, 25)),) * 100_000,
     "This list holds at most 400 entries, not %1."),
    ("blocked_domains", ("example.com\n203.0.113.9 bank.example",),
     "A domain cannot contain a line break: 'example.com\\n203.0.113.9 bank.example'."),
    ("blocked_apps", ("kill:bin/sh",),
     "Give either the executable's name or its full path, not a relative path: 'bin/sh'."),
])
def test_the_values_an_import_is_refused_for_are_refused_by_the_window(
        qtbot, window, store, name, value, message):
    """The window and an import share `core.settings_rules`: what a file cannot bring, a
    hand-edited data file shown here cannot be saved either."""
    before = store.settings.get()
    field = editor(window, name)
    field.set_value(value)
    click(qtbot, window.ok_button)
    assert field.error.text() == fill(message, QLocale().toString(len(value)))
    assert not field.error.isHidden()
    assert window.tabs.currentWidget() is window.pages[field_group(name)]
    assert_nothing_saved(store, window, before)


def test_a_range_of_days_off_longer_than_a_year_is_refused_where_it_is_typed(qtbot, window):
    days_off = editor(window, "days_off")
    days_off.first.setDate(QDate(2026, 1, 1))
    days_off.last.setDate(QDate(2027, 6, 30))
    click(qtbot, days_off.add)
    assert days_off.list.count() == 0
    assert "lasts at most 366 days" in days_off.error.text()


def field_group(name: str) -> str:
    return next(str(f.metadata["group"]) for f in fields(Settings) if f.name == name)


def test_domains_are_deduplicated_and_removable(qtbot, window, store):
    domains = editor(window, "blocked_domains")
    click(qtbot, domains.preset_buttons["social"])
    count = domains.list.count()
    click(qtbot, domains.preset_buttons["social"])
    qtbot.keyClicks(domains.entry, "reddit.com")
    qtbot.keyClick(domains.entry, Qt.Key.Key_Return)
    assert domains.list.count() == count
    domains.list.setCurrentRow(0)
    removed = domains.list.item(0).data(Qt.ItemDataRole.UserRole)
    click(qtbot, domains.remove)
    click(qtbot, window.ok_button)
    stored = store.settings.get().blocked_domains
    assert len(stored) == count - 1 and removed not in stored


# ---- roles ----------------------------------------------------------------------------


def test_roles_add_rename_reorder_metric_target(qtbot, window, loop, store):
    saved = []
    window.roles_saved.connect(saved.append)
    page = window.roles_page
    role = page.show_role(RoleId.FIELD_SALES)
    qtbot.keyClicks(role.name, "Referral calls")
    click(qtbot, role.add)
    assert role.list.currentItem().text() == "Referral calls"
    retype(qtbot, role.name, "Referral asks")
    click(qtbot, role.rename)
    click(qtbot, role.up)
    click(qtbot, role.up)
    choose(qtbot, role.metric_combo, "conversations")
    role.metric_combo.activated.emit(role.metric_combo.currentIndex())
    retype_spin(qtbot, role.count, "3")
    press_space(qtbot, page.boxes[RoleId.ACCOUNT_MANAGER])
    click(qtbot, window.ok_button)

    roles = {r.role: r for r in store.roles.get()}
    field_sales = roles[RoleId.FIELD_SALES]
    custom = field_sales.activities[3]
    assert (custom.id, custom.name, custom.metric) == ("custom.1", "Referral asks",
                                                      "conversations")
    assert len(field_sales.activities) == 6
    assert field_sales.target.count == 3 and field_sales.target.minutes == 50
    assert roles[RoleId.ACCOUNT_MANAGER].enabled
    assert saved and saved[0] == store.roles.get()

    again = open_window(qtbot, loop, store)
    shown = again.roles_page.editors[RoleId.FIELD_SALES]
    assert shown.list.item(3).text() == "Referral asks (conversations)"
    assert again.roles_page.boxes[RoleId.ACCOUNT_MANAGER].isChecked()


def test_a_role_s_handoff_brief_and_agreed_delay_are_edited_and_checked(
        qtbot, window, loop, store):
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    assert [role.brief.item(i).text() for i in range(role.brief.count())] == [
        "the need", "the budget", "the decision maker", "the next step"]
    qtbot.keyClicks(role.item, "The Timeline")
    qtbot.keyClick(role.item, Qt.Key.Key_Return)  # adds; the window stays open
    for twice in ("the timeline", "The Budget"):  # a built-in item too, by its name
        retype(qtbot, role.item, twice)
        click(qtbot, role.add_item)
        assert role.error.text() == f"'{twice}' is already in the brief."
    role.brief.setCurrentRow(1)  # the budget: renamed in the team's words
    retype(qtbot, role.item, "Budget owner")
    click(qtbot, role.rename_item)
    role.brief.setCurrentRow(3)
    click(qtbot, role.remove_item)
    retype_spin(qtbot, role.agreed_hours, "4")
    click(qtbot, window.ok_button)

    field_sales = next(r for r in store.roles.get() if r.role is RoleId.FIELD_SALES)
    assert field_sales.checklist == ("need", "Budget owner", "decision_maker", "The Timeline")
    assert field_sales.agreed_hours == 4
    again = open_window(qtbot, loop, store)
    shown = again.roles_page.editors[RoleId.FIELD_SALES]
    assert shown.brief.item(3).text() == "The Timeline" and shown.agreed_hours.value() == 4


def test_the_last_item_of_a_brief_cannot_be_removed(qtbot, window):
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    for _ in range(3):
        role.brief.setCurrentRow(0)
        click(qtbot, role.remove_item)
    assert role.brief.count() == 1 and not role.remove_item.isEnabled()


def test_a_target_per_count_is_set_on_an_activity_and_shared_by_its_count(qtbot, window,
                                                                            store):
    page = window.roles_page
    role = page.show_role(RoleId.OUTBOUND_PROSPECTOR)
    press_space(qtbot, page.boxes[RoleId.OUTBOUND_PROSPECTOR])
    role.list.setCurrentRow(1)  # the prospecting block: touches
    retype_spin(qtbot, role.metric_target, "40")
    role.list.setCurrentRow(2)  # conversations
    assert role.metric_target.value() == 0  # another count, another target
    retype_spin(qtbot, role.metric_target, "5")
    retype_spin(qtbot, role.minutes, "60")
    role.list.setCurrentRow(0)  # research: accounts researched, no target of its own
    assert role.metric_target.value() == 0
    role.list.setCurrentRow(1)
    assert role.metric_target.value() == 40
    click(qtbot, window.ok_button)

    target = {r.role: r for r in store.roles.get()}[RoleId.OUTBOUND_PROSPECTOR].target
    assert target == DailyTarget(60, None, (("touches", 40), ("conversations", 5)))


def test_a_counts_target_goes_with_the_last_activity_that_counts_it(qtbot, window, store):
    page = window.roles_page
    role = page.show_role(RoleId.FIELD_SALES)
    role.list.setCurrentRow(0)  # meeting preparation: meetings prepared
    retype_spin(qtbot, role.metric_target, "4")
    choose(qtbot, role.metric_combo, None)  # it counts nothing now
    role.metric_combo.activated.emit(role.metric_combo.currentIndex())
    assert not role.metric_target.isEnabled()
    click(qtbot, window.ok_button)

    target = {r.role: r for r in store.roles.get()}[RoleId.FIELD_SALES].target
    assert target.per_metric == ()


def test_enter_in_an_entry_adds_it_and_does_not_close_the_window(qtbot, window, store):
    before = store.settings.get()
    domains = editor(window, "blocked_domains")
    qtbot.keyClicks(domains.entry, "example.org")
    qtbot.keyClick(domains.entry, Qt.Key.Key_Return)
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    qtbot.keyClicks(role.name, "Referrals")
    qtbot.keyClick(role.name, Qt.Key.Key_Return)
    assert domains.list.count() == 1 and role.list.count() == 6
    assert_nothing_saved(store, window, before)


def test_custom_activities_can_be_removed_but_built_ins_cannot(qtbot, window):
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    role.list.setCurrentRow(0)
    assert not role.remove.isEnabled() and not role.rename.isEnabled()
    qtbot.keyClicks(role.name, "Mine")
    click(qtbot, role.add)
    assert role.remove.isEnabled()
    click(qtbot, role.remove)
    assert [role.list.item(i).text() for i in range(role.list.count())][-1] != "Mine"
    assert role.list.count() == 5


@pytest.mark.parametrize("name, message", [
    ("   ", "A name cannot be empty."),
    ("Qualified-prospect meetings", "There is already an activity called "
                                    "'Qualified-prospect meetings'."),
])
def test_empty_and_duplicate_activity_names_are_refused(qtbot, window, store, name, message):
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    qtbot.keyClicks(role.name, name)
    click(qtbot, role.add)
    assert not role.error.isHidden() and role.error.text() == message
    assert role.list.count() == 5


def test_renaming_to_a_taken_name_is_refused(qtbot, window):
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    for name in ("One", "Two"):
        retype(qtbot, role.name, name)
        click(qtbot, role.add)
    retype(qtbot, role.name, "one")
    click(qtbot, role.rename)
    assert role.error.text() == "There is already an activity called 'one'."
    assert role.list.item(6).text() == "Two"


def test_no_role_enabled_is_refused_and_nothing_is_saved(qtbot, window, store):
    before_roles, before = store.roles.get(), store.settings.get()
    press_space(qtbot, editor(window, "autostart").box)
    press_space(qtbot, window.roles_page.boxes[RoleId.FIELD_SALES])
    click(qtbot, window.ok_button)
    assert window.roles_page.error.text() == "Enable at least one sales role."
    assert window.tabs.currentWidget() is window.roles_page
    assert store.roles.get() == before_roles
    assert_nothing_saved(store, window, before)


def test_a_target_with_neither_minutes_nor_count_is_refused(qtbot, window, store):
    before_roles = store.roles.get()
    role = window.roles_page.show_role(RoleId.FIELD_SALES)
    retype_spin(qtbot, role.minutes, "0")
    click(qtbot, window.ok_button)
    assert role.error.text() == "A daily target needs minutes, a count, or both."
    assert store.roles.get() == before_roles and window.isVisible()


# ---- strict mode locks the lists ------------------------------------------------------


def test_block_lists_are_disabled_while_locked(qtbot, loop, store, locked):
    locked["on"] = True
    window = open_window(qtbot, loop, store)
    assert not editor(window, "blocked_domains").isEnabled()
    assert not editor(window, "blocked_apps").isEnabled()
    assert not window.lock_note.isHidden()
    assert editor(window, "strict_default").isEnabled()
    locked["on"] = False
    window.hide()
    window.show()
    assert editor(window, "blocked_domains").isEnabled() and window.lock_note.isHidden()


def test_a_lock_taken_while_open_refuses_the_whole_save(qtbot, window, store, locked):
    before = store.settings.get()
    press_space(qtbot, editor(window, "autostart").box)
    domains = editor(window, "blocked_domains")
    qtbot.keyClicks(domains.entry, "example.com")
    click(qtbot, domains.add)
    locked["on"] = True  # a strict block started meanwhile
    click(qtbot, window.ok_button)
    assert window.banner.text() == ("The block lists cannot change while a strict focus "
                                    "block runs.")
    assert_nothing_saved(store, window, before)


# ---- data page ------------------------------------------------------------------------


def test_data_page_lists_backups_and_restores_one(qtbot, loop, store, clock, data_dir,
                                                   monkeypatch):
    first_day = clock.now().date()
    loop.save_settings(loop.settings().updated(autostart=True))  # today's backup is taken
    clock.advance(days=1)
    loop.save_settings(loop.settings().updated(review_time="15:30"))
    assert store.list_backups() == [first_day, first_day + timedelta(days=1)]

    window = open_window(qtbot, loop, store)
    page = window.data_page
    assert page.path.text() == str(data_dir)
    assert page.days() == [first_day + timedelta(days=1), first_day]
    assert not page.restore.isEnabled()

    opened = []
    monkeypatch.setattr(
        "focusapp.ui.settings.QDesktopServices.openUrl", lambda url: opened.append(url))
    click(qtbot, page.open_folder)
    assert opened[0].toLocalFile() == str(data_dir)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    restored = []
    window.backup_restored.connect(restored.append)
    page.backups.setCurrentRow(0)  # the newest: the files as they were this morning
    click(qtbot, page.restore)
    assert restored == [] and store.settings.get().review_time == "15:30"  # said no
    click(qtbot, page.restore)
    assert restored == [first_day + timedelta(days=1)]
    assert store.settings.get().autostart and store.settings.get().review_time == "16:00"
    assert "restored" in page.status.text()


# ---- reminders follow a saved time at once --------------------------------------------


def test_a_changed_reminder_time_moves_the_scheduled_job(qtbot, loop, store, clock,
                                                         time_machine):
    from focusapp.services.reminders import Reminders

    # APScheduler reads the system clock: freeze it at the fake clock's instant.
    time_machine.move_to(clock.now(), tick=False)
    reminders = Reminders(clock, loop.settings)
    reminders.start()
    try:
        window = open_window(qtbot, loop, store)
        # What the app does (see the Settings wiring in app.py).
        window.settings_saved.connect(lambda _settings: reminders.reschedule())
        assert reminders.next_fire_times()["one_thing"].time() == time(8, 30)
        retype(qtbot, editor(window, "one_thing_time").edit, "09:15")
        click(qtbot, window.apply_button)
        moved = reminders.next_fire_times()["one_thing"]
        assert moved.date() == clock.now().date() and moved.time() == time(9, 15)
    finally:
        reminders.shutdown()


def test_the_weekly_export_folder_is_chosen_with_the_button_and_a_relative_one_refused(
        qtbot, window, store, tmp_path, monkeypatch):
    folder = editor(window, "weekly_export_folder")
    assert folder.edit.placeholderText() == "Off"  # off until a folder is chosen
    retype(qtbot, folder.edit, "Team drive/exports")
    click(qtbot, window.apply_button)
    assert folder.error.text() == ("Choose the folder with the button: this is not a whole "
                                   "path to a folder.")
    assert store.settings.get().weekly_export_folder == ""
    # The system's folder dialog, at the machine's edge: the user picks the team drive.
    monkeypatch.setattr(sf.QFileDialog, "getExistingDirectory",
                        lambda *_args: str(tmp_path / "Team drive"))
    click(qtbot, folder.choose)
    click(qtbot, window.apply_button)
    assert store.settings.get().weekly_export_folder == str(tmp_path / "Team drive")


# ---- what blocks distractions here (issue 16) -------------------------------------------

STATUSES = (
    MechanismStatus("hosts", Support.UNSUPPORTED, Problem("hosts.no_pkexec", "no pkexec")),
    MechanismStatus("apps", Support.DEGRADED, Problem("apps.no_minimizer", "no xdotool")),
    MechanismStatus("windows", Support.SUPPORTED),
)


def blocking_window(qtbot, loop, store, statuses) -> SettingsWindow:
    window = SettingsWindow(SettingsProvider.from_loop(loop, store, blocking=lambda: statuses))
    qtbot.addWidget(window)
    return window


def test_blocking_says_what_works_why_not_and_what_to_do(qtbot, loop, store, english):
    window = blocking_window(qtbot, loop, store, STATUSES)
    hosts, apps, windows = (label.text() for label in window.blocking_status.paragraphs)
    assert hosts.startswith("Website blocking: unavailable. pkexec (polkit) is not installed")
    assert "What to do: install polkit's pkexec (“sudo apt install pkexec”" in hosts
    assert apps.startswith("App blocking: works in part. ")
    assert "sudo apt install xdotool" in apps
    assert windows == "Distraction tracking: works."


SWAY = (  # what a sway session reports (tests/e2e/test_wayland.py runs it for real)
    MechanismStatus("apps", Support.DEGRADED, Problem("apps.wayland", "wayland")),
    MechanismStatus("windows", Support.UNSUPPORTED, Problem("windows.wayland", "wayland")),
    MechanismStatus("idle.none", Support.UNSUPPORTED, Problem(
        "idle.unavailable", {"reasons": (Problem("idle.wayland", "no idle protocol"),)},
        "no idle")),
    MechanismStatus("messages", Support.UNSUPPORTED, Problem("messages.no_server", "none")),
)


def test_on_wayland_it_says_what_cannot_work_and_why(qtbot, loop, store, english):
    window = blocking_window(qtbot, loop, store, SWAY)
    apps, windows, idle, messages = (label.text() for label in window.blocking_status.paragraphs)
    assert apps == ("App blocking: works in part. Apps set to be minimized are only warned "
                    "about: Wayland does not let one app minimize the windows of another. What "
                    "to do: choose an X11 session when you log in (for example “Ubuntu on "
                    "Xorg”).")
    assert windows.startswith("Distraction tracking: unavailable. Wayland does not let")
    assert idle == ("Time away from the desk: unavailable. No way to see time away from the "
                    "desk works here. This Wayland desktop does not tell applications how long "
                    "it has been idle (GNOME and KDE do, over D-Bus; sway only through a Wayland "
                    "protocol FocusApp cannot use).")
    assert messages.startswith("FocusApp's messages: unavailable. No notification server runs")
    assert messages.endswith("(on sway: mako, “sudo apt install mako-notifier”).")


def test_on_wayland_it_says_so_in_french(qtbot, qapp, loop, store):
    with speaking(qapp, "fr"):
        window = blocking_window(qtbot, loop, store, SWAY)
        apps, _, idle, messages = (label.text() for label in window.blocking_status.paragraphs)
    assert apps.startswith("Le blocage des applications\u00a0: fonctionne en partie.")
    assert "Wayland" in apps and "X11" in apps and "What to do" not in apps
    assert idle.startswith("Le temps d’absence\u00a0: indisponible.") and "sway" in idle
    assert messages.startswith("Les messages de FocusApp\u00a0: indisponible. Aucun serveur")


def test_working_website_blocking_warns_of_secure_dns(qtbot, loop, store, english):
    window = blocking_window(qtbot, loop, store, (MechanismStatus("hosts", Support.SUPPORTED),))
    (hosts,) = (label.text() for label in window.blocking_status.paragraphs)
    assert hosts.startswith("Website blocking: works. A browser with secure DNS")


def test_blocking_status_speaks_french(qtbot, qapp, loop, store):
    with speaking(qapp, "fr"):
        window = blocking_window(qtbot, loop, store, STATUSES)
        hosts = window.blocking_status.paragraphs[0].text()
    assert "pkexec" in hosts and "What to do" not in hosts and "unavailable" not in hosts


def test_before_the_first_check_it_says_so(qtbot, loop, store, english):
    window = blocking_window(qtbot, loop, store, ())
    (text,) = (label.text() for label in window.blocking_status.paragraphs)
    assert text.startswith("Not known yet")


def test_no_placeholder_is_cut_in_french(qtbot, qapp, loop, store):
    """Issue 16: 'Nom de l'applica…', 'Optional one-line …': a field is never narrower
    than its placeholder, in the longer language."""
    from PySide6.QtWidgets import QLineEdit

    from focusapp.ui.dialogs.block_end import BlockEndDialog
    from tests.core.factories import block

    with speaking(qapp, "fr"):
        window = open_window(qtbot, loop, store)
        dialog = BlockEndDialog(block(date(2026, 11, 23), 25), None)
        qtbot.addWidget(dialog)
        edits = [e for w in (window, dialog) for e in w.findChildren(QLineEdit)
                 if e.placeholderText()]
        cut = [e.placeholderText() for e in edits
               if e.minimumWidth() < e.fontMetrics().horizontalAdvance(e.placeholderText())]
    assert len(edits) >= 6 and cut == []


def test_roles_open_on_a_role_the_user_holds(window):
    # The store holds Field Sales only; Account Manager comes first in the list.
    assert window.roles_page.chooser.currentData() == RoleId.FIELD_SALES.value
    assert window.roles_page.stack.currentWidget() is window.roles_page.editors[
        RoleId.FIELD_SALES]


def test_a_solo_seller_chooses_what_they_do_and_has_no_handoff_brief(qtbot, window, store):
    role = window.roles_page.show_role(RoleId.SOLO)
    assert role.practices is not None and role.practices.isVisibleTo(role)
    assert not role.brief.isVisibleTo(role)  # a solo seller hands nothing off
    assert role.list.count() == 16  # every practice's activities, no handoff among them
    assert role.target_box.title() == "One daily target across your practices"
    assert window.roles_page.show_role(RoleId.FIELD_SALES).target_box.title() == (
        "Daily target of the role Field Sales")
    role = window.roles_page.show_role(RoleId.SOLO)
    role.practices.boxes[RoleId.BUSINESS_DEVELOPER].setChecked(False)
    role.practices.boxes[RoleId.INBOUND_QUALIFIER].setChecked(False)
    assert role.list.count() == 16 - 3 - 3
    shown = [role.list.item(i).text() for i in range(role.list.count())]
    assert not any("Handoff" in text for text in shown)
    assert "Qualification conversations (conversations)" not in shown
    press_space(qtbot, window.roles_page.boxes[RoleId.SOLO])
    click(qtbot, window.ok_button)
    solo = next(r for r in store.roles.get() if r.role is RoleId.SOLO)
    assert solo.enabled and len(solo.activities) == 10
    assert not any(a.id.startswith(("business_developer.", "inbound_qualifier."))
                   for a in solo.activities)


DISABLED_IN_TASK_MANAGER = Problem("autostart.disabled_by_user", {}, "turned off in Task Manager")


@pytest.mark.parametrize(("language", "words"), [("en", "Task Manager"),
                                                 ("fr", "Gestionnaire des tâches")])
def test_start_at_login_says_when_windows_keeps_it_off(qtbot, qapp, loop, store, language,
                                                        words):
    with speaking(qapp, language):
        window = SettingsWindow(SettingsProvider.from_loop(
            loop, store, start_at_login=lambda: DISABLED_IN_TASK_MANAGER))
        qtbot.addWidget(window)
        window.show()
        window.tabs.setCurrentWidget(window.pages["general"])
        assert window.login_note.isVisible()
        assert words in window.login_note.text()


def test_start_at_login_has_no_note_when_the_system_agrees(window):
    window.tabs.setCurrentWidget(window.pages["general"])
    assert window.login_note.isHidden() and window.login_note.text() == ""
