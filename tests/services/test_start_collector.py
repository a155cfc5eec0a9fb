"""The cycle collector is held off from a launch's start to its first paint, then frozen and
turned on again; a command of the command line gets it back at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from focusapp import cli
from focusapp.services import start_collector


@pytest.fixture
def collector_restored() -> Iterator[None]:
    yield
    start_collector.release()
    gc.unfreeze()  # the suite's objects go back to being collected
    gc.enable()


def test_held_until_released_then_on_with_the_start_frozen(collector_restored):
    start_collector.hold()
    assert not gc.isenabled()
    made_at_start = [object() for _ in range(3)]
    assert start_collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_at_start)
    assert not start_collector.release()  # once


def test_a_collector_it_did_not_turn_off_is_left_alone(collector_restored):
    gc.disable()  # a process that manages it itself
    start_collector.hold()
    assert not start_collector.release()
    assert not gc.isenabled()


def test_a_command_gets_the_collector_back_before_it_runs(collector_restored, tmp_path,
                                                          capsys):
    start_collector.hold()
    code = cli.main(["--data-dir", str(tmp_path / "data"), "status"])
    assert code == cli.EXIT_FAILED  # no app runs on that folder
    assert gc.isenabled()
