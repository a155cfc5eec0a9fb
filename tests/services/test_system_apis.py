"""The Windows and macOS front-window calls, run on any OS: fake DLLs that refuse undeclared
ctypes calls and hand out 64-bit handles (tests/fake_win32.py), a fake NSWorkspace."""

from __future__ import annotations

import ctypes
import os
import sys

import pytest

from focusapp.services.blocking import windows
from focusapp.services.blocking.status import Support
from focusapp.services.blocking.windows import WindowsActiveWindow, load_user32
from tests.fake_win32 import HIGH_HWND, FakeDll, PrototypeMissing, fake_user32_with_window


def test_the_foreground_window_survives_a_handle_above_4_gib() -> None:
    user32 = fake_user32_with_window("Inbox - Outlook", os.getpid())
    source = WindowsActiveWindow(load=lambda: user32)

    info = source.current()

    assert HIGH_HWND > 2**32
    assert info is not None
    assert info.title == "Inbox - Outlook"
    assert info.pid == os.getpid()
    assert info.app.startswith("python")  # psutil named the pid user32 gave
    assert user32.calls == ["GetForegroundWindow", "GetWindowTextLengthW", "GetWindowTextW",
                            "GetWindowThreadProcessId"]


def test_no_foreground_window_is_none() -> None:
    user32 = fake_user32_with_window("", 0)
    user32.define("GetForegroundWindow", lambda: 0)  # the desktop is switching
    assert WindowsActiveWindow(load=lambda: user32).current() is None


def test_the_fake_refuses_a_call_without_a_prototype() -> None:
    """The fake's own rule, which the tests above rely on."""
    user32 = fake_user32_with_window("x", 1)
    with pytest.raises(PrototypeMissing):
        user32.GetForegroundWindow()


def test_user32_is_loaded_with_the_last_error_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[FakeDll] = []

    def win_dll(name: str, *, use_last_error: bool = False) -> FakeDll:
        loaded.append(FakeDll(name, use_last_error=use_last_error))
        return loaded[-1]

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    assert load_user32() is loaded[0]
    assert loaded[0].name == "user32" and loaded[0].use_last_error


def test_the_windows_source_says_it_works() -> None:
    source = WindowsActiveWindow(load=lambda: fake_user32_with_window("x", 1))
    status = source.status()
    assert status.support is Support.SUPPORTED and status.reason is None


@pytest.mark.parametrize(("platform", "missing"), [("win32", "user32"), ("darwin", "AppKit")])
def test_elsewhere_the_system_source_says_its_api_is_missing(platform: str,
                                                             missing: str) -> None:
    if platform == sys.platform:
        pytest.skip(f"this is {platform}: {missing} exists")
    status = windows.pick_window_source({}, platform).status()
    assert status.support is Support.UNSUPPORTED
    assert status.reason is not None and status.reason.code == "windows.no_platform_api"


# ---- macOS: NSWorkspace's frontmost application, faked as pyobjc presents it --------------


class FakeURL:
    def __init__(self, path: str) -> None:
        self._path = path

    def path(self) -> str:
        return self._path


class FakeRunningApp:  # method names are pyobjc's, after the Objective-C selectors
    def __init__(self, pid: int, name: str, exe: str | None) -> None:
        self._pid, self._name, self._exe = pid, name, exe

    def processIdentifier(self) -> int:
        return self._pid

    def localizedName(self) -> str:
        return self._name

    def executableURL(self) -> FakeURL | None:
        return None if self._exe is None else FakeURL(self._exe)


class FakeWorkspace:
    def __init__(self, front: FakeRunningApp | None) -> None:
        self.front = front

    def frontmostApplication(self) -> FakeRunningApp | None:
        return self.front


def test_macos_reports_the_front_app_without_a_title() -> None:
    from focusapp.services.blocking.windows import MacActiveWindow

    slack = FakeRunningApp(4321, "Slack", "/Applications/Slack.app/Contents/MacOS/Slack")
    workspace = FakeWorkspace(slack)
    source = MacActiveWindow(workspace=lambda: workspace)

    info = source.current()
    assert info is not None
    assert (info.pid, info.app, info.title) == (4321, "Slack", "")
    assert info.exe == "/Applications/Slack.app/Contents/MacOS/Slack"
    status = source.status()  # titles need Screen Recording: said, not asked for
    assert status.support is Support.DEGRADED
    assert status.reason is not None and status.reason.code == "windows.no_titles"

    workspace.front = None  # the login window, a screen saver
    assert source.current() is None
