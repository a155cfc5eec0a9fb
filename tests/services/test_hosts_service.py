"""HostsBlocker, the app's client of the hosts helper, against the REAL helper subprocess
(``python -m focusapp.services.blocking.helper``) on a temp hosts file. Never /etc/hosts."""

from __future__ import annotations

import stat
import sys
from datetime import datetime, timedelta

from focusapp.core import block_plan as bp
from focusapp.core import hosts_section as hs
from focusapp.services.blocking.hosts import (
    NOT_INSTALLED,
    HostsBlocker,
    default_command,
    default_transport,
    interpret,
)
from focusapp.services.blocking.status import Support
from tests.services.conftest import ORIGINAL


def plan(*domains: str, minutes: int = 30) -> bp.BlockPlan:
    now = datetime.now().astimezone()  # the real helper compares with the real clock
    return bp.plan_block(domains, (), now + timedelta(minutes=minutes), now=now)


def test_apply_writes_the_section_and_clear_restores_every_byte(blocker, hosts_file):
    result = blocker.apply(plan("YouTube.com", "reddit.com"))
    assert result.ok and result.error is None and result.section
    assert result.domains == ("reddit.com", "youtube.com")
    assert result.dns_flush and result.dns_flush.startswith("skipped")
    text = hosts_file.read_bytes().decode()
    section = hs.find_section(text)
    assert section is not None and section.domains == ("reddit.com", "youtube.com")
    assert "0.0.0.0 www.youtube.com\r\n" in text and ":: m.reddit.com\r\n" in text
    assert blocker.status().support is Support.SUPPORTED

    cleared = blocker.clear()
    assert cleared.ok and not cleared.section
    assert hosts_file.read_bytes() == ORIGINAL


def test_inspect_and_sweep_keep_a_running_section(blocker, hosts_file):
    blocker.apply(plan("example.com"))
    assert blocker.inspect().domains == ("example.com",)
    swept = blocker.sweep()
    assert swept.ok and swept.section  # not expired: kept
    blocker.clear()
    assert hosts_file.read_bytes() == ORIGINAL


def test_an_invalid_domain_is_a_result_not_an_exception(blocker, hosts_file):
    until = datetime.now().astimezone() + timedelta(minutes=10)
    hostile = bp.BlockPlan(("example.com", "evil.com\n1.2.3.4 bank.com"), (), until)
    result = blocker.apply(hostile)
    assert not result.ok and result.error == "invalid_domains" and result.exit_code == 2
    assert "not valid domains" in result.reason
    assert hosts_file.read_bytes() == ORIGINAL
    status = blocker.status()
    assert status.support is Support.DEGRADED and status.reason is not None
    assert status.reason.code == "hosts.last_failed"
    assert status.reason.params == {"error": "invalid_domains"}


def test_an_empty_plan_runs_nothing(tmp_path):
    blocker = HostsBlocker([str(tmp_path / "does-not-exist")])
    result = blocker.apply(plan())
    assert result.ok and not result.ran


def test_refused_authorisation_is_reported(tmp_path, hosts_file):
    for code, detail in ((126, "dismissed"), (127, "Not authorized")):
        fake = tmp_path / f"pkexec-{code}"
        fake.write_text(f"#!/bin/sh\necho 'Error executing command as another user: {detail}'"
                        f" >&2\nexit {code}\n")
        fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
        result = HostsBlocker([str(fake), "/usr/libexec/x"]).apply(plan("example.com"))
        assert not result.ok and result.error == "not_authorized"
        assert result.reason.startswith("authorisation was refused")
        assert detail in result.reason
    assert hosts_file.read_bytes() == ORIGINAL


def test_timeout_launch_failure_and_garbage_are_results(tmp_path):
    slow = HostsBlocker([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert slow.clear().error == "timeout"
    missing = HostsBlocker([str(tmp_path / "no-such-helper")])
    assert missing.clear().error == "launch_failed"
    garbage = HostsBlocker([sys.executable, "-c", "print('hello')"])
    result = garbage.clear()
    assert result.error == "bad_answer" and "exit status 0" in result.reason


def test_answers_are_read_strictly():
    assert interpret("clear", 0, b'{"ok": true, "section": false}\n').ok
    assert interpret("clear", 0, b'{"ok": false, "error": "busy", "message": "m"}').error == "busy"
    assert not interpret("clear", 5, b'{"ok": true}').ok  # a non-zero exit is never success
    assert interpret("clear", 0, b"[1, 2]").error == "bad_answer"
    odd = interpret("clear", 2, b'{"ok": false, "error": "new_code", "message": "Why."}')
    assert odd.error == "new_code" and odd.reason == "Why."


def test_no_helper_means_unsupported_with_the_reason():
    blocker = HostsBlocker(None, platform="linux")
    status = blocker.status()
    assert status.support is Support.UNSUPPORTED and status.reason is not None
    assert status.reason.code == "hosts.not_installed"
    assert "packaging/README.md" not in NOT_INSTALLED  # no such file where the app is installed
    result = blocker.apply(plan("example.com"))
    assert not result.ok and result.error == "not_installed" and result.reason == NOT_INSTALLED
    for platform in ("win32", "darwin"):  # no service, no .pkg: install them
        other = HostsBlocker(default_command(platform), platform=platform,
                             transport=default_transport(platform))
        assert other.command is None
        reason = other.status().reason
        assert other.status().support is Support.UNSUPPORTED and reason is not None
        assert reason.code == "hosts.not_installed"
        assert other.clear().error == "not_installed"


def test_default_command_needs_the_installed_helper(tmp_path):
    helper = tmp_path / "focusapp-hosts-helper"
    assert default_command("linux", str(helper)) is None
    helper.write_text("#!/bin/sh\n")
    assert default_command("linux", str(helper)) == ("pkexec", str(helper))
    assert default_command("win32", str(helper)) is None


def test_missing_pkexec_is_reported(tmp_path):
    blocker = HostsBlocker([str(tmp_path / "pkexec"), "/usr/libexec/x"])  # not there
    status = blocker.status()
    assert status.support is Support.UNSUPPORTED and status.reason is not None
    assert status.reason.code == "hosts.no_pkexec"
    assert blocker.clear().error == "no_pkexec"
