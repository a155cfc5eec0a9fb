"""The weekly review says how the week's scheduled blocks went: started, skipped, missed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from focusapp.core.days import IsoWeek
from focusapp.core.schedule import RunOutcome, ScheduledRun
from focusapp.services.daily import DailyLoop
from focusapp.ui.review import ReviewWindow
from focusapp.ui.review_model import ReviewProvider
from tests.ui.history import NOW
from tests.ui.language import speaking


@pytest.fixture
def window(qtbot, store, clock):
    clock.advance(seconds=(NOW - clock.now()).total_seconds())
    monday = NOW - timedelta(days=NOW.weekday())
    outcomes = [RunOutcome.STARTED] * 4 + [RunOutcome.SKIPPED, RunOutcome.MISSED]
    for n, outcome in enumerate(outcomes):
        store.scheduled_runs.save(ScheduledRun(f"s{n}", "Power hour", monday, outcome))
    last_week = ScheduledRun("s1", "Power hour", monday - timedelta(days=7), RunOutcome.MISSED)
    store.scheduled_runs.save(last_week)
    daily = DailyLoop(clock, store)
    provider = ReviewProvider.from_daily(daily, store.reviews,
                                         scheduled_runs=lambda: tuple(store.scheduled_runs.all()))
    win = ReviewWindow(provider)
    qtbot.addWidget(win)
    return win


def test_the_weeks_scheduled_blocks_are_counted_honestly(window, english):
    window.show_week(IsoWeek.of(NOW.date()))
    assert window.numbers.values["Scheduled blocks"].text() == (
        "4 started · 1 skipped · 1 missed")
    window.show_week(IsoWeek.of(NOW.date()).shifted(-1))
    assert window.numbers.values["Scheduled blocks"].text() == (
        "0 started · 0 skipped · 1 missed")
    window.show_week(IsoWeek.of(NOW.date()).shifted(-2))
    assert "Scheduled blocks" not in window.numbers.values


def test_in_french(window, qapp):
    with speaking(qapp, "fr"):
        window.show_week(IsoWeek.of(NOW.date()))
        assert window.numbers.values["Blocs programmés"].text() == (
            "lancés\u00a0: 4 · sautés\u00a0: 1 · manqués\u00a0: 1")
