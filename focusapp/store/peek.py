"""Reading one setting of a data folder without opening it: no lock is taken and nothing is
written, so the command line can ask while the app holds the folder."""

from __future__ import annotations

from pathlib import Path

from focusapp.store.atomic import load_tables
from focusapp.store.codec import decode_settings
from focusapp.store.errors import StoreError
from focusapp.store.layout import MAIN_FILE
from focusapp.store.repos import SINGLE_DOC_ID


def peek_language(data_dir: Path) -> str:
    """The language chosen in the settings of `data_dir` ("" for the system's); "" too for
    a folder that is missing, unreadable or damaged (the app recovers it at its next start)."""
    try:
        tables = load_tables(data_dir / MAIN_FILE)
    except (OSError, StoreError):
        return ""
    doc = (tables or {}).get("settings", {}).get(str(SINGLE_DOC_ID))  # JSON keys are text
    settings, _ = decode_settings(doc if isinstance(doc, dict) else None)
    return settings.language
