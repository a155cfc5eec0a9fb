"""Today's role panels are made the first time one has something to show (issue 15: a new
user's first paint makes none of them), each in its own place in the window."""

from __future__ import annotations

from datetime import datetime

from focusapp.flows.shell import LeadsView
from focusapp.ui.accounts import AccountsPanel, FollowUpsPanel
from focusapp.ui.actions import AppActions
from focusapp.ui.handoffs import HandoffsPanel
from focusapp.ui.leads import LeadsPanel
from focusapp.ui.today import TodayWindow

ORDER = ("handoffs", "leads", "accounts", "follow_ups")


def test_a_panel_is_made_once_it_has_something_to_show(qtbot) -> None:
    today = TodayWindow(AppActions((25, 50)))
    qtbot.addWidget(today)
    made = (HandoffsPanel, LeadsPanel, AccountsPanel, FollowUpsPanel)
    assert [p for kind in made for p in today.findChildren(kind)] == []  # a new Today
    now = datetime(2026, 12, 7, 9, 0).astimezone()
    today.show_leads(LeadsView(now, (), None))  # no lead role, no lead waiting
    assert today.findChildren(LeadsPanel) == []
    today.show_leads(LeadsView(now, (), 5))  # an inbound qualifier: the clocks' panel
    assert today.findChildren(LeadsPanel) == [today.leads]
    assert not today.leads.isHidden()
    assert today.leads.title() == "Leads waiting · target 5 min"


def test_each_panel_takes_its_own_place_whatever_the_order_it_is_made_in(qtbot) -> None:
    today = TodayWindow(AppActions((25, 50)))
    qtbot.addWidget(today)
    panels = [getattr(today, name) for name in reversed(ORDER)]  # made last to first
    for panel in panels:
        panel.show()
    today.resize(560, 1400)
    today.show()
    qtbot.waitExposed(today)
    tops = [getattr(today, name).geometry().top() for name in ORDER]
    assert today.blocks.geometry().bottom() < tops[0]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert tops[-1] < today.awesome_label.geometry().top()
