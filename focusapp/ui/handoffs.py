"""Today's handoffs in the Today window: what went to whom, how complete, and the answer
(accepted or sent back, and why) once it comes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.handoffs import MAX_REASON_CHARS, Handoff, HandoffStatus
from focusapp.core.text import fill
from focusapp.ui.day_text import short_time
from focusapp.ui.names import checklist_item_name, receiver_name


class HandoffsPanel(QWidget):
    """Hidden while the day has no handoff."""

    answered = Signal(str, str, str)  # handoff id, HandoffStatus value, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Today's handoffs")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Today's handoffs"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)  # a day's few
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accepted"))
        self.send_back_button = QPushButton(self.tr("Sent &back…"))
        for button in (self.accept_button, self.send_back_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_current)
        self.accept_button.clicked.connect(self._on_accepted)
        self.send_back_button.clicked.connect(self._on_sent_back)
        self.hide()

    def show_handoffs(self, handoffs: Sequence[Handoff]) -> None:
        current = self._current_id()
        self.list.clear()
        for handoff in handoffs:
            item = QListWidgetItem(handoff_line(handoff))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, handoff.id)
            if handoff.reason:
                item.setToolTip(handoff.reason)
            self.list.addItem(item)
            if handoff.id == current:
                self.list.setCurrentItem(item)
        self.setVisible(bool(handoffs))
        self._on_current()

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(QtCore.Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_current(self, *_: object) -> None:
        chosen = self._current_id() is not None
        self.accept_button.setEnabled(chosen)
        self.send_back_button.setEnabled(chosen)

    def _on_accepted(self) -> None:
        handoff = self._current_id()
        if handoff is not None:
            self.answered.emit(handoff, HandoffStatus.ACCEPTED.value, "")

    def _on_sent_back(self) -> None:
        handoff = self._current_id()
        if handoff is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Handoff sent back"))
        dialog.setLabelText(self.tr("Why was it sent back? (one line)"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        typed = dialog.findChild(QLineEdit)
        if typed is not None:  # one character more: an over-long reason is refused in words
            typed.setMaxLength(MAX_REASON_CHARS + 1)
        dialog.textValueSelected.connect(
            lambda reason: self.answered.emit(handoff, HandoffStatus.SENT_BACK.value, reason))
        dialog.open()
        self.reason_dialog = dialog  # kept alive while open; tests answer it


def handoff_line(handoff: Handoff) -> str:
    """'10:12 · to Field Sales · on time · brief complete · accepted'."""
    translate = QCoreApplication.translate
    parts = [short_time(handoff.at),
             fill(translate("HandoffsPanel", "to %1"), receiver_name(handoff.to)),
             translate("HandoffsPanel", "on time") if handoff.on_time
             else translate("HandoffsPanel", "late")]
    if handoff.complete:
        parts.append(translate("HandoffsPanel", "brief complete"))
    else:
        missing = ", ".join(checklist_item_name(item) for item in handoff.missing)
        parts.append(fill(translate("HandoffsPanel", "brief missing %1"), missing))
    states = {
        HandoffStatus.SENT: translate("HandoffsPanel", "waiting for an answer"),
        HandoffStatus.ACCEPTED: translate("HandoffsPanel", "accepted"),
        HandoffStatus.SENT_BACK: translate("HandoffsPanel", "sent back"),
    }
    parts.append(states[handoff.status])
    return translate("HandoffsPanel", " · ").join(parts)
