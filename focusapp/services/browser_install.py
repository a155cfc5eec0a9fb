"""Settings > Blocking's "Install in my browsers" and "Remove": the native-messaging host
manifests of each browser found in the home folder, and the launcher they name (issue 14).

What is written is decided in core/web_rules.py (`host_manifest`, `launcher_script`,
`BROWSERS`); this module only writes and removes files, each atomically.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from focusapp.core.web_rules import (
    BROWSERS,
    FIREFOX_BROWSERS,
    HOST_NAME,
    host_manifest,
    launcher_script,
)

MANIFEST_FILE = HOST_NAME + ".json"


def found_browsers(home: Path) -> dict[str, Path]:
    """Each browser used here (its profile folder exists), with its manifests' folder."""
    return {name: home / hosts for name, (profile, hosts) in BROWSERS.items()
            if (home / profile).is_dir()}


def all_browsers(home: Path) -> dict[str, Path]:
    """Every browser's manifests' folder, found here or not (what Remove looks through)."""
    return {name: home / hosts for name, (_profile, hosts) in BROWSERS.items()}


# The bundle's own host program (packaging/focusapp.spec): a frozen app's interpreter is the
# app itself and runs no `-m`.
BUNDLED_HOST = "focusapp-browser-host"


def host_command(executable: str | None = None, frozen: bool | None = None) -> tuple[str, ...]:
    """How the browser runs the host: the bundle's program beside the app's, else this
    interpreter on the host's module."""
    executable = executable or sys.executable
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return (str(Path(executable).with_name(BUNDLED_HOST)),)
    return (executable, "-m", "focusapp.services.browser_host")


def install(folders: Mapping[str, Path], launcher: Path, socket_path: str,
            command: Sequence[str] | None = None) -> list[str]:
    """Write the launcher, then one manifest in each browser's folder; the browsers done."""
    _write(launcher, launcher_script(command or host_command(), socket_path))
    launcher.chmod(0o755)
    for name, folder in folders.items():
        manifest = host_manifest(str(launcher), firefox=name in FIREFOX_BROWSERS)
        _write(folder / MANIFEST_FILE, json.dumps(manifest, indent=2) + "\n")
    return list(folders)


def remove(folders: Mapping[str, Path]) -> list[str]:
    """Remove our manifest from each browser's folder; the browsers it was in."""
    removed = []
    for name, folder in folders.items():
        try:
            (folder / MANIFEST_FILE).unlink()
        except FileNotFoundError:
            continue
        removed.append(name)
    return removed


def installed(folders: Mapping[str, Path]) -> list[str]:
    return [name for name, folder in folders.items() if (folder / MANIFEST_FILE).is_file()]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
