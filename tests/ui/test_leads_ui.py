"""Speed-to-lead on screen: the Today window's live lead clocks (oldest first, red past the
target, a Touched button each), the tray icon's badge, and the target in Settings → Roles.
The real app, offscreen, on a real store and the fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from focusapp.app import FocusApp, Options
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.timer import TimerState
from focusapp.store.database import Store
from focusapp.ui.icons import BADGE_OVERDUE, BADGE_WAITING, draw_state_pixmap, lead_badge
from focusapp.ui.leads import OVERDUE_STYLE
from focusapp.ui.settings import SettingsWindow
from tests.ui.test_settings import retype_spin

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot: Any, data_dir: Path, clock: Any, english: None) -> Iterator[FocusApp]:
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER})))
    focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(focus.shell.today)
    focus.start()
    yield focus
    focus.shutdown()
    shiboken6.delete(focus)
    store.close()


def _three_leads(app: FocusApp, clock: Any) -> None:
    for name, later in (("Acme", 0), ("Dupont & fils", 2), ("Globex", 3)):
        clock.advance(minutes=later)
        app.instruments.leads.new(name)
    clock.advance(minutes=1, seconds=30)
    app.instruments.leads.tick()


def test_today_lists_the_waiting_leads_oldest_first_with_their_clocks(app: FocusApp,
                                                                       clock: Any) -> None:
    _three_leads(app, clock)
    panel = app.shell.today.leads
    assert panel.isVisibleTo(app.shell.today)
    assert panel.title() == "Leads waiting · target 5 min"
    assert [n.text() for n in panel.names] == ["Acme", "Dupont & fils", "Globex"]
    assert [c.text() for c in panel.clocks] == ["6:30", "4:30", "1:30"]
    # Past its target, a clock is red; the others are not.
    assert [c.styleSheet() for c in panel.clocks] == [OVERDUE_STYLE, "", ""]
    assert app.shell.today_lines()[2:7] == (
        "Leads waiting · target 5 min", "Today: 3 leads · 0 within target · 0 late · 3 waiting",
        "Acme · 6:30 · past its target", "Dupont & fils · 4:30", "Globex · 1:30")
    clock.advance(seconds=45)
    app.instruments.leads.tick()  # the clocks move each second, the rows stay
    assert [c.text() for c in panel.clocks] == ["7:15", "5:15", "2:15"]
    assert [c.styleSheet() for c in panel.clocks] == [OVERDUE_STYLE, OVERDUE_STYLE, ""]


def test_a_click_on_touched_stops_that_leads_clock_only(qtbot: Any, app: FocusApp,
                                                        clock: Any) -> None:
    _three_leads(app, clock)
    panel = app.shell.today.leads
    qtbot.mouseClick(panel.buttons[1], LEFT)
    assert [n.text() for n in panel.names] == ["Acme", "Globex"]
    assert panel.summary.text() == "Today: 3 leads · 1 within target · 0 late · 2 waiting"
    touched = {lead.name: lead.touched_at for lead in app.store.leads.all()}
    assert touched["Dupont & fils"] == clock.now()
    assert touched["Acme"] is None and touched["Globex"] is None


def test_a_click_on_not_a_lead_stops_its_clock_and_it_counts_nowhere(
        qtbot: Any, app: FocusApp, clock: Any) -> None:
    _three_leads(app, clock)
    panel = app.shell.today.leads
    assert panel.drop_buttons[0].accessibleName() == "Acme is not a lead"
    qtbot.mouseClick(panel.drop_buttons[0], LEFT)
    assert [n.text() for n in panel.names] == ["Dupont & fils", "Globex"]
    assert panel.summary.text() == "Today: 2 leads · 0 within target · 0 late · 2 waiting"
    dropped = {lead.name: lead.dropped_at for lead in app.store.leads.all()}
    assert dropped == {"Acme": clock.now(), "Dupont & fils": None, "Globex": None}


def test_a_click_on_touched_during_a_block_keeps_it_running(qtbot: Any, app: FocusApp,
                                                            clock: Any) -> None:
    app.blocks.start_for(25, "inbound_qualifier", "qualification_conversations")
    _three_leads(app, clock)
    qtbot.mouseClick(app.shell.today.leads.buttons[0], LEFT)
    assert app.timer.state is TimerState.RUNNING
    assert app.shell.today.count_label.text().endswith("· 1 interruption")


def test_new_lead_in_today_asks_a_name_and_starts_the_clock(qtbot: Any, app: FocusApp) -> None:
    assert app.shell.actions.new_lead.isVisible()
    qtbot.mouseClick(app.shell.today.leads.new_button, LEFT)
    dialog = app.shell.dialogs[-1]
    qtbot.keyClicks(dialog.name, "Initech")
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert [n.text() for n in app.shell.today.leads.names] == ["Initech"]


def test_without_a_lead_role_there_is_no_panel_and_no_menu_entry(app: FocusApp) -> None:
    app.daily.save_roles(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    assert not app.shell.today.leads.isVisibleTo(app.shell.today)
    assert not app.shell.actions.new_lead.isVisible()


def test_the_tray_badge_counts_the_waiting_leads_and_turns_red_past_a_target() -> None:
    def corner(badge: tuple[int, QColor] | None) -> QColor:
        # Inside the badge's disc, off the ring and the digit.
        image = draw_state_pixmap(TimerState.IDLE, 0.0, None, 1.0, badge).toImage()
        return image.pixelColor(58, 6)

    assert lead_badge(0, 0) is None and corner(None).alpha() == 0
    assert corner(lead_badge(3, 0)) == BADGE_WAITING
    assert corner(lead_badge(3, 1)) == BADGE_OVERDUE


def test_the_target_is_edited_in_settings_roles_and_new_leads_take_it(
        qtbot: Any, app: FocusApp) -> None:
    app.windows.show_settings()
    window = app.shell.settings_window
    assert isinstance(window, SettingsWindow)
    editor = window.roles_page.show_role(RoleId.INBOUND_QUALIFIER)
    assert editor.lead_minutes is not None and editor.lead_minutes.value() == 5
    assert window.roles_page.editors[RoleId.FIELD_SALES].lead_minutes is None  # not a lead role
    retype_spin(qtbot, editor.lead_minutes, "3")
    qtbot.mouseClick(window.ok_button, LEFT)
    inbound = next(c for c in app.store.roles.get() if c.role is RoleId.INBOUND_QUALIFIER)
    assert inbound.lead_minutes == 3
    assert app.instruments.leads.new("Acme").target_minutes == 3
    assert app.shell.today.leads.title() == "Leads waiting · target 3 min"


def test_the_panel_speaks_french(app: FocusApp, clock: Any) -> None:
    app.shell.set_language("fr")  # as Settings does: the windows are built again
    try:
        _three_leads(app, clock)
        panel = app.shell.today.leads
        assert panel.title() == "Leads en attente · objectif 5 min"
        assert [b.text() for b in panel.buttons] == ["Contacté"] * 3
        assert "Acme · 6:30 · objectif dépassé" in app.shell.today_lines()
    finally:
        app.shell.set_language("en")


def test_the_review_says_the_weeks_speed_to_lead(app: FocusApp, clock: Any) -> None:
    """Four leads this week: touched after 1 and 3 minutes, after 9 (late), and never."""
    for name, wait in (("Acme", 1), ("Globex", 3), ("Initech", 9), ("Umbrella", None)):
        app.instruments.leads.new(name)
        if wait is not None:
            clock.advance(minutes=wait)
            app.instruments.leads.touch(name)
    app.windows.show_review()
    window = app.shell.review_window
    assert window is not None
    lines = window.results.values["Inbound lead qualification"].text().splitlines()
    assert lines[-1] == ("Speed to lead: 4 leads · median 3:00 to first touch · 50 % within "
                         "target (1 late) · 1 left untouched")
