"""The timer keeps what the user said about a spell away: on the running block (checkpointed,
moved with a clock set back) and on a block that just ended."""

from __future__ import annotations

from datetime import timedelta

import pytest

from focusapp.core.models import AwayKind, AwaySpell, Block, Outcome, Settings
from focusapp.services.timer import FocusTimer, StartRequest

REQUEST = StartRequest(minutes=25, role="outbound_prospector",
                       activity="outbound_prospector.prospecting_block")


@pytest.fixture
def timer(qtbot, store, clock):
    return FocusTimer(clock, store, lambda: Settings())


def _spell(block: Block, kind: AwayKind) -> AwaySpell:
    """Away from minute 2 to minute 12 of `block`."""
    return AwaySpell(block.start + timedelta(minutes=2), block.start + timedelta(minutes=12),
                     kind)


def test_a_break_named_while_the_block_runs_is_checkpointed_and_gives_the_time_back(
        timer, store, clock):
    block = timer.start(REQUEST)
    clock.advance(minutes=13)
    timer.record_away(block, _spell(block, AwayKind.BREAK))
    assert timer.remaining_seconds() == pytest.approx(22 * 60)  # 25 - (13 - 10 paused)
    kept = store.runtime.get_checkpoint().block  # what a crash keeps
    assert [s.kind for s in kept.away] == [AwayKind.BREAK] and len(kept.pauses) == 1


def test_a_clock_set_back_moves_the_spells_with_the_block(timer, store, clock):
    block = timer.start(REQUEST)
    clock.advance(minutes=13)
    timer.record_away(block, _spell(block, AwayKind.CALL))
    clock.jump_wall(hours=-1)
    timer.check()
    moved = store.runtime.get_checkpoint().block
    assert moved.away[0].start == moved.start + timedelta(minutes=2)


def test_a_call_named_after_the_end_is_saved_with_the_block(timer, store, clock):
    block = timer.start(REQUEST)
    clock.advance(minutes=25, seconds=1)
    timer.check()
    finished = store.blocks.get(block.id)
    timer.record_away(finished, _spell(finished, AwayKind.CALL))
    (saved,) = store.blocks.all()
    assert [s.kind for s in saved.away] == [AwayKind.CALL]
    assert saved.focused_minutes == pytest.approx(25)


def test_discard_after_the_end_cuts_the_block_where_the_user_left(timer, store, clock):
    block = timer.start(REQUEST)
    clock.advance(minutes=25, seconds=1)
    timer.check()
    finished = store.blocks.get(block.id)
    timer.discard_from(finished, finished.start + timedelta(minutes=9))
    (saved,) = store.blocks.all()
    assert saved.outcome is Outcome.ABANDONED
    assert saved.focused_minutes == pytest.approx(9)



def test_discard_while_paused_on_coming_back_leaves_no_pause_outside_the_block(timer, store,
                                                                              clock):
    from focusapp.store.block_codec import encode_block
    from focusapp.store.record_check import check_block

    block = timer.start(REQUEST)
    clock.advance(minutes=14)
    timer.pause()  # back at the desk, paused before answering the question
    clock.advance(minutes=1)
    ended = timer.discard_from(block, block.start + timedelta(minutes=2))
    assert ended.outcome is Outcome.ABANDONED and ended.end == block.start + timedelta(minutes=2)
    assert ended.pauses == ()
    check_block(encode_block(store.blocks.get(block.id)))  # an export of it imports
