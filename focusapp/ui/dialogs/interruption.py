"""Log an interruption in one click: the usual ones as buttons, anything else in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.models import INTERRUPTION_KINDS
from focusapp.services.timer import INTERRUPTION_MAX_CHARS
from focusapp.ui.names import interruption_name
from focusapp.ui.widths import placeholder

PICKS_PER_ROW = 3


class InterruptionDialog(QDialog):
    """`what` is the kind picked (one of INTERRUPTION_KINDS) or the words typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an interruption"))
        self.what = ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who or what interrupted you?")))
        grid = QGridLayout()
        self.picks: dict[str, QPushButton] = {}
        for index, kind in enumerate(INTERRUPTION_KINDS):
            button = QPushButton(interruption_name(kind))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self._answer(k))
            grid.addWidget(button, index // PICKS_PER_ROW, index % PICKS_PER_ROW)
            self.picks[kind] = button
        layout.addLayout(grid)
        self.typed = QLineEdit()
        self.typed.setMaxLength(INTERRUPTION_MAX_CHARS)
        placeholder(self.typed, self.tr("Something else…"))
        self.typed.setAccessibleName(self.tr("Something else"))
        layout.addWidget(self.typed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.log_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_button.setText(self.tr("&Log"))
        self.log_button.setEnabled(False)  # nothing picked, nothing typed: nothing to log
        self.typed.textChanged.connect(
            lambda text: self.log_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(lambda: self._answer(self.typed.text()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.typed.setFocus()

    def _answer(self, what: str) -> None:
        self.what = what
        self.accept()
