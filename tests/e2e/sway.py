"""A headless Wayland desktop for the end-to-end tests: Debian's sway (wlroots' headless
backend, the pixman renderer: no GPU, no input devices) on a private session bus, with
swaybar as the StatusNotifierItem host (its watcher and its tray), as an unprivileged user.

sway refuses to start as root, and CI runs as root: then sway, the bus and the app run as
`nobody` through `setpriv`, from a copy of what they need made readable to it (root's home
is not): the interpreter, the test environment's packages and the focusapp package, as hard
links where the file system allows (no bytes copied), else as copies. As any other user,
everything runs as that user, from where it is.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import focusapp
from tests.e2e.conftest import seed, wait_for

TOOLS = ("sway", "swaybar", "grim", "swaymsg", "dbus-daemon", "dbus-send", "setpriv")
SCREEN = (1280, 800)
CONFIG = f"""\
output HEADLESS-1 resolution {SCREEN[0]}x{SCREEN[1]}
xwayland disable
bar {{
    position top
    tray_output *
}}
"""
WATCHER = "org.kde.StatusNotifierWatcher"


def _link_tree(source: Path, target: Path, skip: Sequence[str] = ()) -> None:
    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another file system, or links refused: copy it
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link,
                    ignore=shutil.ignore_patterns(*skip))


class Runtime:
    """The interpreter, the packages and focusapp, as the desktop's user can run them."""

    def __init__(self, root: Path, user: pwd.struct_passwd | None) -> None:
        self.user = user
        self.python = sys.executable
        self.env: dict[str, str] = {}
        if user is None:  # not root: this interpreter and these files are ours already
            return
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        base = Path(sys.base_prefix)
        prefix = root / "python"
        (prefix / "bin").mkdir(parents=True)
        shutil.copy2(Path(sys._base_executable).resolve(), prefix / "bin" / version)  # type: ignore[attr-defined]
        # Python finds its standard library beside its executable (lib/pythonX.Y/os.py).
        _link_tree(base / "lib" / version, prefix / "lib" / version,
                   ("site-packages", "dist-packages", "test", "idlelib", "tkinter"))
        for library in base.glob("lib/libpython*"):
            shutil.copy2(library, prefix / "lib" / library.name, follow_symlinks=False)
        packages = root / "packages"
        _link_tree(Path(sysconfig.get_paths()["purelib"]), packages,
                   ("*.pth", "__editable__*", "pip", "pip-*"))
        _link_tree(Path(focusapp.__file__).parent, root / "source" / "focusapp")
        self.python = str(prefix / "bin" / version)
        self.env = {"PYTHONPATH": f"{root / 'source'}{os.pathsep}{packages}",
                    "LD_LIBRARY_PATH": str(prefix / "lib"), "PYTHONNOUSERSITE": "1"}


class SwayDesktop:
    """sway and its session bus, started in a temp folder the desktop's user owns."""

    def __init__(self, root: Path, runtime: Runtime) -> None:
        self.root = root
        self.runtime = runtime
        self.home = self._own(root / "home")
        self.run_dir = self._own(root / "run", mode=0o700)  # XDG_RUNTIME_DIR
        self.data_dir = root / "data"
        self.shots = root / "shots"
        self.bus = f"unix:path={self.run_dir / 'bus'}"
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.run_dir), "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local/share"), "LANG": "C.UTF-8",
            "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway",
            "DBUS_SESSION_BUS_ADDRESS": self.bus, "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman",
            "QT_QPA_PLATFORM": "wayland", **runtime.env,
        }
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs = root / "logs"
        self.logs.mkdir()

    def _own(self, folder: Path, mode: int = 0o755) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(mode)
        if self.runtime.user is not None:
            os.chown(folder, self.runtime.user.pw_uid, self.runtime.user.pw_gid)
        return folder

    def as_user(self) -> list[str]:
        user = self.runtime.user
        if user is None:
            return []
        return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]

    def spawn(self, name: str, *command: str) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("wb") as log:
            proc = subprocess.Popen([*self.as_user(), *command], env=self.env, cwd=self.home,
                                    stdout=log, stderr=subprocess.STDOUT)
        self.processes.append(proc)
        return proc

    def run(self, *command: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user(), *command], env=self.env, cwd=self.home,
                              capture_output=True, text=True, timeout=timeout, check=False)

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # ---- the desktop ------------------------------------------------------------------

    def start(self) -> None:
        bus = self.spawn("dbus", "dbus-daemon", "--session", "--nofork", "--nopidfile",
                         f"--address={self.bus}")
        wait_for(lambda: self._alive(bus, "dbus") and (self.run_dir / "bus").exists(), 15,
                 "the session bus")
        config = self.root / "sway.config"
        config.write_text(CONFIG)
        sway = self.spawn("sway", "sway", "--config", str(config))
        self.env["WAYLAND_DISPLAY"] = wait_for(
            lambda: self._alive(sway, "sway") and self._socket("wayland-*"), 30,
            "sway's Wayland socket").name
        self.env["SWAYSOCK"] = str(wait_for(lambda: self._socket("sway-ipc.*.sock"), 30,
                                            "sway's IPC socket"))
        wait_for(lambda: self._alive(sway, "sway") and self.has_owner(WATCHER), 30,
                 "swaybar's StatusNotifierWatcher")

    def _alive(self, proc: subprocess.Popen[bytes], name: str) -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"{name} exited ({proc.returncode}):\n{self.log(name)}")
        return True

    def _socket(self, pattern: str) -> Path | None:
        found = sorted(p for p in self.run_dir.glob(pattern) if p.is_socket())
        return found[0] if found else None

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)

    # ---- asking it ----------------------------------------------------------------------

    def dbus(self, destination: str, path: str, method: str, *args: str) -> str:
        """dbus-send's printed reply ('' when the call failed)."""
        done = self.run("dbus-send", "--session", "--print-reply", f"--dest={destination}",
                        path, method, *args, timeout=15)
        return done.stdout if done.returncode == 0 else ""

    def has_owner(self, name: str) -> bool:
        reply = self.dbus("org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus.NameHasOwner", f"string:{name}")
        return "boolean true" in reply

    def tray_pids(self) -> list[int]:
        """The processes whose icons swaybar's watcher holds (RegisteredStatusNotifierItems:
        "BUS_NAME/PATH" each; the bus says which process owns the name)."""
        reply = self.dbus(WATCHER, "/StatusNotifierWatcher", "org.freedesktop.DBus.Properties.Get",
                          f"string:{WATCHER}", "string:RegisteredStatusNotifierItems")
        items = re.findall(r'string "([^"/]+)/', reply)
        return [pid for item in items if (pid := self.pid_of(item)) is not None]

    def pid_of(self, name: str) -> int | None:
        """The process that owns a name on the session bus."""
        reply = self.dbus("org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus.GetConnectionUnixProcessID", f"string:{name}")
        found = re.search(r"uint32 (\d+)", reply)
        return int(found.group(1)) if found else None

    def tree(self) -> dict[str, Any]:
        done = self.run("swaymsg", "--raw", "--type", "get_tree", timeout=15)
        assert done.returncode == 0, done.stderr
        tree: dict[str, Any] = json.loads(done.stdout)
        return tree

    def windows(self) -> list[dict[str, Any]]:
        """sway's views (its windows on screen), each with its name and app_id."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("pid") and node.get("type") in ("con", "floating_con"):
                found.append(node)
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.tree())
        return found

    def screenshot(self, name: str) -> Path:
        """grim's picture of the whole output, bar and tray included."""
        shot = self.shots / f"{name}.png"
        done = self.run("grim", str(shot), timeout=30)
        assert done.returncode == 0, done.stderr
        return shot

    # ---- the app --------------------------------------------------------------------------

    def launch(self, *args: str) -> subprocess.Popen[bytes]:
        if not self.data_dir.exists():
            seed(self.data_dir)
            self._give(self.data_dir)
        return self.spawn("app", self.runtime.python, "-m", "focusapp", *args,
                          "--data-dir", str(self.data_dir))

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(self.runtime.python, "-m", "focusapp", "--data-dir", str(self.data_dir),
                        *args)

    def status(self) -> dict[str, Any] | None:
        """The running app's `status` answer (asked as its user: the socket's name is per
        user), or None while it does not answer."""
        code = ("import json, sys\n"
                "from pathlib import Path\n"
                "from focusapp.services.instance_client import send_command\n"
                "from focusapp.services.single_instance import InstanceError\n"
                "try:\n"
                "    print(json.dumps(send_command(Path(sys.argv[1]), 'status', {}, 2000)))\n"
                "except InstanceError:\n"
                "    print('null')\n")
        done = self.run(self.runtime.python, "-c", code, str(self.data_dir))
        assert done.returncode == 0, done.stderr
        answer: dict[str, Any] | None = json.loads(done.stdout)
        return answer

    def _give(self, folder: Path) -> None:
        user = self.runtime.user
        if user is None:
            return
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid)


@contextmanager
def sway_desktop() -> Iterator[SwayDesktop]:
    user = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="focusapp-sway-"))
    root.chmod(0o755)  # the desktop's user must reach its folders inside
    desktop = SwayDesktop(root, Runtime(root / "runtime", user))
    desktop._own(desktop.shots)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()
        shutil.rmtree(root, ignore_errors=True)
