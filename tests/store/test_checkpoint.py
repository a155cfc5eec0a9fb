"""The running block's checkpoint in runtime.json: the timer's Block in, the same Block out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from focusapp.core.models import Interruption, Pause
from focusapp.store import Store
from focusapp.store.checkpoint import Checkpoint, decode_checkpoint, encode_checkpoint
from focusapp.store.codec import RecordError
from tests.conftest import FakeClock
from tests.store.helpers import NEW_YORK, at, make_block

# A runtime.json written by the timer before the checkpoint codec moved into the store:
# a strict block started at 09:00, interrupted at 09:03, paused since 09:05.
TODAYS_FORMAT = Path(__file__).parent / "fixtures" / "runtime-v1.json"


def open_with_runtime_file(data_dir: Path, clock: FakeClock, source: Path) -> Store:
    store, _ = Store.open(data_dir, now=clock.now)
    store.close()
    shutil.copyfile(source, data_dir / "runtime.json")
    store, _ = Store.open(data_dir, now=clock.now)
    return store


def test_a_checkpoint_in_todays_format_is_recovered(data_dir: Path, clock: FakeClock) -> None:
    with open_with_runtime_file(data_dir, clock, TODAYS_FORMAT) as store:
        checkpoint = store.runtime.get_checkpoint()
    assert checkpoint is not None
    block = checkpoint.block
    assert block.id == "ddd19b3a96c52df27607172cd8f95e05"
    assert block.start == at(2026, 11, 23, 9, 0) and block.planned_minutes == 25
    assert block.strict and block.paused and block.end is None and not block.finished
    assert block.pauses == (Pause(at(2026, 11, 23, 9, 5)),)
    assert block.interruptions == (Interruption(at(2026, 11, 23, 9, 3), "Boss"),)
    assert checkpoint.last_seen == at(2026, 11, 23, 9, 5)


def test_the_stored_shape_is_unchanged() -> None:
    """What is written now is what older versions wrote, key for key (and they read it back)."""
    stored = json.loads(TODAYS_FORMAT.read_text())["runtime"]["1"]["value"]
    assert encode_checkpoint(decode_checkpoint(stored)) == stored


def test_a_running_block_survives_a_reopen(data_dir: Path, clock: FakeClock) -> None:
    running = make_block("run", at(2026, 11, 23, 9, 0), finished=False, rich=True)
    assert running.paused and running.pauses[-1].start.tzinfo == NEW_YORK
    checkpoint = Checkpoint(running, last_seen=at(2026, 11, 23, 9, 30))
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.runtime.set_checkpoint(checkpoint)
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        assert store.runtime.get_checkpoint() == checkpoint


def test_an_unreadable_checkpoint_is_reported_not_fatal(
    data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    damaged = json.loads(TODAYS_FORMAT.read_text())
    damaged["runtime"]["1"]["value"]["last_seen"] = "yesterday"
    source = tmp_path / "runtime.json"
    source.write_text(json.dumps(damaged))
    with open_with_runtime_file(data_dir, clock, source) as store:
        assert store.runtime.get_checkpoint() is None
        assert [p for p in store.problems if p.startswith("runtime.json: checkpoint:")]


@pytest.mark.parametrize("doc", [{}, {"block": {}, "last_seen": "2026-11-23T09:05:00+01:00"},
                                 {"block": None}, {"last_seen": 3}])
def test_a_document_that_is_not_a_checkpoint_is_refused(doc: dict[str, object]) -> None:
    with pytest.raises(RecordError, match="checkpoint"):
        decode_checkpoint(doc)
