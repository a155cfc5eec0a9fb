"""Fake Windows DLLs (user32, kernel32, shell32) that hold the calling code to ctypes' rules.

A real `ctypes.WinDLL` function called without `argtypes`/`restype` passes and returns C
`int`s: on 64-bit Windows a handle above 2**32 comes back truncated. These fakes make that
mistake visible on Linux:

- a function refuses to be called until both `argtypes` and `restype` were assigned;
- every argument goes through its declared type (`c_int(x).value` truncates, as the real
  call would), and so does the result, through `restype`;
- handles are above 2**32, so a prototype that says `c_int` loses them.

A test gives each function its behaviour with `dll.define(name, implementation)`; the
implementation receives the converted arguments.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

HIGH_HWND = 0x0000_7FF6_1234_5678  # a pointer-sized handle, as 64-bit Windows hands out


class PrototypeMissing(AssertionError):
    """A ctypes function was called before its argtypes/restype were declared."""


_UNSET = object()


class FakeFunction:
    def __init__(self, dll: FakeDll, name: str) -> None:
        self._dll = dll
        self._name = name
        self.argtypes: Any = _UNSET
        self.restype: Any = _UNSET
        self.implementation: Callable[..., Any] | None = None

    def __call__(self, *args: Any) -> Any:
        if self.argtypes is _UNSET or self.restype is _UNSET:
            raise PrototypeMissing(f"{self._dll.name}.{self._name} called without "
                                   "argtypes and restype")
        if len(args) != len(self.argtypes):
            raise TypeError(f"{self._name} takes {len(self.argtypes)} arguments")
        if self.implementation is None:
            raise AssertionError(f"the test gave {self._dll.name}.{self._name} no behaviour")
        self._dll.calls.append(self._name)
        converted = [_convert(kind, arg) for kind, arg in zip(self.argtypes, args, strict=True)]
        return _result(self.restype, self.implementation(*converted))


def _convert(kind: Any, arg: Any) -> Any:
    """What the C side receives: an int through its C type, anything else type-checked."""
    if isinstance(arg, int) and issubclass(kind, ctypes._SimpleCData):
        return kind(arg).value
    kind.from_param(arg)  # raises TypeError for an argument ctypes would refuse
    return arg


def _result(restype: Any, value: Any) -> Any:
    if restype is None:
        return None
    if isinstance(value, int) and issubclass(restype, ctypes._SimpleCData):
        return restype(value).value
    return value


class FakeDll:
    """One DLL: functions appear on first use, as with `ctypes.WinDLL`."""

    def __init__(self, name: str, *, use_last_error: bool = False) -> None:
        self.name = name
        self.use_last_error = use_last_error
        self.calls: list[str] = []
        self._functions: dict[str, FakeFunction] = {}

    def __getattr__(self, name: str) -> FakeFunction:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._functions.setdefault(name, FakeFunction(self, name))

    def define(self, name: str, implementation: Callable[..., Any]) -> None:
        getattr(self, name).implementation = implementation


def fake_user32_with_window(title: str, pid: int, hwnd: int = HIGH_HWND) -> FakeDll:
    """user32 with one foreground window `hwnd`; any other handle is not a window."""
    user32 = FakeDll("user32", use_last_error=True)
    user32.define("GetForegroundWindow", lambda: hwnd)
    user32.define("GetWindowTextLengthW", lambda h: len(title) if h == hwnd else 0)

    def get_text(h: int, buffer: Any, size: int) -> int:
        if h != hwnd:
            return 0
        buffer.value = title[: size - 1]
        return len(buffer.value)

    def get_pid(h: int, out: Any) -> int:
        if h != hwnd:
            return 0
        out._obj.value = pid  # byref(DWORD): write through the reference
        return 4242  # the thread id

    user32.define("GetWindowTextW", get_text)
    user32.define("GetWindowThreadProcessId", get_pid)
    return user32
