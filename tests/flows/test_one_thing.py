"""The One Thing through OneThingFlow: the morning question, the evening check, carry-over."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from focusapp.core.models import OneThingStatus
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.shell import EveningAnswer, OneThingAnswer


@pytest.fixture
def one_thing(daily: Any, shell: Any) -> OneThingFlow:
    return OneThingFlow(daily, shell)


def test_the_morning_question_is_asked_once_a_day(one_thing, daily, shell):
    one_thing.ask_if_missing()
    _, answer = shell.question("one_thing")
    answer(OneThingAnswer("Call the five accounts at risk", "field_sales", None))
    assert daily.one_thing().one_thing == "Call the five accounts at risk"
    one_thing.ask_if_missing()
    assert not shell.asked  # answered: not asked again today


def test_yesterdays_missed_check_comes_before_todays_question(one_thing, daily, shell, clock):
    daily.set_one_thing("Send the Acme proposal", "outbound_prospector")
    yesterday = daily.today()
    clock.advance(days=1)
    one_thing.ask_if_missing()
    assert [kind for kind, _, _ in shell.asked] == ["evening_check"]
    (day,), answer = shell.question("evening_check")
    assert day.one_thing == "Send the Acme proposal"
    answer(EveningAnswer(OneThingStatus.DONE, carry_over=False))
    assert daily.one_thing(yesterday).status is OneThingStatus.DONE
    shell.question("one_thing")  # then today's


def test_an_empty_one_thing_is_refused_in_words_and_nothing_is_kept(one_thing, daily, shell):
    one_thing.ask()
    _, answer = shell.question("one_thing")
    answer(OneThingAnswer("   ", "field_sales", None))
    assert [p.code for p in shell.problems] == ["one_thing.empty"]
    assert daily.one_thing() is None


def test_friday_carries_over_to_monday(one_thing, daily, shell, clock):
    clock.advance(days=4)  # the fake clock starts on a Monday
    friday = daily.today()
    assert friday.isoweekday() == 5
    daily.set_one_thing("Close the ACME renewal", "field_sales")
    one_thing.ask_evening_check()
    _, answer = shell.question("evening_check")
    answer(EveningAnswer(OneThingStatus.NOT_DONE, carry_over=True))
    monday = daily.one_thing(friday + timedelta(days=3))
    assert monday is not None and monday.one_thing == "Close the ACME renewal"
    assert monday.carried_from == friday and monday.status is OneThingStatus.OPEN
    assert daily.one_thing(friday + timedelta(days=1)) is None  # not Saturday


def test_an_evening_check_with_nothing_to_check_runs_what_comes_next(one_thing, shell):
    after: list[bool] = []
    one_thing.ask_evening_check(then=lambda: after.append(True))
    assert after == [True] and not shell.asked


def test_the_command_line_sets_the_one_thing_for_the_default_role(one_thing, daily):
    day = one_thing.set_text("  Close   the ACME renewal ")
    assert day.one_thing == "Close the ACME renewal"
    assert day.role == daily.default_role()
