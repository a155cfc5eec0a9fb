"""The hosts helper's per-OS seams, every branch run here: the tables, the Windows lock
(a fake `msvcrt` with Windows' byte-range rules), the Windows in-place write, the macOS
and Windows DNS flushers (fake tools in a folder of their own) and the Windows folder read
through a fake kernel32 that refuses an undeclared prototype."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core import hosts_section as hs
from focusapp.services.blocking import helper, hosts_systems
from tests.fake_msvcrt import FakeMsvcrt
from tests.fake_win32 import FakeDll, PrototypeMissing

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CRLF_HOSTS = b"# Copyright (c) 1993-2009 Microsoft Corp.\r\n127.0.0.1 localhost\r\n"


def fake_kernel32(folder: str = "C:\\Windows") -> FakeDll:
    kernel32 = FakeDll("kernel32", use_last_error=True)

    def get_dir(buffer: Any, size: int) -> int:
        buffer.value = folder[: size - 1]
        return len(buffer.value)

    kernel32.define("GetSystemWindowsDirectoryW", get_dir)
    return kernel32


def windows_on(tmp_path: Path) -> hosts_systems.HostsSystem:
    return hosts_systems.windows(str(tmp_path))


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsvcrt]:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    yield fake


def apply_request(minutes: int = 50) -> helper.Request:
    return helper.Request("apply", ("example.com",), NOW + timedelta(minutes=minutes))


# ---- the tables --------------------------------------------------------------------------


def test_each_system_has_its_own_hosts_path_lock_and_flushers() -> None:
    assert helper.hosts_target(None, {}, "linux").system is hosts_systems.LINUX
    mac = helper.hosts_target(None, {}, "darwin")
    assert mac.path == "/private/etc/hosts"  # /etc is a link: the real folder
    assert mac.lock_path == "/private/var/run/focusapp-hosts-helper.lock"
    assert mac.system.flushers == (("dscacheutil", "-flushcache"),
                                   ("killall", "-HUP", "mDNSResponder"))
    win = helper.hosts_target(None, {"SystemRoot": "D:\\Evil"}, "win32",
                              kernel32=fake_kernel32("C:\\Windows"))
    assert win.path == "C:\\Windows\\System32\\drivers\\etc\\hosts"  # never the environment
    assert win.lock_path == "C:\\Windows\\System32\\drivers\\etc\\focusapp-hosts-helper.lock"
    assert (win.system.lock, win.system.write) == ("msvcrt", "in_place")
    assert win.system.flushers == (("ipconfig", "/flushdns"),)
    assert win.system.env["SystemRoot"] == "C:\\Windows"


def test_the_windows_folder_is_read_through_a_declared_prototype() -> None:
    kernel32 = fake_kernel32()
    assert hosts_systems.windows_directory(kernel32) == "C:\\Windows"
    bare = FakeDll("kernel32")
    with pytest.raises(PrototypeMissing):
        bare.GetSystemWindowsDirectoryW(None, 0)  # what an undeclared call would do
    kernel32.define("GetSystemWindowsDirectoryW", lambda buffer, size: 0)
    with pytest.raises(OSError):
        hosts_systems.windows_directory(kernel32)


# ---- Windows: the lock and the in-place write --------------------------------------------


def test_windows_apply_and_clear_rewrite_in_place_and_restore_byte_for_byte(
        tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    hosts = tmp_path / "hosts"
    hosts.write_bytes(CRLF_HOSTS)
    inode = hosts.stat().st_ino
    target = helper.Target(str(hosts), test=True, system=windows_on(tmp_path))
    applied = helper.execute(apply_request(), target, NOW)
    assert applied["write"] == "in_place" and applied["section"]
    assert hosts.stat().st_ino == inode  # the same file: its own security descriptor stays
    text = hosts.read_bytes()
    assert b"\r\n0.0.0.0 example.com\r\n" in text  # the file's CRLF followed
    cleared = helper.execute(helper.Request("clear"), target, NOW)
    assert cleared["write"] == "in_place"
    assert hosts.read_bytes() == CRLF_HOSTS
    assert msvcrt.calls == [("lock", 0), ("unlock", 0)] * 2 and msvcrt.held == {}


def test_windows_lock_held_by_another_call_answers_busy(
        tmp_path: Path, msvcrt: FakeMsvcrt, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helper, "LOCK_TIMEOUT_SECONDS", 0.0)
    hosts = tmp_path / "hosts"
    hosts.write_bytes(CRLF_HOSTS)
    target = helper.Target(str(hosts), test=True, system=windows_on(tmp_path))
    other = os.open(target.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        msvcrt.locking(other, msvcrt.LK_NBLCK, 1)
        with pytest.raises(helper.HelperError) as info:
            helper.execute(apply_request(), target, NOW)
        assert info.value.error == "busy"
        assert hosts.read_bytes() == CRLF_HOSTS
    finally:
        os.close(other)


def test_a_torn_windows_rewrite_is_swept_as_damaged(tmp_path: Path) -> None:
    # A power cut in the middle of the in-place rewrite: the unchanged head, half a section.
    full = hs.with_section(CRLF_HOSTS.decode(), ("example.com",), NOW + timedelta(hours=1))
    torn = full[: full.index("# END") - 5]  # cut before the END line
    swept, changed = hs.sweep(torn, NOW)
    assert changed and hs.SECTION_TOKEN not in swept and "example.com" not in swept
    assert swept.encode().rstrip(b"\r\n") == CRLF_HOSTS.rstrip(b"\r\n")  # the user's lines


# ---- macOS: the atomic replace, no mount check --------------------------------------------


@pytest.mark.linux_only(reason="flock and a POSIX atomic replace")
def test_macos_replaces_atomically_without_reading_mountinfo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_mountinfo(path: str) -> bool:
        raise AssertionError("macOS has no /proc/self/mountinfo")

    monkeypatch.setattr(helper, "is_mount_point", no_mountinfo)
    hosts = tmp_path / "hosts"
    hosts.write_bytes(b"127.0.0.1 localhost\n")
    target = helper.Target(str(hosts), test=True, system=hosts_systems.MACOS)
    assert helper.execute(apply_request(), target, NOW)["write"] == "atomic"
    assert helper.execute(helper.Request("clear"), target, NOW)["write"] == "atomic"
    assert hosts.read_bytes() == b"127.0.0.1 localhost\n"


# ---- the DNS flush ---------------------------------------------------------------------


def _tool(folder: Path, name: str, status: int = 0) -> None:
    """A flusher that notes its arguments and the environment's SystemRoot, then exits."""
    log = folder / "calls.jsonl"
    script = folder / name
    script.write_text(
        f"#!{sys.executable}\nimport json, os, sys\n"
        f"with open({str(log)!r}, 'a') as f:\n"
        "    f.write(json.dumps([os.path.basename(sys.argv[0]), *sys.argv[1:], "
        "os.environ.get('SystemRoot')]) + '\\n')\n"
        f"sys.exit({status})\n")
    script.chmod(0o755)


def _calls(folder: Path) -> list[list[Any]]:
    log = folder / "calls.jsonl"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


@pytest.mark.linux_only(reason="the fake flushers are scripts with a #! line")
def test_macos_flushes_both_caches(tmp_path: Path) -> None:
    mac = dataclasses.replace(hosts_systems.MACOS, tool_path=str(tmp_path))
    assert helper.flush_dns(False, mac) == ("unavailable: no DNS cache service found "
                                            "(dscacheutil, killall); nothing to flush")
    _tool(tmp_path, "dscacheutil")
    _tool(tmp_path, "killall")
    assert helper.flush_dns(False, mac) == ("ok: dscacheutil -flushcache; "
                                            "killall -HUP mDNSResponder")
    assert [call[:-1] for call in _calls(tmp_path)] == [
        ["dscacheutil", "-flushcache"], ["killall", "-HUP", "mDNSResponder"]]
    _tool(tmp_path, "killall", status=1)  # mDNSResponder kept its answers: not flushed
    assert helper.flush_dns(False, mac) == "failed: killall -HUP mDNSResponder exited 1"


@pytest.mark.linux_only(reason="the fake flusher is a script with a #! line")
def test_windows_flushes_with_ipconfig_from_system32_with_systemroot_set(tmp_path: Path) -> None:
    win = dataclasses.replace(hosts_systems.windows("C:\\Windows"), tool_path=str(tmp_path))
    _tool(tmp_path, "ipconfig")
    assert helper.flush_dns(False, win) == "ok: ipconfig /flushdns"
    assert _calls(tmp_path) == [["ipconfig", "/flushdns", "C:\\Windows"]]
    assert helper.flush_dns(True, win).startswith("skipped")
