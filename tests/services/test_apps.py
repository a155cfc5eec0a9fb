"""The app blocker against real dummy processes (copies of `sleep` named like blocked apps)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pytest

from focusapp.core.app_rules import AppAction, AppRule
from focusapp.services.blocking.apps import AppBlocker, no_minimizer_reason
from focusapp.services.blocking.status import Support

Spawn = Callable[[str], subprocess.Popen[bytes]]


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Spawn]:
    """Start a copy of /bin/sleep under a given name; every one is reaped at the end."""
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str) -> subprocess.Popen[bytes]:
        exe = tmp_path / "bin" / name
        exe.parent.mkdir(exist_ok=True)
        if not exe.exists():
            shutil.copy("/bin/sleep", exe)
        proc = subprocess.Popen([str(exe), "300"])
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            psutil.Process(proc.pid).resume()  # a suspended process ignores SIGTERM until then
            proc.kill()
        proc.wait(timeout=10)


def ours(*popens: subprocess.Popen[bytes]) -> Callable[[], list[psutil.Process]]:
    """A process lister limited to our dummies plus every real process: scans stay real, but
    a machine that happens to run "slack" is never touched by the test."""
    pids = {p.pid for p in popens}
    return lambda: [p for p in psutil.process_iter() if p.pid in pids]


def gone(proc: subprocess.Popen[bytes]) -> bool:
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        return False
    return True


def reaches(pid: int, stopped: bool, deadline_s: float = 10.0) -> bool:
    """Whether the process gets to (or out of) the stopped state: signals land asynchronously."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if (psutil.Process(pid).status() == psutil.STATUS_STOPPED) == stopped:
            return True
        time.sleep(0.005)
    return False


def test_terminate_on_close_within_one_scan_and_unlisted_untouched(qtbot, spawn):
    slack, steam, notes, slackware = (spawn(n) for n in ("slack", "steam", "notes", "slackware"))
    blocker = AppBlocker(processes=ours(slack, steam, notes, slackware), minimizer=None)
    seen: list[tuple[str, str]] = []
    blocker.distraction_detected.connect(lambda target, action: seen.append((target, action)))
    blocker.start([AppRule("slack", AppAction.CLOSE), AppRule("steam", AppAction.CLOSE)], "b1")
    assert blocker.active
    assert gone(slack) and gone(steam)
    assert notes.poll() is None and slackware.poll() is None  # unlisted, substring: untouched
    assert sorted(seen) == [("slack", "close"), ("steam", "close")]
    assert blocker.hits == 2
    blocker.stop()
    assert not blocker.active


def test_detection_within_one_scan_after_start(qtbot, spawn):
    blocker = AppBlocker(processes=psutil.process_iter, minimizer=None)
    blocker.start([AppRule("steam", AppAction.WARN)], "b1")
    steam = spawn("steam")  # opened after the block started
    with qtbot.waitSignal(blocker.distraction_detected, timeout=0) as hit:
        assert blocker.scan_now() >= 1
    assert hit.args == ["steam", "warn"]
    assert steam.poll() is None  # warn only notifies
    blocker.stop()


def test_a_running_process_is_a_hit_once_per_block(qtbot, spawn):
    steam = spawn("steam")
    blocker = AppBlocker(processes=ours(steam), minimizer=None)
    seen: list[str] = []
    blocker.distraction_detected.connect(lambda target, action: seen.append(target))
    blocker.start([AppRule("steam")], "b1")
    for _ in range(3):
        blocker.scan_now()
    assert seen == ["steam"] and blocker.hits == 1
    blocker.start([AppRule("steam")], "b2")  # a new block counts it again
    assert seen == ["steam", "steam"] and blocker.hits == 1


def test_matching_by_path_is_exact(qtbot, spawn, tmp_path):
    steam = spawn("steam")
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy("/bin/sleep", other / "steam")
    twin = subprocess.Popen([str(other / "steam"), "300"])
    try:
        blocker = AppBlocker(processes=ours(steam, twin), minimizer=None)
        blocker.start([AppRule(str(tmp_path / "bin" / "steam"), AppAction.CLOSE)], "b1")
        assert gone(steam)
        assert twin.poll() is None  # same name, other path: untouched
    finally:
        twin.kill()
        twin.wait(timeout=10)


def test_suspend_is_opt_in_and_resumed_at_the_end(qtbot, spawn):
    game = spawn("steam")
    blocker = AppBlocker(processes=ours(game), minimizer=None)
    blocker.start([AppRule("steam", AppAction.SUSPEND)], "b1")
    assert reaches(game.pid, stopped=True)
    blocker.stop()
    assert reaches(game.pid, stopped=False)


def test_kill_only_when_asked(qtbot, spawn):
    game = spawn("steam")
    blocker = AppBlocker(processes=ours(game), minimizer=None)
    blocker.start([AppRule("steam", AppAction.KILL)], "b1")
    assert gone(game)
    assert game.returncode == -9


def test_minimize_uses_the_minimizer_every_scan(qtbot, spawn):
    slack = spawn("slack")
    calls: list[int] = []
    blocker = AppBlocker(processes=ours(slack), minimizer=lambda pid: calls.append(pid) or True)
    seen: list[str] = []
    blocker.distraction_detected.connect(lambda target, action: seen.append(action))
    blocker.start([AppRule("slack", AppAction.MINIMIZE)], "b1")
    blocker.scan_now()
    assert calls == [slack.pid, slack.pid]  # a restored window is minimized again
    assert seen == ["minimize"] and slack.poll() is None
    assert blocker.status().support is Support.SUPPORTED


def test_minimize_falls_back_to_warn_and_says_so(qtbot, spawn):
    slack = spawn("slack")
    blocker = AppBlocker(processes=ours(slack), minimizer=None)
    with qtbot.waitSignal(blocker.distraction_detected, timeout=0) as hit:
        blocker.start([AppRule("slack", AppAction.MINIMIZE)], "b1")
    assert hit.args == ["slack", "warn"]
    assert slack.poll() is None
    status = blocker.status()
    assert status.support is Support.DEGRADED
    assert status.reason is not None and status.reason.code == "apps.no_minimizer"
    wayland = AppBlocker(processes=ours(slack), minimizer=None,
                         no_minimizer=no_minimizer_reason({"WAYLAND_DISPLAY": "wayland-0",
                                                           "DISPLAY": ":0"}))
    reason = wayland.status().reason
    assert reason is not None and reason.code == "apps.wayland"  # not "install xdotool"


def test_never_touches_itself_or_its_parent(qtbot):
    me = psutil.Process()
    rules = [AppRule(me.name(), AppAction.KILL), AppRule(me.parent().name(), AppAction.KILL)]
    blocker = AppBlocker(processes=lambda: [me, me.parent()], minimizer=None)
    blocker.start(rules, "b1")
    assert blocker.hits == 0
    blocker.stop()


@dataclass
class FakeProcess:
    pid: int
    proc_name: str
    path: str | None = None
    calls: list[str] = field(default_factory=list)

    def name(self) -> str:
        return self.proc_name

    def exe(self) -> str:
        if self.path is None:
            raise psutil.AccessDenied(self.pid)
        return self.path

    def terminate(self) -> None:
        self.calls.append("terminate")

    def kill(self) -> None:
        self.calls.append("kill")

    def suspend(self) -> None:
        self.calls.append("suspend")

    def resume(self) -> None:
        self.calls.append("resume")


def test_idle_means_no_timer_and_no_scan(qtbot):
    listed: list[int] = []

    def lister() -> list[FakeProcess]:
        listed.append(1)
        return []

    blocker = AppBlocker(processes=lister, minimizer=None)
    assert not blocker.active and blocker.scan_now() == 0 and listed == []
    blocker.start([], "b1")  # nothing to block: stay idle
    assert not blocker.active


def test_unreadable_exe_matches_on_name_and_case_rule(qtbot):
    proc = FakeProcess(os.getpid() + 100000, "Steam.exe")
    blocker = AppBlocker(processes=lambda: [proc], minimizer=None, case_sensitive=False)
    blocker.start([AppRule("steam.exe", AppAction.CLOSE)], "b1")
    assert proc.calls == ["terminate"]
    strict = AppBlocker(processes=lambda: [proc], minimizer=None, case_sensitive=True)
    strict.start([AppRule("steam.exe", AppAction.CLOSE)], "b1")
    assert strict.hits == 0
