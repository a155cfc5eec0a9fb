"""Widths that keep words whole: a placeholder cut to "Nom de l'applica…" tells nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

PLACEHOLDER_ROOM = 16  # px: the field's frame and text margins, around the placeholder


def placeholder(edit: QLineEdit, text: str) -> None:
    """`text` as `edit`'s placeholder, and `edit` never narrower than it (the French ones
    run a third longer than the English)."""
    edit.setPlaceholderText(text)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(text) + PLACEHOLDER_ROOM)
