"""The store's Windows branches, run here: the single-writer lock through a fake `msvcrt`
with Windows' byte-range rules, the replace tried again while Windows refuses it, and no
folder fsync (Windows cannot open a folder as a file)."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.store import atomic
from focusapp.store.errors import DataDirLocked
from focusapp.store.lock import DataDirLock, read_pid
from tests.fake_msvcrt import FakeMsvcrt


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsvcrt]:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    yield fake


def test_windows_lock_refuses_a_second_writer_who_can_still_read_the_pid(
        tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    first = DataDirLock.acquire(tmp_path, platform="win32")
    with pytest.raises(DataDirLocked) as info:
        DataDirLock.acquire(tmp_path, platform="win32")
    assert info.value.pid == read_pid(first.path) == os.getpid()  # locked byte: past the pid
    assert [offset for _, offset in msvcrt.calls] == [1 << 20, 1 << 20]
    first.release()
    second = DataDirLock.acquire(tmp_path, platform="win32")
    assert second.held and msvcrt.calls[-2:] == [("unlock", 1 << 20), ("lock", 1 << 20)]
    second.release()
    assert msvcrt.held == {}


def test_windows_replace_waits_for_a_file_another_program_holds(tmp_path: Path) -> None:
    source, target = tmp_path / "new", tmp_path / "old"
    source.write_text("new")
    target.write_text("old")
    refusals = 3
    waits: list[float] = []

    def held_replace(src: Path, dst: Path) -> None:
        nonlocal refusals
        if refusals:
            refusals -= 1
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        src.replace(dst)

    atomic.replace_file(source, target, "win32", held_replace, waits.append)
    assert target.read_text() == "new" and waits == [0.02, 0.04, 0.06]


def test_windows_replace_gives_up_after_its_attempts(tmp_path: Path) -> None:
    waits: list[float] = []

    def always_held(src: Path, dst: Path) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    with pytest.raises(PermissionError):
        atomic.replace_file(tmp_path / "a", tmp_path / "b", "win32", always_held, waits.append)
    assert len(waits) == atomic.REPLACE_ATTEMPTS - 1


def test_posix_replace_is_not_tried_again(tmp_path: Path) -> None:
    def held(src: Path, dst: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    with pytest.raises(PermissionError):
        atomic.replace_file(tmp_path / "a", tmp_path / "b", "linux", held, pytest.fail)


def test_windows_never_opens_a_folder_to_fsync_it(tmp_path: Path) -> None:
    atomic.fsync_dir(tmp_path / "not there", platform="win32")  # os.open would raise
    with pytest.raises(FileNotFoundError):
        atomic.fsync_dir(tmp_path / "not there", platform="linux")
