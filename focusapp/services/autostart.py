"""Start FocusApp at login (SPEC §2, Settings "Start at login"), one backend per OS.

- Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/focusapp.desktop`
  (freedesktop "Desktop Application Autostart" spec), written atomically, removed on disable.
- Windows: the value "FocusApp" under `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`,
  and the user's own switch for it in Task Manager / Settings > Apps > Startup, kept by Windows
  under `...\\Explorer\\StartupApproved\\Run` (see `WindowsRunKey`).
- macOS: the LaunchAgent `~/Library/LaunchAgents/org.focusapp.FocusApp.plist` (RunAtLoad).

Every backend can be built and driven on any OS (paths and the registry are injectable, so
tests exercise the real writers); `status()` says `unsupported` when it is not this machine's
mechanism, and `pick_autostart()` returns the one that is (called by
`services.backends.detect_backends`). No Qt here: Settings calls these from the GUI thread,
they only touch one small file or one registry value.

Refusals are `AutostartError`s with a code (`autostart.*`, see `CodedError`): the UI words
them; the English message is for the logs.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from focusapp import APP_NAME
from focusapp.core.errors import CodedError, Problem, errno_name
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.store.atomic import atomic_write_bytes

DESKTOP_FILE_NAME = "focusapp.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
LAUNCH_AGENT_LABEL = "org.focusapp.FocusApp"

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four must be backslash-escaped.
_EXEC_QUOTED_ESCAPES = frozenset('"`$\\')


class AutostartError(CodedError):
    """Autostart could not be changed; `code` says why (`params` for the UI's sentence)."""


class Autostart(Protocol):
    """What Settings needs: is it on, turn it on with this command, turn it off, does it work."""

    def enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def status(self) -> MechanismStatus: ...


def _check_command(command: Sequence[str]) -> list[str]:
    args = [str(arg) for arg in command]
    if not args or not args[0]:
        raise AutostartError("autostart.empty_command", "The command to start FocusApp is empty.")
    for arg in args:
        _refuse_control_characters(arg)
    return args


def _refuse_control_characters(arg: str) -> None:
    """No login file can hold a control character in a command's argument."""
    if any(ord(ch) < 0x20 or ch == "\x7f" for ch in arg):
        raise AutostartError("autostart.control_character",
                             f"The command has a control character in {arg!r}.", argument=arg)


# ---- Linux / XDG ----------------------------------------------------------------------


def desktop_exec_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the spec asks.

    Two layers: Exec quoting (double quotes around an argument with a reserved character,
    with `"`, backquote, `$` and backslash escaped inside), then the string-value escaping of
    every key (a backslash is written `\\\\`), and a literal `%` doubled (field codes).
    """
    _refuse_control_characters(arg)
    text = arg.replace("%", "%%")
    if arg == "" or any(ch in _EXEC_RESERVED for ch in arg):
        text = '"' + "".join("\\" + ch if ch in _EXEC_QUOTED_ESCAPES else ch for ch in text) + '"'
    return text.replace("\\", "\\\\")  # string-value escape, applied after Exec quoting


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(desktop_exec_quote(arg) for arg in _check_command(command))


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        f"Name={APP_NAME}\n"
        "Comment=Focus blocks and the One Thing, from the tray\n"
        "Comment[fr]=Blocs de concentration et la priorité du jour, depuis la barre système\n"
        f"Exec={desktop_exec(command)}\n"
        "Icon=focusapp\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=5\n"
        "X-KDE-autostart-after=panel\n"
    )


def xdg_config_home(environ: Mapping[str, str]) -> Path:
    """`$XDG_CONFIG_HOME` when it is an absolute path (the spec ignores a relative one),
    else `$HOME/.config`."""
    value = environ.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return _home(environ) / ".config"


def _home(environ: Mapping[str, str]) -> Path:
    value = environ.get("HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home()


class XdgAutostart:
    """`$XDG_CONFIG_HOME/autostart/focusapp.desktop` (GNOME, KDE, Xfce, LXQt, Cinnamon, ...)."""

    mechanism = "autostart.xdg"

    def __init__(self, config_home: Path, platform: str = sys.platform) -> None:
        self._config_home = config_home
        self._platform = platform

    @property
    def path(self) -> Path:
        return self._config_home / "autostart" / DESKTOP_FILE_NAME

    def enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return False
        except (OSError, UnicodeDecodeError):
            return False
        keys = _desktop_keys(text)
        return (
            keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def enable(self, command: Sequence[str]) -> None:
        _write_login_file(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        _remove_login_file(self.path)

    def status(self) -> MechanismStatus:
        if self._platform in ("win32", "darwin"):
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED,
                                   Problem("autostart.not_xdg", {}, "not an XDG desktop"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


def _desktop_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group (enough to read back our own file)."""
    keys: dict[str, str] = {}
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == "[Desktop Entry]"
            continue
        if in_group and "=" in line:
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


# ---- Windows --------------------------------------------------------------------------


class WindowsRunKey:
    """HKCU Run value "FocusApp" = the command line. `registry` is `winreg` or a test fake.

    The user's "Disabled" in Task Manager's Startup tab (or Settings > Apps > Startup) does not
    touch the Run value: Windows keeps it in `STARTUP_APPROVED_KEY`, a REG_BINARY value of the
    same name. Microsoft does not document its format. As others observed it (a Process
    Monitor trace of Task Manager in the superuser.com question "How entries at Run registry
    are overridden by Windows settings", and Harlan Carvey's "StartupApproved\\Run" posts on
    Windows forensics): 12 bytes, the first 0x02 when enabled and 0x03 when disabled, the
    last 8 then the FILETIME of the change; other tools write 0x06 / 0x07. So an odd first
    byte is "disabled by the user"; an even one, or no value at all (a Run value added by a
    program has none until the user flips it), lets the Run value start the app. Not
    verified on a Windows machine here (the CI's Windows job checks this reader against the
    real registry, not what Windows then does at login).

    The choice is the user's, made in Windows: FocusApp never writes StartupApproved. Turning
    start at login on from FocusApp writes the Run value (so the right command runs once the
    user allows it) and `status()` then says Windows keeps it off; Settings shows that, with
    where to turn it back on. (Windows has the same rule for packaged apps: a StartupTask in
    the state DisabledByUser can only be enabled by the user.)
    """

    mechanism = "autostart.windows-run"

    def __init__(self, registry: Any | None = None, platform: str = sys.platform) -> None:
        self._registry = registry
        self._platform = platform

    def _winreg(self) -> Any:
        if self._registry is not None:
            return self._registry
        if sys.platform != "win32":
            raise AutostartError("autostart.windows_only",
                                 "The Windows Run key exists only on Windows.")
        import winreg

        return winreg

    def _query(self, key_path: str, name: str) -> tuple[Any, int] | None:
        try:
            reg = self._winreg()
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key_path, 0, reg.KEY_READ) as key:
                value, kind = reg.QueryValueEx(key, name)
        except (OSError, AutostartError):
            return None
        return value, int(kind)

    def enabled(self) -> bool:
        """Our Run value is there (whether Windows lets it run: `disabled_by_user()`)."""
        found = self._query(RUN_KEY, RUN_VALUE)
        return found is not None and bool(found[0])

    def disabled_by_user(self) -> bool:
        """The user turned FocusApp off in Task Manager's Startup tab."""
        found = self._query(STARTUP_APPROVED_KEY, RUN_VALUE)
        if found is None:
            return False
        data, kind = found
        reg = self._winreg()
        return (kind == reg.REG_BINARY and isinstance(data, bytes) and len(data) > 0
                and data[0] & 1 == 1)

    def enable(self, command: Sequence[str]) -> None:
        line = subprocess.list2cmdline(_check_command(command))
        reg = self._winreg()
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, line)
        except OSError as error:
            raise AutostartError("autostart.write_failed", f"Could not write the Run key: "
                                 f"{error}.", place=RUN_KEY, reason=_reason(error)) from error

    def disable(self) -> None:
        reg = self._winreg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return  # already off
        except OSError as error:
            raise AutostartError("autostart.remove_failed", f"Could not remove the Run key "
                                 f"value: {error}.", place=RUN_KEY,
                                 reason=_reason(error)) from error

    def status(self) -> MechanismStatus:
        if self._platform != "win32":
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED,
                                   Problem("autostart.not_windows", {}, "not Windows"))
        if self.disabled_by_user():
            return MechanismStatus(self.mechanism, Support.DEGRADED, Problem(
                "autostart.disabled_by_user", {}, "turned off in Task Manager's Startup tab"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


# ---- macOS ----------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str]) -> bytes:
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": _check_command(command),
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=True)


class MacLaunchAgent:
    """`~/Library/LaunchAgents/org.focusapp.FocusApp.plist`, loaded by launchd at login.

    (A later change could use `SMAppService.mainAppService` on macOS 13+, which shows the
    app under "Login Items" by name; a LaunchAgent works on every version.)
    """

    mechanism = "autostart.launch-agent"

    def __init__(self, home: Path, platform: str = sys.platform) -> None:
        self._home = home
        self._platform = platform

    @property
    def path(self) -> Path:
        return self._home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )

    def enable(self, command: Sequence[str]) -> None:
        _write_login_file(self.path, launch_agent_plist(command))

    def disable(self) -> None:
        _remove_login_file(self.path)

    def status(self) -> MechanismStatus:
        if self._platform != "darwin":
            return MechanismStatus(self.mechanism, Support.UNSUPPORTED,
                                   Problem("autostart.not_macos", {}, "not macOS"))
        return MechanismStatus(self.mechanism, Support.SUPPORTED)


# ---- choosing and the command ---------------------------------------------------------


def _write_login_file(path: Path, data: bytes) -> None:
    """The XDG entry and the LaunchAgent are both one file: atomic write, plain error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError as error:
        raise AutostartError("autostart.write_failed", f"Could not write {path}: "
                             f"{_reason(error)}.", place=str(path),
                             reason=_reason(error)) from error


def _remove_login_file(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise AutostartError("autostart.remove_failed", f"Could not remove {path}: "
                             f"{_reason(error)}.", place=str(path),
                             reason=_reason(error)) from error


def _reason(error: OSError) -> str:
    """Why, as the system's stable name ("EACCES"): the UI words it
    (`ui.reasons.unusable_reason`), never the system's raw message."""
    return errno_name(error)


def pick_autostart(environ: Mapping[str, str], platform: str = sys.platform) -> Autostart:
    """The autostart mechanism of `platform`, in the folders `environ` names."""
    if platform == "win32":
        return WindowsRunKey(platform=platform)
    if platform == "darwin":
        return MacLaunchAgent(_home(environ), platform)
    return XdgAutostart(xdg_config_home(environ), platform)


def launch_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts this FocusApp: the bundle's executable when frozen
    (PyInstaller sets `sys.frozen`), else this interpreter with `-m focusapp` (a venv, an
    installed wheel or an editable checkout). `data_dir` is passed on when the app runs on a
    folder other than the default one (`--data-dir` / `$FOCUSAPP_DATA_DIR`)."""
    if getattr(sys, "frozen", False):
        command = [os.path.abspath(sys.executable)]
    else:
        command = [os.path.abspath(sys.executable), "-m", "focusapp"]
    if data_dir is not None:
        command += ["--data-dir", os.path.abspath(data_dir)]
    return command
