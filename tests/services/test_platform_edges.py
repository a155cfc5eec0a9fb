"""The last Windows and macOS branches, run here with fakes (issue 18): the DLLs loaded
where nothing else loads them, the Run key refusing a write, the service's pipe refused
at each step, osascript's odd answers, and the instance name on a system with no user id."""

from __future__ import annotations

import ctypes
import errno
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from focusapp.services import app_identity, instance_name
from focusapp.services.autostart import AutostartError, WindowsRunKey
from focusapp.services.blocking import hosts_systems, macos_helper
from focusapp.services.blocking import win_service as ws
from tests.fake_win32 import FakeDll
from tests.services.test_autostart import FakeWinreg
from tests.services.test_hosts_systems import fake_kernel32
from tests.services.test_win_service import FakeWindows


def test_the_dlls_are_loaded_by_name_with_their_last_error_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[tuple[str, bool]] = []
    kernel32 = fake_kernel32()

    def win_dll(name: str, use_last_error: bool) -> Any:
        loaded.append((name, use_last_error))
        return kernel32 if name == "kernel32" else FakeDll(name, use_last_error=True)

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    assert isinstance(app_identity.load_shell32(), FakeDll)
    system = hosts_systems.system_for("win32")
    assert system is not None and system.hosts_path.startswith("C:\\Windows")
    assert loaded == [("shell32", True), ("kernel32", True)]
    assert hosts_systems.system_for("sunos5") is None


class RefusingWinreg(FakeWinreg):
    """A registry whose Run key a policy locked: writes and deletes are refused."""

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    def DeleteValue(self, key: Any, name: str) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")


def test_a_run_key_the_system_refuses_is_a_coded_error_both_ways() -> None:
    registry = RefusingWinreg()
    registry.keys[r"HKCU|Software\Microsoft\Windows\CurrentVersion\Run"] = {
        "FocusApp": "focusapp.exe"}
    run = WindowsRunKey(registry=registry)
    with pytest.raises(AutostartError) as written:
        run.enable([r"C:\Program Files\FocusApp\focusapp.exe"])
    assert written.value.code == "autostart.write_failed"
    with pytest.raises(AutostartError) as removed:
        run.disable()
    assert removed.value.code == "autostart.remove_failed"


def test_the_pipe_refused_at_each_step_says_which() -> None:
    """The security descriptor not made; the pipe there but refusing the client for
    another reason than being busy; the service manager refusing the handler."""
    windows = FakeWindows()
    windows.advapi32.define("ConvertStringSecurityDescriptorToSecurityDescriptorW",
                            lambda *args: windows._fail(87))
    with pytest.raises(OSError, match="ConvertStringSecurityDescriptor"):
        ws.PipeListener(windows.win32())

    windows = FakeWindows()
    ws.PipeListener(windows.win32())
    windows.kernel32.define("CreateFileW", lambda *args: windows._fail(errno.EACCES) or -1)
    with pytest.raises(OSError, match="CreateFileW"):
        ws.connect(windows.win32())

    windows.kernel32.define("CreateFileW", lambda *args: windows._fail(ws.ERROR_PIPE_BUSY) or -1)
    windows.kernel32.define("WaitNamedPipeW", lambda name, ms: 1)  # free, then busy again
    with pytest.raises(OSError, match="CreateFileW"):
        ws.connect(windows.win32())

    windows = FakeWindows()
    ran: list[str] = []
    windows.advapi32.define("RegisterServiceCtrlHandlerExW", lambda *args: 0)

    def dispatcher(table: Any) -> int:
        table[0].lpServiceProc(0, None)  # the SCM calls the service's main
        return 1

    windows.advapi32.define("StartServiceCtrlDispatcherW", dispatcher)
    ws.run_as_service(windows.win32(), lambda stop: ran.append("body"), lambda: None)
    assert ran == []  # no handler: the body never runs, the service stops


def test_osascript_without_the_exit_mark_or_left_waiting(tmp_path: Path) -> None:
    assert macos_helper.parse_elevated(0, b"plain answer\n", b"") == (0, b"plain answer\n")
    slow = tmp_path / "osascript"
    slow.write_text("#!/bin/sh\nsleep 5\n", encoding="utf-8")
    slow.chmod(0o755)
    call = macos_helper.osascript_transport(("/bin/true",), str(slow))
    with pytest.raises(TimeoutError, match="password dialog"):
        call(b"{}", 0.2)


def test_without_a_user_id_the_instance_name_hashes_the_user_and_windows_always_asks(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A module of its own that has no getuid, as on Windows (the real os keeps its own).
    monkeypatch.setattr(instance_name, "os", SimpleNamespace(environ=os.environ, path=os.path))
    monkeypatch.setenv("USERNAME", "léa")
    tagged = instance_name.server_name(tmp_path)
    assert tagged.startswith("focusapp-") and tagged.split("-")[1] != "0"
    monkeypatch.delenv("USERNAME")
    monkeypatch.delenv("USER", raising=False)
    assert instance_name.server_name(tmp_path).split("-")[1] == "0"
    monkeypatch.setattr(instance_name, "sys", SimpleNamespace(platform="win32"))
    assert instance_name.may_be_running(tmp_path / "nothing-here")
