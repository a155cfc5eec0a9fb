"""Where a file dialog opens: the user's Documents folder, never the process's working
folder (which, for an app started from a menu or at login, is anywhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_path(name: str) -> str:
    """`name` in the user's Documents folder (their home when the system names none)."""
    folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
              or str(Path.home()))
    return str(Path(folder) / name) if name else folder
