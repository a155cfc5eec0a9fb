"""BlockingController with a real FocusTimer, a real Store and the REAL hosts helper on a temp
hosts file (never /etc/hosts); the crash case kills a real app process with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core import block_plan as bp
from focusapp.core import hosts_section as hs
from focusapp.core.models import Settings
from focusapp.services.blocking.controller import BlockingController
from focusapp.services.blocking.hosts import HostsBlocker
from focusapp.services.blocking.status import RUNTIME_KEY, MechanismStatus, Support
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store
from tests.conftest import FakeClock
from tests.services.conftest import ORIGINAL, helper_on

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = Settings(blocked_domains=("youtube.com", "reddit.com"))
REQUEST = StartRequest(minutes=25, role="solo")
WAIT_MS = 30_000


class FileSetting:
    """A do-not-disturb stand-in shaped like dnd.GnomeBanners, whose user value lives in a
    file (like a gsettings key), so a later process can check it was given back."""

    mechanism = "dnd.file"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.calls: list[str] = []
        self._saved: str | None = None

    def enable(self) -> None:
        self.calls.append("enable")
        self._saved = self.path.read_text()
        self.path.write_text("banners-off")

    def restore(self) -> None:
        self.calls.append("restore")
        if self._saved is not None:
            self.path.write_text(self._saved)
            self._saved = None

    def saved_state(self) -> dict[str, str]:  # read after enable(), as dnd.py does
        return {} if self._saved is None else {"value": self._saved}

    def restore_from(self, state: dict[str, str]) -> None:
        self.calls.append(f"restore_from:{state}")
        if "value" in state:
            self.path.write_text(state["value"])

    def status(self) -> MechanismStatus:
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


class Broken:
    def enable(self) -> None:
        raise RuntimeError("D-Bus is gone")

    def restore(self) -> None:
        raise RuntimeError("still gone")

    def status(self) -> MechanismStatus:
        raise RuntimeError("no status either")


@pytest.fixture
def clock() -> FakeClock:
    # The real helper checks `until` against the real clock: start the fake one at real now.
    return FakeClock(datetime.now().astimezone().replace(microsecond=0))


@pytest.fixture
def setting_file(tmp_path: Path) -> Path:
    path = tmp_path / "show-banners"
    path.write_text("user-value")
    return path


@pytest.fixture
def wired(qtbot, clock, store, blocker, setting_file):
    settings = {"value": SETTINGS}
    timer = FocusTimer(clock, store, lambda: settings["value"])
    dnd = FileSetting(setting_file)
    controller = BlockingController(clock, store, lambda: settings["value"], blocker, [dnd])
    timer.block_started.connect(controller.on_block_started)
    timer.block_finished.connect(controller.on_block_finished)
    yield timer, controller, dnd, settings
    controller.shutdown()


def settle(qtbot, controller: BlockingController) -> None:
    qtbot.waitUntil(lambda: controller.pending() == 0, timeout=WAIT_MS)


def section_of(hosts_file: Path) -> hs.HostsSection | None:
    return hs.find_section(hosts_file.read_bytes().decode("utf-8", "surrogateescape"))


def test_a_block_applies_and_its_end_clears(qtbot, wired, store, hosts_file, setting_file,
                                            clock):
    timer, controller, dnd, _ = wired
    block = timer.start(REQUEST)
    record = store.runtime.get(RUNTIME_KEY)  # written before the helper even ran
    assert record["hosts"] is True and record["block_id"] == block.id
    assert record["mechanisms"] == {"dnd.file": {"value": "user-value"}}
    assert setting_file.read_text() == "banners-off"
    settle(qtbot, controller)
    section = section_of(hosts_file)
    assert section is not None and section.domains == ("reddit.com", "youtube.com")
    assert section.until == hs.parse_instant(record["until"])
    assert section.until == block.start + timedelta(minutes=27)  # due + the 2-minute margin
    assert controller.is_active() and not controller.lists_locked()

    clock.advance(minutes=10)
    timer.stop()
    assert setting_file.read_text() == "user-value" and dnd.calls == ["enable", "restore"]
    with qtbot.waitSignal(controller.hosts_finished, timeout=WAIT_MS) as done:
        pass
    assert done.args[0].verb == "clear" and done.args[0].ok
    assert hosts_file.read_bytes() == ORIGINAL
    assert store.runtime.get(RUNTIME_KEY) is None
    assert not controller.is_active()
    assert [s.support for s in controller.statuses()] == [Support.SUPPORTED] * 2


def test_strict_blocks_lock_the_lists(qtbot, wired):
    timer, controller, _, _ = wired
    timer.start(StartRequest(minutes=25, role="solo", strict=True))
    assert controller.lists_locked()
    timer.abandon()
    assert not controller.lists_locked()
    settle(qtbot, controller)


def test_no_domains_means_no_helper_call(qtbot, wired, store, hosts_file):
    timer, controller, _, settings = wired
    settings["value"] = Settings()
    timer.start(REQUEST)
    assert controller.pending() == 0 and store.runtime.get(RUNTIME_KEY)["hosts"] is False
    timer.stop()
    assert store.runtime.get(RUNTIME_KEY) is None and hosts_file.read_bytes() == ORIGINAL


def test_failures_are_reported_not_raised(qtbot, clock, store, tmp_path, hosts_file):
    refuse = tmp_path / "pkexec"
    refuse.write_text("#!/bin/sh\nexit 126\n")
    refuse.chmod(0o755)
    settings = Settings(blocked_domains=("youtube.com",), blocked_apps=("bad/relative",))
    timer = FocusTimer(clock, store, lambda: settings)
    controller = BlockingController(clock, store, lambda: settings,
                                    HostsBlocker([str(refuse), "/x"]), [Broken()])
    timer.block_started.connect(controller.on_block_started)
    timer.block_finished.connect(controller.on_block_finished)
    problems: list[Any] = []
    controller.problem_raised.connect(problems.append)
    timer.start(REQUEST)
    settle(qtbot, controller)
    codes = [p.code for p in problems]
    assert codes == ["blocking.rejected", "blocking.mechanism_enable", "blocking.hosts_apply"]
    assert "authorisation was refused" in problems[-1].message
    hosts_status, broken_status = controller.statuses()
    assert hosts_status.support is Support.DEGRADED and hosts_status.reason is not None
    assert hosts_status.reason.code == "hosts.last_failed"
    assert hosts_status.reason.params == {"error": "not_authorized"}
    assert broken_status.support is Support.DEGRADED and broken_status.reason is not None
    assert broken_status.reason.code == "blocking.status_unknown"
    assert broken_status.reason.params == {"detail": "no status either"}
    timer.stop()
    settle(qtbot, controller)
    assert "blocking.hosts_clear" in [p.code for p in problems]
    assert store.runtime.get(RUNTIME_KEY) is not None  # kept: the next start tries again
    assert hosts_file.read_bytes() == ORIGINAL
    controller.shutdown()  # its helper thread ends with the test


def test_a_resume_extends_the_section(qtbot, wired, clock, hosts_file):
    timer, controller, _, _ = wired
    block = timer.start(REQUEST)
    settle(qtbot, controller)
    timer.pause()
    clock.advance(minutes=20)
    timer.resume()
    controller.refresh(timer.block)
    settle(qtbot, controller)
    section = section_of(hosts_file)
    assert section is not None
    assert section.until == block.start + timedelta(minutes=47)
    timer.stop()
    settle(qtbot, controller)
    assert hosts_file.read_bytes() == ORIGINAL


def test_startup_after_a_crash_lifts_then_a_resumed_block_blocks_again(
        qtbot, wired, clock, store, hosts_file, setting_file):
    timer, controller, _, _ = wired
    block = timer.start(REQUEST)
    settle(qtbot, controller)
    assert section_of(hosts_file) is not None
    # A new instance on the same store: recovery first, then the timer's own recovery.
    new_timer = FocusTimer(clock, store, lambda: SETTINGS)
    new_ctl = BlockingController(clock, store, lambda: SETTINGS,
                                 HostsBlocker(helper_on(hosts_file)),
                                 [FileSetting(setting_file)])
    new_timer.block_started.connect(new_ctl.on_block_started)
    report = new_ctl.recover_at_startup()
    assert report.found and report.hosts_lifting and report.restored == ("dnd.file",)
    assert setting_file.read_text() == "user-value"
    recovery = new_timer.recover()
    assert recovery is not None and recovery.resumed and recovery.block.id == block.id
    settle(qtbot, new_ctl)
    section = section_of(hosts_file)  # cleared, then applied again for the resumed block
    assert section is not None and section.domains == ("reddit.com", "youtube.com")
    assert store.runtime.get(RUNTIME_KEY)["token"] != "" and new_ctl.is_active()
    new_ctl.shutdown()


CRASHING_APP = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from focusapp.core.models import Settings
    from focusapp.services.blocking.controller import BlockingController
    from focusapp.services.blocking.hosts import HostsBlocker
    from focusapp.services.clock import SystemClock
    from focusapp.services.timer import FocusTimer, StartRequest
    from focusapp.store.database import Store
    from tests.services.conftest import helper_on
    from tests.services.test_blocking_controller import FileSetting

    app = QCoreApplication([])
    data_dir, hosts, setting = sys.argv[1:4]
    clock = SystemClock()
    store, _ = Store.open(Path(data_dir), now=clock.now)
    settings = Settings(blocked_domains=("youtube.com", "reddit.com"))
    blocker = HostsBlocker(helper_on(Path(hosts)))
    controller = BlockingController(clock, store, lambda: settings, blocker,
                                    [FileSetting(Path(setting))])
    timer = FocusTimer(clock, store, lambda: settings)
    timer.block_started.connect(controller.on_block_started)
    timer.block_finished.connect(controller.on_block_finished)
    loop = QEventLoop()
    controller.hosts_finished.connect(lambda result: (print("applied", result.ok, flush=True),
                                                      loop.quit()))
    timer.start(StartRequest(minutes=25, role="solo"))
    loop.exec()
    time.sleep(120)  # mid-block: the test kills us here
""")


def test_kill_9_during_a_block_then_restart_lifts_everything(qtbot, data_dir, hosts_file,
                                                            setting_file, tmp_path):
    script = tmp_path / "crashing_app.py"
    script.write_text(CRASHING_APP)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, str(script), str(data_dir), str(hosts_file),
                            str(setting_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=ROOT, env=env, text=True)
    try:
        line = app.stdout.readline() if app.stdout else ""
        assert line.strip() == "applied True", app.stderr.read() if app.stderr else ""
    finally:
        app.send_signal(signal.SIGKILL)
        app.communicate(timeout=10)  # reaps it and closes the pipes
    assert app.returncode == -signal.SIGKILL
    assert section_of(hosts_file) is not None and setting_file.read_text() == "banners-off"

    clock = FakeClock(datetime.now().astimezone())
    store, _ = Store.open(data_dir, now=clock.now)  # the dead process's lock is gone
    try:
        record = store.runtime.get(RUNTIME_KEY)
        assert record["mechanisms"] == {"dnd.file": {"value": "user-value"}}
        assert record["hosts"] is True
        controller = BlockingController(
            clock, store, lambda: SETTINGS,
            HostsBlocker(helper_on(hosts_file)),
            [FileSetting(setting_file)])
        report = controller.recover_at_startup()
        assert report.found and report.hosts_lifting and report.restored == ("dnd.file",)
        with qtbot.waitSignal(controller.hosts_finished, timeout=WAIT_MS) as done:
            pass
        assert done.args[0].ok and done.args[0].verb == "clear"
        assert hosts_file.read_bytes() == ORIGINAL
        assert setting_file.read_text() == "user-value"
        assert store.runtime.get(RUNTIME_KEY) is None
        assert controller.recover_at_startup().found is False
        controller.shutdown()
    finally:
        store.close()


def test_a_damaged_record_is_lifted_anyway(qtbot, store, clock, blocker, hosts_file):
    blocker.apply(bp.plan_block(("example.com",), (), clock.now() + timedelta(minutes=5),
                                now=clock.now()))
    store.runtime.set(RUNTIME_KEY, json.loads('"garbage"'))
    controller = BlockingController(clock, store, lambda: SETTINGS, blocker)
    assert controller.recover_at_startup().hosts_lifting
    settle(qtbot, controller)
    assert hosts_file.read_bytes() == ORIGINAL
    controller.shutdown()


def test_the_real_gnome_dnd_backend_is_restored_after_a_crash(qtbot, store, clock, blocker):
    """dnd.GnomeBanners (with a fake gsettings) through enable → crash → recover."""
    from focusapp.services.blocking.dnd import GnomeBanners

    value = {"show-banners": "true"}

    def gsettings(args: list[str]) -> subprocess.CompletedProcess[str]:
        if args[1] == "set":
            value["show-banners"] = args[4]
        return subprocess.CompletedProcess(args, 0, value["show-banners"] + "\n", "")

    first = BlockingController(clock, store, lambda: Settings(), blocker,
                               [GnomeBanners("gsettings", gsettings)])
    first.on_block_started(FocusTimer(clock, store, lambda: Settings()).start(REQUEST))
    assert value["show-banners"] == "false"  # and then the app dies: no on_block_finished
    second = BlockingController(clock, store, lambda: Settings(), blocker,
                                [GnomeBanners("gsettings", gsettings)])
    report = second.recover_at_startup()
    assert report.restored == ("dnd.gnome",) and not report.hosts_lifting
    assert value["show-banners"] == "true" and store.runtime.get(RUNTIME_KEY) is None


def test_an_extended_block_keeps_its_sites_blocked_to_its_new_end(qtbot, wired, hosts_file):
    timer, controller, _, _ = wired
    timer.state_changed.connect(lambda: controller.refresh(timer.block))  # as GuardFlow does
    block = timer.start(REQUEST)
    settle(qtbot, controller)
    before = section_of(hosts_file)
    assert before is not None
    timer.extend(15)
    settle(qtbot, controller)
    section = section_of(hosts_file)
    assert section is not None and section.until == before.until + timedelta(minutes=15)
    assert section.until == block.start + timedelta(minutes=REQUEST.minutes + 15 + 2)
