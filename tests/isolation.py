"""Every test runs in a made-up desktop session, never the developer's (loaded by conftest).

The app's backends are chosen from the environment (services/backends.py): autostart writes
into $XDG_CONFIG_HOME, do-not-disturb talks to the session bus or GNOME's settings, the
data folder defaults to $XDG_DATA_HOME. So for the whole session HOME and the XDG folders
point into a temp dir, the session bus address leads nowhere, and the variables that name a
desktop (GNOME, KDE, Wayland) are gone; each test then gets fresh config, data and state
folders of its own. A test that needs a bus starts its own (tests/services/test_dnd.py).
The app subprocesses of the end-to-end tests inherit the same environment.

The installed privileged hosts helper is never run from a test (it would ask for a password
and edit the real /etc/hosts): detection finds none, and tests that exercise the helper pass
its command line (`detect_backends(hosts_helper=...)`, `focusapp --hosts-helper`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.services.blocking import hosts

# Variables through which a program finds the desktop session it runs in.
DESKTOP_VARIABLES = (
    "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "XDG_SESSION_TYPE", "XDG_SESSION_ID",
    "DESKTOP_SESSION", "SESSION_MANAGER", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_PID",
    "GNOME_DESKTOP_SESSION_ID", "GNOME_SHELL_SESSION_MODE", "GNOME_SETUP_DISPLAY",
    "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "KDE_SESSION_UID",
    "FOCUSAPP_DATA_DIR",  # the developer's own data folder
)
PER_TEST_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def _folder(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir(mode=0o700)
    return path


@pytest.fixture(scope="session", autouse=True)
def isolated_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The made-up session, for everything including session-scoped fixtures."""
    root = tmp_path_factory.mktemp("desktop-session")
    with pytest.MonkeyPatch.context() as patch:
        for name in DESKTOP_VARIABLES:
            patch.delenv(name, raising=False)
        patch.setenv("HOME", str(_folder(root, "home")))
        for name in (*PER_TEST_FOLDERS, "XDG_CACHE_HOME"):
            patch.setenv(name, str(_folder(root, name.lower())))
        runtime = _folder(root, "runtime")
        runtime.chmod(0o700)  # Qt refuses a runtime folder others can read
        patch.setenv("XDG_RUNTIME_DIR", str(runtime))
        patch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={root}/no-session-bus")
        patch.setattr(hosts, "default_command", lambda *_args, **_kwargs: None)
        yield root


@pytest.fixture(autouse=True)
def isolated_desktop(isolated_session: Path, tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own config, data and state folders (what a test writes stays its own)."""
    root = tmp_path_factory.mktemp("desktop")
    for name in PER_TEST_FOLDERS:
        monkeypatch.setenv(name, str(_folder(root, name.lower())))
    return root
