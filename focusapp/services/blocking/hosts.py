"""The app's side of website blocking: runs the privileged hosts helper and reads its answer.

`HostsBlocker` is the unprivileged client of `focusapp-hosts-helper` (see `helper.py`,
docs/blocking.md and packaging/README.md). It writes one JSON request on the helper's stdin
and reads its one JSON answer; every failure (not installed, pkexec missing, the password
prompt dismissed, a timeout, a refusal by the helper, an unreadable answer) comes back as a
`HostsResult` with a stable `error` code and a plain English `reason`. It never raises into
its caller.

Blocking by design, no Qt: a call waits for the helper, and pkexec may show a password prompt
that the user answers in a minute, or never. So the GUI must never call it directly:
`BlockingController` runs it on its own single worker thread (one call at a time, in order:
an apply is always followed, not overtaken, by its clear) and hands results back to the GUI
thread with a signal. Kept synchronous rather than QProcess-based so that the order of calls
is plain, and so that a script, the CLI or a test can use it without an event loop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from focusapp.core.block_plan import BlockPlan
from focusapp.core.errors import Problem
from focusapp.services.blocking.status import MechanismStatus, Support

MECHANISM = "hosts"
HELPER_PATH = "/usr/libexec/focusapp/focusapp-hosts-helper"
HELPER_TIMEOUT_SECONDS = 60.0  # pkexec waits for the user's password meanwhile
MAX_ANSWER_BYTES = 1 << 20
PKEXEC_DISMISSED = 126  # pkexec: the user dismissed the authentication dialog
PKEXEC_REFUSED = 127  # pkexec: not authorised, or an error in pkexec itself

# Said in words, not as a path: an installed user has no packaging/README.md to read.
NOT_INSTALLED = ("the hosts helper is not installed; install FocusApp from its package or "
                 "bundle, which includes it (docs/blocking.md in the repository explains how)")
# How a request reaches a helper that is not started per call (the Windows service's pipe,
# services/blocking/win_service.py): the request and a timeout in, the helper's exit status
# and its answer as it prints it out. FileNotFoundError: no helper there; PermissionError:
# something else serves its pipe; TimeoutError, OSError, pipe.ProtocolError: a failed call.
Transport = Callable[[bytes, float], tuple[int, bytes]]

# Plain English for the helper's own reason codes; any other code uses its "message".
_HELPER_REASONS = {
    "invalid_domains": "some blocked sites are not valid domains; nothing was blocked",
    "unsupported": "the hosts helper does not support this system",
    "hosts_symlink": "the hosts file is a symbolic link, which the helper refuses to edit",
    "hosts_not_regular": "the hosts file is not a regular file",
    "hosts_missing": "the hosts file does not exist",
    "hosts_too_large": "the hosts file is too large",
    "busy": "another change to the hosts file was in progress; try again",
    "lock_unsafe": "the helper's lock file is not its own (someone else made it)",
    "hosts_changing": "the hosts file kept changing while the helper worked; try again",
    "io": "the hosts file could not be read or written",
    "test_path_refused": "the hosts helper refused its test hosts path",
    "until_in_past": "the block had already ended",
    "not_isolated": "the hosts helper is not installed safely (its Python does not start "
                    "isolated, with -I)",
    "install_unsafe": "the hosts helper is not installed safely (a user other than root can "
                      "change its files)",
}


@dataclass(frozen=True)
class HostsResult:
    """The outcome of one helper call. `error` is a stable code (the helper's own, or one of
    ``not_installed no_pkexec not_authorized timeout launch_failed
    bad_answer service_impostor``); `reason` a plain English phrase for logs and as the UI's
    fallback."""

    verb: str
    ok: bool
    error: str | None = None
    reason: str = ""
    answer: Mapping[str, Any] = field(default_factory=dict)
    exit_code: int | None = None
    ran: bool = True  # False when nothing had to run (an apply with no domain)

    @property
    def section(self) -> bool:
        """Whether our section is in the hosts file after the call (as the helper saw it)."""
        return bool(self.answer.get("section"))

    @property
    def domains(self) -> tuple[str, ...]:
        value = self.answer.get("domains")
        return tuple(str(d) for d in value) if isinstance(value, list) else ()

    @property
    def dns_flush(self) -> str | None:
        value = self.answer.get("dns_flush")
        return value if isinstance(value, str) else None

    @classmethod
    def failure(cls, verb: str, error: str, reason: str, **extra: Any) -> HostsResult:
        return cls(verb, False, error, reason, **extra)


def default_command(platform: str = sys.platform,
                    helper_path: str = HELPER_PATH) -> tuple[str, ...] | None:
    """pkexec + the installed helper on Linux, None when the helper is not installed."""
    if platform.startswith("linux") and os.path.isfile(helper_path):
        return ("pkexec", helper_path)
    return None


def default_transport(platform: str = sys.platform) -> Transport | None:
    """The installed helper's transport where it is not started through a command: the
    elevated osascript call on macOS, the service's pipe on Windows (its executable next to
    the app's, in the installed bundle); None when not installed."""
    if platform == "darwin":
        from focusapp.services.blocking import macos_helper

        if os.path.isfile(macos_helper.HELPER_PATH):
            return macos_helper.osascript_transport()
    if platform == "win32" and getattr(sys, "frozen", False):
        service = os.path.join(os.path.dirname(sys.executable), "focusapp-hosts-helper.exe")
        if os.path.isfile(service):
            from focusapp.services.blocking.win_service import pipe_transport

            return pipe_transport()
    return None


class HostsBlocker:
    """Client of the hosts helper. Thread-safe; every call blocks until the helper answers.

    `command` is the helper's command line (the composition root chooses it: usually
    `default_command()`; end-to-end tests run the helper unprivileged on a temp file); None
    means no helper here, and every call answers unsupported.
    """

    def __init__(
        self,
        command: Sequence[str] | None,
        *,
        timeout: float = HELPER_TIMEOUT_SECONDS,
        platform: str = sys.platform,
        transport: Transport | None = None,
    ) -> None:
        self._command = tuple(command) if command is not None else None
        self._transport = transport
        self._timeout = timeout
        self._platform = platform
        self._lock = threading.Lock()
        self._last: HostsResult | None = None

    # ---- the verbs --------------------------------------------------------------------

    def apply(self, plan: BlockPlan) -> HostsResult:
        """Block the plan's domains until its end (replacing any previous section)."""
        if not plan.domains:  # nothing to block: no helper run, so no password prompt
            return HostsResult("apply", True, ran=False)
        return self._call(plan.hosts_request())

    def clear(self) -> HostsResult:
        return self._call({"verb": "clear"})

    def sweep(self) -> HostsResult:
        """Remove our section only if it has expired (what the boot-time unit does)."""
        return self._call({"verb": "sweep"})

    def inspect(self) -> HostsResult:
        """The helper's "status" verb: is a section there, until when. Runs the helper (and
        possibly a password prompt), unlike `status()`."""
        return self._call({"verb": "status"})

    # ---- what the Settings page shows ---------------------------------------------------

    @property
    def command(self) -> tuple[str, ...] | None:
        return self._command

    @property
    def last_result(self) -> HostsResult | None:
        with self._lock:
            return self._last

    def status(self) -> MechanismStatus:
        """Cheap (never runs the helper): what is installed, and how the last call went."""
        missing = self._missing()
        if missing is not None:
            return MechanismStatus(MECHANISM, Support.UNSUPPORTED, missing)
        last = self.last_result
        if last is not None and not last.ok:
            return MechanismStatus(MECHANISM, Support.DEGRADED, Problem(
                "hosts.last_failed", {"error": last.error}, f"the last change failed: "
                f"{last.reason}"))
        return MechanismStatus(MECHANISM, Support.SUPPORTED)

    # ---- running the helper -------------------------------------------------------------

    def _missing(self) -> Problem | None:
        """Why no call can work here, or None. Its code is "hosts." + the error code of the
        calls' results (not_installed, no_pkexec)."""
        if self._transport is not None:
            return None  # whether the service answers is known only by asking it
        if self._command is None:  # Windows' service or macOS's .pkg not installed either
            return Problem("hosts.not_installed", {}, NOT_INSTALLED)
        program = self._command[0]
        if os.path.basename(program) == "pkexec" and shutil.which(program) is None:
            # Without pkexec nothing can elevate the helper: websites cannot be blocked at all.
            return Problem("hosts.no_pkexec", {}, "pkexec (polkit) is not installed, so the "
                           "hosts helper cannot run with the rights it needs")
        return None

    def _call(self, request: Mapping[str, object]) -> HostsResult:
        verb = str(request["verb"])
        missing = self._missing()
        if missing is not None:
            result = HostsResult.failure(verb, missing.code.removeprefix("hosts."),
                                         missing.message)
        else:
            result = self._run(verb, json.dumps(request).encode("utf-8"))
        with self._lock:
            self._last = result
        return result

    def _run(self, verb: str, data: bytes) -> HostsResult:
        if self._transport is not None:
            return self._ask(verb, data, self._transport)
        assert self._command is not None
        try:
            done = subprocess.run(list(self._command), input=data, capture_output=True,
                                  timeout=self._timeout, check=False)
        except subprocess.TimeoutExpired:
            return HostsResult.failure(
                verb, "timeout", f"the hosts helper did not answer within "
                f"{self._timeout:.0f} s (was the password prompt left open?)")
        except OSError as exc:
            return HostsResult.failure(verb, "launch_failed", f"the hosts helper could not be "
                                       f"started: {exc.strerror or exc}")
        return interpret(verb, done.returncode, done.stdout, done.stderr)


    def _ask(self, verb: str, data: bytes, transport: Transport) -> HostsResult:
        from focusapp.services.blocking.pipe import ProtocolError

        try:
            code, stdout = transport(data, self._timeout)
        except FileNotFoundError:
            return HostsResult.failure(verb, "not_installed", NOT_INSTALLED)
        except PermissionError:
            return HostsResult.failure(verb, "service_impostor", "what answers for the hosts "
                                       "service is not a system service; nothing was sent")
        except TimeoutError:
            return HostsResult.failure(verb, "timeout", f"the hosts service did not answer "
                                       f"within {self._timeout:.0f} s")
        except (OSError, ProtocolError) as exc:
            return HostsResult.failure(verb, "bad_answer", f"the hosts service could not be "
                                       f"asked: {exc}")
        return interpret(verb, code, stdout)


def _answer(stdout: bytes) -> dict[str, Any] | None:
    """The helper's JSON object: the last non-empty line of its output, or None."""
    lines = [line for line in stdout[:MAX_ANSWER_BYTES].splitlines() if line.strip()]
    if not lines:
        return None
    try:
        answer = json.loads(lines[-1])
    except (UnicodeDecodeError, ValueError):
        return None
    return answer if isinstance(answer, dict) and "ok" in answer else None


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0][:200] if lines else ""


def interpret(verb: str, code: int, stdout: bytes, stderr: bytes = b"") -> HostsResult:
    """A HostsResult from the helper's exit status and output."""
    answer = _answer(stdout)
    if answer is None:
        detail = _first_line(stderr)
        if code in (PKEXEC_DISMISSED, PKEXEC_REFUSED):
            why = "the password prompt was dismissed" if code == PKEXEC_DISMISSED else detail
            reason = "authorisation was refused" + (f" ({why})" if why else "")
            return HostsResult.failure(verb, "not_authorized", reason, exit_code=code)
        reason = f"the hosts helper gave no readable answer (exit status {code})"
        return HostsResult.failure(verb, "bad_answer", reason + (f": {detail}" if detail else ""),
                                   exit_code=code)
    if answer.get("ok") is True and code == 0:
        return HostsResult(verb, True, answer=answer, exit_code=code)
    error = str(answer.get("error") or "helper_error")
    reason = _HELPER_REASONS.get(error) or str(answer.get("message") or error)
    return HostsResult.failure(verb, error, reason, answer=answer, exit_code=code)
