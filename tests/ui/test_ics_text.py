"""An exported calendar names each block as the app does, in the user's language, never by
its ids (issue 13, "Out")."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

from focusapp.services.data_files import export_to
from focusapp.store.database import Store
from focusapp.ui.ics_text import ics_text
from tests.ui.history import NOW, build_history
from tests.ui.language import speaking


@pytest.fixture
def store(data_dir):
    store, _ = Store.open(data_dir, now=lambda: NOW)
    build_history(store)
    yield store
    store.close()


def events(store: Store, path) -> list[icalendar.Event]:
    export_to(store, path, date(2026, 11, 16), date(2026, 11, 22),
              ics=ics_text(store.roles.get()))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_the_events_say_the_role_and_activity_by_name(store, tmp_path, english):
    found = events(store, tmp_path / "week.ics")
    summaries = {str(e["SUMMARY"]) for e in found}
    assert "Focus: Outbound prospecting — Prospecting block: calls, emails, social" in summaries
    for event in found:
        text = str(event["SUMMARY"]) + str(event["DESCRIPTION"])
        assert "outbound_prospector" not in text and "field_sales" not in text
    assert any("Focused " in str(e["DESCRIPTION"]) for e in found)


def test_in_french(store, tmp_path, qapp):
    with speaking(qapp, "fr"):
        found = events(store, tmp_path / "semaine.ics")
    summaries = {str(e["SUMMARY"]) for e in found}
    assert any(s.startswith("Concentration\u00a0: Prospection sortante — ") for s in summaries)
