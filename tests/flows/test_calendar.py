"""The calendar flow: Today's meetings follow the calendars and the day, a calendar's new
problem is told once by its name, and the agenda has the One Thing, the meetings and the
finished blocks only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.models import Block, Outcome
from focusapp.flows.calendar import CalendarFlow
from focusapp.services.calendar import CalendarService
from focusapp.services.daily import DailyLoop
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from tests.calendar_samples import BUSY_WEEK, ME
from tests.flows.conftest import FakeShell


@pytest.fixture
def calendar_file(tmp_path: Path) -> Path:
    path = tmp_path / "work.ics"
    path.write_bytes(BUSY_WEEK)
    return path


@pytest.fixture
def flow(qtbot: Any, clock: Any, store: Store, daily: DailyLoop, shell: FakeShell,
         calendar_file: Path) -> Iterator[CalendarFlow]:
    book = CalendarBook(store.data_dir)
    book.add("Work", str(calendar_file), (ME,))
    service = CalendarService(clock, book)
    calendars = CalendarFlow(clock, daily, service, shell)
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        service.start()
    yield calendars
    service.stop()


def test_todays_meetings_follow_the_day(flow: CalendarFlow, shell: FakeShell, clock: Any,
                                        daily: DailyLoop) -> None:
    assert [m.title for m in shell.meetings if m.busy] == [
        "Pipeline review", "US team stand-up", "Demo with Acme"]  # Monday 23 November
    clock.advance(days=1)
    daily.changed.emit()  # the daily loop says so at the day change
    assert shell.meetings == ()


def test_a_calendar_that_stops_working_is_told_once_by_name(
        qtbot: Any, flow: CalendarFlow, shell: FakeShell, calendar_file: Path) -> None:
    calendar_file.unlink()
    for _ in range(2):
        with qtbot.waitSignal(flow.calendars.refreshed, timeout=10_000):
            flow.calendars.refresh()
    assert shell.notes == [("Calendar Work", "calendar.no_file")]
    assert "Pipeline review" in [m.title for m in shell.meetings]  # the copy read before


def test_the_agenda_is_the_one_thing_the_meetings_and_the_finished_blocks(
        flow: CalendarFlow, daily: DailyLoop, clock: Any, store: Store) -> None:
    daily.set_one_thing("Close the Acme renewal", "field_sales")
    start = clock.now() - timedelta(hours=1)
    block = Block(id="b1", start=start, planned_minutes=50, role="field_sales",
                  end=start + timedelta(minutes=50), outcome=Outcome.COMPLETED)
    store.blocks.save(block)  # as the timer does, then tells the daily loop
    daily.record_block(block)
    agenda = flow.agenda()
    assert (agenda.day, agenda.one_thing) == ("2026-11-23", "Close the Acme renewal")
    assert [b["minutes"] for b in agenda.blocks] == [50.0]
    assert [m["title"] for m in agenda.meetings][:2] == ["Trade fair", "Pipeline review"]
