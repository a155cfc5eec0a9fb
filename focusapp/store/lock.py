"""The single-writer lock of a data folder (SPEC §12: only one instance writes).

An OS lock on ``focusapp.lock``: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows.
The OS drops it when the process dies, however it dies, so a crash never leaves a stale
lock behind. The holder writes its pid into the file so a second launch can say who holds it.
The system is an argument (`platform`), so the Windows branch runs on Linux in the tests,
with a fake `msvcrt` that keeps Windows' byte-range rules (tests/fake_msvcrt.py).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from focusapp.store.errors import DataDirLocked
from focusapp.store.layout import LOCK_FILE

# Windows locks byte ranges and a locked range cannot be read by others: lock a byte far
# past the pid so a second process can still read who holds the folder.
_WINDOWS_LOCK_OFFSET = 1 << 20


def _try_lock(fd: int, platform: str) -> bool:
    if platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError (EWOULDBLOCK/EAGAIN), or EACCES on some systems
        return False
    return True


def _unlock(fd: int, platform: str) -> None:
    if platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def read_pid(path: Path) -> int | None:
    """The pid written in a lock file, or None if there is none readable."""
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


class DataDirLock:
    """Held from `acquire` to `release`; a second holder gets `DataDirLocked`."""

    def __init__(self, folder: Path, fd: int, platform: str = sys.platform) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILE
        self._fd: int | None = fd
        self._platform = platform

    @classmethod
    def acquire(cls, folder: Path, platform: str = sys.platform) -> DataDirLock:
        path = folder / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd, platform):
            os.close(fd)
            raise DataDirLocked(folder, read_pid(path))
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            _unlock(fd, platform)
            os.close(fd)
            raise
        return cls(folder, fd, platform)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)  # no stale pid for the next reader
            _unlock(fd, self._platform)
        finally:
            os.close(fd)
