"""Windows: the FocusAppHosts service and its named pipe, in ctypes (no pywin32).

Installed per machine by the Inno Setup script (packaging/windows/focusapp.iss) under
Program Files, where only administrators write, as a LocalSystem service started at boot.
Its body is `pipe.run_service` (the helper's own `handle` behind the pipe, plus the sweep);
this module is only the thin Windows edge:

- `PipeListener`: ``\\\\.\\pipe\\focusapp-hosts``, one instance (FILE_FLAG_FIRST_PIPE_INSTANCE
  and at most one instance: no other process can create it or squat a second instance),
  local clients only, and a security descriptor that lets SYSTEM and administrators do
  anything and interactive users read and write, but not FILE_CREATE_PIPE_INSTANCE;
- `connect`: the app's side; it opens the pipe with identification-only impersonation and
  checks that the server runs in session 0, where services run (a user's own process posing
  as the service would run in their session);
- `run_as_service`: StartServiceCtrlDispatcherW, the control handler (stop, shutdown) and
  SetServiceStatus.

Every Win32 function gets its argtypes and restype before its first call; tests run all of
this on Linux with fake DLLs that refuse an undeclared call (tests/fake_win32.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from focusapp.services.blocking import pipe

SERVICE_NAME = "FocusAppHosts"
# SYSTEM and administrators: all; interactive users: FILE_GENERIC_READ | FILE_WRITE_DATA
# (0x12008b), which leaves out FILE_APPEND_DATA, alias FILE_CREATE_PIPE_INSTANCE.
PIPE_SDDL = "D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;0x12008b;;;IU)"
SDDL_REVISION_1 = 1
PIPE_ACCESS_DUPLEX = 0x3
FILE_FLAG_FIRST_PIPE_INSTANCE = 0x0008_0000
PIPE_REJECT_REMOTE_CLIENTS = 0x8  # byte mode, blocking (PIPE_TYPE_BYTE | PIPE_WAIT = 0)
BUFFER_BYTES = 64 * 1024
GENERIC_READ = 0x8000_0000
FILE_WRITE_DATA = 0x2
OPEN_EXISTING = 3
SECURITY_SQOS_PRESENT = 0x0010_0000
SECURITY_IDENTIFICATION = 0x0001_0000
ERROR_FILE_NOT_FOUND = 2
ERROR_BROKEN_PIPE = 109
ERROR_PIPE_BUSY = 231
ERROR_PIPE_CONNECTED = 535
CONNECT_WAIT_MS = 5000
INVALID_HANDLE = ctypes.c_void_p(-1).value

SERVICE_WIN32_OWN_PROCESS = 0x10
SERVICE_STOPPED, SERVICE_START_PENDING, SERVICE_STOP_PENDING, SERVICE_RUNNING = 1, 2, 3, 4
SERVICE_ACCEPT_STOP, SERVICE_ACCEPT_SHUTDOWN = 0x1, 0x4
SERVICE_CONTROL_STOP, SERVICE_CONTROL_INTERROGATE, SERVICE_CONTROL_SHUTDOWN = 1, 4, 5

DWORD = ctypes.c_uint32
BOOL = ctypes.c_int
HANDLE = ctypes.c_void_p
# __stdcall on 32-bit Windows; the same as the C convention on x64 and on Linux (the tests).
FUNCTYPE: Any = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)


class SECURITY_ATTRIBUTES(ctypes.Structure):  # the Win32 names
    _fields_ = (("nLength", DWORD), ("lpSecurityDescriptor", ctypes.c_void_p),
                ("bInheritHandle", BOOL))


class SERVICE_STATUS(ctypes.Structure):
    _fields_ = (("dwServiceType", DWORD), ("dwCurrentState", DWORD),
                ("dwControlsAccepted", DWORD), ("dwWin32ExitCode", DWORD),
                ("dwServiceSpecificExitCode", DWORD), ("dwCheckPoint", DWORD),
                ("dwWaitHint", DWORD))


SERVICE_MAIN = FUNCTYPE(None, DWORD, ctypes.POINTER(ctypes.c_wchar_p))
HANDLER_EX = FUNCTYPE(DWORD, DWORD, DWORD, ctypes.c_void_p, ctypes.c_void_p)


class SERVICE_TABLE_ENTRYW(ctypes.Structure):
    _fields_ = (("lpServiceName", ctypes.c_wchar_p), ("lpServiceProc", SERVICE_MAIN))


@dataclass
class Win32:
    """The DLLs and the thread's last error (ctypes.get_last_error exists only on Windows)."""

    kernel32: Any
    advapi32: Any
    last_error: Callable[[], int]

    def __post_init__(self) -> None:
        _declare(self.kernel32, self.advapi32)


def real_win32() -> Win32:
    return Win32(ctypes.WinDLL("kernel32", use_last_error=True),  # type: ignore[attr-defined]
                 ctypes.WinDLL("advapi32", use_last_error=True),  # type: ignore[attr-defined]
                 ctypes.get_last_error)  # type: ignore[attr-defined]


def _proto(function: Any, argtypes: tuple[Any, ...], restype: Any) -> None:
    function.argtypes = argtypes
    function.restype = restype


def _declare(k: Any, a: Any) -> None:
    """Every prototype, once: a missing one truncates handles on 64-bit Windows."""
    dword_p = ctypes.POINTER(DWORD)
    _proto(k.CreateNamedPipeW, (ctypes.c_wchar_p, DWORD, DWORD, DWORD, DWORD, DWORD, DWORD,
                                ctypes.POINTER(SECURITY_ATTRIBUTES)), HANDLE)
    _proto(k.ConnectNamedPipe, (HANDLE, ctypes.c_void_p), BOOL)
    _proto(k.DisconnectNamedPipe, (HANDLE,), BOOL)
    _proto(k.FlushFileBuffers, (HANDLE,), BOOL)
    _proto(k.CreateFileW, (ctypes.c_wchar_p, DWORD, DWORD, ctypes.c_void_p, DWORD, DWORD,
                           HANDLE), HANDLE)
    _proto(k.WaitNamedPipeW, (ctypes.c_wchar_p, DWORD), BOOL)
    _proto(k.GetNamedPipeServerSessionId, (HANDLE, ctypes.POINTER(ctypes.c_ulong)), BOOL)
    _proto(k.ReadFile, (HANDLE, ctypes.c_void_p, DWORD, dword_p, ctypes.c_void_p), BOOL)
    _proto(k.WriteFile, (HANDLE, ctypes.c_void_p, DWORD, dword_p, ctypes.c_void_p), BOOL)
    _proto(k.CloseHandle, (HANDLE,), BOOL)
    _proto(k.LocalFree, (ctypes.c_void_p,), ctypes.c_void_p)
    _proto(a.ConvertStringSecurityDescriptorToSecurityDescriptorW,
           (ctypes.c_wchar_p, DWORD, ctypes.POINTER(ctypes.c_void_p), dword_p), BOOL)
    _proto(a.StartServiceCtrlDispatcherW, (ctypes.POINTER(SERVICE_TABLE_ENTRYW),), BOOL)
    _proto(a.RegisterServiceCtrlHandlerExW, (ctypes.c_wchar_p, HANDLER_EX, ctypes.c_void_p),
           HANDLE)
    _proto(a.SetServiceStatus, (HANDLE, ctypes.POINTER(SERVICE_STATUS)), BOOL)


def _fail(win: Win32, what: str) -> OSError:
    code = win.last_error()
    return OSError(code, f"{what} failed (Windows error {code})")


class PipeStream:
    """One end of the pipe: `read` and `write` for `pipe.serve_one` / `pipe.ask`."""

    def __init__(self, win: Win32, handle: int, *, server: bool) -> None:
        self._win = win
        self._handle = handle
        self._server = server

    def read(self, size: int) -> bytes:
        buffer = ctypes.create_string_buffer(size)
        done = DWORD(0)
        if not self._win.kernel32.ReadFile(self._handle, buffer, size, ctypes.byref(done), None):
            if self._win.last_error() == ERROR_BROKEN_PIPE:
                return b""  # the other side closed
            raise _fail(self._win, "ReadFile")
        return buffer.raw[: done.value]

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            done = DWORD(0)
            chunk = ctypes.create_string_buffer(bytes(view), len(view))
            if not self._win.kernel32.WriteFile(self._handle, chunk, len(view),
                                                ctypes.byref(done), None):
                raise _fail(self._win, "WriteFile")
            view = view[done.value:]

    def close(self) -> None:
        """The server keeps its one instance for the next client; a client lets go."""
        k = self._win.kernel32
        if self._server:
            k.FlushFileBuffers(self._handle)  # the client reads the answer before it goes
            k.DisconnectNamedPipe(self._handle)
        else:
            k.CloseHandle(self._handle)


class PipeListener:
    """The service's single pipe instance, made with its security descriptor."""

    def __init__(self, win: Win32, name: str = pipe.PIPE_NAME) -> None:
        self._win = win
        self._name = name
        self._stopping = threading.Event()
        self._handle = self._create()

    def _create(self) -> int:
        win = self._win
        descriptor = ctypes.c_void_p()
        if not win.advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
                PIPE_SDDL, SDDL_REVISION_1, ctypes.byref(descriptor), None):
            raise _fail(win, "ConvertStringSecurityDescriptorToSecurityDescriptorW")
        try:
            attributes = SECURITY_ATTRIBUTES(ctypes.sizeof(SECURITY_ATTRIBUTES),
                                             descriptor.value, 0)
            handle = win.kernel32.CreateNamedPipeW(
                self._name, PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE,
                PIPE_REJECT_REMOTE_CLIENTS, 1, BUFFER_BYTES, BUFFER_BYTES, 0,
                ctypes.byref(attributes))
        finally:
            win.kernel32.LocalFree(descriptor.value)
        if handle is None or handle == INVALID_HANDLE:
            raise _fail(win, "CreateNamedPipeW")  # taken already: another server is running
        return int(handle)

    def accept(self) -> PipeStream | None:
        stream = PipeStream(self._win, self._handle, server=True)
        if (not self._win.kernel32.ConnectNamedPipe(self._handle, None)
                and self._win.last_error() != ERROR_PIPE_CONNECTED):  # connected already
            raise _fail(self._win, "ConnectNamedPipe")
        if self._stopping.is_set():
            stream.close()
            return None
        return stream

    def wake(self) -> None:
        """Called by the stop control: connect once, so a waiting accept returns."""
        self._stopping.set()
        with contextlib.suppress(OSError):  # no accept was waiting
            connect(self._win, self._name).close()

    def close(self) -> None:
        self._win.kernel32.CloseHandle(self._handle)


def connect(win: Win32, name: str = pipe.PIPE_NAME) -> PipeStream:
    """The app's end of the pipe; FileNotFoundError when the service is not running, and a
    refusal when what serves the pipe is not a service."""
    k = win.kernel32
    for _attempt in range(2):
        handle = k.CreateFileW(name, GENERIC_READ | FILE_WRITE_DATA, 0, None, OPEN_EXISTING,
                               SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, None)
        if handle is not None and handle != INVALID_HANDLE:
            break
        error = win.last_error()
        if error == ERROR_FILE_NOT_FOUND:
            raise FileNotFoundError(error, "the FocusApp hosts service is not running", name)
        if error != ERROR_PIPE_BUSY or not k.WaitNamedPipeW(name, CONNECT_WAIT_MS):
            raise _fail(win, "CreateFileW")
    else:
        raise _fail(win, "CreateFileW")
    stream = PipeStream(win, int(handle), server=False)
    session = ctypes.c_ulong(0xFFFF_FFFF)
    if not k.GetNamedPipeServerSessionId(handle, ctypes.byref(session)) or session.value != 0:
        stream.close()
        raise PermissionError(f"{name} is not served by a system service")
    return stream


def pipe_transport(win: Win32 | None = None) -> Callable[[bytes, float], tuple[int, bytes]]:
    """What `HostsBlocker` calls on Windows: one request over the pipe."""

    def call(request: bytes, timeout: float) -> tuple[int, bytes]:
        stream = connect(win or real_win32())
        try:
            return pipe.ask(stream, request)
        finally:
            stream.close()

    return call


# ---- the service control manager ------------------------------------------------------


def run_as_service(win: Win32, body: Callable[[threading.Event], None],
                   wake: Callable[[], None], name: str = SERVICE_NAME) -> None:
    """Hand the process to the SCM: `body(stop)` runs as the service until the stop or
    shutdown control sets `stop` and calls `wake`."""
    a = win.advapi32
    stop = threading.Event()
    status = SERVICE_STATUS(SERVICE_WIN32_OWN_PROCESS, SERVICE_START_PENDING, 0, 0, 0, 0, 0)
    handle: list[int] = []

    def report(state: int) -> None:
        status.dwCurrentState = state
        status.dwControlsAccepted = (SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN
                                     if state == SERVICE_RUNNING else 0)
        a.SetServiceStatus(handle[0], ctypes.byref(status))

    def control(code: int, event: int, data: int | None, context: int | None) -> int:
        if code in (SERVICE_CONTROL_STOP, SERVICE_CONTROL_SHUTDOWN):
            report(SERVICE_STOP_PENDING)
            stop.set()
            wake()
        return 0  # NO_ERROR, for interrogate too

    handler = HANDLER_EX(control)

    def service_main(argc: int, argv: Any) -> None:
        registered = a.RegisterServiceCtrlHandlerExW(name, handler, None)
        if not registered:
            return
        handle.append(registered)
        report(SERVICE_RUNNING)
        try:
            body(stop)
        finally:
            report(SERVICE_STOPPED)

    main_function = SERVICE_MAIN(service_main)
    table = (SERVICE_TABLE_ENTRYW * 2)(SERVICE_TABLE_ENTRYW(name, main_function),
                                       SERVICE_TABLE_ENTRYW(None, SERVICE_MAIN()))
    if not a.StartServiceCtrlDispatcherW(table):
        raise _fail(win, "StartServiceCtrlDispatcherW")  # not started by the SCM


def main(argv: list[str] | None = None) -> int:
    """The service executable (packaging/entry_hosts_helper.py on Windows). With ``--clear``
    it lifts a block once and prints the helper's answer: what the uninstaller runs, as an
    administrator, after stopping the service."""
    from focusapp.services.blocking import helper

    def handle(data: bytes) -> tuple[dict[str, Any], int]:
        return helper.handle(data, {}, datetime.now(UTC))  # the caller's environment: none

    if (sys.argv[1:] if argv is None else argv) == ["--clear"]:
        answer, status = handle(b'{"verb": "clear"}')
        print(json.dumps(answer, sort_keys=True))
        return status
    win = real_win32()
    listener = PipeListener(win)
    run_as_service(win, lambda stop: pipe.run_service(listener, handle, stop), listener.wake)
    return 0
