"""Settings → Calendars: each calendar with its last read (or why it failed), the interval
they are read at, saved with the other settings, and removing one; in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.calendar import CalendarService
from focusapp.services.daily import DailyLoop
from focusapp.store.calendars import CalendarBook
from focusapp.store.database import Store
from focusapp.ui.settings import SettingsProvider, SettingsWindow
from tests.calendar_samples import BUSY_WEEK, ME
from tests.calendar_server import CalendarServer, calendar_server


@pytest.fixture
def store(data_dir, clock):
    store, _ = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    yield store
    store.close()


@pytest.fixture
def calendars(qtbot, clock, data_dir, tmp_path):
    good = tmp_path / "work.ics"
    good.write_bytes(BUSY_WEEK)
    book = CalendarBook(data_dir)
    book.add("Work", str(good), (ME,))
    book.add("Old", str(tmp_path / "gone.ics"), ())
    service = CalendarService(clock, book)
    with qtbot.waitSignal(service.refreshed, timeout=10_000):
        service.refresh()
    yield service
    service.stop()


def open_window(qtbot, clock, store, calendars) -> SettingsWindow:
    window = SettingsWindow(SettingsProvider.from_loop(DailyLoop(clock, store), store,
                                                      calendars=lambda: calendars))
    qtbot.addWidget(window)
    window.show()
    return window


def texts(window: SettingsWindow) -> list[str]:
    page = window.calendar_page
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_each_calendar_with_its_last_read_or_why_not(qtbot, clock, store, calendars,
                                                     tmp_path: Path, english) -> None:
    window = open_window(qtbot, clock, store, calendars)
    assert window.tabs.tabText(window.tabs.indexOf(window.calendar_page)) == "Calendars"
    work, old = texts(window)
    assert work.startswith(f"Work — {tmp_path / 'work.ics'}\nLast read: ")
    assert old == (f"Old — {tmp_path / 'gone.ics'}\nNot read yet\n"
                   f"The calendar file {tmp_path / 'gone.ics'} is not there.")


def test_the_interval_is_saved_with_the_settings_and_a_calendar_removed(
        qtbot, clock, store, calendars, data_dir) -> None:
    window = open_window(qtbot, clock, store, calendars)
    page = window.calendar_page
    assert page.minutes.value() == 15
    page.minutes.setValue(30)
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert CalendarBook(data_dir).refresh_minutes() == 30
    page.list.setCurrentRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in CalendarBook(data_dir).sources()] == ["Work"]
    assert len(texts(window)) == 1


def test_the_page_in_french(qtbot, clock, store, calendars, french) -> None:
    window = open_window(qtbot, clock, store, calendars)
    assert window.tabs.tabText(window.tabs.indexOf(window.calendar_page)) == "Agendas"
    assert "\nDernière lecture\u00a0: " in texts(window)[0]


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    with calendar_server() as running:
        yield running


def test_an_address_pasted_is_read_in_the_background_then_added(
        qtbot, clock, store, calendars, server, data_dir, english) -> None:
    window = open_window(qtbot, clock, store, calendars)
    page = window.calendar_page
    page.location.setText(f"  {server.url}/week.ics ")
    page.me.setText("Ana@Example.com, mailto:ana.m@example.com")
    with qtbot.waitSignal(calendars.added, timeout=10_000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert page.add_status.text() == "Reading the calendar…"  # the window did not wait
    assert page.add_status.text() == "Calendar added: 127.0.0.1 week.ics."
    added = CalendarBook(data_dir).sources()[-1]
    assert (added.location, added.me) == (f"{server.url}/week.ics",
                                         ("ana.m@example.com", "ana@example.com"))
    assert added.refreshed == clock.now()
    assert texts(window)[-1].startswith(f"127.0.0.1 week.ics — {server.url}/week.ics\n")


@pytest.mark.parametrize(("path", "says"), [
    ("/missing.ics", "127.0.0.1 has no calendar at this address"),
    ("/login", "This address gives a web page, not a calendar"),
])
def test_a_bad_address_pasted_is_refused_and_nothing_is_added(
        qtbot, clock, store, calendars, server, data_dir, english, path, says) -> None:
    window = open_window(qtbot, clock, store, calendars)
    page = window.calendar_page
    page.location.setText(f"{server.url}{path}")
    with qtbot.waitSignal(calendars.add_refused, timeout=10_000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_status.text().startswith(says)
    assert [s.name for s in CalendarBook(data_dir).sources()] == ["Work", "Old"]
    page.location.setText("ftp://example.com/a.ics")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_status.text().startswith("FocusApp reads calendars from https://")
