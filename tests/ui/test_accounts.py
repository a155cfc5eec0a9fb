"""Accounts going cold and follow-ups in the real app's widgets (issue 12): Today's lists, the
completer, the end dialog's field, Settings → Roles, the review."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from focusapp.app import FocusApp, Options
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.accounts import book_of
from focusapp.store.database import Store
from focusapp.ui.dialogs.block_end import BlockEndDialog
from focusapp.ui.dialogs.follow_up import FollowUpDialog
from focusapp.ui.review import ReviewWindow
from focusapp.ui.review_model import ReviewProvider
from focusapp.ui.settings_roles import RoleEditor
from tests.ui.test_app import dispose, open_dialog

MANAGER_AND_DEVELOPER = frozenset({RoleId.ACCOUNT_MANAGER, RoleId.BUSINESS_DEVELOPER})


@pytest.fixture
def focus(qtbot, data_dir, clock):
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(MANAGER_AND_DEVELOPER))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    qtbot.waitUntil(lambda: app.daily.history_loaded)
    yield app
    dispose(app)
    store.close()


def _cold_book(focus, clock) -> None:
    """Three accounts: Bolt silent 9 weeks, Acme 7, Cyan touched last week."""
    focus.instruments.book.import_names(["Acme", "Bolt", "Cyan"])
    focus.instruments.book.touch("Bolt")
    clock.advance(weeks=2)
    focus.instruments.book.touch("Acme")
    clock.advance(weeks=6)
    focus.instruments.book.touch("Cyan")
    clock.advance(weeks=1)
    focus.instruments.accounts.render()


def test_today_lists_the_accounts_going_cold_oldest_first(focus, clock, english):
    _cold_book(focus, clock)
    panel = focus.shell.today.accounts
    assert panel.isVisibleTo(focus.shell.today)
    assert panel.title.text() == "Accounts going cold (no touch for 6 weeks)"
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert [line.split(" — ")[0] for line in lines] == ["Bolt", "Acme"]
    assert "9 weeks without a touch" in lines[0] and "7 weeks without a touch" in lines[1]
    assert panel.week.text() == "0 accounts touched this week"
    assert "Bolt — 9 weeks without a touch" in " ".join(focus.shell.today_lines())


def test_a_touch_typed_in_today_is_completed_and_warms_the_account(
        focus, qtbot, clock, english):
    _cold_book(focus, clock)
    field = focus.shell.today.accounts.account
    field.completer().setCompletionPrefix("ol")  # from any part of the name, case aside
    assert field.completer().currentCompletion() == "Bolt"
    field.setText("bolt")  # typed (keyClicks would open the popup, which offscreen refuses)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    panel = focus.shell.today.accounts
    assert [panel.list.item(i).text().split(" — ")[0] for i in range(panel.list.count())] == [
        "Acme"]
    assert panel.week.text() == "1 account touched this week"
    assert field.text() == ""


def test_an_account_manager_s_block_end_asks_which_account_with_completion(
        focus, qtbot, clock, english):
    focus.instruments.book.import_names(["Acme SA", "Bolt"])
    focus.blocks.start_for(25, "account_manager", "value_touches")
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    end = open_dialog(focus, BlockEndDialog)
    assert end.account is not None
    end.account.completer().setCompletionPrefix("acme")
    assert end.account.completer().currentCompletion() == "Acme SA"
    end.account.setText("Acme SA")
    qtbot.keyClick(end.note, Qt.Key.Key_Return)
    (touch,) = focus.store.touches.all()
    assert touch.account == "Acme SA" and touch.block_id == focus.store.blocks.all()[0].id


def test_a_business_developer_s_block_end_has_no_account_field(focus, clock):
    focus.blocks.start_for(25, "business_developer", "partner_conversations")
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    assert open_dialog(focus, BlockEndDialog).account is None


def test_met_at_an_event_lists_follow_ups_by_due_time_then_done(
        focus, qtbot, clock, english):
    for name, due in (("Claire (VivaTech)", "3d"), ("Partner call: Datapoint", "")):
        focus.shell.actions.follow_up.trigger()
        dialog = open_dialog(focus, FollowUpDialog)
        qtbot.keyClicks(dialog.name, name)
        if due:
            dialog.due.setText(due)
        dialog.accept()
    panel = focus.shell.today.follow_ups
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Partner call: Datapoint — due Wed 09:00", "Claire (VivaTech) — due Thu 09:00"]
    clock.advance(hours=49)
    focus.instruments.accounts.render()
    assert panel.list.item(0).text() == "Partner call: Datapoint — overdue since Wed 09:00"
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Claire (VivaTech) — due Thu 09:00"]


def test_the_french_today_speaks_french(focus, clock, french):
    _cold_book(focus, clock)
    focus.instruments.book.follow_up("Claire", timedelta(hours=2))
    today = focus.shell.today
    assert today.accounts.title.text() == (
        "Comptes qui refroidissent (sans contact depuis 6 semaines)")
    assert today.accounts.list.item(0).text().startswith("Bolt — 9 semaines sans contact")
    assert today.follow_ups.list.item(0).text().startswith("Claire — à faire avant ")


def test_settings_roles_edit_the_account_manager_s_weeks(qtbot, english):
    configs = default_role_configs(MANAGER_AND_DEVELOPER)
    manager = next(c for c in configs if c.role is RoleId.ACCOUNT_MANAGER)
    editor = RoleEditor(replace(manager, cold_weeks=4))
    qtbot.addWidget(editor)
    assert editor.cold_weeks.value() == 4 and not editor.cold_weeks.isHidden()
    editor.cold_weeks.setValue(8)
    assert editor.result(True).cold_weeks == 8
    developer = next(c for c in configs if c.role is RoleId.BUSINESS_DEVELOPER)
    other = RoleEditor(developer)
    qtbot.addWidget(other)
    assert other.cold_weeks.isHidden()  # only the account manager's


def test_a_role_s_weeks_decide_what_today_calls_cold(focus, clock, english):
    _cold_book(focus, clock)
    roles = tuple(replace(c, cold_weeks=8) if c.role is RoleId.ACCOUNT_MANAGER else c
                  for c in focus.daily.roles())
    focus.daily.save_roles(roles)
    panel = focus.shell.today.accounts
    assert [panel.list.item(i).text().split(" — ")[0] for i in range(panel.list.count())] == [
        "Bolt"]


def test_the_review_says_accounts_touched_cold_and_follow_ups(focus, qtbot, clock, english):
    _cold_book(focus, clock)
    focus.instruments.book.touch("Acme")
    made = focus.instruments.book.follow_up("Claire", timedelta(hours=1))
    focus.instruments.book.follow_up("Datapoint", timedelta(hours=2))
    focus.instruments.book.done(made.id)
    clock.advance(hours=3)
    provider = ReviewProvider.from_daily(focus.daily, focus.store.reviews,
                                         book=lambda: book_of(focus.store))
    window = ReviewWindow(provider)
    qtbot.addWidget(window)
    manager = window.results.values["Account Manager"].text()
    assert ("Accounts touched: 1 · going cold (no touch for 6 weeks): 1 — oldest: Bolt "
            "(9 weeks)") in manager
    developer = window.results.values["Business Developer"].text()
    assert ("Follow-ups due: 2 · done in time: 1 · late: 0 · overdue: 1 · to come: 0"
            in developer)
