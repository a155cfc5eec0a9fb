"""A fake `msvcrt` with Windows' byte-range lock rules, so the Windows branches of our locks
run on Linux.

`msvcrt.locking(fd, mode, nbytes)` locks `nbytes` from the file's current position. Locks
belong to the open file (a second `os.open` of the same file is another holder), a range
another holder locked is refused at once with LK_NBLCK, and unlocking a range one does not
hold fails, as on Windows. Install it with `monkeypatch.setitem(sys.modules, "msvcrt", ...)`.
"""

from __future__ import annotations

import errno
import os

LK_UNLCK = 0
LK_LOCK = 1
LK_NBLCK = 2
LK_RLCK = 3
LK_NBRLCK = 4


class FakeMsvcrt:
    LK_UNLCK = LK_UNLCK
    LK_LOCK = LK_LOCK
    LK_NBLCK = LK_NBLCK
    LK_RLCK = LK_RLCK
    LK_NBRLCK = LK_NBRLCK

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> fd
        self.calls: list[tuple[str, int]] = []  # (mode name, offset)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        keys = [(info.st_dev, info.st_ino, offset + i) for i in range(nbytes)]
        self.calls.append(("unlock" if mode == LK_UNLCK else "lock", offset))
        if mode == LK_UNLCK:
            if any(self.held.get(key) != fd for key in keys):
                raise PermissionError(errno.EACCES, "Permission denied")
            for key in keys:
                del self.held[key]
            return
        if mode not in (LK_NBLCK, LK_LOCK):
            raise ValueError(f"mode {mode} is not used by FocusApp")
        if any(key in self.held for key in keys):
            raise OSError(errno.EDEADLK, "Resource deadlock avoided")  # what Windows raises
        for key in keys:
            self.held[key] = fd
