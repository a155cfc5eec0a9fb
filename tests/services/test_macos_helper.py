"""macOS: the elevated osascript call and the sweep daemon's plist, run here.

A fake ``osascript`` does what ``do shell script`` does with its argument: hands it to
/bin/sh. So the shell command built for root runs for real, with the real helper on a temp
hosts file, and hostile domain text goes through the real quoting."""

from __future__ import annotations

import json
import plistlib
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from focusapp.core import hosts_section as hs
from focusapp.core.block_plan import plan_block
from focusapp.services.blocking import helper, macos_helper
from focusapp.services.blocking.hosts import HostsBlocker

ROOT = Path(__file__).resolve().parents[2]
SCRIPT_ARGS = [part for line in macos_helper.APPLESCRIPT for part in ("-e", line)]
ORIGINAL = b"##\n# Host Database\n##\n127.0.0.1\tlocalhost\n"


def fake_osascript(folder: Path, *, cancel: bool = False) -> str:
    """An osascript that checks its AppleScript, then runs `item 1 of argv` with /bin/sh."""
    path = folder / "osascript"
    path.write_text(
        f"#!{sys.executable}\nimport subprocess, sys\n"
        f"assert sys.argv[1:-1] == {SCRIPT_ARGS!r}\n"
        + ("sys.stderr.write('execution error: User canceled. (-128)\\n'); sys.exit(1)\n"
           if cancel else
           "done = subprocess.run(['/bin/sh', '-c', sys.argv[-1]], capture_output=True)\n"
           "sys.stdout.buffer.write(done.stdout)\n"
           "if done.returncode: sys.stderr.buffer.write(done.stderr); sys.exit(1)\n"))
    path.chmod(0o755)
    return str(path)


@pytest.fixture
def hosts(tmp_path: Path) -> Path:
    path = tmp_path / "hosts"
    path.write_bytes(ORIGINAL)
    return path


def blocker_for(hosts: Path, osascript: str) -> HostsBlocker:
    command = (sys.executable, "-I", "-m", "focusapp.services.blocking.helper",
               helper.TEST_PATH_FLAG, str(hosts))
    return HostsBlocker(None, platform="darwin",
                        transport=macos_helper.osascript_transport(command, osascript))


@pytest.mark.linux_only(reason="the fake osascript is a script with a #! line run by /bin/sh")
def test_a_block_through_osascript_blocks_and_its_clear_restores_the_file(
        hosts: Path, tmp_path: Path) -> None:
    blocker = blocker_for(hosts, fake_osascript(tmp_path))
    now = datetime.now(UTC)
    applied = blocker.apply(plan_block(["youtube.com"], [], now + timedelta(minutes=30), now=now))
    assert applied.ok and applied.domains == ("youtube.com",), applied
    assert b"\n0.0.0.0 youtube.com\n" in hosts.read_bytes()
    assert blocker.clear().ok and hosts.read_bytes() == ORIGINAL


@pytest.mark.linux_only(reason="the fake osascript is a script with a #! line run by /bin/sh")
def test_hostile_text_stays_data_through_applescript_and_the_shell(
        hosts: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    blocker = blocker_for(hosts, fake_osascript(tmp_path))
    until = hs.format_instant(datetime.now(UTC) + timedelta(minutes=5))
    evil = [f"a.com'; touch {marker}; echo '", f'b.com" & do shell script "touch {marker}"',
            f"$(touch {marker}).com"]
    result = blocker._call({"verb": "apply", "domains": evil, "until": until})
    assert result.error == "invalid_domains" and result.exit_code == helper.EXIT_REQUEST
    assert len(result.answer["invalid"]) == 3
    assert not marker.exists() and hosts.read_bytes() == ORIGINAL


@pytest.mark.linux_only(reason="the fake osascript is a script with a #! line")
def test_a_dismissed_password_dialog_says_so(hosts: Path, tmp_path: Path) -> None:
    result = blocker_for(hosts, fake_osascript(tmp_path, cancel=True)).clear()
    assert result.error == "not_authorized" and "dismissed" in result.reason
    assert hosts.read_bytes() == ORIGINAL


def test_the_helpers_status_survives_do_shell_script() -> None:
    answer = json.dumps({"ok": False, "error": "busy"}).encode()
    assert macos_helper.parse_elevated(0, answer + b"\nexit:5\n", b"") == (5, answer)
    assert macos_helper.parse_elevated(0, b"exit:0", b"") == (0, b"")
    assert macos_helper.parse_elevated(1, b"", b"osascript: no such file")[1] == b""


def test_the_sweep_daemon_plist_is_the_one_the_pkg_installs() -> None:
    shipped = (ROOT / "packaging" / "macos" / "org.focusapp.hosts-sweep.plist").read_bytes()
    assert shipped == macos_helper.sweep_plist()
    plist = plistlib.loads(shipped)
    assert plist["Label"] == "org.focusapp.hosts-sweep"
    assert plist["ProgramArguments"] == [macos_helper.HELPER_PATH]  # no argument: stdin only
    assert plist["StandardInPath"] == macos_helper.SWEEP_REQUEST_PATH
    assert plist["RunAtLoad"] is True and plist["StartInterval"] == 60
    assert plist["UserName"] == "root"
    assert macos_helper.HELPER_PATH.startswith("/Library/PrivilegedHelperTools/")  # root's
    sweep = (ROOT / "packaging" / "macos" / "sweep.json").read_bytes()
    assert helper.parse_request(sweep, datetime.now(UTC)) == helper.Request("sweep")
