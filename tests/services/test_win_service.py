"""The Windows service's edge, run here: the named pipe and the service control manager
through fake kernel32 and advapi32 (tests/fake_win32.py: an undeclared prototype fails, as
it would truncate a handle on 64-bit Windows). The pipe is a socket pair underneath; what
goes through it is the real protocol and the real helper on a temp hosts file."""

from __future__ import annotations

import ctypes
import errno
import itertools
import queue
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from focusapp.core.block_plan import plan_block
from focusapp.services.blocking import helper, pipe
from focusapp.services.blocking import win_service as ws
from focusapp.services.blocking.hosts import HostsBlocker
from tests.fake_win32 import HIGH_HWND, FakeDll

ORIGINAL = b"127.0.0.1 localhost\r\n"


class FakeWindows:
    """kernel32 and advapi32 with one named pipe made of socket pairs."""

    def __init__(self) -> None:
        self.kernel32 = FakeDll("kernel32", use_last_error=True)
        self.advapi32 = FakeDll("advapi32", use_last_error=True)
        self.error = 0
        self.session = 0
        self.sockets: dict[int, socket.socket] = {}
        self.server_handle: int | None = None
        self.created: dict[str, Any] = {}
        self.waiting: queue.Queue[socket.socket] = queue.Queue()
        self.handles = itertools.count(HIGH_HWND, 8)
        self.statuses: list[int] = []
        self.running = threading.Event()
        self._define_pipe()
        self._define_io()

    def win32(self) -> ws.Win32:
        return ws.Win32(self.kernel32, self.advapi32, lambda: self.error)

    def _fail(self, error: int) -> int:
        self.error = error
        return 0

    def _define_pipe(self) -> None:
        k, a = self.kernel32, self.advapi32

        def convert(sddl: str, revision: int, out: Any, size: Any) -> int:
            self.created["sddl"] = sddl
            out._obj.value = 0xD35C
            return 1

        def create_pipe(name: str, mode: int, pipe_mode: int, instances: int, out_size: int,
                        in_size: int, timeout: int, attributes: Any) -> int:
            if self.server_handle is not None and mode & ws.FILE_FLAG_FIRST_PIPE_INSTANCE:
                self.error = errno.EACCES
                return ws.INVALID_HANDLE
            self.created.update(name=name, mode=mode, pipe_mode=pipe_mode, instances=instances,
                                descriptor=attributes._obj.lpSecurityDescriptor)
            self.server_handle = next(self.handles)
            return self.server_handle

        def connect_pipe(handle: int, overlapped: Any) -> int:
            self.sockets[handle] = self.waiting.get(timeout=30)
            return 1

        def create_file(name: str, access: int, share: int, security: Any, disposition: int,
                        flags: int, template: Any) -> int:
            self.created["client_access"] = access
            self.created["client_flags"] = flags
            if self.server_handle is None or name != self.created["name"]:
                self.error = ws.ERROR_FILE_NOT_FOUND
                return ws.INVALID_HANDLE
            client, server = socket.socketpair()
            handle = next(self.handles)
            self.sockets[handle] = client
            self.waiting.put(server)
            return handle

        def session_id(handle: int, out: Any) -> int:
            out._obj.value = self.session
            return 1

        def disconnect(handle: int) -> int:
            self.sockets.pop(handle).close()
            return 1

        def close(handle: int) -> int:
            sock = self.sockets.pop(handle, None)
            if sock is not None:
                sock.close()
            return 1

        a.define("ConvertStringSecurityDescriptorToSecurityDescriptorW", convert)
        k.define("CreateNamedPipeW", create_pipe)
        k.define("ConnectNamedPipe", connect_pipe)
        k.define("CreateFileW", create_file)
        k.define("GetNamedPipeServerSessionId", session_id)
        k.define("DisconnectNamedPipe", disconnect)
        k.define("CloseHandle", close)
        k.define("FlushFileBuffers", lambda handle: 1)
        k.define("LocalFree", lambda memory: None)
        k.define("WaitNamedPipeW", lambda name, ms: 0)

    def _define_io(self) -> None:
        def read(handle: int, buffer: Any, size: int, done: Any, overlapped: Any) -> int:
            data = self.sockets[handle].recv(size)
            if not data:
                return self._fail(ws.ERROR_BROKEN_PIPE)
            ctypes.memmove(buffer, data, len(data))
            done._obj.value = len(data)
            return 1

        def write(handle: int, buffer: Any, size: int, done: Any, overlapped: Any) -> int:
            self.sockets[handle].sendall(ctypes.string_at(buffer, size))
            done._obj.value = size
            return 1

        self.kernel32.define("ReadFile", read)
        self.kernel32.define("WriteFile", write)


@pytest.fixture
def hosts(tmp_path: Path) -> Path:
    path = tmp_path / "hosts"
    path.write_bytes(ORIGINAL)
    return path


@pytest.fixture
def windows() -> FakeWindows:
    return FakeWindows()


@pytest.fixture
def service(windows: FakeWindows, hosts: Path) -> Iterator[ws.PipeListener]:
    """The service's body on the fake pipe, as run_as_service runs it; stopped by `wake`."""
    listener = ws.PipeListener(windows.win32())

    def handle(data: bytes) -> tuple[dict[str, Any], int]:
        return helper.handle(data, {}, datetime.now(UTC), test_path=str(hosts))

    stop = threading.Event()
    thread = threading.Thread(target=pipe.run_service, args=(listener, handle, stop, 3600))
    thread.start()
    yield listener
    stop.set()
    listener.wake()
    thread.join(30)
    assert not thread.is_alive()


def test_the_pipe_lets_the_interactive_user_connect_but_not_create(
        windows: FakeWindows, service: ws.PipeListener) -> None:
    created = windows.created
    assert created["name"] == r"\\.\pipe\focusapp-hosts"
    assert created["sddl"] == "D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;0x12008b;;;IU)"
    assert not 0x12008B & 0x4  # FILE_CREATE_PIPE_INSTANCE is not the users'
    assert created["descriptor"] == 0xD35C
    assert created["mode"] & ws.FILE_FLAG_FIRST_PIPE_INSTANCE and created["instances"] == 1
    assert created["pipe_mode"] & ws.PIPE_REJECT_REMOTE_CLIENTS
    with pytest.raises(OSError):  # a second server (a squatter) cannot make the pipe
        ws.PipeListener(windows.win32())


def test_a_block_over_the_pipe_blocks_and_its_clear_restores_the_file(
        windows: FakeWindows, service: ws.PipeListener, hosts: Path) -> None:
    blocker = HostsBlocker(None, platform="win32",
                           transport=ws.pipe_transport(windows.win32()))
    now = datetime.now(UTC)
    applied = blocker.apply(plan_block(["youtube.com"], [], now + timedelta(minutes=30), now=now))
    assert applied.ok and applied.domains == ("youtube.com",)
    assert b"\r\n0.0.0.0 youtube.com\r\n" in hosts.read_bytes()
    assert blocker.clear().ok and hosts.read_bytes() == ORIGINAL
    # The app asked for read and write data only, as identification-only: no impersonation.
    assert windows.created["client_access"] == ws.GENERIC_READ | ws.FILE_WRITE_DATA
    assert windows.created["client_flags"] == (ws.SECURITY_SQOS_PRESENT
                                               | ws.SECURITY_IDENTIFICATION)


def test_a_pipe_served_outside_session_0_is_not_trusted(
        windows: FakeWindows, service: ws.PipeListener) -> None:
    windows.session = 1  # a user's own process posing as the service
    blocker = HostsBlocker(None, platform="win32", transport=ws.pipe_transport(windows.win32()))
    assert blocker.clear().error == "service_impostor"
    windows.session = 0  # the fixture's stop connects too


def test_no_service_running_says_not_installed() -> None:
    windows = FakeWindows()
    result = HostsBlocker(None, platform="win32",
                          transport=ws.pipe_transport(windows.win32())).inspect()
    assert result.error == "not_installed"


def test_the_service_control_manager_starts_and_stops_the_body() -> None:
    windows = FakeWindows()
    advapi32 = windows.advapi32
    handlers: list[Any] = []
    body_saw_stop = threading.Event()
    woken = threading.Event()

    def register(name: str, handler: Any, context: Any) -> int:
        handlers.append(handler)
        return HIGH_HWND

    def set_status(handle: int, status: Any) -> int:
        assert handle == HIGH_HWND  # the handle came back whole
        windows.statuses.append(status._obj.dwCurrentState)
        if status._obj.dwCurrentState == ws.SERVICE_RUNNING:
            windows.running.set()
        return 1

    def dispatcher(table: Any) -> int:
        assert table[0].lpServiceName == ws.SERVICE_NAME and table[1].lpServiceName is None
        main = threading.Thread(target=table[0].lpServiceProc, args=(0, None))
        main.start()
        assert windows.running.wait(30)
        assert handlers[0](ws.SERVICE_CONTROL_INTERROGATE, 0, None, None) == 0
        handlers[0](ws.SERVICE_CONTROL_STOP, 0, None, None)
        main.join(30)
        return 1

    advapi32.define("RegisterServiceCtrlHandlerExW", register)
    advapi32.define("SetServiceStatus", set_status)
    advapi32.define("StartServiceCtrlDispatcherW", dispatcher)

    def body(stop: threading.Event) -> None:
        if stop.wait(30):
            body_saw_stop.set()

    ws.run_as_service(windows.win32(), body, woken.set)
    assert body_saw_stop.is_set() and woken.is_set()
    assert windows.statuses == [ws.SERVICE_RUNNING, ws.SERVICE_STOP_PENDING,
                                ws.SERVICE_STOPPED]


def test_started_outside_the_service_manager_it_says_so() -> None:
    windows = FakeWindows()
    windows.advapi32.define("StartServiceCtrlDispatcherW",
                            lambda table: windows._fail(1063))  # not a service
    with pytest.raises(OSError, match="1063"):
        ws.run_as_service(windows.win32(), lambda stop: None, lambda: None)


def test_the_uninstallers_clear_lifts_a_block_and_prints_the_answer(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def handle(data: bytes, environ: Any, now: datetime) -> tuple[dict[str, Any], int]:
        calls.append(data)
        assert environ == {}  # nothing of the caller's environment
        return {"ok": True, "verb": "clear", "changed": True}, 0

    monkeypatch.setattr(helper, "handle", handle)
    assert ws.main(["--clear"]) == 0
    assert calls == [b'{"verb": "clear"}']
    assert '"changed": true' in capsys.readouterr().out


def test_a_busy_pipe_is_waited_for_once_then_refused(
        windows: FakeWindows, service: ws.PipeListener) -> None:
    create = windows.kernel32.CreateFileW.implementation
    busy = [True]

    def busy_once(*args: Any) -> int:
        if busy.pop() if busy else False:
            windows.error = ws.ERROR_PIPE_BUSY  # the one instance serves someone else
            return ws.INVALID_HANDLE
        assert create is not None
        return create(*args)

    windows.kernel32.define("CreateFileW", busy_once)
    waits: list[int] = []
    windows.kernel32.define("WaitNamedPipeW", lambda name, ms: waits.append(ms) or 1)
    blocker = HostsBlocker(None, platform="win32", transport=ws.pipe_transport(windows.win32()))
    assert blocker.inspect().ok and waits == [ws.CONNECT_WAIT_MS]
    busy.append(True)
    windows.kernel32.define("WaitNamedPipeW", lambda name, ms: 0)  # still busy after 5 s
    assert blocker.inspect().error == "bad_answer"


# ---- the pipe's error paths, and the installed transports --------------------------------


def test_a_read_or_write_error_other_than_a_closed_pipe_is_an_oserror(
        windows: FakeWindows) -> None:
    """A closed pipe reads as the end; any other failure of ReadFile or WriteFile is said,
    with the call's name, never taken for an empty answer."""
    win = windows.win32()
    stream = ws.PipeStream(win, 7, server=False)
    windows.kernel32.define("ReadFile", lambda *args: windows._fail(ws.ERROR_BROKEN_PIPE))
    assert stream.read(16) == b""
    windows.kernel32.define("ReadFile", lambda *args: windows._fail(errno.EIO))
    with pytest.raises(OSError, match="ReadFile"):
        stream.read(16)
    windows.kernel32.define("WriteFile", lambda *args: windows._fail(errno.ENOSPC))
    with pytest.raises(OSError, match="WriteFile"):
        stream.write(b"{}")


def test_a_client_that_connected_before_the_wait_is_served(windows: FakeWindows) -> None:
    """ConnectNamedPipe fails with ERROR_PIPE_CONNECTED when the client came between the
    pipe's creation and the wait: that client is served, not refused."""
    listener = ws.PipeListener(windows.win32())
    windows.kernel32.define("ConnectNamedPipe",
                            lambda handle, overlapped: windows._fail(ws.ERROR_PIPE_CONNECTED))
    assert isinstance(listener.accept(), ws.PipeStream)
    windows.kernel32.define("ConnectNamedPipe",
                            lambda handle, overlapped: windows._fail(errno.EACCES))
    with pytest.raises(OSError, match="ConnectNamedPipe"):
        listener.accept()


def test_an_installed_helper_is_reached_through_its_own_transport(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows: the frozen app finds the service's executable beside its own and talks over
    the pipe; macOS: the helper at its fixed path is called through osascript; elsewhere,
    or when not installed, no transport."""
    from focusapp.services.blocking import hosts as hosts_module
    from focusapp.services.blocking import macos_helper

    app = tmp_path / "FocusApp" / "focusapp.exe"
    app.parent.mkdir()
    app.write_bytes(b"")
    # The frozen app's own sys (the real one keeps its executable for the other tests).
    monkeypatch.setattr(hosts_module, "sys", SimpleNamespace(frozen=True, executable=str(app)))
    assert hosts_module.default_transport("win32") is None  # the service is not installed
    (app.parent / "focusapp-hosts-helper.exe").write_bytes(b"")
    monkeypatch.setattr(ws, "pipe_transport", lambda win=None: "the pipe")
    assert hosts_module.default_transport("win32") == "the pipe"

    assert hosts_module.default_transport("darwin") is None  # no helper installed here
    installed = tmp_path / "helper"
    installed.write_bytes(b"")
    monkeypatch.setattr(macos_helper, "HELPER_PATH", str(installed))
    monkeypatch.setattr(macos_helper, "osascript_transport", lambda: "osascript")
    assert hosts_module.default_transport("darwin") == "osascript"
    assert hosts_module.default_transport("linux") is None


def test_the_service_executable_loads_the_real_dlls_declared_then_serves_the_pipe(
        windows: FakeWindows, monkeypatch: pytest.MonkeyPatch) -> None:
    """`main()` with no argument: kernel32 and advapi32 loaded as on Windows (every
    prototype declared before a call), its one pipe made, then handed to the service
    manager, which here says the program was not started as a service."""
    dlls = {"kernel32": windows.kernel32, "advapi32": windows.advapi32}
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error: dlls[name],
                        raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: windows.error, raising=False)
    windows.advapi32.define("StartServiceCtrlDispatcherW",
                            lambda table: windows._fail(1063))  # not a service
    with pytest.raises(OSError, match="StartServiceCtrlDispatcherW"):
        ws.main([])
    assert windows.created["name"] == pipe.PIPE_NAME
