"""The rules a whole Settings value passes, in the window and in an import (issue 10, item 10)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from focusapp.core.days import DayOff
from focusapp.core.models import Settings
from focusapp.core.settings_rules import MAX_DAYS_OFF, MAX_PRESETS, settings_problems


def problems(**values: object) -> list[tuple[str, str]]:
    """(code, setting) of each problem of the default settings with `values` changed."""
    return [(p.code, p.params["name"]) for p in settings_problems(Settings().updated(**values))]


def test_the_defaults_and_what_the_window_saves_break_no_rule() -> None:
    assert problems() == []
    assert problems(presets=(15, 25, 45, 60, 90, 120),
                    days_off=(DayOff(date(2026, 12, 24), date(2027, 1, 2)),),
                    blocked_domains=("example.com", "xn--bcher-kva.example"),
                    blocked_apps=("steam", "close:/usr/bin/slack", "kill:game")) == []


def test_a_thousand_presets_are_refused() -> None:
    assert problems(presets=(25,) * 1000) == [("setting.too_many", "presets")]
    assert problems(presets=(25,) * (MAX_PRESETS + 1)) == [("setting.too_many", "presets")]
    assert problems(presets=(25,) * MAX_PRESETS) == []


def test_a_hundred_thousand_days_off_are_refused() -> None:
    one = DayOff(date(2026, 12, 25), date(2026, 12, 25))
    assert problems(days_off=(one,) * 100_000) == [("setting.too_many", "days_off")]
    first = date(2026, 1, 1)
    most = tuple(DayOff(first + timedelta(days=i), first + timedelta(days=i))
                 for i in range(MAX_DAYS_OFF))
    assert problems(days_off=most) == []
    assert problems(days_off=(*most, one)) == [("setting.too_many", "days_off")]


@pytest.mark.parametrize(("off", "code"), [
    (DayOff(date(1900, 1, 1), date(1900, 1, 1)), "day_off.year"),
    (DayOff(date(2026, 1, 1), date(9999, 12, 31)), "day_off.year"),
    (DayOff(date(2026, 1, 1), date(2028, 1, 1)), "day_off.span"),
])
def test_days_off_far_away_or_years_long_are_refused(off: DayOff, code: str) -> None:
    assert problems(days_off=(off,)) == [(code, "days_off")]


@pytest.mark.parametrize(("entry", "code"), [
    ("example.com\nevil.com", "domain.newline"),
    ("example.com\r", "domain.newline"),
    ("Example.COM", "domain.form"),  # the window keeps the canonical name
    ("https://example.com/x", "domain.url"),
    ("127.0.0.1", "domain.ip"),
    ("security.ubuntu.com", "domain.reserved"),
])
def test_a_blocked_site_the_window_would_not_keep_is_refused(entry: str, code: str) -> None:
    assert problems(blocked_domains=("example.org", entry)) == [(code, "blocked_domains")]


@pytest.mark.parametrize(("entry", "code"), [
    ("steam\nkill:bash", "app.control"),
    ("bin/steam", "app.relative_path"),
    (" steam", "app.whitespace"),
])
def test_a_blocked_app_the_window_would_not_keep_is_refused(entry: str, code: str) -> None:
    assert problems(blocked_apps=(entry,)) == [(code, "blocked_apps")]


def test_repeated_entries_and_loose_times_are_refused() -> None:
    assert problems(blocked_domains=("example.com", "example.com")) == [
        ("setting.repeated", "blocked_domains")]
    assert problems(working_weekdays=(0, 0, 1)) == [("setting.repeated", "working_weekdays")]
    assert problems(working_weekdays=(4, 1)) == [("setting.order", "working_weekdays")]
    assert problems(day_start="4:00", nudge_time="11:00\n") == [
        ("setting.time_form", "day_start"), ("setting.time_form", "nudge_time")]


def test_every_problem_is_listed_not_only_the_first() -> None:
    found = problems(presets=(25,) * 1000, blocked_domains=("a.com\n", "b .com"),
                     blocked_apps=("kill:x/y",))
    assert found == [("setting.too_many", "presets"), ("domain.newline", "blocked_domains"),
                     ("domain.whitespace", "blocked_domains"),
                     ("app.relative_path", "blocked_apps")]


def test_a_display_name_over_80_characters_is_refused():
    (refused,) = settings_problems(Settings(display_name="A" * 81))
    assert (refused.code, refused.params["name"]) == ("display_name.long", "display_name")
    assert settings_problems(Settings(display_name="  Ana\u200b Lopez ")) == ()  # tidied on use
