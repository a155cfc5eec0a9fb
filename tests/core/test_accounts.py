"""Accounts going cold (core/accounts.py): calendar weeks, day starts, DST and days off."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.accounts import (
    Account,
    ColdAccount,
    Touch,
    accounts_touched,
    cold_accounts,
    names_in_csv,
    validate_cold_weeks,
)
from focusapp.core.days import DayOff, DayRules, local_day
from focusapp.core.errors import ValidationError

PARIS = ZoneInfo("Europe/Paris")
FOUR = time(4, 0)
ADDED = date(2026, 1, 5)


def touch(account: str, at: datetime) -> Touch:
    return Touch(id=f"{account}-{at.isoformat()}", account=account, at=at)


def names(cold: tuple[ColdAccount, ...]) -> list[str]:
    return [c.account.name for c in cold]


def test_oldest_silence_first_and_a_fresh_touch_warms_an_account() -> None:
    accounts = [Account("Acme", ADDED), Account("Bolt", ADDED), Account("Cyan", ADDED)]
    touches = [touch("Acme", datetime(2026, 3, 2, 10, tzinfo=PARIS)),
               touch("bolt", datetime(2026, 2, 2, 10, tzinfo=PARIS)),
               touch("Cyan", datetime(2026, 4, 20, 10, tzinfo=PARIS))]
    cold = cold_accounts(accounts, touches, date(2026, 4, 24), 6, FOUR)
    assert names(cold) == ["Bolt", "Acme"]  # Bolt touched in February, Acme in March
    assert cold[0].last_touch == date(2026, 2, 2) and cold[0].silent_weeks == 11


def test_an_account_never_touched_goes_cold_counted_from_the_day_it_was_added() -> None:
    fresh = Account("Imported today", date(2026, 4, 24))
    old = Account("Imported long ago", date(2026, 3, 1))
    cold = cold_accounts([fresh, old], [], date(2026, 4, 24), 6, FOUR)
    assert names(cold) == ["Imported long ago"]
    assert cold[0].last_touch is None


def test_a_six_week_holiday_counts_calendar_weeks_the_account_is_cold_on_return() -> None:
    """The chosen rule: calendar weeks. Touched the Friday before six weeks off, the account
    is cold the Monday the rep comes back, though no working week passed."""
    friday = datetime(2026, 6, 26, 17, tzinfo=PARIS)
    back = date(2026, 8, 10)  # the Monday after six weeks off
    cold = cold_accounts([Account("Acme", ADDED)], [touch("Acme", friday)], back, 6, FOUR)
    assert names(cold) == ["Acme"]
    assert cold[0].silent_days == 45


def test_the_day_start_decides_the_touch_s_day() -> None:
    """A touch at 01:30 belongs to the evening before (day start 04:00): one day more of
    silence than a touch at 04:00."""
    night = touch("Acme", datetime(2026, 3, 3, 1, 30, tzinfo=PARIS))  # day of 2 March
    today = date(2026, 3, 2) + timedelta(weeks=6)
    assert names(cold_accounts([Account("Acme", ADDED)], [night], today, 6, FOUR)) == ["Acme"]
    morning = touch("Acme", datetime(2026, 3, 3, 4, 0, tzinfo=PARIS))
    assert cold_accounts([Account("Acme", ADDED)], [morning], today, 6, FOUR) == ()


instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=st.just(PARIS))
day_offs = st.lists(st.tuples(st.dates(date(2025, 1, 1), date(2027, 12, 31)),
                              st.integers(0, 60)), max_size=4)


@given(instants, st.integers(0, 120), st.integers(1, 12), st.sampled_from([time(0), FOUR]))
def test_cold_exactly_when_n_calendar_weeks_passed_since_the_touch_s_local_day(
        at: datetime, days_later: int, weeks: int, day_start: time) -> None:
    touched = local_day(at, day_start)  # in the offset the instant carries (DST included)
    today = touched + timedelta(days=days_later)
    cold = cold_accounts([Account("Acme", date(2024, 1, 1))], [touch("Acme", at)], today,
                         weeks, day_start)
    assert bool(cold) == (days_later >= 7 * weeks)


@given(instants, st.integers(0, 120), st.integers(1, 12), day_offs)
def test_days_off_and_working_days_never_change_the_cold_list(
        at: datetime, days_later: int, weeks: int, offs: list[tuple[date, int]]) -> None:
    """Calendar weeks: however few working days the rep had since the touch (three working
    weekdays, holidays), the verdict is the calendar's."""
    rules = DayRules(working_weekdays=frozenset({0, 1, 2}),
                     days_off=tuple(DayOff(d, d + timedelta(days=n)) for d, n in offs))
    touched = local_day(at, rules.day_start)
    today = touched + timedelta(days=days_later)
    working = sum(1 for _ in rules.working_days(touched + timedelta(days=1), today))
    cold = cold_accounts([Account("Acme", date(2024, 1, 1))], [touch("Acme", at)], today,
                         weeks, rules.day_start)
    assert bool(cold) == (days_later >= 7 * weeks)
    assert working <= days_later


@given(st.lists(st.tuples(st.sampled_from(["Acme", "ACME", "Bolt", "cyan"]), instants),
                max_size=20))
def test_accounts_touched_in_a_week_is_the_number_of_different_accounts(
        seen: list[tuple[str, datetime]]) -> None:
    touches = [touch(name, at) for name, at in seen]
    first, last = date(2026, 1, 5), date(2026, 1, 11)
    inside = {name.casefold() for name, at in seen if first <= local_day(at, FOUR) <= last}
    assert accounts_touched(touches, first, last, FOUR) == len(inside)


def test_cold_weeks_go_from_1_to_52() -> None:
    assert validate_cold_weeks(6) == 6
    for bad in (0, 53, True):
        with pytest.raises(ValidationError) as refused:
            validate_cold_weeks(bad)
        assert refused.value.code == "cold_weeks.range"


def test_a_crm_export_s_column_gives_each_account_once_in_order() -> None:
    text = ("\ufeffId;Nom du compte;Owner\n1;Acme SA;Léa\n2; Bolt ;Léa\n3;;Marc\n"
            "4;acme sa;Marc\n5;\"Cyan; Fils\";Marc\n")
    assert names_in_csv(text, "nom du compte") == ("Acme SA", "Bolt", "Cyan; Fils")
    assert names_in_csv("Account Name,Owner\nAcme,Léa\n", " Account name ") == ("Acme",)


def test_a_missing_column_names_those_there_are() -> None:
    with pytest.raises(ValidationError) as refused:
        names_in_csv("Id,Company\n1,Acme\n", "Account")
    assert refused.value.code == "accounts_csv.column"
    assert refused.value.params["columns"] == "Id, Company"
