"""Extending a running block: the planned length grows, the change is recorded with the
block, survives a crash (checkpoint), a reopen and an export / import."""

from __future__ import annotations

from datetime import timedelta

import pytest

from focusapp.core.errors import ValidationError
from focusapp.core.models import Outcome, Settings
from focusapp.services.timer import FocusTimer, NoBlockRunning, StartRequest
from focusapp.store.database import Store
from focusapp.store.export import export_all
from focusapp.store.import_check import ImportPlan, validate_import

REQUEST = StartRequest(minutes=25, role="outbound_prospector")


@pytest.fixture
def timer(qtbot, store, clock):
    return FocusTimer(clock, store, lambda: Settings())


def test_ten_more_minutes_end_the_block_ten_minutes_later(timer, store, clock, qtbot):
    block = timer.start(REQUEST)
    clock.advance(minutes=20)
    timer.extend(10)
    assert timer.remaining_seconds() == pytest.approx(15 * 60)
    assert store.runtime.get_checkpoint().block.planned_minutes == 35  # a crash keeps it
    clock.advance(minutes=15, seconds=1)
    with qtbot.waitSignal(timer.block_finished) as finished:
        timer.check()
    done = finished.args[0]
    assert done.outcome is Outcome.COMPLETED
    assert done.end == block.start + timedelta(minutes=35)
    assert (done.planned_minutes, done.extended_minutes) == (35, 10)


def test_the_extension_is_kept_on_disk_and_through_an_export(timer, store, clock, data_dir):
    block = timer.start(REQUEST)
    timer.extend(5)
    timer.extend(15)
    clock.advance(minutes=10)
    timer.stop()
    store.close()
    reopened, _ = Store.open(data_dir, now=clock.now)
    try:
        kept = reopened.blocks.get(block.id)
        assert (kept.planned_minutes, kept.extended_minutes) == (45, 20)
        plan = validate_import(export_all(reopened))
        assert isinstance(plan, ImportPlan)
        assert [b.extended_minutes for b in plan.blocks if b.id == block.id] == [20]
    finally:
        reopened.close()


@pytest.mark.parametrize(("minutes", "code"), [(0, "timer.extend_range"),
                                               (61, "timer.extend_range"),
                                               (160, "timer.extend_range")])
def test_an_extension_out_of_range_is_refused(timer, minutes, code):
    timer.start(REQUEST)
    with pytest.raises(ValidationError) as refused:
        timer.extend(minutes)
    assert refused.value.code == code
    assert timer.block.planned_minutes == 25


def test_a_block_never_grows_past_three_hours(timer):
    timer.start(StartRequest(minutes=170, role="outbound_prospector"))
    with pytest.raises(ValidationError) as refused:
        timer.extend(15)
    assert refused.value.code == "timer.extend_too_long"
    timer.extend(10)
    assert timer.block.planned_minutes == 180


def test_nothing_to_extend_without_a_block(timer):
    with pytest.raises(NoBlockRunning):
        timer.extend(5)
