"""The data folder's disk at the machine's edge: the store's one atomic write, made to fail as
a full disk does (ENOSPC), for every file or only some, and made to work again."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from focusapp.store import atomic


class Disk:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._refuses: Callable[[Path], bool] = lambda _path: False
        self.refused = 0  # writes refused so far: proves a test really hit the full disk
        real = atomic.atomic_write_bytes

        def write(path: Path, data: bytes) -> None:
            if self._refuses(path):
                self.refused += 1
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            real(path, data)

        monkeypatch.setattr(atomic, "atomic_write_bytes", write)

    def fill(self, only: Callable[[Path], bool] | None = None) -> None:
        """Refuse every write from now on, or only those `only` picks."""
        self._refuses = only or (lambda _path: True)

    def free(self) -> None:
        self._refuses = lambda _path: False


def month_files(path: Path) -> bool:
    """The blocks' month files, bigger than runtime.json: the first to fail on a nearly full
    disk."""
    return path.parent.name == "blocks"
