"""Met at an event / partner call: whom to follow up, and within how long (48 h unless
said otherwise)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from focusapp.core.follow_ups import MAX_NAME_CHARS
from focusapp.ui.widths import placeholder


class FollowUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Met at an event / partner call"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS + 1)  # one more: too long is refused in words
        placeholder(self.name, self.tr("Claire Dubois, VivaTech"))
        form.addRow(self.tr("&Whom to follow up"), self.name)
        self.due = QLineEdit(self.tr("48h"))
        self.due.setToolTip(self.tr("Hours (48h), days (2d) or minutes (90m)."))
        form.addRow(self.tr("D&ue within"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
