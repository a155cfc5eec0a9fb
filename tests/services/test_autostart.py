"""Start at login: the XDG file for real in a temp XDG_CONFIG_HOME, the plist and the Run key
through their real writers on injected paths / a fake registry."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from focusapp.services import autostart as autostart_mod
from focusapp.services.autostart import (
    AutostartError,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec,
    launch_command,
    pick_autostart,
)
from focusapp.services.blocking.status import Support

ON_LINUX = sys.platform.startswith("linux")


# ---- a reader of the Exec key, written from the Desktop Entry spec -------------------


def _unescape_string(value: str) -> str:
    """The string-value escapes every key has: \\s \\n \\t \\r \\\\."""
    out, i = [], 0
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value) and value[i + 1] in table:
            out.append(table[value[i + 1]])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """Exec → argv, as a launcher does (quoting, then %% → %)."""
    text = _unescape_string(value)
    args: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        if text[i] == '"':
            i += 1
            buf = []
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    buf.append(text[i + 1])
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            i += 1
            args.append("".join(buf).replace("%%", "%"))
        else:
            j = text.find(" ", i)
            j = len(text) if j < 0 else j
            word = text[i:j]
            assert not any(c in word for c in "\"'\\><~|&;$*?#()`"), word
            args.append(word.replace("%%", "%"))
            i = j
    return args


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def validate_desktop(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr


# ---- Linux: XDG autostart, for real ---------------------------------------------------


def test_xdg_enable_writes_a_valid_entry_and_disable_removes_it(tmp_path: Path) -> None:
    config = tmp_path / "config"
    auto = pick_autostart({"XDG_CONFIG_HOME": str(config)}, "linux")
    assert isinstance(auto, XdgAutostart)
    path = config / "autostart" / "focusapp.desktop"
    assert auto.path == path
    assert not auto.enabled()

    command = ["/opt/FocusApp/focusapp"]
    auto.enable(command)

    assert path.is_file()
    assert auto.enabled()
    entry = read_desktop(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "FocusApp"
    assert entry["Terminal"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert split_exec(entry["Exec"]) == command
    validate_desktop(path)
    assert [p.name for p in path.parent.iterdir()] == ["focusapp.desktop"]  # no temp left

    auto.disable()
    assert not path.exists()
    assert not auto.enabled()
    auto.disable()  # twice is fine


def test_xdg_enable_replaces_the_command(tmp_path: Path) -> None:
    auto = XdgAutostart(config_home=tmp_path)
    auto.enable(["/old/focusapp"])
    auto.enable(["/new/focusapp", "--data-dir", "/data"])
    entry = read_desktop(auto.path)
    assert split_exec(entry["Exec"]) == ["/new/focusapp", "--data-dir", "/data"]


@pytest.mark.parametrize(
    "command",
    [
        ["/home/Jean Dupont/.venv/bin/python3", "-m", "focusapp"],
        ["/opt/Focus App/focusapp", "--data-dir", "/home/me/My Data"],
        ["/tmp/we'ird/$HOME/`x`/back\\slash/\"q\"/100%/focusapp"],
        ["/tmp/é à/focusapp", "--data-dir", "/tmp/a;b&c|d<e>f*g?h#i(j)k~l"],
        ["/usr/bin/focusapp", ""],
    ],
)
def test_xdg_exec_quoting_round_trips(tmp_path: Path, command: list[str]) -> None:
    auto = XdgAutostart(config_home=tmp_path)
    auto.enable(command)
    assert split_exec(read_desktop(auto.path)["Exec"]) == command
    validate_desktop(auto.path)


def test_exec_quoting_details() -> None:
    assert desktop_exec(["/usr/bin/focusapp"]) == "/usr/bin/focusapp"
    assert desktop_exec(["/a b/focusapp", "x"]) == '"/a b/focusapp" x'
    assert desktop_exec(["/p/100%"]) == "/p/100%%"
    # Exec quoting escapes the backslash, then the string escape doubles both: 4 in the file.
    assert desktop_exec(["/a\\b"]) == '"/a\\\\\\\\b"'
    assert desktop_exec(["/a$b"]) == '"/a\\\\$b"'


@pytest.mark.parametrize("command", [[], [""], ["/bin/focusapp", "a\nb"], ["/bin/x\x00"]])
def test_bad_commands_are_refused_and_nothing_is_written(
    tmp_path: Path, command: list[str]
) -> None:
    auto = XdgAutostart(config_home=tmp_path)
    with pytest.raises(AutostartError) as refused:
        auto.enable(command)
    assert refused.value.code in ("autostart.empty_command", "autostart.control_character")
    assert not auto.path.exists()


def test_xdg_respects_a_user_who_turned_it_off_elsewhere(tmp_path: Path) -> None:
    auto = XdgAutostart(config_home=tmp_path)
    auto.enable(["/usr/bin/focusapp"])
    text = auto.path.read_text(encoding="utf-8")
    auto.path.write_text(text.replace("X-GNOME-Autostart-enabled=true",
                                      "X-GNOME-Autostart-enabled=false"), encoding="utf-8")
    assert not auto.enabled()
    auto.path.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not auto.enabled()


def test_xdg_write_failure_is_a_coded_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    auto = XdgAutostart(config_home=blocker)
    with pytest.raises(AutostartError, match="Could not write") as refused:
        auto.enable(["/usr/bin/focusapp"])
    assert refused.value.code == "autostart.write_failed"
    assert refused.value.params["place"] == str(auto.path)
    assert refused.value.params["reason"] == "ENOTDIR"  # worded by the UI, never raw
    assert not auto.enabled()


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    auto = pick_autostart({"HOME": str(tmp_path), "XDG_CONFIG_HOME": "relative/config"},
                          "linux")
    assert isinstance(auto, XdgAutostart)
    assert auto.path == tmp_path / ".config" / "autostart" / "focusapp.desktop"


@pytest.mark.skipif(not ON_LINUX, reason="status is about this machine")
def test_status_on_linux(tmp_path: Path) -> None:
    xdg = XdgAutostart(tmp_path).status()
    assert xdg.support is Support.SUPPORTED and xdg.reason is None
    for other, code in ((MacLaunchAgent(tmp_path), "autostart.not_macos"),
                        (WindowsRunKey(), "autostart.not_windows")):
        status = other.status()
        assert status.support is Support.UNSUPPORTED and status.reason is not None
        assert status.reason.code == code
    assert isinstance(pick_autostart({}), XdgAutostart)


def test_pick_autostart_per_platform(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    assert isinstance(pick_autostart(env, "linux"), XdgAutostart)
    assert isinstance(pick_autostart(env, "freebsd14"), XdgAutostart)
    assert isinstance(pick_autostart(env, "win32"), WindowsRunKey)
    agent = pick_autostart(env, "darwin")
    assert isinstance(agent, MacLaunchAgent) and agent.path.is_relative_to(tmp_path)


# ---- macOS: the LaunchAgent plist, written into a temp HOME ---------------------------


def test_mac_launch_agent_round_trips_through_plistlib(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "org.focusapp.FocusApp.plist"
    assert agent.path == path
    assert not agent.enabled()
    command = ["/Applications/Focus App.app/Contents/MacOS/focusapp", "--data-dir", "/Users/me/x y"]

    agent.enable(command)

    with path.open("rb") as handle:
        data = plistlib.load(handle)
    assert data["Label"] == "org.focusapp.FocusApp"
    assert data["ProgramArguments"] == command
    assert data["RunAtLoad"] is True
    assert agent.enabled()
    assert path.read_bytes().startswith(b"<?xml")

    agent.disable()
    assert not path.exists()
    assert not agent.enabled()


def test_mac_launch_agent_ignores_a_damaged_plist(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_bytes(b"not a plist")
    assert not agent.enabled()
    agent.enable(["/x/focusapp"])
    assert agent.enabled()


# ---- Windows: the Run key, against a fake winreg --------------------------------------


class FakeWinreg:
    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}

    class _Key:
        def __init__(self, values: dict[str, Any]) -> None:
            self.values = values

        def __enter__(self) -> FakeWinreg._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, sub: str, reserved: int, access: int) -> _Key:
        if f"{root}|{sub}" not in self.keys:
            raise FileNotFoundError(sub)
        return self._Key(self.keys[f"{root}|{sub}"])

    def CreateKeyEx(self, root: str, sub: str, reserved: int, access: int) -> _Key:
        return self._Key(self.keys.setdefault(f"{root}|{sub}", {}))

    def QueryValueEx(self, key: _Key, name: str) -> tuple[Any, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        value = key.values[name]
        return value, self.REG_BINARY if isinstance(value, bytes) else self.REG_SZ

    def SetValueEx(self, key: _Key, name: str, reserved: int, kind: int, value: str) -> None:
        key.values[name] = value

    def DeleteValue(self, key: _Key, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_with_a_fake_registry() -> None:
    reg = FakeWinreg()
    run = WindowsRunKey(registry=reg)
    assert not run.enabled()
    run.enable([r"C:\Program Files\FocusApp\focusapp.exe", "--data-dir", r"C:\Users\Me\My Data"])
    value = reg.keys[r"HKCU|Software\Microsoft\Windows\CurrentVersion\Run"]["FocusApp"]
    assert value == r'"C:\Program Files\FocusApp\focusapp.exe" --data-dir "C:\Users\Me\My Data"'
    assert run.enabled()
    run.disable()
    assert not run.enabled()
    run.disable()  # already off


APPROVED = r"HKCU|Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
# As Task Manager writes them: enabled, and disabled with the FILETIME of the change.
TASK_MANAGER_ENABLED = bytes.fromhex("020000000000000000000000")
TASK_MANAGER_DISABLED = bytes.fromhex("03000000d40d438dc83bd901")


def test_windows_run_key_honours_the_users_startup_switch() -> None:
    reg = FakeWinreg()
    run = WindowsRunKey(registry=reg, platform="win32")
    run.enable([r"C:\Program Files\FocusApp\focusapp.exe"])
    assert run.status().support is Support.SUPPORTED  # no StartupApproved value: it runs

    reg.keys[APPROVED] = {"FocusApp": TASK_MANAGER_DISABLED}  # "Disabled" in Task Manager
    status = run.status()
    assert status.support is Support.DEGRADED
    assert status.reason is not None and status.reason.code == "autostart.disabled_by_user"
    assert run.enabled()  # our Run value is still there, for the day the user allows it

    run.enable([r"C:\Program Files\FocusApp\focusapp.exe"])  # ticked again in FocusApp
    assert reg.keys[APPROVED]["FocusApp"] == TASK_MANAGER_DISABLED  # the user's choice stands
    assert run.status().reason == status.reason

    reg.keys[APPROVED]["FocusApp"] = TASK_MANAGER_ENABLED  # "Enabled" in Task Manager
    assert run.status().support is Support.SUPPORTED


@pytest.mark.parametrize(("first_byte", "disabled"), [(0x02, False), (0x06, False),
                                                       (0x03, True), (0x07, True)])
def test_startup_approved_first_byte(first_byte: int, disabled: bool) -> None:
    reg = FakeWinreg()
    reg.keys[APPROVED] = {"FocusApp": bytes([first_byte]) + bytes(11)}
    assert WindowsRunKey(registry=reg, platform="win32").disabled_by_user() is disabled


def test_a_startup_approved_value_of_another_type_is_not_a_refusal() -> None:
    reg = FakeWinreg()
    reg.keys[APPROVED] = {"FocusApp": "03"}  # a string, not Task Manager's binary
    assert not WindowsRunKey(registry=reg, platform="win32").disabled_by_user()


@pytest.mark.skipif(sys.platform == "win32", reason="winreg exists there")
def test_windows_run_key_without_winreg_is_off_and_says_so() -> None:
    run = WindowsRunKey()
    assert not run.enabled()
    with pytest.raises(AutostartError, match="only on Windows") as refused:
        run.enable(["x"])
    assert refused.value.code == "autostart.windows_only"


# ---- the command that starts the app ---------------------------------------------------


def test_launch_command_from_a_venv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert launch_command() == [sys.executable, "-m", "focusapp"]
    assert launch_command(Path("/data/x y")) == [
        sys.executable, "-m", "focusapp", "--data-dir", "/data/x y"]


def test_launch_command_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/FocusApp/focusapp")
    assert launch_command() == ["/opt/FocusApp/focusapp"]


def test_launch_command_runs_the_app(tmp_path: Path) -> None:
    """The venv command really reaches focusapp's CLI (status: nothing is running)."""
    done = subprocess.run(
        [*launch_command(tmp_path / "data"), "status"],
        capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "not running" in (done.stdout + done.stderr)


def test_module_imports_no_widgets() -> None:
    source = Path(autostart_mod.__file__).read_text(encoding="utf-8")
    assert "QtWidgets" not in source and "PySide6" not in source


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_each_mechanism_says_supported_only_on_its_own_system(tmp_path: Path,
                                                              platform: str) -> None:
    chosen = pick_autostart({"HOME": str(tmp_path)}, platform)
    for mechanism in (XdgAutostart(tmp_path, platform), MacLaunchAgent(tmp_path, platform),
                      WindowsRunKey(FakeWinreg(), platform)):
        status = mechanism.status()
        mine = type(mechanism) is type(chosen)
        assert (status.support is Support.SUPPORTED) is mine, (platform, mechanism)
        assert (status.reason is None) is mine
