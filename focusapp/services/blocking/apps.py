"""The app blocker (SPEC §6 "Applications"): listed apps are detected and handled during a block.

A psutil scan runs every 2 s while a block runs and never otherwise (the QTimer is stopped when
idle). A process matches a rule exactly (`AppRule.matches`: executable path for a path rule,
else process name or executable basename), never by substring, so a rule "slack" leaves
"slackware" alone. Per rule action:

- warn: only the `distraction_detected` signal; the app shows the notification.
- minimize: its windows are minimized on X11 via xdotool (again at every scan, so restoring the
  window does not defeat the block); where that is impossible the hit is reported as "warn"
  and `status()` says why.
- close: a graceful quit request (SIGTERM), repeated while it runs. On Windows psutil's
  terminate() is TerminateProcess, not graceful: a WM_CLOSE path is still to be written.
- suspend / kill: only when the rule says so (opt-in). Suspended processes are resumed when the
  block stops, so nothing stays frozen after it.

Our own process and its parent (and pid 1) are never touched. Each process is a hit once per
block: the signal fires and the hit is counted the first time a pid is seen, not every scan.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import psutil
from PySide6.QtCore import QObject, QTimer, Signal

from focusapp.core.app_rules import AppAction, AppRule
from focusapp.core.errors import Problem
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.session import wayland_session

log = logging.getLogger(__name__)

SCAN_INTERVAL_MS = 2000
_XDOTOOL_TIMEOUT_S = 1.0  # runs in the GUI thread: a hung X server must not freeze the app


class ProcessLike(Protocol):
    """The part of `psutil.Process` the blocker uses (fakes implement the same)."""

    @property
    def pid(self) -> int: ...
    def name(self) -> str: ...
    def exe(self) -> str: ...
    def terminate(self) -> None: ...
    def kill(self) -> None: ...
    def suspend(self) -> None: ...
    def resume(self) -> None: ...


_NO_XDOTOOL = Problem("apps.no_minimizer", {}, "minimizing needs an X11 session with xdotool; "
                      "'minimize' entries only notify")

ProcessLister = Callable[[], Iterable[ProcessLike]]
Minimizer = Callable[[int], bool]  # pid -> whether its windows were minimized


def psutil_processes() -> Iterable[ProcessLike]:
    processes: Iterable[ProcessLike] = psutil.process_iter()
    return processes


def process_identity(proc: ProcessLike) -> tuple[str, str | None] | None:
    """(name, exe or None), or None when the process is gone or unreadable."""
    try:
        name = proc.name()
    except psutil.Error:
        return None
    try:
        exe: str | None = proc.exe() or None
    except psutil.Error:  # access denied, zombie: match on the name alone
        exe = None
    return name, exe


def x11_session(env: Mapping[str, str]) -> bool:
    """An X11 desktop where xdotool sees every window (not Wayland, not XWayland-only)."""
    return bool(env.get("DISPLAY")) and not wayland_session(env)


def no_minimizer_reason(env: Mapping[str, str]) -> Problem:
    """Why `xdotool_minimizer(env)` has nothing: Wayland itself, or no xdotool on X11."""
    if wayland_session(env):
        return Problem("apps.wayland", {}, "Wayland does not let an app minimize the windows "
                       "of others; 'minimize' entries only notify")
    return _NO_XDOTOOL


def xdotool_minimizer(env: Mapping[str, str]) -> Minimizer | None:
    """A minimizer using xdotool on the session `env` describes, or None where it cannot
    work (no X11, no xdotool)."""
    xdotool = shutil.which("xdotool", path=env.get("PATH", os.defpath))
    if sys.platform != "linux" or xdotool is None or not x11_session(env):
        return None

    child_env = dict(env)  # the display we checked is the one xdotool talks to

    def run(*args: str) -> subprocess.CompletedProcess[str] | None:
        try:
            return subprocess.run([xdotool, *args], capture_output=True, text=True,
                                  env=child_env, timeout=_XDOTOOL_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None

    def minimize(pid: int) -> bool:
        # Two steps on purpose: in a chain ("search --pid P windowminimize") xdotool 3.2016
        # takes "windowminimize" as the search pattern and minimizes nothing, yet exits 0.
        found = run("search", "--pid", str(pid))
        windows = found.stdout.split() if found is not None and found.returncode == 0 else []
        done = [run("windowminimize", window) for window in windows]
        return bool(done) and all(d is not None and d.returncode == 0 for d in done)

    return minimize


@dataclass(frozen=True)
class AppScanner:
    """The machine side of the app blocker: how processes are listed, and how a process's
    windows are minimized (None where that is impossible)."""

    processes: ProcessLister
    minimizer: Minimizer | None
    no_minimizer: Problem = _NO_XDOTOOL  # why `minimizer` is None, when it is


class AppBlocker(QObject):
    """Scans processes during a block and applies each matching rule's action."""

    distraction_detected = Signal(str, str)  # rule target, action applied ("warn" if fell back)

    def __init__(self, *, processes: ProcessLister, minimizer: Minimizer | None,
                 no_minimizer: Problem = _NO_XDOTOOL, case_sensitive: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._processes = processes
        self._minimizer = minimizer  # None: minimizing is impossible here, for this reason:
        self._no_minimizer = no_minimizer
        # Windows and macOS file systems are case-insensitive by default.
        self._case_sensitive = (sys.platform not in ("win32", "darwin")
                                if case_sensitive is None else case_sensitive)
        self._spared = frozenset({os.getpid(), os.getppid(), 0, 1})
        self._rules: tuple[AppRule, ...] = ()
        self._block_id: str | None = None
        self._hits: dict[int, str] = {}  # pid -> rule target, this block
        self._suspended: dict[int, ProcessLike] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(SCAN_INTERVAL_MS)
        self._timer.timeout.connect(self.scan_now)

    # ---- lifecycle ------------------------------------------------------------------------

    def start(self, rules: Sequence[AppRule], block_id: str) -> None:
        """Begin a block: scan at once (an app already open is caught), then every 2 s."""
        self.stop()
        self._rules = tuple(rules)
        self._block_id = block_id
        self._hits = {}
        if not self._rules:
            return  # nothing to watch: stay idle, no timer
        self.scan_now()
        self._timer.start()

    def stop(self) -> None:
        """End the block: no more scans, suspended processes run again. Hits stay readable."""
        self._timer.stop()
        for pid, proc in self._suspended.items():
            try:
                proc.resume()
            except psutil.Error as exc:
                log.info("could not resume pid %s: %s", pid, exc)
        self._suspended = {}
        self._rules = ()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def block_id(self) -> str | None:
        return self._block_id

    @property
    def hits(self) -> int:
        """Distinct processes caught during the current (or last) block."""
        return len(self._hits)

    def hits_by_target(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for target in self._hits.values():
            counts[target] = counts.get(target, 0) + 1
        return counts

    # ---- the scan -------------------------------------------------------------------------

    def scan_now(self) -> int:
        """One scan; returns how many matching processes it found (new or not)."""
        if not self._rules:
            return 0
        found = 0
        for proc in self._processes():
            if proc.pid in self._spared:
                continue
            rule = self._match(proc)
            if rule is not None:
                found += 1
                self._handle(proc, rule)
        return found

    def _match(self, proc: ProcessLike) -> AppRule | None:
        identity = process_identity(proc)
        if identity is None:
            return None
        name, exe = identity
        for rule in self._rules:
            if rule.matches(name, exe, case_sensitive=self._case_sensitive):
                return rule
        return None

    def _handle(self, proc: ProcessLike, rule: AppRule) -> None:
        first = proc.pid not in self._hits
        if not first and rule.action in (AppAction.WARN, AppAction.SUSPEND):
            return  # already notified / already stopped
        applied = self._apply(proc, rule.action)
        if first:
            self._hits[proc.pid] = rule.target
            log.info("block %s: %s (pid %s) -> %s", self._block_id, rule.target, proc.pid,
                     applied)
            self.distraction_detected.emit(rule.target, applied.value)

    def _apply(self, proc: ProcessLike, action: AppAction) -> AppAction:
        """Apply an action; returns the one actually applied (WARN when it fell back)."""
        try:
            if action is AppAction.MINIMIZE:
                ok = self._minimizer is not None and self._minimizer(proc.pid)
                return AppAction.MINIMIZE if ok else AppAction.WARN
            if action is AppAction.CLOSE:
                proc.terminate()
            elif action is AppAction.SUSPEND:
                proc.suspend()
                self._suspended[proc.pid] = proc
            elif action is AppAction.KILL:
                proc.kill()
        except psutil.NoSuchProcess:
            pass  # it quit on its own meanwhile: the goal is met
        except psutil.Error as exc:  # access denied (another user's process)
            log.warning("could not %s pid %s: %s", action.value, proc.pid, exc)
            return AppAction.WARN
        return action

    # ---- status ---------------------------------------------------------------------------

    def status(self) -> MechanismStatus:
        if self._minimizer is None:
            return MechanismStatus("apps", Support.DEGRADED, self._no_minimizer)
        return MechanismStatus("apps", Support.SUPPORTED)
