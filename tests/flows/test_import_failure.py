"""An import whose write fails through WindowsFlow: said as a problem, nothing of it kept."""

from __future__ import annotations

import errno
from typing import Any

import pytest

from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.reminders import RemindersFlow
from focusapp.flows.windows import WindowsFlow
from focusapp.store.atomic import AtomicJSONStorage
from focusapp.store.export import write_export
from focusapp.store.journal import JOURNAL_FILE
from tests.store.helpers import at, make_block


@pytest.fixture
def windows(daily, timer, shell, store, clock) -> WindowsFlow:
    blocks = BlocksFlow(daily, timer, shell)
    reminders = RemindersFlow(clock, daily, blocks, OneThingFlow(daily, shell))
    return WindowsFlow(daily, shell, reminders, lambda: None, store)


def test_a_full_disk_during_an_import_is_said_and_keeps_nothing(windows, store, shell, tmp_path,
                                                                 monkeypatch):
    store.blocks.save(make_block("mine", at(2026, 11, 20, 9, 0)))
    out = tmp_path / "all.json"
    write_export(store, out)
    store.blocks.save(make_block("later", at(2026, 11, 21, 9, 0)))
    before = store.blocks.all()
    real = AtomicJSONStorage.write

    def full_on_main_file(self: AtomicJSONStorage, data: Any) -> None:
        if self.path.name == "focusapp.json":  # after the month of blocks was written
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, data)

    monkeypatch.setattr(AtomicJSONStorage, "write", full_on_main_file)
    windows.import_file(out)
    _, confirm = shell.question("import")  # what it would change, confirmed
    confirm()
    assert [(p.code, dict(p.params)) for p in shell.problems] == [
        ("import.failed", {"reason": "ENOSPC"})]
    assert not shell.notes  # no "Import" summary for an import that did not happen
    assert store.blocks.all() == before and not (store.data_dir / JOURNAL_FILE).exists()
