"""The streak history window (issue 17), on the six-week history of tests/ui/history.py:
what a salesperson reads in each cell, the legend, the keyboard, and the months it walks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from focusapp.core.streaks import DayMark
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.history import HistoryWindow
from focusapp.ui.review_model import ReviewProvider
from tests.ui.history import DAY_OFF, FIELD_SALES_FROM, FS, NOW, OP, build_history


@pytest.fixture(autouse=True)
def english_locale(english):
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, data_dir, clock):
    clock.advance(seconds=(NOW - clock.now()).total_seconds())
    store, _ = Store.open(data_dir, now=clock.now)
    build_history(store)
    daily = DailyLoop(clock, store)
    provider = ReviewProvider.from_daily(daily, store.reviews)
    win = HistoryWindow(provider.facts, FS)
    qtbot.addWidget(win)
    yield win
    store.close()


def tip_at(window: HistoryWindow, day: date) -> str:
    heatmap = window.heatmap
    centre = heatmap.cell_rect(day).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, heatmap.mapToGlobal(centre))
    QApplication.sendEvent(heatmap, event)
    return QToolTip.text()


def test_opens_on_the_role_asked_for_with_a_year_up_to_this_month(window):
    assert window.shown_role() == FS
    assert window.span_label.text() == "Dec 2025 – Nov 2026"
    assert window.heatmap.days[0].day == date(2025, 12, 1)
    assert window.heatmap.days[-1].day == date(2026, 11, 30)
    assert not window.next.isEnabled()  # never into the future


def test_each_day_says_what_happened_in_words(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert tip_at(window, date(2026, 10, 1)) == ("Thu 1 Oct · not tracked: the role was not "
                                                 "taken up yet")
    assert tip_at(window, DAY_OFF).endswith("not a working day")
    met = [d for d in window.heatmap.days if d.mark is DayMark.MET]
    assert met, "the history has met Field Sales days"
    tip = tip_at(window, met[0].day)  # e.g. "Fri 13 Nov · 75 / 50 min · 3 counted · target met"
    assert " / 50 min" in tip and tip.endswith(" · target met")
    assert tip_at(window, FIELD_SALES_FROM).startswith("Thu 12 Nov · ")


def test_the_keyboard_walks_the_days_and_says_each_one(window, qtbot):
    window.show()
    window.heatmap.setFocus()
    assert window.heatmap.cursor_day == NOW.date()
    assert window.day_label.text().startswith("Fri 27 Nov · ")
    qtbot.keyClick(window.heatmap, Qt.Key.Key_Left)  # a week back
    assert window.heatmap.cursor_day == date(2026, 11, 20)
    assert window.day_label.text().startswith("Fri 20 Nov · ")
    qtbot.keyClick(window.heatmap, Qt.Key.Key_Up)  # a day back
    assert window.day_label.text().startswith("Thu 19 Nov · ")


def test_months_go_back_and_come_again_and_roles_switch(window, qtbot):
    qtbot.mouseClick(window.previous, Qt.MouseButton.LeftButton)
    assert window.span_label.text() == "Nov 2025 – Oct 2026"
    assert window.next.isEnabled()
    qtbot.mouseClick(window.this_month, Qt.MouseButton.LeftButton)
    assert window.span_label.text() == "Dec 2025 – Nov 2026"
    window.role.setCurrentIndex(window.role.findData(OP))
    assert window.shown_role() == OP
    assert "day(s)" not in window.summary.text() and " in a row" in window.summary.text()


def test_the_legend_names_every_state_with_a_symbol(window):
    texts = [label.text() for label in window.legend]
    for words in ("met", "partly", "missed", "frozen", "day off", "not tracked"):
        assert any(words in text for text in texts), words
