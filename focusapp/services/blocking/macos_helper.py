"""macOS: the hosts helper run as root per call through ``osascript``, and its sweep daemon.

Until builds are signed (SMAppService.daemon needs a signed, notarised app: the path is in
packaging/README.md), the app asks for root the way unsigned Mac apps can: AppleScript's
``do shell script ... with administrator privileges``, which shows the system's own password
dialog (macOS remembers it for about five minutes). The shell command is built here, each
part quoted by `shlex.quote`, and handed to AppleScript as an argument (``item 1 of argv``),
so neither the request nor the helper's path is ever read as AppleScript or as shell code.
The helper prints its one JSON answer; ``echo exit:$?`` adds its exit status, which ``do
shell script`` would otherwise turn into an error and lose the answer with it.

A block's section expires by itself: the root LaunchDaemon ``org.focusapp.hosts-sweep``
(installed by the .pkg, `sweep_plist`) runs the helper with ``{"verb": "sweep"}`` at boot and
every minute, so a block ends on time even when the app is gone or the password dialog at
its end was dismissed.
"""

from __future__ import annotations

import plistlib
import shlex
import subprocess
from collections.abc import Callable, Sequence

# Installed by the .pkg (packaging/macos/build_pkg.sh), root:wheel, mode 755.
HELPER_FOLDER = "/Library/PrivilegedHelperTools/org.focusapp.hosts-helper"
HELPER_PATH = f"{HELPER_FOLDER}/focusapp-hosts-helper"
SWEEP_REQUEST_PATH = f"{HELPER_FOLDER}/sweep.json"
SWEEP_LABEL = "org.focusapp.hosts-sweep"
SWEEP_SECONDS = 60
OSASCRIPT = "/usr/bin/osascript"
USER_CANCELED = "(-128)"  # AppleScript's error number when the password dialog is dismissed
DISMISSED_STATUS = 126  # what `hosts.interpret` reads as "the password prompt was dismissed"
EXIT_MARK = b"exit:"

APPLESCRIPT = (
    "on run argv",
    "do shell script (item 1 of argv) with administrator privileges "
    "without altering line endings",
    "end run",
)


def shell_command(helper: Sequence[str], request: bytes) -> str:
    """What root runs: the request on the helper's stdin, then the helper's exit status."""
    feed = shlex.quote(request.decode("ascii"))  # json.dumps output: ASCII
    return f"printf '%s' {feed} | {shlex.join(helper)}; echo \"exit:$?\""


def osascript_command(helper: Sequence[str], request: bytes,
                      osascript: str = OSASCRIPT) -> list[str]:
    lines = [part for line in APPLESCRIPT for part in ("-e", line)]
    return [osascript, *lines, shell_command(helper, request)]


def parse_elevated(code: int, stdout: bytes, stderr: bytes) -> tuple[int, bytes]:
    """The helper's exit status and answer from osascript's result."""
    if code != 0:
        if USER_CANCELED.encode() in stderr:
            return DISMISSED_STATUS, b""
        return code, b""  # osascript itself failed: interpret says "no readable answer"
    lines = stdout.rstrip(b"\r\n").splitlines()
    if not lines or not lines[-1].startswith(EXIT_MARK):
        return code, stdout
    status = lines[-1][len(EXIT_MARK):].strip()
    return (int(status) if status.isdigit() else 1), b"\n".join(lines[:-1])


def osascript_transport(helper: Sequence[str] = (HELPER_PATH,),
                        osascript: str = OSASCRIPT) -> Callable[[bytes, float],
                                                                 tuple[int, bytes]]:
    """What `HostsBlocker` calls on macOS: one elevated helper run per request."""

    def call(request: bytes, timeout: float) -> tuple[int, bytes]:
        try:
            done = subprocess.run(osascript_command(helper, request, osascript),
                                  stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise TimeoutError("the password dialog was left open") from None
        return parse_elevated(done.returncode, done.stdout, done.stderr)

    return call


def sweep_plist(helper: str = HELPER_PATH, request: str = SWEEP_REQUEST_PATH,
                every: int = SWEEP_SECONDS) -> bytes:
    """/Library/LaunchDaemons/org.focusapp.hosts-sweep.plist: the helper as root, its
    request from a root-owned file, at load (boot) and every `every` seconds."""
    return plistlib.dumps({
        "Label": SWEEP_LABEL,
        "ProgramArguments": [helper],
        "StandardInPath": request,
        "StandardOutPath": "/dev/null",
        "StandardErrorPath": "/var/log/focusapp-hosts-sweep.log",
        "RunAtLoad": True,
        "StartInterval": every,
        "UserName": "root",
        "ProcessType": "Background",
    })
