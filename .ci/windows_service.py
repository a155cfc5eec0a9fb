"""The Windows job's check of the FocusAppHosts service (.github/workflows/ci.yml): the
bundle's focusapp-hosts-helper.exe installed as a LocalSystem service with sc.exe, as the
Inno Setup script does, then a block over its named pipe through HostsBlocker (the app's
own client), getaddrinfo seeing it, clear restoring the hosts file byte for byte, and the
service removed. Run as an administrator: python .ci/windows_service.py BUNDLE_FOLDER"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from focusapp.core.block_plan import plan_block
from focusapp.services.blocking.hosts import HostsBlocker
from focusapp.services.blocking.hosts_systems import system_for
from focusapp.services.blocking.win_service import SERVICE_NAME, pipe_transport

SITE = "example.com"


def sc(*args: str) -> None:
    done = subprocess.run(["sc.exe", *args], capture_output=True, text=True, check=False)
    print("sc", *args, "->", done.returncode, done.stdout.strip())


def main(bundle: str) -> None:
    exe = os.path.abspath(os.path.join(bundle, "focusapp-hosts-helper.exe"))
    system = system_for("win32")
    assert system is not None
    with open(system.hosts_path, "rb") as f:
        original = f.read()
    sc("create", SERVICE_NAME, "binPath=", f'"{exe}"', "start=", "demand", "obj=", "LocalSystem")
    sc("start", SERVICE_NAME)
    blocker = HostsBlocker(None, platform="win32", transport=pipe_transport())
    try:
        for _attempt in range(20):  # the service needs a moment to open its pipe
            status = blocker.inspect()
            if status.error != "not_installed":
                break
            time.sleep(0.5)
        assert status.ok, status
        now = datetime.now(UTC)
        applied = blocker.apply(plan_block([SITE], [], now + timedelta(minutes=10), now=now))
        assert applied.ok, applied
        seen = {info[4][0] for info in socket.getaddrinfo(SITE, 443)}
        assert seen <= {"0.0.0.0", "::"}, seen
        cleared = blocker.clear()
        assert cleared.ok, cleared
    finally:
        sc("stop", SERVICE_NAME)
        sc("delete", SERVICE_NAME)
    with open(system.hosts_path, "rb") as f:
        assert f.read() == original, "the hosts file was not given back byte for byte"


if __name__ == "__main__":
    main(sys.argv[1])
