"""New lead: its clock starts at once; a name helps find it again, but may wait."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from focusapp.core.leads import MAX_LEAD_NAME_CHARS
from focusapp.ui.widths import placeholder


class NewLeadDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New lead"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who came in? (optional: the clock starts now)")))
        self.name = QLineEdit()
        # One character more: an over-long name is refused in words, not cut silently.
        self.name.setMaxLength(MAX_LEAD_NAME_CHARS + 1)
        placeholder(self.name, self.tr("Name or company"))
        self.name.setAccessibleName(self.tr("Lead's name"))
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start its clock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()
