"""Counting while working (issue 11): one key counts on the running block, or on the day's
tally between blocks; the last count can be taken back; nothing is counted twice."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from focusapp.core.errors import CodedError, ValidationError
from focusapp.core.roles import DailyTarget
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.counting import CountingFlow
from focusapp.flows.shell import BlockEndAnswer
from focusapp.flows.today import TodayFlow
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import StartRequest

PROSPECTING = "outbound_prospector.prospecting_block"
CONVERSATIONS = "outbound_prospector.conversations"


@pytest.fixture
def counting(daily: Any, timer: Any, shell: Any) -> CountingFlow:
    return CountingFlow(daily, timer, shell)


@pytest.fixture
def blocks(daily: Any, timer: Any, shell: Any) -> BlocksFlow:
    return BlocksFlow(daily, timer, shell)


def _prospect(blocks: BlocksFlow, activity: str = PROSPECTING) -> None:
    blocks.start(StartRequest(minutes=25, role="outbound_prospector", activity=activity))


def test_forty_touches_during_a_block_go_to_the_block_and_survive_a_crash(
        counting, blocks, timer, store, clock):
    _prospect(blocks)
    for _ in range(40):
        counted = counting.count()
    assert (counted.in_block, counted.today, timer.block.count) == (True, 40, 40)
    # on disk with the checkpoint at once: a crash now keeps the forty touches
    assert store.runtime.get_checkpoint().block.count == 40


def test_the_block_end_dialog_shows_the_running_count_and_keeps_a_correction(
        counting, blocks, timer, store, shell, clock):
    _prospect(blocks)
    counting.count(3)
    clock.advance(minutes=25, seconds=1)
    timer.check()
    (block, metric), answer = shell.question("block_end")
    assert (block.count, metric) == (3, "touches")  # the dialog opens on it
    answer(BlockEndAnswer(count=4, note="", take_break=False))
    assert store.blocks.get(block.id).count == 4


def test_a_call_between_blocks_goes_to_todays_last_activity(counting, blocks, timer, daily,
                                                            clock):
    _prospect(blocks, CONVERSATIONS)
    counting.count(2)
    blocks.stop_for_command()
    clock.advance(minutes=10)
    counted = counting.count()
    assert (counted.activity, counted.in_block, counted.today) == (CONVERSATIONS, False, 3)
    tally = daily.tallies()[0]
    assert (tally.activity, tally.count) == (CONVERSATIONS, 1)


def test_a_count_for_another_activity_during_a_block_is_tallied_apart(counting, blocks, timer):
    _prospect(blocks)
    counted = counting.count(activity="conversations")  # the short form
    assert (counted.activity, counted.in_block) == (CONVERSATIONS, False)
    assert not timer.block.count


def test_with_nothing_done_today_the_count_asks_for_an_activity(counting, daily):
    with pytest.raises(ValidationError) as refused:
        counting.count()
    assert refused.value.code == "count.no_activity"
    daily.set_one_thing("Book three meetings", "outbound_prospector", PROSPECTING)
    assert counting.count().activity == PROSPECTING  # the One Thing's activity


def test_an_unknown_activity_is_refused_with_the_valid_ones(counting):
    with pytest.raises(ValidationError) as refused:
        counting.count(activity="golf")
    assert refused.value.code == "activity.unknown_any"
    assert PROSPECTING in refused.value.params["valid"]


@pytest.mark.parametrize("n", [0, -1, 1001])
def test_a_count_step_out_of_range_is_refused(counting, n):
    with pytest.raises(ValidationError) as refused:
        counting.count(n, activity=PROSPECTING)
    assert refused.value.code == "count.step"


def test_undo_takes_the_last_count_back_once(counting, blocks, timer):
    _prospect(blocks)
    counting.count(5)
    counting.count(2)
    assert counting.undo().today == 5
    with pytest.raises(ValidationError) as refused:
        counting.undo()
    assert refused.value.code == "count.nothing_to_undo"


def test_undo_of_a_tally(counting, daily):
    counting.count(3, activity=PROSPECTING)
    assert counting.undo().today == 0
    assert daily.tallies()[0].count == 0


def test_undo_is_refused_once_the_block_it_counted_on_has_ended(counting, blocks, shell):
    _prospect(blocks)
    counting.count()
    blocks.stop_for_command()
    counting.take_back()  # from the window: said, not raised
    assert [p.code for p in shell.problems] == ["count.nothing_to_undo"]


def test_undo_of_a_tally_is_refused_the_next_day(counting, clock):
    counting.count(activity=PROSPECTING)
    clock.advance(hours=24)
    with pytest.raises(ValidationError):
        counting.undo()


def test_tallies_meet_a_count_target_and_are_kept(counting, store, daily, clock, qapp):
    roles = tuple(r if r.role.value != "outbound_prospector"
                  else replace(r, target=DailyTarget(minutes=None, count=10))
                  for r in daily.roles())
    daily.save_roles(roles)
    counting.count(10, activity=PROSPECTING)
    today = daily.today()
    assert daily.progress()["outbound_prospector"][today].count == 10
    assert daily.today_view().streaks["outbound_prospector"].today_met
    again = DailyLoop(clock, store)  # as at the next start
    assert again.progress()["outbound_prospector"][today].count == 10


def test_today_shows_the_running_count_and_the_days_progress(counting, blocks, daily, timer,
                                                             store, shell):
    today = TodayFlow(daily, timer, store, shell)  # kept: it renders while it lives
    _prospect(blocks)
    counting.count(6)
    assert (shell.timer.count, shell.timer.metric) == (6, "touches")
    counting.count(2, activity=CONVERSATIONS)
    daily.totals()  # the full view
    progress = shell.today.progress["outbound_prospector"]
    # The tally and the running block's six: the day's total moves at each +1.
    assert (progress.count, progress.by_metric) == (8, {"touches": 6, "conversations": 2})
    counting.count()
    assert shell.today.progress["outbound_prospector"].by_metric["touches"] == 7
    counting.undo()
    assert shell.today.progress["outbound_prospector"].by_metric["touches"] == 6
    assert daily.progress()["outbound_prospector"][daily.today()].count == 2  # not stored
    assert today.timer is timer


def test_a_count_that_cannot_be_saved_is_not_counted(counting, blocks, timer, store,
                                                     monkeypatch: pytest.MonkeyPatch):
    _prospect(blocks)

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.runtime, "set_checkpoint", full)
    with pytest.raises(CodedError) as refused:
        counting.count()
    assert refused.value.code == "count.not_saved"
    assert refused.value.params == {"reason": "ENOSPC"}
    assert not timer.block.count  # memory never runs ahead of the disk
