"""Which tests need Linux itself, so that the Windows and macOS CI jobs leave them out.

The marker `linux_only` (pyproject.toml) is for one test; whole files are named in
`LINUX_ONLY` below, each with why. Off Linux, those files are not even imported (several
import Linux-only modules: fcntl, pwd, Xlib) and the pytest header lists them; a marked
test is skipped with its reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
ON_LINUX = sys.platform.startswith("linux")

LINUX_ONLY = {
    "e2e": "the real app under Xvfb with a tray host (trayer), driven with xdotool",
    "faults": "faults made with Linux namespaces (unshare: full and read-only disks)",
    "services/test_windows.py": "a real X window under Xvfb (python-xlib)",
    "services/test_apps.py": "dummy processes copied from /bin/sleep, xdotool's minimizer",
    "services/test_dnd.py": "GNOME's gsettings and a private dbus-daemon",
    "services/test_hosts_helper.py": "the hosts helper's Linux core (fcntl, mountinfo, unshare)",
    "services/test_hosts_service.py": "the hosts helper through pkexec's command line",
    "services/test_hosts_pipe.py": "the helper on a test hosts file (refused off POSIX)",
    "services/test_win_service.py": "the helper on a test hosts file (refused off POSIX)",
    "services/test_blocking_controller.py": "the Linux hosts helper, gsettings, SIGKILL",
    "services/test_backends.py": "detects a Linux desktop session (X11, Wayland, pkexec)",
    "services/test_guard_web.py": "the Linux hosts helper, as services/test_backends.py",
    "services/test_browser_host.py": "the native host's Unix socket (Windows: not done yet)",
    "services/test_signals.py": "SIGTERM and SIGINT delivered to the process",
    "services/test_output.py": "/proc and Unix permissions",
    "store/test_crash_safety.py": "writers killed with SIGKILL mid-write",
    "test_team_report_pdf.py": "fonts and folders made with unshare",
}


def _linux_only_reason(path: Path) -> str | None:
    try:
        relative = path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None
    for prefix, reason in LINUX_ONLY.items():
        if relative == prefix or relative.startswith(prefix + "/"):
            return reason
    return None


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if not ON_LINUX and _linux_only_reason(collection_path) is not None:
        return True
    return None  # let pytest decide


def pytest_report_header() -> list[str]:
    if ON_LINUX:
        return []
    return [f"left out off Linux: tests/{name} ({why})" for name, why in LINUX_ONLY.items()]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if ON_LINUX:
        return
    for item in items:
        mark = item.get_closest_marker("linux_only")
        if mark is not None:
            why = mark.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"Linux only: {why}"))
