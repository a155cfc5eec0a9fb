"""Accounts going cold and follow-ups (issue 12) through the flows: the real store, the fake
clock, a recording shell."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import shiboken6

from focusapp import commands as cmd
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.flows.accounts import AccountsFlow
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.book_commands import answer_book
from focusapp.flows.shell import BlockEndAnswer, FollowUpAnswer
from focusapp.services.accounts import AccountBook
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import StartRequest
from focusapp.store.database import Store

VALUE_TOUCHES = "account_manager.value_touches"


@pytest.fixture
def store(store: Store) -> Store:
    store.roles.save(default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                                     RoleId.BUSINESS_DEVELOPER,
                                                     RoleId.FIELD_SALES})))
    return store


@pytest.fixture
def book(clock: Any, store: Store, daily: DailyLoop) -> Iterator[AccountBook]:
    made = AccountBook(clock, store, daily)
    yield made
    shiboken6.delete(made)


@pytest.fixture
def accounts(clock: Any, book: AccountBook, daily: DailyLoop, shell: Any) -> AccountsFlow:
    return AccountsFlow(clock, book, daily, shell)


@pytest.fixture
def blocks(daily: Any, timer: Any, shell: Any, accounts: AccountsFlow) -> BlocksFlow:
    flow = BlocksFlow(daily, timer, shell)
    flow.end_accounts = accounts.end_accounts
    flow.account_touched.connect(accounts.touched_in_block)
    return flow


def _end_block(blocks: BlocksFlow, timer: Any, clock: Any, role: str, activity: str) -> None:
    blocks.start(StartRequest(minutes=25, role=role, activity=activity))
    clock.advance(minutes=25, seconds=1)
    timer.check()


def test_an_account_manager_s_block_ends_with_the_account_touched(
        blocks, timer, shell, clock, book, store, daily):
    book.import_names(["Acme SA", "Bolt"])
    _end_block(blocks, timer, clock, "account_manager", VALUE_TOUCHES)
    _, answer = shell.question("block_end")
    assert shell.options["block_end"]["accounts"] == ("Acme SA", "Bolt")  # to complete from
    answer(BlockEndAnswer(count=1, note="", take_break=False, touched="acme sa"))
    (touch,) = store.touches.all()
    assert touch.account == "Acme SA" and touch.block_id == store.blocks.all()[0].id
    assert shell.accounts.touched_this_week == 1  # Today says it at once


def test_a_name_typed_for_the_first_time_joins_the_list(blocks, timer, shell, clock, store):
    _end_block(blocks, timer, clock, "account_manager", VALUE_TOUCHES)
    _, answer = shell.question("block_end")
    answer(BlockEndAnswer(count=None, note="", take_break=False, touched="  Cyan  Fils "))
    assert [a.name for a in store.accounts.all()] == ["Cyan Fils"]


def test_other_roles_blocks_do_not_ask_which_account(blocks, timer, shell, clock, store):
    _end_block(blocks, timer, clock, "field_sales", "field_sales.prospect_meetings")
    shell.question("block_end")
    assert shell.options["block_end"]["accounts"] is None
    assert store.touches.all() == []


def test_accounts_go_cold_after_the_role_s_weeks_oldest_first(accounts, book, clock, shell):
    book.import_names(["Acme", "Bolt"])
    book.touch("Bolt")
    clock.advance(days=6)
    book.touch("Acme")
    clock.advance(days=41)  # Acme: 41 days without a touch, Bolt 47
    accounts.render()
    assert [c.account.name for c in shell.accounts.cold] == ["Bolt"]
    clock.advance(days=1)
    accounts.render()
    assert [c.account.name for c in shell.accounts.cold] == ["Bolt", "Acme"]
    assert shell.accounts.touched_this_week == 0


def test_a_follow_up_due_within_4_hours_is_warned_about_once(
        accounts, book, clock, shell, store, daily):
    book.follow_up("Claire (VivaTech)")
    clock.advance(hours=43, minutes=59)  # due in 4 h 1 min
    accounts.check_due()
    assert shell.notes == []
    clock.advance(minutes=2)
    accounts.check_due()
    assert shell.notes == [("Follow-up due soon", "Follow up Claire (VivaTech) by 09:00.")]
    for _ in range(3):
        clock.advance(hours=1)
        accounts.check_due()
    restarted = AccountsFlow(clock, AccountBook(clock, store, daily), daily, shell)
    restarted.check_due()  # the warning is kept on disk: a restart does not repeat it
    assert len(shell.notes) == 1


def test_several_due_at_once_are_one_warning(accounts, book, clock, shell):
    book.follow_up("Claire", timedelta(hours=2))
    book.follow_up("Datapoint", timedelta(hours=3))
    accounts.check_due()
    assert shell.notes == [("Follow-up due soon", "Follow up Claire by 11:00. And 1 more.")]


def test_met_at_an_event_then_done_from_today(accounts, book, clock, shell):
    accounts.ask_follow_up()
    _, answer = shell.question("follow_up")
    answer(FollowUpAnswer("Claire", "3d"))
    answer(FollowUpAnswer("Datapoint", ""))  # the default: 48 h
    assert [(f.name, f.due - clock.now()) for f in shell.accounts.follow_ups] == [
        ("Datapoint", timedelta(hours=48)), ("Claire", timedelta(days=3))]  # by due time
    accounts.done_from_window(shell.accounts.follow_ups[1].id)
    assert [f.name for f in shell.accounts.follow_ups] == ["Datapoint"]


def test_a_bad_delay_is_said_and_nothing_is_made(accounts, book, shell):
    accounts.ask_follow_up()
    _, answer = shell.question("follow_up")
    answer(FollowUpAnswer("Claire", "soon"))
    assert [p.code for p in shell.problems] == ["follow_up_due.format"]
    assert book.follow_ups() == ()


def test_the_commands_answer_with_the_same_book(book, clock):
    assert answer_book(book, cmd.Touch("Acme")) == cmd.Touched("Acme", True, 1)
    assert answer_book(book, cmd.Touch("ACME")) == cmd.Touched("Acme", False, 1)
    made = answer_book(book, cmd.MakeFollowUp("Claire", "90m"))
    assert isinstance(made, cmd.FollowUpSaved) and not made.done
    done = answer_book(book, cmd.FollowUpDone(made.follow_up[:4]))
    assert isinstance(done, cmd.FollowUpSaved) and done.done
    clock.advance(weeks=6)
    assert answer_book(book, cmd.ColdAccounts()) == cmd.ColdList(
        6, [["Acme", 6, "2026-11-23"]], 0)
