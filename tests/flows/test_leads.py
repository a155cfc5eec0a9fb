"""Speed-to-lead through the flow: the real store and timer, the fake clock, a recording shell."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
import shiboken6

from focusapp.core.leads import LEAD_INTERRUPTION, waiting
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.flows.leads import LeadsFlow
from focusapp.services.daily import DailyLoop
from focusapp.services.leads import LeadBook
from focusapp.services.timer import FocusTimer, StartRequest, TimerState
from focusapp.store.database import Store
from tests.conftest import FakeClock
from tests.flows.conftest import FakeShell

INBOUND = RoleId.INBOUND_QUALIFIER.value


@pytest.fixture
def store(store: Store) -> Store:
    """The flows' store, held by an inbound lead qualifier."""
    store.roles.save(default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER})))
    return store


def _flow(clock: FakeClock, daily: DailyLoop, store: Store, timer: FocusTimer,
          shell: FakeShell) -> LeadsFlow:
    return LeadsFlow(clock, daily, LeadBook(store), timer, shell)


@pytest.fixture
def leads(clock: FakeClock, daily: DailyLoop, store: Store, timer: FocusTimer,
          shell: FakeShell) -> Iterator[LeadsFlow]:
    flow = _flow(clock, daily, store, timer, shell)
    yield flow
    shiboken6.delete(flow)


def _said(shell: FakeShell) -> list[str]:
    """The notifications' messages, plurals as English says them with or without the
    English translator a test before may have installed."""
    return [message.replace("minute(s)", "minutes") for title, message in shell.notes
            if title == "Lead waiting"]


def _seconds(clock: FakeClock, leads: LeadsFlow, seconds: int) -> None:
    """`seconds` of the app's life: the clock moves and the flow ticks once a second."""
    for _ in range(seconds):
        clock.advance(seconds=1)
        leads.tick()


def test_a_lead_not_touched_by_its_target_is_warned_about_once(
        leads: LeadsFlow, clock: FakeClock, shell: FakeShell, daily: DailyLoop, store: Store,
        timer: FocusTimer) -> None:
    leads.new("Acme")
    _seconds(clock, leads, 5 * 60 - 1)
    assert shell.notes == []
    _seconds(clock, leads, 1)
    assert _said(shell) == ["Acme has waited 5 minutes for a first touch."]
    _seconds(clock, leads, 20 * 60)
    assert len(shell.notes) == 1  # one notification, not a stream
    again = _flow(clock, daily, store, timer, shell)  # the app started again
    again.tick()
    assert len(shell.notes) == 1
    shiboken6.delete(again)


def test_a_lead_touched_in_time_is_never_warned_about(leads: LeadsFlow, clock: FakeClock,
                                                       shell: FakeShell) -> None:
    leads.new("Acme")
    _seconds(clock, leads, 4 * 60)
    leads.touch("acme")
    _seconds(clock, leads, 10 * 60)
    assert shell.notes == []
    assert shell.leads.waiting == ()


def test_the_target_is_the_roles_as_set_in_settings(leads: LeadsFlow, clock: FakeClock,
                                                    shell: FakeShell, daily: DailyLoop) -> None:
    daily.save_roles(tuple(replace(c, lead_minutes=2) for c in daily.roles()))
    lead = leads.new()
    assert lead.target_minutes == 2 and shell.leads.target_minutes == 2
    _seconds(clock, leads, 2 * 60)
    assert _said(shell) == ["A lead has waited 2 minutes for a first touch."]


def test_a_touch_during_a_block_keeps_it_running_and_counts_as_an_interruption(
        leads: LeadsFlow, timer: FocusTimer, clock: FakeClock, store: Store) -> None:
    timer.start(StartRequest(minutes=25, role=INBOUND,
                             activity="inbound_qualifier.qualification_conversations"))
    leads.new("Acme")
    clock.advance(minutes=2)
    leads.touch("Acme")
    block = timer.block
    assert timer.state is TimerState.RUNNING and block is not None
    assert [i.what for i in block.interruptions] == [LEAD_INTERRUPTION]
    assert block.distraction.distracted_seconds == 0 and not block.distraction.blocked_attempts
    clock.advance(minutes=23)
    timer.check()
    finished = store.blocks.all()[0]
    assert finished.outcome is not None and finished.outcome.value == "completed"
    assert [i.what for i in finished.interruptions] == [LEAD_INTERRUPTION]


def test_a_touch_between_blocks_logs_no_interruption(leads: LeadsFlow, store: Store) -> None:
    leads.new("Acme")
    leads.touch("Acme")
    assert store.blocks.all() == [] and store.leads.all()[0].touched_at is not None


def test_the_clocks_come_oldest_first_and_stop_ticking_when_none_waits(
        leads: LeadsFlow, clock: FakeClock, shell: FakeShell) -> None:
    first = leads.new("First")
    clock.advance(minutes=1)
    second = leads.new("Second")
    assert [lead.id for lead in shell.leads.waiting] == [first.id, second.id]
    assert leads._tick.isActive()
    leads.touch(second.id[:4])
    leads.touch("First")
    assert shell.leads.waiting == () and not leads._tick.isActive()


def test_while_a_block_runs_the_clocks_tick_with_the_focus_timer(
        leads: LeadsFlow, timer: FocusTimer, clock: FakeClock, shell: FakeShell) -> None:
    """One wakeup and one repaint a second, not two (issue 15's CPU figure)."""
    leads.new("Acme")
    timer.start(StartRequest(minutes=25, role=INBOUND))
    assert timer.ticking and not leads._tick.isActive()
    clock.advance(seconds=3)
    timer.check()  # the focus timer's tick
    assert shell.leads.now == clock.now()  # the clocks moved with it
    timer.pause()
    assert leads._tick.isActive()  # a paused block does not tick: the clocks do
    timer.resume()
    assert not leads._tick.isActive()
    timer.stop()
    assert leads._tick.isActive()


def test_new_lead_from_the_tray_asks_its_name_and_an_unknown_touch_is_refused(
        leads: LeadsFlow, shell: FakeShell, store: Store) -> None:
    leads.ask_new()
    (_, answer) = shell.question("lead_name")
    answer("Dupont & fils")
    assert [lead.name for lead in store.leads.all()] == ["Dupont & fils"]
    leads.touch_from_window("nobody")
    assert [p.code for p in shell.problems] == ["lead.unknown"]


def test_without_a_lead_role_new_lead_is_refused_in_words(
        leads: LeadsFlow, shell: FakeShell, daily: DailyLoop, store: Store) -> None:
    daily.save_roles(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    leads.ask_new()
    assert [p.code for p in shell.problems] == ["lead.no_role"]
    assert not any(kind == "lead_name" for kind, *_ in shell.asked)
    assert store.leads.all() == []


def test_the_clocks_tick_over_the_waiting_leads_alone(
        leads: LeadsFlow, clock: FakeClock, shell: FakeShell, store: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Five years of a qualifier's leads are 25,000: each second's tick reads the few that
    wait, never all of them (benchmarks/instruments_history.py)."""
    leads.new("Acme")  # a change: the day's figures are read again, from today's months
    monkeypatch.setattr(store.leads, "all", lambda: pytest.fail("a tick read every lead"))
    monkeypatch.setattr(store.leads, "arrived_between",
                        lambda *_: pytest.fail("a tick read the day's leads again"))
    _seconds(clock, leads, 4 * 60)
    assert shell.leads.now == clock.now() and [lead.name for lead in shell.leads.waiting] == [
        "Acme"]


def test_the_waiting_leads_follow_every_save_and_a_reload(leads: LeadsFlow, clock: FakeClock,
                                                          store: Store) -> None:
    book = leads.book
    for name in ("Acme", "Globex", "Initech", "Umbrella"):
        leads.new(name)
        clock.advance(seconds=30)
    leads.touch("acme")
    leads.drop("globex")
    assert [lead.name for lead in book.waiting()] == ["Initech", "Umbrella"]
    initech = next(lead for lead in book.waiting() if lead.name == "Initech")
    store.leads.save(initech.touched(clock.now()))  # changed behind the book: an import
    book.reload()
    assert [lead.name for lead in book.waiting()] == ["Umbrella"]
    assert book.waiting() == waiting(store.leads.all())
