"""Which week the weekly export writes, and its file's name (core.weekly_export)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import IsoWeek
from focusapp.core.weekly_export import export_file_name, slug, week_to_export

TZ = timezone(timedelta(hours=1))
FOUR = time(4, 0)
W48, W49 = IsoWeek(2026, 48), IsoWeek(2026, 49)
MONDAY_W49 = datetime(2026, 11, 30, tzinfo=TZ)


def test_the_week_is_due_from_mondays_day_start_not_before() -> None:
    # Monday 03:59 still belongs to Sunday (the day starts at 04:00): W48 is not over.
    assert week_to_export(IsoWeek(2026, 47), MONDAY_W49.replace(hour=3, minute=59), FOUR) is None
    assert week_to_export(IsoWeek(2026, 47), MONDAY_W49.replace(hour=4), FOUR) == W48


def test_a_week_exported_is_never_due_again_even_with_the_clock_set_back() -> None:
    assert week_to_export(W48, MONDAY_W49.replace(hour=9), FOUR) is None
    assert week_to_export(W48, MONDAY_W49 - timedelta(days=3), FOUR) is None  # set back


def test_after_weeks_away_only_the_last_finished_week_is_due() -> None:
    back = MONDAY_W49 + timedelta(weeks=2, hours=10)  # Monday of W51
    assert week_to_export(W48, back, FOUR) == IsoWeek(2026, 50)
    assert week_to_export(None, back, FOUR) == IsoWeek(2026, 50)  # the first time: at once


@given(st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2098, 12, 31)),
       st.times())
def test_once_exported_nothing_is_due_until_the_next_monday(now: datetime, day_start: time) -> None:
    now = now.replace(tzinfo=TZ)
    week = week_to_export(None, now, day_start)
    assert week is not None and week.monday + timedelta(days=7) <= now.date()
    assert week_to_export(week, now, day_start) is None
    next_monday = datetime.combine(week.shifted(2).monday, day_start, tzinfo=TZ)
    assert week_to_export(week, next_monday - timedelta(seconds=1), day_start) is None
    assert week_to_export(week, next_monday, day_start) == week.shifted(1)


def test_file_names_a_shared_folder_holds_many_of() -> None:
    assert export_file_name("Zoë Martin-Dupré", "0f3a9c2e77aa", W48) == (
        "focusapp-zoe-martin-dupre-0f3a9c2e-2026-W48.json")
    assert slug("  ../..\\ 李 ") == "rep"  # nothing a drive could misread, never empty
    assert slug("x" * 100) == "x" * 40
