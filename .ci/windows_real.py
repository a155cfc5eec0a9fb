"""The Windows job's real-OS checks (.github/workflows/ci.yml): the Run key in HKCU written,
read and removed through WindowsRunKey, the user's StartupApproved switch read back, the
AppUserModelID taken. Run on a Windows machine; exits non-zero with the reason on failure."""

from __future__ import annotations

import subprocess
import sys
import winreg

from focusapp.services.app_identity import set_app_user_model_id
from focusapp.services.autostart import RUN_KEY, RUN_VALUE, STARTUP_APPROVED_KEY, WindowsRunKey
from focusapp.services.blocking.status import Support

COMMAND = [r"C:\Program Files\FocusApp\focusapp.exe", "--data-dir", r"C:\Users\Me\My Data"]


def reg_query(key: str) -> str:
    done = subprocess.run(["reg", "query", rf"HKCU\{key}", "/v", RUN_VALUE],
                          capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else ""


def set_approved(data: bytes) -> None:
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, STARTUP_APPROVED_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_BINARY, data)


def main() -> None:
    run = WindowsRunKey()
    run.disable()
    assert not run.enabled(), "a FocusApp Run value was already there"
    run.enable(COMMAND)
    assert run.enabled()
    shown = reg_query(RUN_KEY)
    assert '"C:\\Program Files\\FocusApp\\focusapp.exe"' in shown, shown  # as Windows reads it
    assert run.status().support is Support.SUPPORTED

    set_approved(bytes.fromhex("03000000d40d438dc83bd901"))  # as Task Manager's "Disable"
    status = run.status()
    assert status.reason is not None and status.reason.code == "autostart.disabled_by_user"
    set_approved(bytes.fromhex("020000000000000000000000"))  # "Enable"
    assert run.status().support is Support.SUPPORTED

    run.disable()
    assert not run.enabled() and reg_query(RUN_KEY) == ""
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, STARTUP_APPROVED_KEY, 0,
                        winreg.KEY_SET_VALUE) as key:
        winreg.DeleteValue(key, RUN_VALUE)  # leave the runner's profile as it was

    assert set_app_user_model_id(), "SetCurrentProcessExplicitAppUserModelID refused the ID"
    print("windows_real: Run key, StartupApproved and AppUserModelID OK")


if __name__ == "__main__":
    sys.exit(main())
