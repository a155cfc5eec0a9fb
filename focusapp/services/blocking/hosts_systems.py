"""What differs between systems for the hosts helper: one small table per OS.

The protocol, the validation and the section are the same everywhere (`helper.py`,
`core/hosts_section.py`); only these seams differ:

- where the hosts file is (never an argument, never the environment);
- the lock: a lock file only root / administrators can create, in a folder only they write
  (``/run`` on Linux, ``/var/run`` on macOS, the hosts file's own ``drivers\\etc`` folder on
  Windows), locked with ``flock`` on POSIX and ``msvcrt.locking`` on Windows;
- whether a bind mount can hide the file (Linux only: ``/proc/self/mountinfo``);
- how the file is written: an atomic replace on POSIX; on Windows an in-place rewrite, because
  the DNS Client and virus scanners open the hosts file without FILE_SHARE_DELETE, so a
  rename over it fails at random moments, and a replacing file would not keep the hosts
  file's own security descriptor. A rewrite cut short by a power cut leaves the unchanged
  head of the file (the section is always its tail) and a section without its END line,
  which the next call sweeps as damaged;
- how the DNS cache is flushed: the first working flusher on Linux, every one on macOS
  (``dscacheutil`` empties the directory cache, ``mDNSResponder`` answers the lookups),
  ``ipconfig /flushdns`` on Windows; looked for only in the system's own folders.

Standard library only: the helper runs as root / LocalSystem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LINUX_TOOLS = "/usr/sbin:/usr/bin:/sbin:/bin"
MACOS_TOOLS = "/usr/bin:/usr/sbin:/bin:/sbin"
MAX_PATH = 260


@dataclass(frozen=True)
class HostsSystem:
    """One operating system's seams (see the module's docstring)."""

    name: str  # the sys.platform value
    hosts_path: str
    lock_path: str
    lock: str  # "flock" or "msvcrt"
    write: str  # "atomic" (with its in-place fallbacks) or "in_place"
    mount_check: bool
    flushers: tuple[tuple[str, ...], ...]
    flush_all: bool  # run every flusher, not only the first that works
    tool_path: str  # where flushers are looked for: never the caller's PATH
    env: Mapping[str, str] = field(default_factory=dict)  # the flushers' whole environment


LINUX = HostsSystem(
    name="linux",
    hosts_path="/etc/hosts",
    lock_path="/run/focusapp-hosts-helper.lock",
    lock="flock",
    write="atomic",
    mount_check=True,
    flushers=(("resolvectl", "flush-caches"), ("nscd", "-i", "hosts")),
    flush_all=False,
    tool_path=LINUX_TOOLS,
    env={"PATH": LINUX_TOOLS, "LC_ALL": "C"},
)

# /etc is a link to /private/etc: the real folder, so the temp file, the rename and the
# folder's fsync all happen where the file is.
MACOS = HostsSystem(
    name="darwin",
    hosts_path="/private/etc/hosts",
    lock_path="/private/var/run/focusapp-hosts-helper.lock",
    lock="flock",
    write="atomic",
    mount_check=False,
    flushers=(("dscacheutil", "-flushcache"), ("killall", "-HUP", "mDNSResponder")),
    flush_all=True,
    tool_path=MACOS_TOOLS,
    env={"PATH": MACOS_TOOLS, "LC_ALL": "C"},
)


def windows(windows_dir: str) -> HostsSystem:
    """Windows' seams, from its real folder (GetSystemWindowsDirectoryW, not %SystemRoot%,
    which the caller's environment could name)."""
    system32 = windows_dir.rstrip("\\") + "\\System32"
    etc = system32 + "\\drivers\\etc"
    return HostsSystem(
        name="win32",
        hosts_path=etc + "\\hosts",
        lock_path=etc + "\\focusapp-hosts-helper.lock",  # Users may read there, not create
        lock="msvcrt",
        write="in_place",
        mount_check=False,
        flushers=(("ipconfig", "/flushdns"),),
        flush_all=False,
        tool_path=system32,
        env={"SystemRoot": windows_dir, "PATH": system32},  # Windows needs SystemRoot set
    )


def windows_directory(kernel32: Any = None) -> str:
    """The system's Windows folder through GetSystemWindowsDirectoryW (declared: a wrong
    prototype truncates on 64-bit Windows)."""
    import ctypes  # only here: the helper on Linux and macOS never needs it

    if kernel32 is None:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    function = kernel32.GetSystemWindowsDirectoryW
    function.argtypes = (ctypes.c_wchar_p, ctypes.c_uint)
    function.restype = ctypes.c_uint
    buffer = ctypes.create_unicode_buffer(MAX_PATH)
    length = function(buffer, MAX_PATH)
    if not 0 < length < MAX_PATH:
        raise OSError("GetSystemWindowsDirectoryW failed")
    return buffer.value


def system_for(platform: str, kernel32: Any = None) -> HostsSystem | None:
    """The seams of `platform` (a sys.platform value), None where there is no helper."""
    if platform.startswith("linux"):
        return LINUX
    if platform == "darwin":
        return MACOS
    if platform == "win32":
        return windows(windows_directory(kernel32))
    return None
