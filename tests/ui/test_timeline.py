"""Today as the home screen (issue 13), through the running app with a calendar file and the
fake clock (09:00, Monday 23 November 2026): the day's timeline and what comes next,
Accept / Skip / Start in one click, ✓ One Thing done in Today and the tray, Today after
the first-run wizard and on a tray click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from focusapp.app import FocusApp, Options
from focusapp.core.models import OneThingStatus
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.timer import TimerState
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from focusapp.store.plans import PlanDecisions
from focusapp.ui.tray import TrayController
from focusapp.ui.wizard import FirstRunWizard
from tests.calendar_samples import event, ics
from tests.ui.test_app import dispose, open_dialog

TWO_MEETINGS = ics(
    event("acme", "Acme", ";TZID=Europe/Paris:20261123T100000",
          ";TZID=Europe/Paris:20261123T110000"),
    event("globex", "Globex", ";TZID=Europe/Paris:20261123T140000",
          ";TZID=Europe/Paris:20261123T143000"))


@pytest.fixture
def focus(qtbot, data_dir, clock, tmp_path: Path):
    path = tmp_path / "work.ics"
    path.write_bytes(TWO_MEETINGS)
    CalendarBook(data_dir).add("Work", str(path), ())
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES,
                                                     RoleId.OUTBOUND_PROSPECTOR})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    timeline = app.shell.today.timeline
    qtbot.waitUntil(lambda: any("Acme" in line for line in timeline.lines()), timeout=10_000)
    qtbot.waitUntil(lambda: not app.agenda.calendar().calendars.refreshing(), timeout=10_000)
    yield app
    dispose(app)
    store.close()


def what(line: str) -> str:
    """A row without its times: 'meeting: Acme'."""
    return line.split(" · ", 1)[1]


def test_the_timeline_shows_the_day_in_order_and_what_comes_next(english, focus):
    lines = focus.shell.today.timeline.lines()
    assert lines[0].startswith("Next: prepare Acme at 9:45") and lines[0].endswith("(in 45 min)")
    assert [what(line) for line in lines[1:]] == [
        "now", "free: 45 min", "proposed: prepare Acme", "meeting: Acme",
        "proposed: log the dated next step of Acme",
        "proposed: power hour (Prospecting block: calls, emails, social)", "free: 1 h 40",
        "proposed: prepare Globex", "meeting: Globex",
        "proposed: log the dated next step of Globex",
        "proposed: power hour (Prospecting block: calls, emails, social)", "free: 2 h 25"]
    assert lines[1].startswith("9:00")
    assert set(lines) <= set(focus.shell.today.shown_lines())  # `focusapp status` has them


def test_the_timeline_in_french(french, focus):
    lines = focus.shell.today.timeline.lines()
    assert lines[0] == "Ensuite\u00a0: préparer Acme à 09:45 (dans 45 min)"
    assert "10:00–11:00 · rendez-vous\u00a0: Acme" in lines
    assert focus.shell.today.timeline.row("préparer Acme").buttons["accept"].text() == "Accepter"


def test_accept_keeps_a_proposal_and_start_begins_it_in_one_click(english, focus, qtbot,
                                                                   clock):
    timeline = focus.shell.today.timeline
    qtbot.mouseClick(timeline.row("prepare Acme").buttons["accept"],
                     Qt.MouseButton.LeftButton)
    row = timeline.row("prepare Acme")
    assert what(row.text()) == "planned: prepare Acme" and set(row.buttons) == {"start", "skip"}
    assert [p.meeting for p in PlanDecisions(focus.store.runtime).of_day(
        focus.daily.today()).accepted] == ["Acme"]
    clock.advance(minutes=45)  # 09:45
    qtbot.mouseClick(timeline.row("prepare Acme").buttons["start"], Qt.MouseButton.LeftButton)
    block = focus.timer.block
    assert focus.timer.state is TimerState.RUNNING and block is not None
    assert (block.activity, block.planned_minutes) == ("field_sales.meeting_preparation", 15)
    qtbot.waitUntil(lambda: "now: Focus: 15:00 left" in timeline.now_row.text())


def test_skip_takes_a_proposal_off_the_day(english, focus, qtbot):
    timeline = focus.shell.today.timeline
    button = timeline.row("next step of Globex").buttons["skip"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the keyboard reaches every button
    assert not any("next step of Globex" in line for line in timeline.lines())
    assert len(PlanDecisions(focus.store.runtime).of_day(focus.daily.today()).skipped) == 1
    focus.agenda.planning.render()  # a minute later, or after a restart: still skipped
    assert not any("next step of Globex" in line for line in timeline.lines())


def test_one_thing_done_from_today_and_from_the_tray(english, focus, qtbot):
    done = focus.shell.today.done_button
    assert not done.isEnabled()  # no One Thing yet
    tray = TrayController(focus.shell.actions)
    assert "✓ One Thing done" not in tray.enabled_entries()
    focus.one_thing.set_text("Close Acme")
    assert done.isEnabled() and "✓ One Thing done" in tray.enabled_entries()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert focus.daily.one_thing().status is OneThingStatus.DONE
    assert not done.isEnabled() and "✓ One Thing done" not in tray.enabled_entries()
    stored = focus.store.days.get(focus.daily.today())
    assert stored is not None and stored.status is OneThingStatus.DONE
    tray.deleteLater()


def test_the_tray_menus_done_marks_the_one_thing(english, focus):
    tray = TrayController(focus.shell.actions)
    focus.one_thing.set_text("Close Acme")
    entry = next(a for a in tray.menu.actions() if a.text() == "✓ One Thing &done")
    entry.trigger()
    assert focus.daily.one_thing().status is OneThingStatus.DONE
    tray.deleteLater()


def test_today_opens_after_the_wizard_and_on_a_tray_click(english, focus, qtbot):
    today = focus.shell.today
    today.hide()
    focus.windows.run_wizard(start_reminders=False)
    open_dialog(focus, FirstRunWizard).accept()
    assert today.isVisible()
    today.hide()
    tray = TrayController(focus.shell.actions)
    tray._on_icon_activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert today.isVisible()
    tray.deleteLater()


def test_the_meetings_held_are_counted_in_one_tap(english, focus, qtbot, clock):
    timeline = focus.shell.today.timeline
    assert timeline.held_button.isHidden()
    clock.advance(hours=6)  # 15:00: Acme and Globex are over
    focus.agenda.planning.render()
    assert timeline.lines()[1] == ("Your calendar says 2 meetings held today that the "
                                   "meetings held count does not have yet.")
    qtbot.mouseClick(timeline.held_button, Qt.MouseButton.LeftButton)
    assert focus.daily.counted_today("field_sales", "field_sales.prospect_meetings") == 2
    assert timeline.held_button.isHidden()
    focus.agenda.planning.render()
    assert timeline.held_button.isHidden()  # counted once, not offered again


def test_focusapp_today_prints_the_planned_and_proposed_blocks(english, focus, qtbot):
    from focusapp import commands as cmd
    from focusapp.client import format_agenda

    timeline = focus.shell.today.timeline
    qtbot.mouseClick(timeline.row("prepare Acme").buttons["accept"],
                     Qt.MouseButton.LeftButton)
    report = cmd.decode(cmd.AgendaReport, focus.command_server().handle("agenda", {}))
    assert [(p["kind"], p["meeting"], p["accepted"]) for p in report.planned][:3] == [
        ("prep", "Acme", True), ("next_step", "Acme", False), ("power_hour", "", False)]
    lines = format_agenda(report)
    at = lines.index("Planned and proposed:")
    assert what(lines[at + 1]) == "prepare Acme (accepted)"
    assert what(lines[at + 2]) == "log the dated next step of Acme (proposed)"



def test_the_plan_shows_its_first_rows_whole_and_its_labels_keep_their_height(
        english, qtbot, data_dir, clock):
    # A new prospector's day: "now", power hours whose proposals wrap in two lines at this
    # width, free time. The plan has room for its first rows whole, and the window's spare
    # room goes to the list of blocks, not to gaps around the plan's labels.
    from focusapp.ui.timeline import FIRST_ROWS

    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    today = app.shell.today
    qtbot.addWidget(today)
    app.start()
    today.resize(560, 620)
    qtbot.waitExposed(today)
    timeline = today.timeline
    qtbot.waitUntil(lambda: len(timeline.rows) >= FIRST_ROWS)
    spacing = timeline.layout().spacing()
    assert timeline.next_label.y() - timeline.title.geometry().bottom() <= spacing + 1
    viewport = timeline.area.viewport()
    for row in timeline.rows[:FIRST_ROWS]:
        assert row.mapTo(viewport, row.rect().bottomLeft()).y() < viewport.height(), row.text()
        assert row.height() >= row.heightForWidth(row.width()), row.text()  # not squeezed
    assert any(row.label.height() > 1.5 * timeline.now_row.label.height()
               for row in timeline.rows[:FIRST_ROWS])  # rows of two heights, both whole
    dispose(app)
    store.close()
