"""Away from the desk during a block: one question when the user is back, and what each
answer does to the stored block and to its Focus factor."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import pytest
import shiboken6

from focusapp.core.models import AwayKind, DistractionSummary, Outcome
from focusapp.core.scoring import block_awesome
from focusapp.flows.away import AwayFlow
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.shell import AwayAnswer, AwayQuestion, BlockEndAnswer
from focusapp.services.away import AwaySampler
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.timer import StartRequest
from tests.services.test_dnd import session_bus

__all__ = ["session_bus"]  # a fixture: a private dbus-daemon, used by name below

RESEARCH = "outbound_prospector.icp_research"  # counted in accounts researched: desk work
CONVERSATIONS = "outbound_prospector.conversations"  # counted in conversations: calls
STEP = 20  # seconds between samples, as services.away.SAMPLE_MS


@dataclass
class Desk:
    """The machine's idle time, on the test's clock: `touch` is a key press."""

    clock: Any
    last: float = 0.0
    mechanism = "idle.fake"

    def __post_init__(self) -> None:
        self.touch()

    def touch(self) -> None:
        self.last = self.clock.monotonic()

    def idle_seconds(self) -> float | None:
        return self.clock.monotonic() - self.last

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.SUPPORTED)

    def close(self) -> None:
        pass


@pytest.fixture
def desk(clock: Any) -> Desk:
    return Desk(clock)


@pytest.fixture
def sampler(clock: Any, desk: Desk) -> Iterator[AwaySampler]:
    sampling = AwaySampler(clock, lambda: desk)
    yield sampling
    shiboken6.delete(sampling)


@pytest.fixture
def flows(daily: Any, timer: Any, shell: Any, sampler: AwaySampler) -> BlocksFlow:
    blocks = BlocksFlow(daily, timer, shell)  # the block's end, as the app has it
    AwayFlow(daily, timer, shell, sampler, blocks)
    return blocks


def spend(minutes: float, *, at_desk: bool, clock: Any, desk: Desk, sampler: AwaySampler,
          timer: Any) -> None:
    """`minutes` at the desk (typing) or away, sampled as the app samples."""
    for _ in range(round(minutes * 60 / STEP)):
        clock.advance(seconds=STEP)
        if at_desk:
            desk.touch()
        sampler.sample()
        timer.check()


@pytest.fixture
def live(clock: Any, desk: Desk, sampler: AwaySampler, timer: Any) -> Any:
    def run(minutes: float, *, at_desk: bool) -> None:
        spend(minutes, at_desk=at_desk, clock=clock, desk=desk, sampler=sampler, timer=timer)
    return run


def start(flows: BlocksFlow, activity: str = RESEARCH, minutes: int = 50) -> None:
    flows.start(StartRequest(minutes=minutes, role="outbound_prospector", activity=activity))


def away_questions(shell: Any) -> list[AwayQuestion]:
    return [args[0] for kind, args, _ in shell.asked if kind == "away"]


def test_twelve_minutes_away_ask_one_question_when_back(flows, shell, live):
    start(flows)
    live(3, at_desk=True)
    live(12, at_desk=False)
    assert away_questions(shell) == []  # not while away
    live(5, at_desk=True)
    assert away_questions(shell) == [AwayQuestion(12, AwayAnswer.BREAK)]


def test_on_a_call_is_the_default_during_conversations(flows, shell, live):
    start(flows, CONVERSATIONS)
    live(1, at_desk=True)
    live(12, at_desk=False)
    live(1, at_desk=True)
    assert away_questions(shell) == [AwayQuestion(12, AwayAnswer.CALL)]


def test_less_than_the_threshold_asks_nothing(flows, shell, live, daily):
    daily.save_settings(daily.settings().updated(away_minutes=10))
    start(flows)
    live(1, at_desk=True)
    live(9, at_desk=False)
    live(1, at_desk=True)
    assert away_questions(shell) == []


def finish(live: Any, shell: Any) -> None:
    live(60, at_desk=True)
    _, answer = shell.question("block_end")
    answer(BlockEndAnswer(count=None, note="", take_break=False))


def test_on_a_call_counts_as_work_and_leaves_the_desk_time_alone(flows, shell, live, store,
                                                                  timer):
    meter = [0.0]
    timer.distraction_source = lambda: DistractionSummary(meter[0])
    start(flows, CONVERSATIONS)
    live(3, at_desk=True)
    for _ in range(12 * 3):  # 12 minutes on the phone, a news site left in front
        meter[0] += STEP
        live(STEP / 60, at_desk=False)
    live(1, at_desk=True)
    _, answer = shell.question("away")
    answer(AwayAnswer.CALL)
    finish(live, shell)
    (saved,) = store.blocks.all()
    assert [(s.kind, round(s.seconds / 60)) for s in saved.away] == [(AwayKind.CALL, 12)]
    assert saved.focused_minutes == pytest.approx(50)  # the call is work
    score = block_awesome(saved, key_activity=False, consistency=0.0)
    assert score.focus == pytest.approx(2.0, abs=0.02)  # not distracted while at the desk


def test_a_break_is_not_counted_and_the_block_ends_that_much_later(flows, shell, live, store,
                                                                    clock):
    start(flows)
    began = clock.now()
    live(3, at_desk=True)
    live(12, at_desk=False)
    live(1, at_desk=True)
    _, answer = shell.question("away")
    answer(AwayAnswer.BREAK)
    finish(live, shell)
    (saved,) = store.blocks.all()
    assert saved.outcome is Outcome.COMPLETED
    assert saved.focused_minutes == pytest.approx(50, abs=0.4)
    assert saved.end - began == pytest.approx(timedelta(minutes=62), abs=timedelta(seconds=30))
    assert [s.kind for s in saved.away] == [AwayKind.BREAK]


def test_discard_ends_the_block_abandoned_when_the_user_left(flows, shell, live, store, clock):
    start(flows)
    began = clock.now()
    live(3, at_desk=True)
    live(12, at_desk=False)
    live(1, at_desk=True)
    _, answer = shell.question("away")
    answer(AwayAnswer.DISCARD)
    (saved,) = store.blocks.all()
    assert saved.outcome is Outcome.ABANDONED
    assert saved.end - began == pytest.approx(timedelta(minutes=3), abs=timedelta(seconds=2))


def test_still_away_when_the_block_ends_asks_at_the_end_and_keeps_both_answers(
        flows, shell, live, store):
    start(flows, minutes=25)
    live(10, at_desk=True)
    live(20, at_desk=False)  # the block ends 15 minutes into the spell
    (question,) = away_questions(shell)
    assert question.minutes == 15
    _, away = shell.question("away")
    _, end = shell.question("block_end")
    away(AwayAnswer.CALL)
    end(BlockEndAnswer(count=4, note="four callbacks", take_break=False))  # after: both kept
    (saved,) = store.blocks.all()
    assert (saved.count, [s.kind for s in saved.away]) == (4, [AwayKind.CALL])
    assert saved.away[0].end == saved.end


def test_the_idle_time_is_sampled_only_while_a_block_runs(flows, timer, sampler, live):
    assert not sampler.sampling
    start(flows)
    assert sampler.sampling
    timer.pause()
    assert not sampler.sampling  # a paused block: nothing to measure
    timer.resume()
    assert sampler.sampling
    timer.stop()
    assert not sampler.sampling


# ---- the same, through the GNOME idle monitor on a private bus -------------------------

def test_through_the_gnome_idle_monitor_twelve_minutes_away_ask_once_and_the_call_counts(
        qapp, daily, timer, shell, clock, store, session_bus):
    """The real D-Bus backend against a fake Mutter IdleMonitor whose idle time follows the
    test's clock (set over the bus before each sample)."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    from focusapp.services.idle import mutter_idle
    from tests.services.test_dnd import stop
    from tests.services.test_idle import start_fake

    service = start_fake("mutter", 0)
    control = open_dbus_connection(bus=session_bus)
    source = mutter_idle(session_bus)
    sampler = AwaySampler(clock, lambda: source)
    blocks = BlocksFlow(daily, timer, shell)
    AwayFlow(daily, timer, shell, sampler, blocks)
    address = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core",
                          bus_name="org.gnome.Mutter.IdleMonitor",
                          interface="org.gnome.Mutter.IdleMonitor")
    last_input = clock.monotonic()
    meter = [0.0]  # a news site left in front while on the phone
    timer.distraction_source = lambda: DistractionSummary(meter[0])

    def spend(minutes: float, *, at_desk: bool) -> None:
        nonlocal last_input
        for _ in range(round(minutes * 60 / STEP)):
            clock.advance(seconds=STEP)
            if at_desk:
                last_input = clock.monotonic()
            else:
                meter[0] += STEP
            idle_ms = round((clock.monotonic() - last_input) * 1000)
            control.send_and_get_reply(new_method_call(address, "SetIdle", "t", (idle_ms,)))
            sampler.sample()
            timer.check()

    try:
        start(blocks, CONVERSATIONS)
        spend(3, at_desk=True)
        spend(12, at_desk=False)
        spend(2, at_desk=True)
        assert away_questions(shell) == [AwayQuestion(12, AwayAnswer.CALL)]
        _, answer = shell.question("away")
        answer(AwayAnswer.CALL)
        spend(40, at_desk=True)
        (saved,) = store.blocks.all()
        assert [(s.kind, round(s.seconds / 60)) for s in saved.away] == [(AwayKind.CALL, 12)]
        assert saved.focused_minutes == pytest.approx(50)
        focus = block_awesome(saved, key_activity=False, consistency=0.0).focus
        unanswered = block_awesome(replace(saved, away=()), key_activity=False,
                                   consistency=0.0).focus
        assert focus == pytest.approx(2.0, abs=0.01)  # not distracted at the desk
        assert unanswered == pytest.approx(1 + (1 - 12 / 50), abs=0.01)  # as F was before
    finally:
        sampler.shutdown()
        shiboken6.delete(sampler)
        control.close()
        stop(service)
