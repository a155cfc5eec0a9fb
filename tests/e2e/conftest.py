"""End-to-end: the real app as a subprocess on the Xvfb display pytest-xvfb starts,
with Debian's `trayer` as the system tray host."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.instance_client import send_command
from focusapp.services.single_instance import InstanceError
from focusapp.store.database import Store

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
READY_TIMEOUT_S = 30.0


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll an external process's state until `condition` is truthy (never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def display(xvfb) -> str:
    if xvfb is None or not shutil.which("xdotool"):
        pytest.fail("end-to-end tests need Xvfb and xdotool (`.ci/run` installs them)")
    return os.environ["DISPLAY"]


@pytest.fixture(scope="session")
def tray_host(display) -> Iterator[subprocess.Popen[bytes]]:
    if not shutil.which("trayer"):
        pytest.fail("end-to-end tests need the `trayer` tray host (`.ci/run` installs it)")
    proc = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "24", "--transparent", "false", "--SetDockType", "true"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: xdotool("search", "--class", "trayer"), 10, "trayer's window")
    yield proc
    proc.terminate()
    proc.wait(10)


def xdotool(*args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def pdf_text(path: Path) -> str:
    """A PDF's text as read, its lines joined by single spaces (pdftotext, layout kept)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def today_text(app: RunningApp) -> str:
    """The running app's Today window, as its lines read (`focusapp status`)."""
    status = app.status() or {}
    return "\n".join(status.get("today_text", ()))


def seed(data_dir: Path) -> None:
    """A data folder past the first-run wizard, holding two roles."""
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    try:
        store.settings.save(store.settings.get().updated(first_run_done=True))
        store.roles.save(default_role_configs(
            frozenset({RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES})))
    finally:
        store.close()


class RunningApp:
    def __init__(self, data_dir: Path, display: str, args: tuple[str, ...] = ()) -> None:
        """`args` go before the data folder: top-level options such as --hosts-helper."""
        self.data_dir = data_dir
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        env.pop("FOCUSAPP_DATA_DIR", None)
        self.env = env
        self.log = data_dir.parent / f"app-{time.monotonic_ns()}.log"
        with self.log.open("wb") as log:  # the child writes through its own copy
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "focusapp", *args, "--data-dir", str(data_dir)],
                env=env, stdout=log, stderr=subprocess.STDOUT,
            )

    def status(self) -> dict[str, Any] | None:
        if self.proc.poll() is not None:
            raise AssertionError(f"the app exited ({self.proc.returncode}):\n{self.output()}")
        try:
            return send_command(self.data_dir, "status", {}, timeout_ms=2000)
        except InstanceError:
            return None

    def wait_ready(self) -> dict[str, Any]:
        return wait_for(self.status, READY_TIMEOUT_S, "the app to answer `status`")

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "focusapp", "--data-dir", str(self.data_dir), *args],
            env=self.env, capture_output=True, text=True, timeout=60, check=False,
        )

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill9()

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@pytest.fixture
def launch(display, tmp_path) -> Iterator[Callable[..., RunningApp]]:
    started: list[RunningApp] = []

    def start(data_dir: Path | None = None, args: tuple[str, ...] = (),
              on_display: str | None = None) -> RunningApp:
        folder = data_dir or tmp_path / "data"
        if not folder.exists():
            folder.mkdir(parents=True)
            seed(folder)
        app = RunningApp(folder, on_display or display, args)
        started.append(app)
        return app

    yield start
    for app in started:
        app.quit()


def screenshot(name: str, display: str) -> Path:
    """Save the whole X screen (tray included) as test-artifacts/NAME.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / f"{name}.png"
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['shot', '-platform', 'xcb'])\n"
        "shot = app.primaryScreen().grabWindow(0)\n"
        "sys.exit(0 if shot.save(sys.argv[1]) else 1)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    subprocess.run([sys.executable, "-c", code, str(out)], env=env, check=True, timeout=60)
    return out
