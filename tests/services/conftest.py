"""Fixtures shared by the blocking tests: a temp hosts file and the real helper on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from focusapp.services.blocking.helper import TEST_PATH_FLAG
from focusapp.services.blocking.hosts import HostsBlocker

HELPER_CMD = [sys.executable, "-I", "-m", "focusapp.services.blocking.helper"]
ORIGINAL = b"127.0.0.1 localhost\r\n::1 localhost\r\n# other tool \xc3\xa9\r\n10.0.0.1 nas"


def helper_on(hosts: Path) -> list[str]:
    """The real helper's command line, unprivileged, editing `hosts` instead of /etc/hosts."""
    return [*HELPER_CMD, TEST_PATH_FLAG, str(hosts)]


@pytest.fixture
def hosts_file(tmp_path: Path) -> Path:
    path = tmp_path / "hosts"
    path.write_bytes(ORIGINAL)
    return path


@pytest.fixture
def blocker(hosts_file: Path) -> HostsBlocker:
    """The unprivileged client running the real helper on the temp file."""
    return HostsBlocker(helper_on(hosts_file))
