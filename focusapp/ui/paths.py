"""Where a file dialog opens: the user's Documents folder, never the process's working
folder (which, for an app started from a menu or at login, is anywhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def package_file(*parts: str) -> Path:
    """A file shipped inside the focusapp package (translations, the chime), beside the code
    in a checkout, a wheel and a PyInstaller bundle alike (there `__file__` points into the
    bundle's folder). Not `importlib.resources`: the same answer for a package on disk, and
    its import cost 1.5 ms of each launch (issue 15)."""
    return Path(__file__).parent.parent.joinpath(*parts)


def documents_path(name: str) -> str:
    """`name` in the user's Documents folder (their home when the system names none)."""
    folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
              or str(Path.home()))
    return str(Path(folder) / name) if name else folder
