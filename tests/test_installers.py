"""The installer definitions agree with the code they install (they are built only on the
hosted runners: .github/workflows/ci.yml). A renamed service, helper or Run value, an
unquoted service path or a helper in a folder users can write would fail here first."""

from __future__ import annotations

import re
from pathlib import Path

from focusapp.services.app_identity import APP_USER_MODEL_ID
from focusapp.services.autostart import RUN_KEY, RUN_VALUE
from focusapp.services.blocking import hosts_systems, macos_helper, win_service

ROOT = Path(__file__).resolve().parent.parent
ISS = (ROOT / "packaging" / "windows" / "focusapp.iss").read_text(encoding="utf-8")
MACOS = ROOT / "packaging" / "macos"


def iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]+)"$', ISS, re.MULTILINE)
    assert match, name
    return match.group(1)


def test_the_windows_installer_installs_per_machine_under_program_files() -> None:
    assert "PrivilegesRequired=admin" in ISS.splitlines()
    assert r"DefaultDirName={autopf}\FocusApp" in ISS.splitlines()
    assert 'Source: "build\\dist\\FocusApp\\*"; DestDir: "{app}"' in ISS


def test_the_windows_service_is_the_one_the_code_names_with_its_path_quoted() -> None:
    assert iss_define("ServiceName") == win_service.SERVICE_NAME
    assert iss_define("ServiceExe") == "focusapp-hosts-helper.exe"  # focusapp.spec's helper
    spec = (ROOT / "packaging" / "focusapp.spec").read_text(encoding="utf-8")
    assert 'name="focusapp-hosts-helper"' in spec
    # An unquoted path with spaces lets C:\Program.exe run as SYSTEM.
    creates = [line for line in ISS.splitlines() if "create {#ServiceName}" in line]
    assert creates and all('binPath= ""\\""{app}\\{#ServiceExe}\\""""' in line
                           for line in creates)
    assert "obj= LocalSystem" in creates[0]
    entry = (ROOT / "packaging" / "entry_hosts_helper.py").read_text(encoding="utf-8")
    assert "from focusapp.services.blocking.win_service import main" in entry


def win_service_lock_name() -> str:
    return hosts_systems.windows("C:\\Windows").lock_path.rsplit("\\", 1)[1]


def test_the_windows_uninstaller_lifts_a_block_and_removes_what_the_app_wrote() -> None:
    uninstall = ISS[ISS.index("[UninstallRun]"):ISS.index("[UninstallDelete]")]
    lock = win_service_lock_name()
    assert f'Type: files; Name: "{{sys}}\\drivers\\etc\\{lock}"' in ISS
    order = [uninstall.index(step) for step in ('"stop {#ServiceName}"', '"--clear"',
                                                '"delete {#ServiceName}"')]
    assert order == sorted(order)
    assert f'Subkey: "{RUN_KEY}"; ValueType: none; ValueName: "{RUN_VALUE}"' in ISS
    assert f'AppUserModelID: "{APP_USER_MODEL_ID}"' in ISS


def test_the_macos_pkg_installs_the_helper_root_owned_where_the_code_looks() -> None:
    build = (MACOS / "build_installers.sh").read_text(encoding="utf-8")
    folder = macos_helper.HELPER_FOLDER.lstrip("/")
    assert f"HELPER_DIR={folder}" in build
    postinstall = (MACOS / "scripts" / "postinstall").read_text(encoding="utf-8")
    assert f"HELPER_DIR={macos_helper.HELPER_FOLDER}" in postinstall
    assert 'chown -R root:wheel "$HELPER_DIR"' in postinstall
    assert 'chmod -R go-w "$HELPER_DIR"' in postinstall
    assert 'launchctl bootstrap system "$PLIST"' in postinstall
    assert f"PLIST=/Library/LaunchDaemons/{macos_helper.SWEEP_LABEL}.plist" in postinstall
    uninstall = (MACOS / "uninstall.sh").read_text(encoding="utf-8")
    assert f"HELPER_DIR={macos_helper.HELPER_FOLDER}" in uninstall
    assert uninstall.index("bootout") < uninstall.index('"verb": "clear"') < uninstall.index(
        "rm -rf")
